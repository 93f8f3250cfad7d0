package dev.tend.cli;

import dev.tend.testing.Fixtures;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** The command line for tests outside this package, without a window. */
public final class TendCommandAccess {
    private TendCommandAccess() {
    }

    public static CommandLine commandLine() {
        return TendCommand.commandLine(new CliEnvironment(p -> { }, Map.of(), Fixtures.CLOCK, Locale.GERMANY));
    }
}
