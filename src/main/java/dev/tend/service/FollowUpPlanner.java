package dev.tend.service;

import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.WeekPlan;
import dev.tend.export.FollowUpCalendar;
import dev.tend.store.Database;
import dev.tend.store.FollowUpStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Whom to contact this week and why (docs/reminders.md): thanks owed, promises come due, post-fair
 * notes, birthdays, follow-ups set by hand, declined requests to make good and circles whose
 * cadence has run out, ranked by reason and by how overdue, capped with the rest behind "more".
 * Weeks are ISO weeks (Monday to Sunday) and "today" is the injected clock's day in its zone, the
 * user's. Done and snoozed items are remembered in the database; a logged interaction resets a
 * circle's cadence and answers a post-fair note by itself.
 */
public final class FollowUpPlanner {
    /** How far past this week the calendar looks. */
    public static final int UPCOMING_WEEKS = 4;
    /** Snoozes and hand-set follow-ups further out than this are refused as typing mistakes. */
    public static final int MAX_YEARS_AHEAD = 5;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 9000;

    private final Database db;
    private final FollowUpStore store;
    private final LedgerService ledger;
    private final SettingsService settings;
    private final Clock clock;

    public FollowUpPlanner(Database db, FollowUpStore store, LedgerService ledger, SettingsService settings,
                           Clock clock) {
        this.db = db;
        this.store = store;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today, in the clock's (the user's) time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FollowUpSettings settings() {
        return settings.followUps();
    }

    /** This week's list as of today, capped by the settings. */
    public WeekPlan thisWeek() {
        return week(today());
    }

    /** The week of {@code asOf}, capped by the settings. */
    public WeekPlan week(LocalDate asOf) {
        return week(asOf, settings.followUps().cap());
    }

    /** The week of {@code asOf} with at most {@code limit} items (the rest counted in {@link WeekPlan#total()}). */
    public WeekPlan week(LocalDate asOf, int limit) {
        checkDay("asOf", asOf);
        int n = Math.max(0, limit);
        LocalDate start = WeekPlan.startOf(asOf);
        FollowUpStore.Items found = db.read(c -> store.items(c,
                new FollowUpStore.Window(asOf, start.plusDays(6), start, true, n)));
        return new WeekPlan(asOf, n, found.items(), found.total());
    }

    /**
     * Every open item for the calendar as of {@code asOf}: this week's, overdue ones and those
     * coming in the next {@value #UPCOMING_WEEKS} weeks; a snoozed one on the day it comes back.
     */
    public List<FollowUpItem> calendarItems(LocalDate asOf) {
        checkDay("asOf", asOf);
        LocalDate start = WeekPlan.startOf(asOf);
        LocalDate to = start.plusDays(6).plusWeeks(UPCOMING_WEEKS);
        return db.read(c -> store.items(c, new FollowUpStore.Window(asOf, to, start, false, Integer.MAX_VALUE)))
                .items();
    }

    /** Items due in the {@value #UPCOMING_WEEKS} weeks after {@code asOf}'s week, ranked. */
    public List<FollowUpItem> upcoming(LocalDate asOf) {
        LocalDate weekEnd = WeekPlan.startOf(asOf).plusDays(6);
        return calendarItems(asOf).stream().filter(i -> i.dueOn().isAfter(weekEnd)).toList();
    }

    /**
     * The item was dealt with: a promise is marked kept in the ledger, anything else leaves the
     * list (a circle's cadence starts again from today).
     */
    public void done(FollowUpItem item) {
        if (item.reason() == FollowUpReason.PROMISE) {
            ledger.markDone(item.exchangeId());
            return;
        }
        setState(item, null, today());
    }

    /**
     * The item was dealt with by an interaction: logs it through the ledger (validated there; on a
     * {@link ValidationException} nothing is stored and the item stays), then marks the item done.
     * Returns the interaction's id.
     */
    public long done(FollowUpItem item, InteractionDraft interaction) {
        long id = ledger.logInteraction(interaction);
        done(item);
        return id;
    }

    /** Back on the list tomorrow. */
    public LocalDate snoozeDay(FollowUpItem item) {
        return snooze(item, today().plusDays(1));
    }

    /** Back on the list in a week. */
    public LocalDate snoozeWeek(FollowUpItem item) {
        return snooze(item, today().plusWeeks(1));
    }

    /** Off the list until {@code until}, which must lie after today; returns it. */
    public LocalDate snooze(FollowUpItem item, LocalDate until) {
        LocalDate today = today();
        if (until == null) {
            throw invalid("snooze", "followUp.snooze.required", "Choose the day the follow-up comes back.");
        }
        if (!until.isAfter(today)) {
            throw invalid("snooze", "followUp.snooze.past", "The snooze date " + until
                    + (until.isEqual(today) ? " is today" : " has passed") + "; choose a day after today.");
        }
        if (until.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw invalid("snooze", "followUp.snooze.tooFar", "The snooze date " + until + " is more than "
                    + MAX_YEARS_AHEAD + " years ahead.");
        }
        setState(item, until, null);
        return until;
    }

