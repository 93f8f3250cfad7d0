package dev.tend.cli;

import dev.tend.service.TendServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tend backup}: a consistent copy of the database, while the window may be open. */
@Command(name = "backup",
        description = {
            "Write a consistent copy of the database (safe while the window is open).",
            "Without --out it goes to the backups folder beside the database; docs/data-safety.md."})
final class BackupCommand extends DatabaseCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file (replaced if it exists).")
    private Path outFile;

    @Override
    protected int run(TendServices services) {
        Path written = outFile == null ? services.backups().backUpNow() : services.backups().backUpTo(outFile);
        out().printf("Backed up %s to %s%n", services.file(), written);
        out().flush();
        return 0;
    }
}
