package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Channel;
import dev.tend.domain.ContactQuery;
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
import org.junit.jupiter.api.Test;

/**
 * This week on the sample network plus a few entries that show every reason. Writes to
 * target/screenshots, or to {@code -Dtend.screenshots=docs/screenshots}.
 */
class FollowUpsScreenshotTest extends WindowTest {

    @Test
    void thisWeek() throws Exception {
        shoot(Locale.ENGLISH, "this-week.png");
    }

    @Test
    void thisWeekInGerman() throws Exception {
        shoot(Locale.GERMAN, "this-week-de.png");
    }

    private static long id(TendServices s, String name) {
        return s.contacts().search(ContactQuery.text(name), 0, 1).get(0).id();
    }

    private void shoot(Locale language, String file) throws Exception {
        Path db = dir.resolve("sample.db");
        try (TendServices s = TendServices.open(db, Clock.systemDefaultZone(), Locale.GERMANY)) {
            s.sampleNetwork().write();
            s.settings().setLanguage(language);
            LocalDate today = s.followUps().today();
            long anna = id(s, "Anna Müller");
            long jonas = id(s, "Jonas");
            s.ledger().logInteraction(new InteractionDraft(today.minusDays(3), Channel.VIDEO, null, "Pilot planning",
                    List.of(anna, jonas), List.of(
                    ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.INFORMATION, 1, "Send the market study")
                            .withStatus(ExchangeStatus.PROMISED, null, today.plusDays(1)),
                    ExchangeDraft.done(jonas, Direction.RECEIVED, ExchangeKind.INTRODUCTION, 2,
                            "Introduction to the plant in Leipzig"))));
            s.followUps().add(jonas, today.plusDays(2), "Ask about the tender in Q3");
        }
        fixture.start(db);
        fixture.resize(1280, 860);
        clickOn("#navFollowups");
        waitUntil(() -> !lookup(".follow-up-row").queryAll().isEmpty());
        Path png = snapshot(fixture.stage().getScene().getRoot(), file);
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
