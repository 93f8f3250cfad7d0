package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.service.TendServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/** The This week screen through the real window: snooze and done, and how it is reached. */
class FollowUpsScreenTest extends WindowTest {

    private Path week(Locale language) {
        Path db = dir.resolve("week.db");
        try (TendServices s = TendServices.open(db, Clock.systemDefaultZone(), Locale.GERMANY)) {
            s.settings().setLanguage(language);
            LocalDate today = s.followUps().today();
            long anna = s.contacts().create(Contact.builder().fullName("Anna Weber").build()).id();
            long ben = s.contacts().create(Contact.builder().fullName("Ben Novak").circle(Circle.INNER)
                    .firstMet(today.minusMonths(2)).build()).id();
            s.followUps().add(anna, today, "Send the slides");
            assertThat(s.followUps().thisWeek().items()).extracting(FollowUpItem::contactName)
                    .containsExactly("Anna Weber", "Ben Novak");
            assertThat(ben).isPositive();
        }
        return db;
    }

    private List<HBox> rows() {
        return lookup(".follow-up-row").queryAllAs(HBox.class).stream().toList();
    }

    private HBox row(String name) {
        return rows().stream().filter(r -> ((FollowUpItem) r.getUserData()).contactName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void snoozeADayTakesTheItemOffTheListUntilTomorrow() throws Exception {
        fixture.start(week(Locale.ENGLISH));
        clickOn("#navFollowups");
        waitUntil(() -> rows().size() == 2);
        assertThat(lookup("#groupCUSTOM").tryQuery()).isPresent();
        Node snooze = from(row("Anna Weber")).lookup(".snooze-button").query();
        clickOn(snooze);
        clickOn("A day");
        waitUntil(() -> rows().size() == 1);
        assertThat(((FollowUpItem) rows().get(0).getUserData()).reason()).isEqualTo(FollowUpReason.CADENCE);
        LocalDate tomorrow = fixture.services().followUps().today().plusDays(1);
        assertThat(fixture.services().followUps().week(tomorrow, 50).items())
                .extracting(FollowUpItem::contactName).contains("Anna Weber");
    }

    @Test
    void doneTakesTheItemOffAndACadenceStartsAgain() throws Exception {
        fixture.start(week(Locale.ENGLISH));
        clickOn("#navFollowups");
        waitUntil(() -> rows().size() == 2);
        clickOn((Node) from(row("Ben Novak")).lookup(".done-button").query());
        waitUntil(() -> rows().size() == 1);
        clickOn((Node) from(row("Anna Weber")).lookup(".done-button").query());
        waitUntil(() -> rows().isEmpty());
        assertThat(lookup("#followUpsEmpty").query().isVisible()).isTrue();
        assertThat(fixture.services().followUps().thisWeek().total()).isZero();
    }

    @Test
    void openContactShowsItInContacts() throws Exception {
        fixture.start(week(Locale.ENGLISH));
        clickOn("#navFollowups");
        waitUntil(() -> rows().size() == 2);
        clickOn((Node) from(row("Ben Novak")).lookup(".open-contact-button").query());
        waitUntil(() -> "Ben Novak".equals(lookup("#contactHeading").queryLabeled().getText()));
    }

    @Test
    void theRailSaysThisWeekInBothLanguages() throws Exception {
        fixture.start(week(Locale.GERMAN));
        assertThat(lookup("#navFollowups").queryLabeled().getText()).isEqualTo("Diese Woche");
        clickOn("#navFollowups");
        waitUntil(() -> rows().size() == 2);
        assertThat(lookup("#followUpsWeek").queryLabeled().getText()).startsWith("KW ");
    }
}
