package dev.tend.app;

import dev.tend.cli.CliEnvironment;
import dev.tend.cli.TendCommand;
import dev.tend.store.DatabaseLocation;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point of tend.jar and javafx:run. Deliberately not a JavaFX Application: launched from
 * the class path, JavaFX refuses a main class that extends Application, and most commands need no
 * window at all.
 */
public final class Main {
    /** Where logback.xml writes tend.log; may be set with -D to log elsewhere. */
    static final String LOG_DIR_PROPERTY = "tend.log.dir";

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger: Logback reads the property when it configures itself.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, DatabaseLocation.dataFolder().toString());
        }
        Map<String, String> env = System.getenv();
        JavaFxWindow window = new JavaFxWindow(env);
        CliEnvironment environment = new CliEnvironment(window, env, Clock.systemDefaultZone(), Locale.getDefault());
        int code = TendCommand.commandLine(environment).execute(args);
        // After the window has closed the JVM ends on its own; a command's exit code must reach the shell.
        if (!window.opened() || code != 0) {
            System.exit(code);
        }
    }
}
