package dev.tend.cli;

import dev.tend.service.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tend restore FILE}: replaces the database with a backup. Not a {@link DatabaseCommand}:
 * the database must not be open while its file is replaced.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Replace the database with a backup, after checking the backup (an SQLite file with Tend's schema, "
                    + "a version this Tend knows, passing SQLite's integrity check).",
            "The current data is first copied to the backups folder (…-before-restore-….db).",
            "Refused while the Tend window has the database open."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private TendCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    private Path backup;

    @Override
    public Integer call() {
        Backups.Restored r = Backups.restore(root.database(), backup, root.environment().clock());
        var out = spec.commandLine().getOut();
        out.printf("Restored %s from %s%n", r.database(), r.source());
        r.previousData().ifPresent(p -> out.printf("The data it held before is in %s%n", p));
        out.flush();
        return 0;
    }
}
