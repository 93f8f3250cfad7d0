package dev.tend.cli;

import dev.tend.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line in this JVM as a shell would, without a window, and keeps what the last
 * run printed so a test can check the user's view of it.
 */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Clock clock;

    CliRun() {
        this(Fixtures.CLOCK);
    }

    CliRun(Clock clock) {
        this.clock = clock;
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(p -> { }, Map.of(), clock, Locale.GERMANY));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }
}
