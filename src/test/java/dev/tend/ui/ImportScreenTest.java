package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.service.TendServices;
import dev.tend.ui.imports.ImportViewModel.Row;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Import screen through the real window on a real database file, with a real card scanner's
 * export from src/test/resources: preview, a merge decision, import, report, undo.
 */
class ImportScreenTest extends WindowTest {
    private long max;

    /** Max Mustermann stored before, with the email the scanner's card has and another phone. */
    private void seed(Locale language) {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            max = s.contacts().create(Contact.builder().givenName("Max").familyName("Mustermann")
                    .organisation("Muster & Söhne KG").email("max@muster-soehne.example").phone("+49 30 9876543")
                    .build()).id();
            if (language != null) {
                s.settings().setLanguage(language);
            }
        }
    }

    static Path fixture(String name) throws Exception {
        return Path.of(ImportScreenTest.class.getResource("/import/" + name).toURI());
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table() {
        return (TableView<Row>) lookup("#previewTable").query();
    }

    /** Opens files the way a drop on the window or a second instance does. */
    private void importFiles(Path... files) throws Exception {
        TendApp app = fixture.app();
        interact(() -> app.importFiles(List.of(files)));
    }

    private List<String> statusTexts() {
        return lookup("#previewTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getStyleClass().stream().anyMatch(s -> s.startsWith("import-status-")))
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(c -> c.getText()).toList();
    }

    private void waitForSummary(String text) throws Exception {
        waitUntil(() -> text.equals(lookup("#importSummary").queryLabeled().getText()));
    }

    @Test
    void previewsDecidesImportsAndUndoes() throws Exception {
        seed(null);
        fixture.start(db());
        importFiles(fixture("card-scanner.vcf"));
        waitUntil(() -> table().getItems().size() == 4 && table().isVisible());
        assertThat(lookup("#navImport").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(statusTexts()).containsExactly("Duplicate: same email",
                "Rejected: the card ends without END:VCARD and was left out", "New",
                "Rejected: the card has no name, organisation, email or phone");
        waitForSummary("1 new, 1 merged, 0 skipped, 2 rejected");

        // Filter by status.
        clickOn("#filter-REJECTED");
        assertThat(table().getItems()).hasSize(2);
        assertThat(lookup("#filter-REJECTED").queryAs(ToggleButton.class).getText()).isEqualTo("Rejected (2)");
        clickOn("#filter-ALL");
        assertThat(table().getItems()).hasSize(4);

        // The duplicate side by side: stored, incoming, and what the default merge keeps.
        assertThat(lookup("#mergeHeading").queryLabeled().getText()).isEqualTo("Max Mustermann");
        assertThat(lookup("#mergeGrid .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Stored", "Incoming", "After the import", "+49 30 9876543");
        clickOn("#decision-SKIP");
        waitForSummary("1 new, 0 merged, 1 skipped, 2 rejected");
        assertThat(table().getItems().get(0).decisionProperty().get().name()).isEqualTo("SKIP");

        // The batch's event, typed as a new one.
        ComboBox<?> event = lookup("#importEvent").queryAs(ComboBox.class);
        clickOn(event.getEditor()).write("Hannover Messe 2026");
        assertThat(lookup("#importEventNew").query().isVisible()).isTrue();
        clickOn("#importButton");

        waitUntil(() -> lookup("#reportCounts").tryQuery().map(Node::isVisible).orElse(false)
                && "1 new, 0 merged, 1 skipped, 2 rejected".equals(lookup("#reportCounts").queryLabeled().getText()));
        @SuppressWarnings("unchecked")
        ListView<String> problems = (ListView<String>) lookup("#reportProblems").query();
        assertThat(problems.getItems()).containsExactly(
                "card-scanner.vcf, card 2: the card ends without END:VCARD and was left out",
                "card-scanner.vcf, card 4: the card has no name, organisation, email or phone");
        TendServices services = fixture.services();
        assertThat(services.contacts().count(ContactQuery.all())).isEqualTo(2);
        assertThat(services.contacts().get(max).phones()).hasSize(1);

        // The imported contacts: the list filtered by the new event.
        clickOn("#showImported");
        waitUntil(() -> lookup("#navContacts").queryAs(ToggleButton.class).isSelected());
        @SuppressWarnings("unchecked")
        ListView<ContactSummary> contacts = (ListView<ContactSummary>) lookup("#contactList").query();
        waitUntil(() -> contacts.getItems().size() == 1);
        assertThat(contacts.getItems().get(0).displayName()).isEqualTo("Jean Dupont");

        // Back to the report, and undo.
        clickOn("#navImport");
        clickOn("#undoImport");
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("Remove the one contact this import added");
        clickOn(from(dialog).lookup(".button").match((Button b) -> b.getText().equals("Undo import")).queryButton());
        waitUntil(() -> lookup("#reportUndone").query().isVisible());
        assertThat(services.contacts().count(ContactQuery.all())).isEqualTo(1);
        assertThat(lookup("#undoImport").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#showImported").queryButton().isDisabled()).isTrue();
    }

    @Test
    void anUnknownCsvIsMappedBeforeThePreview() throws Exception {
        fixture.start(db());
        // From another thread, as a launcher or a second instance hands files over.
        fixture.app().importFiles(List.of(fixture("messe-liste.csv")));
        waitUntil(() -> lookup("#mappingTable").tryQuery().map(Node::isVisible).orElse(false)
                && !((TableView<?>) lookup("#mappingTable").query()).getItems().isEmpty());
        assertThat(lookup("#mappingField-0").queryAs(ComboBox.class).getValue().toString()).isEqualTo("FAMILY_NAME");
        assertThat(lookup("#mappingTable .table-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                .contains("Nachname", "Schmidt", "Firma", "Schmidt & Partner");
        clickOn("#mappingConfirm");
        waitUntil(() -> table().isVisible() && table().getItems().size() == 2);
        assertThat(statusTexts()).containsExactly("New", "Rejected: the line has no name, company, email or phone");
    }

    @Test
    void speaksGermanAllTheWay() throws Exception {
        seed(Locale.GERMAN);
        fixture.start(db());
        assertThat(lookup("#navImport").queryLabeled().getText()).isEqualTo("Import");
        importFiles(fixture("card-scanner.vcf"));
        waitUntil(() -> table().getItems().size() == 4 && table().isVisible());
        assertThat(statusTexts()).containsExactly("Dublette: gleiche E-Mail",
                "Abgelehnt: die Karte endet ohne END:VCARD und wurde weggelassen", "Neu",
                "Abgelehnt: die Karte hat weder Name noch Organisation, E-Mail oder Telefon");
        waitForSummary("1 neu, 1 zusammengeführt, 0 übersprungen, 2 abgelehnt");
        assertThat(lookup("#importButton").queryButton().getText()).isEqualTo("Importieren");
        clickOn("#importButton");
        waitUntil(() -> !lookup("#reportCounts").queryLabeled().getText().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<String> problems = (ListView<String>) lookup("#reportProblems").query();
        assertThat(problems.getItems()).containsExactly(
                "card-scanner.vcf, Karte 2: die Karte endet ohne END:VCARD und wurde weggelassen",
                "card-scanner.vcf, Karte 4: die Karte hat weder Name noch Organisation, E-Mail oder Telefon");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