    /** Thanks said for the help behind a thank-you item: marked thanked today in the ledger. */
    public void markThanked(FollowUpItem item) {
        if (item.reason() != FollowUpReason.THANK_YOU || item.exchangeId() == null) {
            throw invalid("reason", "followUp.thanks.notThankYou", "Only a thank-you can be marked thanked.");
        }
        ledger.markThanked(item.exchangeId());
    }

    /**
     * A follow-up the user sets by hand for a contact, due on {@code dueOn} (today or later) with
     * an optional note; returns its id. Archived and deleted contacts are refused.
     */
    public long add(long contactId, LocalDate dueOn, String note) {
        return db.transaction(c -> {
            var contact = store.contact(c, contactId)
                    .orElseThrow(() -> new NotFoundException("Contact " + contactId + " is no longer stored."));
            if (contact.archived()) {
                throw invalid("contact", "followUp.contact.archived",
                        contact.name() + " is archived; restore the contact before setting a follow-up.");
            }
            LocalDate today = today();
            if (dueOn == null) {
                throw invalid("due", "followUp.due.required", "Choose the day the follow-up is due.");
            }
            if (dueOn.isBefore(today)) {
                throw invalid("due", "followUp.due.past", "The due date " + dueOn + " has passed; choose today or later.");
            }
            if (dueOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                throw invalid("due", "followUp.due.tooFar", "The due date " + dueOn + " is more than "
                        + MAX_YEARS_AHEAD + " years ahead.");
            }
            return store.insertCustom(c, contactId, dueOn, note == null ? null : note.strip(), clock.instant());
        });
    }

    /** The calendar of today's open items (and the networking hour if the user keeps one). */
    public net.fortuna.ical4j.model.Calendar calendar(FollowUpCalendar.Labels labels) {
        LocalDate today = today();
        return FollowUpCalendar.build(calendarItems(today), settings.followUps().networkingHour(), clock.instant(),
                today, labels);
    }

    /** Writes the calendar to {@code target}: the whole file or nothing (a temporary file moved into place). */
    public int writeCalendar(Path target, FollowUpCalendar.Labels labels) throws IOException {
        var cal = calendar(labels);
        FollowUpCalendar.writeFile(target, cal);
        return cal.getComponents().size();
    }

    /** Writes the calendar to a stream (standard output). */
    public void writeCalendar(OutputStream out, FollowUpCalendar.Labels labels) throws IOException {
        FollowUpCalendar.write(calendar(labels), out);
    }

    /** The English words of the calendar (command line). */
    public static final FollowUpCalendar.Labels ENGLISH = new FollowUpCalendar.Labels() {
        @Override
        public String summary(FollowUpItem item) {
            return title(item);
        }

        @Override
        public String description(FollowUpItem item) {
            return detail(item);
        }

        @Override
        public String networkingHour() {
            return "Networking hour";
        }
    };

    /** "Thank Anna Weber", "Follow up after the fair with ..." in English (command line, logs). */
    public static String title(FollowUpItem item) {
        String name = item.contactName();
        return switch (item.reason()) {
            case THANK_YOU -> "Thank " + name;
            case PROMISE -> "Keep your promise to " + name;
            case AFTER_EVENT -> "Follow up with " + name + " after the event";
            case DECLINED_REQUEST -> "Make good with " + name;
            case CADENCE -> "Get in touch with " + name;
            case BIRTHDAY -> "Birthday of " + name;
            case CUSTOM -> "Follow up with " + name;
        };
    }

    /** What the item is about, in English: "advice received 2026-02-20", "Hannover Messe ended 2026-04-24". */
    public static String detail(FollowUpItem item) {
        String what = item.detail() == null ? "" : item.detail();
        return switch (item.reason()) {
            case THANK_YOU -> join(what, "received " + item.since());
            case PROMISE -> join(what, "promised " + item.since() + ", due " + item.dueOn());
            case AFTER_EVENT -> join(what, "ended " + item.since() + ", no interaction since");
            case DECLINED_REQUEST -> join(what, "declined " + item.since() + ", nothing given since");
            case CADENCE -> "last in touch " + item.since();
            case BIRTHDAY -> "born " + item.since();
            case CUSTOM -> what;
        };
    }

    private static String join(String what, String rest) {
        return what.isEmpty() ? rest : what + ", " + rest;
    }

    private void setState(FollowUpItem item, LocalDate snoozedUntil, LocalDate doneOn) {
        db.inTransaction(c -> {
            if (!store.setState(c, item, snoozedUntil, doneOn, clock.instant())) {
                throw new NotFoundException("The follow-up with " + item.contactName() + " is no longer stored.");
            }
        });
    }

    private static void checkDay(String field, LocalDate day) {
        if (day == null || day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            throw invalid(field, "followUp.date.range", "The date " + day + " is outside the years " + MIN_YEAR
                    + " to " + MAX_YEAR + "; check the clock or the date given.");
        }
    }

    private static ValidationException invalid(String field, String code, String message) {
        return new ValidationException(List.of(new FieldError(field, code, message)));
    }
}
