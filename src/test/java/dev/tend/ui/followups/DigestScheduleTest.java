package dev.tend.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.NetworkingHour;
import dev.tend.service.SettingsService;
import dev.tend.service.TendServices;
import dev.tend.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the digest opens and notifies, by a clock the test moves (UTC; Monday 2 March 2026, 07:00). */
class DigestScheduleTest {
    @TempDir
    Path dir;
    MutableClock clock;
    TendServices tend;
    DigestSchedule schedule;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"));
        tend = TendServices.open(dir.resolve("digest.db"), clock, Locale.GERMANY);
        schedule = new DigestSchedule(tend.settings(), clock);
    }

    @AfterEach
    void close() {
        tend.close();
    }

    @Test
    void theFirstStartInANewWeekOpensTheDigestOnceButTheVeryFirstStartDoesNot() {
        assertThat(schedule.openOnStart()).as("first start ever").isFalse();
        assertThat(schedule.openOnStart()).as("again the same week").isFalse();
        clock.advance(Duration.ofDays(6)); // Sunday
        assertThat(schedule.openOnStart()).isFalse();
        clock.advance(Duration.ofDays(1)); // Monday of the next ISO week
        assertThat(schedule.openOnStart()).isTrue();
        assertThat(schedule.openOnStart()).isFalse();
        assertThat(tend.settings().get(SettingsService.DIGEST_SHOWN_WEEK)).contains("2026-W11");
    }

    @Test
    void theNotificationComesOnceAWeekAtTheDigestDayAndTime() {
        tend.settings().setFollowUps(new FollowUpSettings(15, DayOfWeek.TUESDAY, LocalTime.of(8, 30),
                NetworkingHour.OFF));
        assertThat(schedule.dueThisWeek()).hasToString("2026-03-03T08:30");
        assertThat(schedule.notifyNow()).as("Monday").isFalse();
        clock.advance(Duration.ofHours(25)); // Tuesday 08:00
        assertThat(schedule.notifyNow()).isFalse();
        clock.advance(Duration.ofMinutes(30));
        assertThat(schedule.notifyNow()).as("Tuesday 08:30").isTrue();
        assertThat(schedule.notifyNow()).as("only once").isFalse();
        clock.advance(Duration.ofDays(3));
        assertThat(schedule.notifyNow()).isFalse();
        clock.advance(Duration.ofDays(4)); // Tuesday of the next week, 08:30
        assertThat(schedule.notifyNow()).isTrue();
    }

    @Test
    void aStartThatOpensTheDigestNeedsNoNotificationThatWeek() {
        schedule.openOnStart();
        clock.advance(Duration.ofDays(7));
        assertThat(schedule.openOnStart()).isTrue();
        clock.advance(Duration.ofHours(3)); // 10:00, past the default Monday 09:00
        assertThat(schedule.notifyNow()).isFalse();
    }

    @Test
    void theNotifierToldWithTheCountAndOpensThisWeek() {
        List<String> shown = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        Notifier notifier = (title, message, open) -> {
            shown.add(title + ": " + message);
            open.run();
        };
        DigestNotifier digest = new DigestNotifier(schedule, notifier, "Tend", n -> n + " follow-ups", () -> 7,
                () -> opened.add("this week"));
        assertThat(digest.check()).as("07:00, before the digest time").isFalse();
        clock.advance(Duration.ofHours(2));
        assertThat(digest.check()).isTrue();
        assertThat(digest.check()).isFalse();
        assertThat(shown).containsExactly("Tend: 7 follow-ups");
        assertThat(opened).containsExactly("this week");
    }
}
