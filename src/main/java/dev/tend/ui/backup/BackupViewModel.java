package dev.tend.ui.backup;

import dev.tend.service.Backups;
import dev.tend.store.DatabaseException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File menu "Back up now…" and "Restore…": asks for the file, checks a backup before offering to
 * restore it, confirms, and says what happened. Replacing the open database is the application's
 * job (it must close it first), so it comes in as a {@link Restorer}.
 */
public final class BackupViewModel {
    /** Closes the open database, restores {@code backup} over it and opens it again. */
    @FunctionalInterface
    public interface Restorer {
        Backups.Restored restore(Path backup);
    }

    private final Backups backups;
    private final Path database;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Restorer restorer;

    public BackupViewModel(Backups backups, Path database, DialogService dialogs, I18n i18n, Restorer restorer) {
        this.backups = backups;
        this.database = database;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.restorer = restorer;
    }

    /** Asks where, writes the backup there, and says where it is; empty when cancelled or failed. */
    public Optional<Path> backUpNow() {
        Optional<Path> target = dialogs.chooseSaveFile(i18n.get("backup.save.title"), backups.folder(),
                suggestedName());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path written = backups.backUpTo(target.get());
            dialogs.showInfo(i18n.get("backup.save.title"), i18n.get("backup.save.done", written));
            return Optional.of(written);
        } catch (DatabaseException | IllegalStateException e) {
            dialogs.showError(i18n.get("backup.save.title"), e.getMessage());
            return Optional.empty();
        }
    }

    /** Asks for a backup, checks it, confirms and restores it; empty when cancelled or refused. */
    public Optional<Backups.Restored> restore() {
        String title = i18n.get("backup.restore.title");
        Optional<Path> chosen = dialogs.chooseOpenFile(title, backups.folder());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path backup = chosen.get();
        try {
            Backups.check(backup);
        } catch (DatabaseException e) {
            dialogs.showError(title, i18n.get("backup.restore.unusable", backup.getFileName(), e.getMessage()));
            return Optional.empty();
        }
        if (!dialogs.confirm(title, i18n.get("backup.restore.confirm", database.getFileName(), backup.getFileName()),
                i18n.get("backup.restore.action"))) {
            return Optional.empty();
        }
        try {
            Backups.Restored r = restorer.restore(backup);
            dialogs.showInfo(title, r.previousData()
                    .map(p -> i18n.get("backup.restore.done", backup.getFileName(), p))
                    .orElseGet(() -> i18n.get("backup.restore.doneNoPrevious", backup.getFileName())));
            return Optional.of(r);
        } catch (DatabaseException | IllegalStateException e) {
            dialogs.showError(title, e.getMessage());
            return Optional.empty();
        }
    }

    private String suggestedName() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "-backup-" + java.time.LocalDate.now() + ".db";
    }
}
