package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.ui.imports.ImportViewModel.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Renders the Import screen: the preview of a fair's card scans against the sample network (a
 * stored duplicate side by side, a similar name, one twice in the scans, a rejected card) and the
 * report. Writes to target/screenshots, or to the folder in {@code -Dtend.screenshots=docs/screenshots}.
 */
class ImportScreenshotTest extends WindowTest {

    @Test
    void previewInEnglishAndTheReport() throws Exception {
        preview(Locale.ENGLISH, "import-preview.png", "Duplicate: same email");
        clickOn("#importButton");
        waitUntil(() -> !lookup("#reportCounts").queryLabeled().getText().isEmpty());
        assertThat(lookup("#reportCounts").queryLabeled().getText()).endsWith("1 rejected");
        Path png = snapshot(fixture.stage().getScene().getRoot(), "import-report.png");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void previewInGerman() throws Exception {
        preview(Locale.GERMAN, "import-preview-de.png", "Dublette: gleiche E-Mail");
    }

    private void preview(Locale language, String file, String duplicate) throws Exception {
        Path db = TendAppFixture.sampleDatabase(dir, language);
        fixture.start(db);
        fixture.resize(1280, 800);
        Path scans = ImportScreenTest.fixture("hannover-messe-scans.vcf");
        interact(() -> fixture.app().importFiles(List.of(scans)));
        @SuppressWarnings("unchecked")
        TableView<Row> table = (TableView<Row>) lookup("#previewTable").query();
        waitUntil(() -> table.isVisible() && table.getItems().size() == 8);
        waitUntil(() -> !lookup("#importSummary").queryLabeled().getText().isEmpty());
        assertThat(lookup("#mergeStatus").queryLabeled().getText()).isEqualTo(duplicate);
        interact(() -> {
            var event = lookup("#importEvent").queryAs(javafx.scene.control.ComboBox.class);
            event.getEditor().setText("Hannover Messe 2026");
            lookup("#importTags").queryAs(javafx.scene.control.TextField.class).setText("hannover-2026");
        });
        Path png = snapshot(fixture.stage().getScene().getRoot(), file);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
