package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Channel;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Direction;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.service.ExchangeDraft;
import dev.tend.service.InteractionDraft;
import dev.tend.service.TendServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

/**
 * The contact detail with its relationship section, from the sample network plus a few entries
 * that show every kind of line (promise, declined request, favour not yet thanked). Writes to
 * target/screenshots, or to {@code -Dtend.screenshots=docs/screenshots}.
 */
class LedgerScreenshotTest extends WindowTest {

    @Test
    void contactDetailWithTimeline() throws Exception {
        detail(Locale.ENGLISH, "contact-detail.png", "log-interaction.png");
    }

    @Test
    void contactDetailInGerman() throws Exception {
        detail(Locale.GERMAN, "contact-detail-de.png", "log-interaction-de.png");
    }

    private void detail(Locale language, String file, String dialogFile) throws Exception {
        Path db = dir.resolve("sample.db");
        try (TendServices s = TendServices.open(db, Clock.systemDefaultZone(), Locale.GERMANY)) {
            s.sampleNetwork().write();
            s.settings().setLanguage(language);
            long anna = id(s, "Anna Müller");
            long jonas = s.contacts().search(ContactQuery.text("Jonas"), 0, 1).get(0).id();
            LocalDate today = s.ledger().today();
            s.ledger().logInteraction(new InteractionDraft(today.minusDays(2), Channel.VIDEO, null,
                    "Planning the pilot with the plant managers", List.of(anna, jonas), List.of(
                    ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.RECOMMENDATION, 3,
                            "Recommended us to the plant in Leipzig"),
                    ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.INFORMATION, 1, "Send the market study")
                            .withStatus(ExchangeStatus.PROMISED, null, today.plusDays(5)))));
            s.ledger().addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.JOB_LEAD, 2,
                    "A traineeship for her nephew").withStatus(ExchangeStatus.DECLINED, "No opening this year", null)
                    .withDate(today.minusDays(20)));
        }
        fixture.start(db);
        fixture.resize(1280, 820);
        @SuppressWarnings("unchecked")
        ListView<ContactSummary> list = (ListView<ContactSummary>) lookup("#contactList").query();
        int anna = list.getItems().stream().map(ContactSummary::displayName).toList().indexOf("Anna Müller");
        interact(() -> {
            list.getSelectionModel().select(anna);
            list.scrollTo(Math.max(0, anna - 4));
        });
        waitUntil(() -> "Anna Müller".equals(lookup("#contactHeading").queryLabeled().getText()));
        waitUntil(() -> lookup("#relationship").query().isVisible());
        Path png = snapshot(fixture.stage().getScene().getRoot(), file);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        // The whole relationship section, beyond what the window shows at once.
        ScrollPane form = lookup(".contact-editor .scroll-pane").queryAs(ScrollPane.class);
        assertThat(form).isNotNull();
        Path section = snapshot(lookup("#relationship").query(), file.replace(".png", "-relationship.png"));
        assertThat(Files.size(section)).isGreaterThan(5_000);

        // Five entries keep the form near; "Show all" shows the rest of the page.
        javafx.scene.layout.Pane timeline = lookup("#timeline").queryAs(javafx.scene.layout.Pane.class);
        int entries = fixture.services().ledger().timeline(id(fixture.services(), "Anna Müller")).size();
        assertThat(entries).isGreaterThan(5);
        assertThat(timeline.getChildren()).hasSize(5);
        clickOn("#timelineShowAll");
        assertThat(timeline.getChildren()).hasSize(entries);
        assertThat(lookup("#timelineShowAll").query().isVisible()).isFalse();

        clickOn("#logInteractionButton");
        waitUntil(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        clickOn("#addExchangeButton");
        interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ExchangeStatus> status =
                    lookup("#exchange-0-status").queryAs(javafx.scene.control.ComboBox.class);
            status.setValue(ExchangeStatus.DECLINED);
        });
        DialogPane dialog = lookup("#logInteractionDialog").queryAs(DialogPane.class);
        assertThat(Files.size(snapshot(dialog, dialogFile))).isGreaterThan(5_000);
    }

    private static long id(TendServices s, String name) {
        return s.contacts().search(ContactQuery.text(name), 0, 5).stream()
                .filter(c -> c.displayName().equals(name)).findFirst().orElseThrow().id();
    }

}
