package dev.tend.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Application;

/**
 * Opens the desktop window on a database file and blocks until it closes. The window class is
 * looked up by name so the command line still builds and runs where the window is not built in.
 */
final class JavaFxWindow implements Consumer<Path> {
    static final String APP_CLASS = "dev.tend.ui.TendApp";

    private final Map<String, String> env;
    private boolean opened;

    JavaFxWindow(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void accept(Path database) {
        Class<? extends Application> app = appClass();
        requireDisplay();
        opened = true;
        Application.launch(app, "--db=" + database);
    }

    /** Whether the window was opened (and has closed again, since launching blocks). */
    boolean opened() {
        return opened;
    }

    private static Class<? extends Application> appClass() {
        try {
            return Class.forName(APP_CLASS).asSubclass(Application.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("This build of Tend has no desktop window (" + APP_CLASS
                    + " is missing); the commands work, see tend --help.", e);
        }
    }

    /**
     * JavaFX answers a missing X display with a stack trace and System.exit(1) from its launcher
     * thread, so a plain `tend` over ssh or in cron would look like a crash; say it in words first.
     */
    private void requireDisplay() {
        if (System.getProperty("glass.platform") != null) {
            return; // an explicitly chosen platform (e.g. headless Monocle) needs no display
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return;
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            throw new IllegalStateException("Cannot open the desktop window: there is no display "
                    + "(DISPLAY is not set). The commands work without one, see tend --help.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
