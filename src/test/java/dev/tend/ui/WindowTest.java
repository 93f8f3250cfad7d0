package dev.tend.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A test that drives the real window on a database in its own temp folder. */
abstract class WindowTest extends FxRobot {
    @TempDir
    Path dir;
    final TendAppFixture fixture = new TendAppFixture();

    @AfterEach
    void stopApp() throws Exception {
        fixture.stop();
    }

    /** The test's default database file (created when the app first opens it). */
    Path db() {
        return dir.resolve("tend.db");
    }
}
