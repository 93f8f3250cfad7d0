package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.EventSummary;
import dev.tend.domain.Interaction;
import dev.tend.service.TendServices;
import dev.tend.store.LedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Events screen driven through the real window, on a real database file. */
class EventsScreenTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate START = TODAY.minusDays(40);
    private static final LocalDate END = TODAY.minusDays(37);

    private long anna;
    private long jurgen;

    /** A fair with three people met there: Anna not followed up, Jürgen followed up, Sophie archived. */
    private void seedFair(Locale language) {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            Event fair = s.events().create(Event.named("Hannover Messe", "Hannover", START, END));
            anna = s.contacts().create(Contact.builder().givenName("Anna").familyName("Müller")
                    .organisation("Ökotec Energiesysteme GmbH").metAtEventId(fair.id()).build()).id();
            jurgen = s.contacts().create(Contact.builder().givenName("Jürgen").familyName("Weiß")
                    .metAtEventId(fair.id()).build()).id();
            s.contacts().create(Contact.builder().givenName("Sophie").familyName("Becker")
                    .metAtEventId(fair.id()).archived(true).build());
            s.database().inTransaction(c -> new LedgerStore().insertInteraction(c, new Interaction(null,
                    END.plusDays(2), Channel.CALL, null, "Call about the pilot", List.of(jurgen)), Instant.now()));
            if (language != null) {
                s.settings().setLanguage(language);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<EventSummary> list() {
        return (ListView<EventSummary>) lookup("#eventList").query();
    }

    private void type(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field);
        interact(() -> field.setText(text));
    }

    /** Types a date as the user would, in the locale's format, and commits it with Enter. */
    private void typeDate(String id, String text) {
        DatePicker picker = lookup(id).queryAs(DatePicker.class);
        clickOn(picker.getEditor());
        interact(() -> picker.getEditor().setText(text));
        push(KeyCode.ENTER);
    }

    private void openFirstEvent() throws Exception {
        clickOn("#navEvents");
        waitUntil(() -> !list().getItems().isEmpty());
        clickOn(lookup(".event-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> lookup("#eventHeading").queryLabeled().getText().equals("Hannover Messe"));
    }

    @Test
    void createsAnEventAndEditsItsDates() throws Exception {
        fixture.start(db());
        clickOn("#navEvents");
        clickOn("#newEventButton");
        assertThat(lookup("#eventHeading").queryLabeled().getText()).isEqualTo("New event");
        type("#eventName", "Intersolar Europe");
        type("#eventCity", "München");
        typeDate("#eventStart", "Jun 18, 2026");
        clickOn("#eventSaveButton");

        waitUntil(() -> list().getItems().size() == 1);
        Event stored = fixture.services().events().all().get(0);
        assertThat(stored.name()).isEqualTo("Intersolar Europe");
        assertThat(stored.city()).isEqualTo("München");
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(list().getSelectionModel().getSelectedItem().id()).isEqualTo(stored.id());

        // An end before the start is marked at the field and nothing is saved.
        typeDate("#eventEnd", "Jun 16, 2026");
        clickOn("#eventSaveButton");
        Label error = lookup("#eventEndError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The end lies before the start.");
        assertThat(fixture.services().events().find(stored.id()).orElseThrow().endDate()).isNull();

        typeDate("#eventEnd", "Jun 20, 2026");
        clickOn("#eventSaveButton");
        waitUntil(() -> LocalDate.of(2026, 6, 20).equals(
                fixture.services().events().find(stored.id()).orElseThrow().endDate()));
        assertThat(lookup("#eventEndError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(lookup(".event-cell .event-detail").queryLabeled().getText())
                .isEqualTo("München · Jun 18, 2026 – Jun 20, 2026");
        assertThat(lookup("#eventSaveButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void showsThePeopleMetThereAndOpensAContact() throws Exception {
        seedFair(null);
        fixture.start(db());
        openFirstEvent();

        assertThat(lookup(".event-cell .event-counts").queryLabeled().getText()).isEqualTo("2 met · 1 followed up");
        assertThat(lookup("#followUpSummary").queryLabeled().getText()).isEqualTo("1 of 2 followed up");
        assertThat(lookup("#eventPeople").lookup(".contact-name").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Anna Müller", "Jürgen Weiß");
        assertThat(from(lookup("#person-" + anna)).lookup(".follow-up-status").queryLabeled().getText())
                .isEqualTo("not yet");
        assertThat(from(lookup("#person-" + jurgen)).lookup(".follow-up-status").queryLabeled().getText())
                .isEqualTo("followed up on " + java.time.format.DateTimeFormatter
                        .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(END.plusDays(2)));

        clickOn("#person-" + anna);
        waitUntil(() -> lookup("#contactHeading").tryQuery().map(n -> ((Label) n).getText().equals("Anna Müller"))
                .orElse(false));
        assertThat(lookup("#navContacts").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#contactHeading").query().isVisible()).isTrue();
    }

    @Test
    void deletesAnEventAfterConfirmingAndKeepsThePeople() throws Exception {
        seedFair(null);
        fixture.start(db());
        openFirstEvent();
        clickOn("#eventDeleteButton");

        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("Hannover Messe").contains("The 2 people met there stay");
        clickOn(from(dialog).lookup(".button").match((Button b) -> b.getText().equals("Delete")).queryButton());

        waitUntil(() -> list().getItems().isEmpty());
        assertThat(fixture.services().events().all()).isEmpty();
        assertThat(fixture.services().contacts().get(anna).metAtEventId()).isNull();
        assertThat(fixture.services().contacts().get(jurgen).displayName()).isEqualTo("Jürgen Weiß");
    }

    @Test
    void speaksGerman() throws Exception {
        seedFair(Locale.GERMAN);
        fixture.start(db());
        assertThat(lookup("#navEvents").queryLabeled().getText()).isEqualTo("Events");
        openFirstEvent();
        assertThat(lookup("#newEventButton").queryButton().getText()).isEqualTo("Neu");
        assertThat(lookup(".event-cell .event-counts").queryLabeled().getText()).isEqualTo("2 getroffen · 1 nachgefasst");
        assertThat(lookup("#followUpSummary").queryLabeled().getText()).isEqualTo("1 von 2 nachgefasst");
        assertThat(from(lookup("#person-" + anna)).lookup(".follow-up-status").queryLabeled().getText())
                .isEqualTo("noch nicht");
        assertThat(lookup("#eventStart").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo(String.format("%02d.%02d.%d", START.getDayOfMonth(), START.getMonthValue(), START.getYear()));
    }
}
