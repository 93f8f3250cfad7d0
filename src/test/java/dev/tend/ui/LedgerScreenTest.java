package dev.tend.ui;

import static dev.tend.testing.Sql.column;
import static dev.tend.testing.Sql.scalar;
import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Balance;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Direction;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.service.TendServices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/** Logging an interaction through the real window, and the contact's relationship section. */
class LedgerScreenTest extends WindowTest {
    long anna;
    long ben;
    long cem;

    private void seed(Locale language) {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            anna = s.contacts().create(Contact.builder().givenName("Anna").familyName("Müller")
                    .organisation("Ökotec GmbH").build()).id();
            ben = s.contacts().create(Contact.builder().givenName("Ben").familyName("Adler").build()).id();
            cem = s.contacts().create(Contact.builder().givenName("Cem").familyName("Yılmaz").build()).id();
            s.settings().setLanguage(language);
        }
    }

    private void openAnna() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<ContactSummary> list = (ListView<ContactSummary>) lookup("#contactList").query();
        int index = list.getItems().stream().map(ContactSummary::displayName).toList().indexOf("Anna Müller");
        interact(() -> list.getSelectionModel().select(index));
        waitUntil(() -> "Anna Müller".equals(lookup("#contactHeading").queryLabeled().getText()));
        waitUntil(() -> lookup("#relationship").tryQuery().map(Node::isVisible).orElse(false));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private DialogPane dialog() {
        return lookup("#logInteractionDialog").queryAs(DialogPane.class);
    }

    private List<String> chips() {
        return from(lookup("#logParticipants").queryAs(Pane.class)).lookup(".tag-chip").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
    }

    private void typeInto(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field);
        interact(() -> field.setText(text));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = lookup(id).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }

    @Test
    void logsADinnerWithThreePeopleAndAFavourReceivedThenSeesBalanceAndTimeline() throws Exception {
        seed(Locale.ENGLISH);
        fixture.start(db());
        openAnna();
        assertThat(text("#balanceGiven")).isEqualTo("Given 0");
        assertThat(text("#balanceReceived")).isEqualTo("Received 0");
        assertThat(text("#lastInteraction")).isEqualTo("No interaction logged yet.");

        clickOn("#logInteractionButton");
        waitUntil(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        assertThat(chips()).as("pre-filled with the open contact").containsExactly("Anna Müller");
        LocalDate today = lookup("#logDate").queryAs(DatePicker.class).getValue();
        assertThat(today).isEqualTo(LocalDate.now());

        // Search as you type: a click on a suggestion, then Enter on the first one.
        typeInto("#participantSearch", "adl");
        waitUntil(() -> lookup("#participantSuggestions").queryAs(ListView.class).getItems().size() == 1);
        clickOn(from(dialog()).lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getText() != null && c.getText().startsWith("Ben Adler")).queryAs(Node.class));
        typeInto("#participantSearch", "yilmaz");
        waitUntil(() -> !lookup("#participantSuggestions").queryAs(ListView.class).getItems().isEmpty());
        push(KeyCode.ENTER);
        waitUntil(() -> chips().equals(List.of("Anna Müller", "Ben Adler", "Cem Yılmaz")));
        typeInto("#logSummary", "Exhibitors' dinner at the fair");

        clickOn("#addExchangeButton");
        choose("#exchange-0-direction", Direction.RECEIVED);
        choose("#exchange-0-kind", ExchangeKind.FAVOUR);
        choose("#exchange-0-weight", 2);
        typeInto("#exchange-0-description", "Introduced me to the buyer of Nordlicht AG");
        assertThat(lookup("#exchange-0-contact").queryAs(ComboBox.class).getValue()).hasToString("Anna Müller");

        clickOn("#logSaveButton");
        waitUntil(() -> lookup("#logInteractionDialog").tryQuery().isEmpty());

        // One interaction with three participants; the favour is not thanked yet.
        var db = fixture.services().database();
        assertThat(scalar(db, "SELECT count(*) FROM interaction")).isEqualTo(1);
        assertThat(scalar(db, "SELECT count(*) FROM interaction_participant")).isEqualTo(3);
        assertThat(column(db, "SELECT direction || ' ' || kind || ' ' || weight || ' ' || thanked FROM exchange "
                + "WHERE contact_id = ?", anna)).containsExactly("RECEIVED FAVOUR 2 0");
        assertThat(fixture.services().ledger().balance(anna)).isEqualTo(new Balance(0, 2));

        waitUntil(() -> text("#balanceReceived").equals("Received 2"));
        assertThat(text("#balanceGiven")).isEqualTo("Given 0");
        assertThat(text("#balanceVerdict")).contains("received more than you gave");
        assertThat(text("#lastInteraction")).contains("(today)");
        Pane timeline = lookup("#timeline").queryAs(Pane.class);
        assertThat(timeline.getChildren()).hasSize(2);
        List<String> texts = from(timeline).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("In person", "Exhibitors' dinner at the fair", "with Ben Adler, Cem Yılmaz",
                "Not thanked yet", "Introduced me to the buyer of Nordlicht AG");

        // The Network screen owes Anna a thank-you now.
        clickOn("#navNetwork");
        waitUntil(() -> lookup("#countThanksOwed").tryQuery().isPresent());
        assertThat(text("#countThanksOwed")).isEqualTo("1");
        clickOn("#navContacts");
        openAnna();

        // One click: thanked.
        long exchange = ((ExchangeEntry) fixture.services().ledger().timeline(anna).get(1)).exchange().id();
        clickOn("#thank-" + exchange);
        waitUntil(() -> lookup("#thank-" + exchange).tryQuery().isEmpty());
        assertThat(fixture.services().ledger().findExchange(exchange).orElseThrow().thanked()).isTrue();
        Pane after = lookup("#timeline").queryAs(Pane.class);
        assertThat(from(after).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Thanked").doesNotContain("Not thanked yet");

        // ... and the check has nobody left to thank.
        clickOn("#navNetwork");
        waitUntil(() -> text("#countThanksOwed").equals("0"));
    }

    @Test
    void missingParticipantsAndDateAreMarkedAndNothingIsStored() throws Exception {
        seed(Locale.ENGLISH);
        fixture.start(db());
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        assertThat(chips()).as("no contact open, nobody pre-filled").isEmpty();
        interact(() -> lookup("#logDate").queryAs(DatePicker.class).setValue(null));

        clickOn("#logSaveButton");

        assertThat(lookup("#logInteractionDialog").tryQuery()).as("still open").isPresent();
        List<String> errors = from(dialog()).lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(errors).containsExactlyInAnyOrder("Enter the date.", "Add at least one contact who took part.");
        assertThat(lookup("#participantSearch").query().getPseudoClassStates().toString()).contains("danger");
        assertThat(scalar(fixture.services().database(), "SELECT count(*) FROM interaction")).isZero();
    }

    @Test
    void germanLabelsInTheDialogAndTheRelationship() throws Exception {
        seed(Locale.GERMAN);
        fixture.start(db());
        openAnna();
        assertThat(text("#balanceGiven")).isEqualTo("Gegeben 0");
        assertThat(text("#lastInteraction")).isEqualTo("Noch keine Begegnung erfasst.");
        clickOn("#logInteractionButton");
        waitUntil(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        assertThat(lookup("#logSaveButton").queryButton().getText()).isEqualTo("Erfassen");
        assertThat(lookup("#addExchangeButton").queryButton().getText()).isEqualTo("Austausch hinzufügen");
        clickOn("#addExchangeButton");
        assertThat(lookup("#exchange-0-direction").queryAs(ComboBox.class).getConverter()
                .toString(Direction.RECEIVED)).isEqualTo("Ich habe erhalten");
    }
}
