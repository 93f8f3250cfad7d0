package dev.tend.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import dev.tend.store.Database;
import dev.tend.ui.TendApp;
import java.nio.file.Files;
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
        warmUp(database);
        Application.launch(TendApp.class, "--db=" + database);
    }

    /**
     * While JavaFX starts its toolkit (about half a second), a second core loads SQLite's native
     * library and the store's classes by opening the database once. Only an existing file is
     * touched, so two openers never race to create and migrate a new one.
     */
    private static void warmUp(Path database) {
        if (!Files.isRegularFile(database)) {
            return;
        }
        Thread warm = new Thread(() -> {
            try (Database db = Database.open(database)) {
                db.read(c -> null);
            } catch (RuntimeException e) {
                // The window opens the file again and reports any problem properly.
            }
        }, "tend-warm-up");
        warm.setDaemon(true);
        warm.start();
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
