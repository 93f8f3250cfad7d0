package dev.tend.cli;

import dev.tend.store.DatabaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code tend}: without a command it opens the desktop window; the subcommands serve scripts and
 * scheduled reminders through the same services as the window. A new subcommand extends
 * {@link DatabaseCommand} and is listed in {@code subcommands} below.
 */
@Command(name = "tend",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Tend: a personal CRM for people who network.",
            "Without a command, opens the desktop app; given files (tend cards.vcf), opens it to import them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed; the message on stderr says why",
            "2:wrong usage (unknown command or option)"},
        footer = {
            "",
            "The database is the file given by --db, else the TEND_DB environment variable, else "
                    + DatabaseLocation.FILE_NAME + " in the user's data folder."},
        subcommands = {SampleCommand.class, LogCommand.class, NetworkCommand.class, ImportCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, EraseCommand.class, DigestCommand.class})
public final class TendCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    // INHERIT: "tend --db x sample" and "tend sample --db x" both work, and every subcommand added
    // later gets the option without declaring it.
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file to use.")
    private Path db;

    // Files without a command are what a file manager passes when a .vcf is opened with Tend.
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Files to import in the desktop app (a command name is never taken for a file).")
    private List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    private CommandSpec spec;

    public TendCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** The command line ready to execute, with Tend's error handling. */
    public static CommandLine commandLine(CliEnvironment environment) {
        return new CommandLine(new TendCommand(environment))
                .setExecutionExceptionHandler(new CliErrors());
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            // A mistyped command ("tend improt") arrives here too: say so rather than open the window.
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown command or missing file: '"
                        + file + "'. Commands: " + String.join(", ", spec.subcommands().keySet()) + ".");
            }
        }
        List<Path> absolute = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        if (absolute.isEmpty()) {
            environment.windowLauncher().accept(database());
        } else {
            environment.windowLauncher().open(database(), absolute);
        }
        return 0;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** The {@code --db} value as given, or null. */
    Path explicitDatabase() {
        return db;
    }

    /** The database file: {@code --db}, then {@code TEND_DB}, then the per-OS default. */
    Path database() {
        return DatabaseLocation.resolve(db, environment.env());
    }
}
