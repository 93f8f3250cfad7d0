package dev.tend.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import dev.tend.ui.TendApp;
import javafx.application.Application;

/** Opens the desktop window on a database file and blocks until it closes. */
final class JavaFxWindow implements Consumer<Path> {
    private final Map<String, String> env;
    private boolean opened;

    JavaFxWindow(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void accept(Path database) {
        requireDisplay();
        opened = true;
        Application.launch(TendApp.class, "--db=" + database);
    }

    /** Whether the window was opened (and has closed again, since launching blocks). */
    boolean opened() {
        return opened;
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
