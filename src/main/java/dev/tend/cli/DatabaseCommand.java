package dev.tend.cli;

import dev.tend.service.TendServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands that work on the database: opens the services for the database named
 * by {@code --db} (or {@code TEND_DB}, or the default) and closes them whatever happens, so a
 * subcommand only says what it does with them. Subclasses inherit --help and --version from the
 * annotation here.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
abstract class DatabaseCommand implements Callable<Integer> {
    @ParentCommand
    private TendCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        try (TendServices services = TendServices.open(database(), root.environment().clock(),
                root.environment().locale())) {
            return run(services);
        }
    }

    /** Does the command's work; the returned value is the exit code. */
    protected abstract int run(TendServices services);

    /** The database file this command works on. */
    protected Path database() {
        return root.database();
    }

    protected TendCommand root() {
        return root;
    }

    /** Standard error: warnings that are no result. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Standard output: results only, since scripts read it. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
