package dev.tend.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
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

    /**
     * Renders a node to {@code name} in target/screenshots, or in the folder given by
     * {@code -Dtend.screenshots=docs/screenshots} to refresh the docs.
     */
    Path snapshot(Node node, String name) throws Exception {
        Path folder = Path.of(System.getProperty("tend.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }

    /** The test's default database file (created when the app first opens it). */
    Path db() {
        return dir.resolve("tend.db");
    }
}
