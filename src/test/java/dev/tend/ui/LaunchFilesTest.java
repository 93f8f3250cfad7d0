package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the launcher hands the window (decision 0014): `Tend file.vcf`, or a .vcf opened from the
 * file manager, arrives as the application's file arguments and opens the Import screen.
 */
class LaunchFilesTest extends FxRobot {
    @TempDir
    Path dir;
    private TendApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void start(Path... files) throws Exception {
        FxToolkit.registerPrimaryStage();
        String[] args = new String[files.length + 1];
        args[0] = "--db=" + dir.resolve("tend.db");
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        app = (TendApp) FxToolkit.setupApplication(TendApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aVcfThatIsNotAVCardOpensTheImportScreenWithTheError() throws Exception {
        // What a mislabelled download looks like: a web page saved as .vcf.
        Path notACard = Files.writeString(dir.resolve("kontakte.vcf"),
                "<!DOCTYPE html><html><body>Session expired</body></html>\n");

        start(notACard);

        waitUntil(() -> lookup("#navImport").tryQuery().map(n -> ((ToggleButton) n).isSelected()).orElse(false));
        waitUntil(() -> !lookup("#importFileProblems .import-problem").queryAll().isEmpty());
        assertThat(lookup("#importFileProblems").query().getParent().isVisible()).isTrue();
        assertThat(lookup("#importFileProblems .import-problem").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("kontakte.vcf"));
    }
}
