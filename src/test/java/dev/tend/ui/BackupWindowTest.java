package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.ContactQuery;
import dev.tend.service.Backups;
import dev.tend.service.TendServices;
import dev.tend.store.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/** The window's part in backups: the daily copy at start, holding the database, restoring from the menu. */
class BackupWindowTest extends WindowTest {

    @Test
    void startingTheWindowMakesTodaysBackupBesideTheDatabase() throws Exception {
        fixture.start(db());
        Path today = dir.resolve("backups/tend-daily-" + LocalDate.now() + ".db");
        waitUntil(() -> Files.isRegularFile(today));
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> items = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertThat(items).contains("menuBackup", "menuRestore");
    }

    @Test
    void theCommandLineCannotRestoreWhileTheWindowHasTheDatabaseButTheWindowCan() throws Exception {
        Path backup;
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            backup = s.backups().backUpTo(dir.resolve("empty-backup.db"));
            s.sampleNetwork().write();
        }
        TendApp app = fixture.start(db());
        assertThat(fixture.services().contacts().count(ContactQuery.all())).isPositive();

        assertThatThrownBy(() -> Backups.restore(db(), backup, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED));

        Backups.Restored[] r = new Backups.Restored[1];
        interact(() -> r[0] = app.restoreOpenDatabase(backup));

        assertThat(fixture.services().contacts().count(ContactQuery.all())).isZero();
        assertThat(r[0].previousData()).isPresent();
        try (TendServices before = TendServices.open(r[0].previousData().get(), Clock.systemDefaultZone(),
                Locale.ENGLISH)) {
            assertThat(before.contacts().count(ContactQuery.all())).isPositive();
        }
        // The reopened window holds the database again.
        assertThatThrownBy(() -> Backups.restore(db(), backup, Clock.systemDefaultZone()))
                .isInstanceOf(DatabaseException.class);
    }
}
