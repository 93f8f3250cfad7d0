package dev.tend.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line needs from the world outside it, passed in so tests run it in-process
 * without a window, a real environment or the wall clock.
 *
 * @param windowLauncher opens the desktop window on a database file (and files to import) and
 *     returns when it closes
 * @param env the process environment ({@code TEND_DB})
 */
public record CliEnvironment(WindowLauncher windowLauncher, Map<String, String> env, Clock clock, Locale locale) {
    public CliEnvironment {
        Objects.requireNonNull(windowLauncher, "windowLauncher");
        env = Map.copyOf(env);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
    }
}
