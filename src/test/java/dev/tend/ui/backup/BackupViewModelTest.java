package dev.tend.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.service.Backups;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's "Back up now…" and "Restore…" through scripted dialogs. */
class BackupViewModelTest {
    @TempDir
    Path dir;

    private TendServices services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> restored = new ArrayList<>();
    private BackupViewModel vm;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"), Fixtures.CLOCK, Locale.ENGLISH);
        vm = new BackupViewModel(services.backups(), services.file(), dialogs, new I18n(Locale.ENGLISH), backup -> {
            restored.add(backup);
            return new Backups.Restored(services.file(), backup, java.util.Optional.of(dir.resolve("before.db")), 2);
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backUpNowWritesWhereTheUserChoseAndSaysWhere() {
        Path target = dir.resolve("my-backup.db");
        dialogs.files.add(target);

        assertThat(vm.backUpNow()).contains(target);

        assertThat(target).isRegularFile();
        assertThat(dialogs.asked).anyMatch(m -> m.contains("The backup is in " + target));
    }

    @Test
    void cancellingTheFileChooserDoesNothing() {
        assertThat(vm.backUpNow()).isEmpty();
        assertThat(vm.restore()).isEmpty();
        assertThat(restored).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void restoreChecksTheFileBeforeAskingAndNamesWhyItIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("holiday.jpg"), "not a database");
        dialogs.files.add(text);

        assertThat(vm.restore()).isEmpty();

        assertThat(dialogs.errors).singleElement().asString().contains("holiday.jpg").contains("not a Tend database");
        assertThat(restored).isEmpty();
    }

    @Test
    void restoreAsksFirstAndTellsWhereTheOldDataWent() {
        Path backup = services.backups().backUpTo(dir.resolve("monday.db"));
        dialogs.files.add(backup);
        dialogs.confirmations.add(false);
        assertThat(vm.restore()).isEmpty();
        assertThat(restored).isEmpty();
        assertThat(dialogs.asked).anyMatch(m -> m.contains("Replace all data in tend.db with the backup monday.db"));

        dialogs.files.add(backup);
        dialogs.confirmations.add(true);
        assertThat(vm.restore()).isPresent();

        assertThat(restored).containsExactly(backup);
        assertThat(dialogs.asked).anyMatch(m -> m.contains("Restored from monday.db") && m.contains("before.db"));
    }

    @Test
    void aRefusedRestoreIsShownAsAnError() {
        Path backup = services.backups().backUpTo(dir.resolve("monday.db"));
        vm = new BackupViewModel(services.backups(), services.file(), dialogs, new I18n(Locale.ENGLISH), b -> {
            throw new IllegalStateException("Cannot restore: disk full");
        });
        dialogs.files.add(backup);
        dialogs.confirmations.add(true);

        assertThat(vm.restore()).isEmpty();

        assertThat(dialogs.errors).containsExactly("Cannot restore: disk full");
    }
}
