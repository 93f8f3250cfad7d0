package dev.tend.app;

import dev.tend.cli.WindowLauncher;
import dev.tend.store.Database;
import dev.tend.ui.TendApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the desktop window on a database file and blocks until it closes; when a Tend window has
 * that database open already, hands it the files instead (decision 0014).
 */
final class JavaFxWindow implements WindowLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(JavaFxWindow.class);
    private final Map<String, String> env;
    private boolean opened;

    JavaFxWindow(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void accept(Path database) {
        open(database, List.of());
    }

    @Override
    public void open(Path database, List<Path> files) {
        SingleInstance.Claim claim = SingleInstance.claim(database, files);
        if (claim instanceof SingleInstance.HandedOff) {
            System.err.println("tend: Tend is already open on " + database.toAbsolutePath().normalize()
                    + (files.isEmpty() ? "; brought its window forward." : "; handed it " + files.size() + " file(s) to import."));
            return;
        }
        try (SingleInstance instance = ((SingleInstance.Owner) claim).instance()) {
            requireDisplay();
            opened = true;
            warmUp(database);
            TendApp.launch(database, files, instance::onRequest);
        }
    }

    /**
     * While JavaFX starts its toolkit (about half a second), a second core loads SQLite's native
     * library and the store's classes by reading the schema version once, read-only. It never opens
     * the database for writing: on a file whose schema is behind, that would run Flyway at the same
     * time as the window does, and one of the two would fail. Migration happens once, in the window.
     */
    static Thread warmUp(Path database) {
        Thread warm = new Thread(() -> {
            if (!Files.isRegularFile(database)) {
                return;
            }
            try {
                Database.schemaVersionOf(database);
            } catch (RuntimeException e) {
                // The window opens the file itself and reports any problem properly.
                LOG.debug("Warm-up read of {} failed", database, e);
            }
        }, "tend-warm-up");
        warm.setDaemon(true);
        warm.start();
        return warm;
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
