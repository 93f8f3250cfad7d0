package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.ContactSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

/**
 * Renders the screens of the README from the sample network. Writes to target/screenshots, or to
 * the folder in {@code -Dtend.screenshots=docs/screenshots} to refresh the docs.
 */
class ScreenshotTest extends WindowTest {

    @Test
    void contactsScreenWithTheSampleNetwork() throws Exception {
        contactsScreen(Locale.ENGLISH, "contacts.png");
    }

    @Test
    void contactsScreenInGerman() throws Exception {
        contactsScreen(Locale.GERMAN, "contacts-de.png");
    }

    private void contactsScreen(Locale language, String file) throws Exception {
        Path db = TendAppFixture.sampleDatabase(dir, language);
        fixture.start(db);
        fixture.resize(1280, 820);
        @SuppressWarnings("unchecked")
        ListView<ContactSummary> list = (ListView<ContactSummary>) lookup("#contactList").query();
        int anna = list.getItems().stream().map(ContactSummary::displayName).toList().indexOf("Anna Müller");
        assertThat(anna).isGreaterThanOrEqualTo(0);
        interact(() -> {
            list.getSelectionModel().select(anna);
            list.scrollTo(Math.max(0, anna - 4));
        });
        waitUntil(() -> "Anna Müller".equals(lookup("#contactHeading").queryLabeled().getText()));
        Path png = snapshot(fixture.stage().getScene().getRoot(), file);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        if (language == Locale.ENGLISH) {
            // The whole form, beyond what the window shows at once.
            ScrollPane form = lookup(".contact-editor .scroll-pane").queryAs(ScrollPane.class);
            assertThat(Files.size(snapshot(form.getContent(), "contact-editor.png"))).isGreaterThan(10_000);
        }
    }

    @Test
    void welcomeOnAnEmptyDatabase() throws Exception {
        fixture.start(dir.resolve("empty.db"));
        fixture.resize(1100, 700);
        Path png = snapshot(fixture.stage().getScene().getRoot(), "welcome.png");
        assertThat(Files.size(png)).isGreaterThan(5_000);
    }

}
