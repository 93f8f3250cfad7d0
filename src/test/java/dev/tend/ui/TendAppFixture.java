package dev.tend.ui;

import dev.tend.service.TendServices;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real {@link TendApp} on a database file, as a user would with {@code --db}. */
public final class TendAppFixture {
    /** The JVM's locale before any test ran; TendApp sets the default to the UI language. */
    private static final java.util.Locale OS_LOCALE = java.util.Locale.getDefault();
    private TendApp app;
    private Stage stage;

    public TendApp start(Path db) throws Exception {
        java.util.Locale.setDefault(OS_LOCALE);
        stage = FxToolkit.registerPrimaryStage();
        app = (TendApp) FxToolkit.setupApplication(TendApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** A database holding the sample network, shown in the given language: what the screenshots show. */
    public static Path sampleDatabase(Path dir, java.util.Locale language) {
        Path db = dir.resolve("sample.db");
        try (TendServices s = TendServices.open(db, java.time.Clock.systemDefaultZone(), java.util.Locale.GERMANY)) {
            s.sampleNetwork().write();
            s.settings().setLanguage(language);
        }
        return db;
    }

    /** Sizes the window, as the screenshots in the docs are taken. */
    public void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public TendApp app() {
        return app;
    }

    public TendServices services() {
        return app.services();
    }

    public Stage stage() {
        return stage;
    }

    public void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            // Alerts left open by a failed test would block the next one.
            Platform.runLater(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w != stage).toList().forEach(w -> {
                        if (w instanceof Stage s) {
                            s.close();
                        }
                    }));
            WaitForAsyncUtils.waitForFxEvents();
            FxToolkit.cleanupStages();
        }
    }

    /**
     * Waits for something the UI does after a debounce, on a later pulse or in the background.
     * Generous because a loaded CI machine can take seconds to load a contact; it returns as soon
     * as the condition holds, so it costs nothing when things are fast.
     */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
