package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.service.TendServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Contacts screen driven through the real window, on a real database file. */
class ContactsScreenTest extends WindowTest {

    private void seed(Contact... contacts) {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            for (Contact c : contacts) {
                s.contacts().create(c);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<ContactSummary> list() {
        return (ListView<ContactSummary>) lookup("#contactList").query();
    }

    private List<String> names() {
        ListView<ContactSummary> list = list();
        return list.getItems().stream().map(ContactSummary::displayName).toList();
    }

    private void type(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        reveal(field);
        clickOn(field);
        interact(() -> field.setText(text));
    }

    @Test
    void anEmptyDatabaseWelcomesTheUserInsteadOfABlankTable() throws Exception {
        fixture.start(db());
        assertThat(lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(lookup("#emptyAddButton").queryButton().getText()).isEqualTo("Add the first contact");
    }

    @Test
    void addsAContactThroughTheDetailPane() throws Exception {
        fixture.start(db());
        clickOn("#emptyAddButton");
        type("#givenName", "Anna");
        type("#familyName", "Müller");
        type("#organisation", "Ökotec GmbH");
        clickOn("#add-email");
        type("#email-0", "Anna.Mueller@Oekotec.example");
        clickOn("#add-phone");
        type("#phone-0", "0511 123456");
        clickOn("#saveButton");

        waitUntil(() -> names().equals(List.of("Anna Müller")));
        Contact stored = fixture.services().contacts().get(list().getItems().get(0).id());
        assertThat(stored.organisation()).isEqualTo("Ökotec GmbH");
        assertThat(stored.emails()).extracting(e -> e.address()).containsExactly("anna.mueller@oekotec.example");
        assertThat(stored.phones().get(0).e164()).isEqualTo("+49511123456");
        assertThat(lookup("#emptyState").query().isVisible()).isFalse();
        assertThat(lookup("#contactHeading").queryAs(Label.class).getText()).isEqualTo("Anna Müller");
    }

    @Test
    void searchAsYouTypeIgnoresAccents() throws Exception {
        seed(Contact.builder().givenName("Anna").familyName("Müller").build(),
                Contact.builder().givenName("Jürgen").familyName("Weiß").build(),
                Contact.builder().givenName("Sophie").familyName("Becker").build());
        fixture.start(db());
        assertThat(names()).hasSize(3);

        clickOn("#searchField").write("muller");
        waitUntil(() -> names().equals(List.of("Anna Müller")));

        interact(() -> lookup("#searchField").queryAs(TextField.class).clear());
        clickOn("#searchField").write("weiss");
        waitUntil(() -> names().equals(List.of("Jürgen Weiß")));

        interact(() -> lookup("#searchField").queryAs(TextField.class).clear());
        clickOn("#searchField").write("nobody");
        waitUntil(() -> names().isEmpty());
    }

    @Test
    void editsAndSavesWithTheKeyboard() throws Exception {
        seed(Contact.builder().givenName("Anna").familyName("Müller").build());
        fixture.start(db());
        clickOn(lookup(".contact-cell").nth(0).queryAs(Node.class));
        type("#title", "Head of Procurement");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> fixture.services().contacts().get(list().getItems().get(0).id()).title() != null);
        assertThat(fixture.services().contacts().get(list().getItems().get(0).id()).title())
                .isEqualTo("Head of Procurement");
        assertThat(lookup("#saveButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void anInvalidEmailIsMarkedAndNothingIsSaved() throws Exception {
        seed(Contact.builder().givenName("Anna").familyName("Müller").email("anna@oekotec.example").build());
        fixture.start(db());
        clickOn(lookup(".contact-cell").nth(0).queryAs(Node.class));
        type("#familyName", "Schmidt");
        type("#email-0", "anna at oekotec");
        clickOn("#saveButton");

        Label error = lookup(".field-error").match(Node::isVisible).queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("This is not a valid email address.");
        Contact stored = fixture.services().contacts().get(list().getItems().get(0).id());
        assertThat(stored.familyName()).isEqualTo("Müller");
        assertThat(stored.emails()).extracting(e -> e.address()).containsExactly("anna@oekotec.example");
    }

    @Test
    void deletesTheSelectionAfterConfirming() throws Exception {
        seed(Contact.builder().givenName("Anna").familyName("Müller").build(),
                Contact.builder().givenName("Sophie").familyName("Becker").build());
        fixture.start(db());
        clickOn(lookup(".contact-cell").nth(0).queryAs(Node.class));
        assertThat(names().get(0)).isEqualTo("Sophie Becker");
        type("#searchField", "");
        clickOn(lookup(".contact-cell").nth(0).queryAs(Node.class));
        push(KeyCode.DELETE);

        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("Sophie Becker");
        clickOn(from(dialog).lookup(".button").match((Button b) -> b.getText().equals("Delete")).queryButton());

        waitUntil(() -> names().equals(List.of("Anna Müller")));
        assertThat(fixture.services().contacts().count(ContactQuery.all())).isEqualTo(1);
    }

    @Test
    void bulkTagsASelection() throws Exception {
        seed(Contact.builder().givenName("Anna").familyName("Müller").build(),
                Contact.builder().givenName("Sophie").familyName("Becker").build(),
                Contact.builder().givenName("Lukas").familyName("Schäfer").build());
        fixture.start(db());
        clickOn(lookup(".contact-cell").nth(0).queryAs(Node.class));
        press(KeyCode.SHIFT);
        clickOn(lookup(".contact-cell").nth(2).queryAs(Node.class));
        release(KeyCode.SHIFT);
        waitUntil(() -> lookup("#bulkBar").query().isVisible());

        clickOn("#bulkTag");
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        interact(() -> from(dialog).lookup(".text-field").queryAs(TextField.class).setText("Hannover Messe"));
        clickOn(from(dialog).lookup(".button").match((Button b) -> b.getText().equals("OK")).queryButton());

        waitUntil(() -> fixture.services().contacts().count(ContactQuery.all().withTag("hannover messe")) == 3);
    }

    /** Scrolls the detail pane so the field is in view (the relationship section sits above the form). */
    private void reveal(Node node) {
        interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                if (hidden > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / hidden)));
                }
            }
        });
    }
}
