package dev.tend.ui.followups;

import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.WeekPlan;
import dev.tend.service.SettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When the weekly digest reaches the user, by the injected clock in its (the user's) zone: the
 * first start of the window in a new ISO week opens This week, and while the window runs a
 * notification comes once a week on the digest day and time (Settings). Which weeks were served
 * is kept in the settings, so a restart does not repeat them.
 */
public final class DigestSchedule {
    private final SettingsService settings;
    private final Clock clock;

    public DigestSchedule(SettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * True on the first start in a week other than the last start's: the window opens This week.
     * The very first start of all only takes note of the week, since there is nothing due yet and
     * the user is finding their way.
     */
    public boolean openOnStart() {
        String week = WeekPlan.isoWeek(LocalDate.now(clock));
        var last = settings.get(SettingsService.DIGEST_SHOWN_WEEK);
        if (last.isPresent() && last.get().equals(week)) {
            return false;
        }
        settings.put(SettingsService.DIGEST_SHOWN_WEEK, week);
        // Opened now (or a first start): the notification later this week would only repeat it.
        settings.put(SettingsService.DIGEST_NOTIFIED_WEEK, week);
        return last.isPresent();
    }

    /** This week's digest moment: the digest day of the current ISO week at the digest time. */
    public LocalDateTime dueThisWeek() {
        FollowUpSettings s = settings.followUps();
        LocalDate monday = WeekPlan.startOf(LocalDate.now(clock));
        return monday.with(TemporalAdjusters.nextOrSame(s.digestDay())).atTime(s.digestTime());
    }

    /**
     * True once a week, at the first call on or after the digest moment: the caller notifies. A
     * week whose notification was given (or whose moment has not come) answers false.
     */
    public boolean notifyNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        String week = WeekPlan.isoWeek(now.toLocalDate());
        if (now.isBefore(dueThisWeek())
                || settings.get(SettingsService.DIGEST_NOTIFIED_WEEK).filter(week::equals).isPresent()) {
            return false;
        }
        settings.put(SettingsService.DIGEST_NOTIFIED_WEEK, week);
        return true;
    }
}
