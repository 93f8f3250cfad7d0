package dev.tend.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The follow-ups of one ISO week (Monday to Sunday) as seen on {@code asOf}: everything due up to
 * the week's Sunday that is not done or snoozed past {@code asOf}, ranked; {@code items} holds the
 * first {@code limit} of {@code total}, the rest are behind "more".
 */
public record WeekPlan(LocalDate asOf, int limit, List<FollowUpItem> items, int total) {
    public WeekPlan {
        items = List.copyOf(items);
    }

    public LocalDate weekStart() {
        return startOf(asOf);
    }

    public LocalDate weekEnd() {
        return weekStart().plusDays(6);
    }

    /** How many items are behind "more". */
    public int more() {
        return total - items.size();
    }

    /** "2026-W10": the ISO week-based year and week, which differ from the calendar year around New Year. */
    public String isoWeek() {
        return isoWeek(asOf);
    }

    public static String isoWeek(LocalDate day) {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of {@code day}'s ISO week. */
    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
