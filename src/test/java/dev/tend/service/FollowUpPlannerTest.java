package dev.tend.service;

import static dev.tend.domain.FollowUpReason.AFTER_EVENT;
import static dev.tend.domain.FollowUpReason.BIRTHDAY;
import static dev.tend.domain.FollowUpReason.CADENCE;
import static dev.tend.domain.FollowUpReason.CUSTOM;
import static dev.tend.domain.FollowUpReason.DECLINED_REQUEST;
import static dev.tend.domain.FollowUpReason.PROMISE;
import static dev.tend.domain.FollowUpReason.THANK_YOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tend.domain.Channel;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.Interaction;
import dev.tend.domain.WeekPlan;
import dev.tend.store.LedgerStore;
import dev.tend.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up rules on a real SQLite file. The clock is movable and starts on Monday 2 March 2026,
 * 09:00 UTC: ISO week 2026-W10 runs from 2 to 8 March.
 */
class FollowUpPlannerTest {
    static final LocalDate MON = LocalDate.of(2026, 3, 2);
    static final LocalDate SUN = LocalDate.of(2026, 3, 8);

    @TempDir
    Path dir;
    MutableClock clock;
    TendServices tend;
    FollowUpPlanner planner;
    final LedgerStore ledger = new LedgerStore();

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        tend = TendServices.open(dir.resolve("followups.db"), clock, Locale.GERMANY);
        planner = tend.followUps();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    // --- helpers ------------------------------------------------------------------------------

    long contact(String name) {
        return tend.contacts().create(Contact.builder().fullName(name).build()).id();
    }

    long contact(String name, Circle circle, LocalDate firstMet) {
        return tend.contacts().create(Contact.builder().fullName(name).circle(circle).firstMet(firstMet).build()).id();
    }

    long exchange(long contact, LocalDate on, Direction d, ExchangeStatus status, boolean thanked, LocalDate due,
                  LocalDate madeGood, String description) {
        return tend.database().transaction(c -> ledger.insertExchange(c, new Exchange(null, contact, null, on, d,
                ExchangeKind.ADVICE, 1, description, status, status == ExchangeStatus.DECLINED ? "busy" : null, due,
                thanked, null, madeGood), clock.instant()));
    }

    long received(long contact, LocalDate on) {
        return exchange(contact, on, Direction.RECEIVED, ExchangeStatus.DONE, false, null, null, null);
    }

    void interaction(LocalDate on, long... contacts) {
        tend.database().inTransaction(c -> ledger.insertInteraction(c, new Interaction(null, on, Channel.CALL, null,
                null, java.util.Arrays.stream(contacts).boxed().toList()), clock.instant()));
    }

    List<FollowUpItem> week(LocalDate asOf) {
        return planner.week(asOf, Integer.MAX_VALUE).items();
    }

    List<FollowUpItem> week() {
        return week(MON);
    }

    List<String> names(List<FollowUpItem> items, FollowUpReason reason) {
        return items.stream().filter(i -> i.reason() == reason).map(FollowUpItem::contactName).toList();
    }

    FollowUpItem item(FollowUpReason reason, String name) {
        return week().stream().filter(i -> i.reason() == reason && i.contactName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + reason + " for " + name + " in " + week()));
    }

    void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    // --- the rules ----------------------------------------------------------------------------

    @Test
    void thankYouIsOwedForHelpReceivedAndNotThanked() {
        long anna = contact("Anna Owed");
        long paid = contact("Ben Thanked");
        long gave = contact("Clara Gave");
        long archived = contact("Dora Archived");
        received(anna, LocalDate.of(2026, 2, 20));
        exchange(paid, LocalDate.of(2026, 2, 20), Direction.RECEIVED, ExchangeStatus.DONE, true, null, null, null);
        exchange(gave, LocalDate.of(2026, 2, 20), Direction.GAVE, ExchangeStatus.DONE, false, null, null, null);
        received(archived, LocalDate.of(2026, 2, 20));
        tend.contacts().archive(List.of(archived));

        FollowUpItem item = item(THANK_YOU, "Anna Owed");
        assertThat(names(week(), THANK_YOU)).containsExactly("Anna Owed");
        assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(item.overdueDays(MON)).isEqualTo(10);
        assertThat(item.detail()).isEqualTo("advice");

        planner.markThanked(item);
        assertThat(names(week(), THANK_YOU)).isEmpty();
        assertThat(tend.ledger().findExchange(item.exchangeId()).orElseThrow().thanked()).isTrue();
    }

    @Test
    void helpReceivedLaterThanTheDayLookedFromIsNotOwedYet() {
        long anna = contact("Anna");
        received(anna, MON);
        assertThat(names(week(MON.minusDays(1)), THANK_YOU)).isEmpty();
        assertThat(names(week(MON), THANK_YOU)).containsExactly("Anna");
    }

    @Test
    void aPromiseIsDueOnItsDateAndStaysUntilKept() {
        long overdue = contact("Olga Overdue");
        long friday = contact("Fritz Friday");
        long later = contact("Lena Later");
        long received = contact("Rita Received");
        exchange(overdue, LocalDate.of(2026, 1, 5), Direction.GAVE, ExchangeStatus.PROMISED, false,
                LocalDate.of(2026, 1, 20), null, "intro to Jo");
        exchange(friday, LocalDate.of(2026, 2, 5), Direction.GAVE, ExchangeStatus.PROMISED, false,
                LocalDate.of(2026, 3, 6), null, null);
        exchange(later, LocalDate.of(2026, 2, 5), Direction.GAVE, ExchangeStatus.PROMISED, false,
                LocalDate.of(2026, 3, 9), null, null);
        exchange(received, LocalDate.of(2026, 2, 5), Direction.RECEIVED, ExchangeStatus.PROMISED, false,
                LocalDate.of(2026, 3, 3), null, null);

        assertThat(week()).filteredOn(i -> i.reason() == PROMISE).extracting(FollowUpItem::contactName,
                FollowUpItem::dueOn).containsExactly(tuple("Olga Overdue", LocalDate.of(2026, 1, 20)),
                tuple("Fritz Friday", LocalDate.of(2026, 3, 6)));
        assertThat(planner.upcoming(MON)).extracting(FollowUpItem::contactName).containsExactly("Lena Later");

        FollowUpItem kept = item(PROMISE, "Olga Overdue");
        planner.done(kept);
        assertThat(names(week(), PROMISE)).containsExactly("Fritz Friday");
        assertThat(tend.ledger().findExchange(kept.exchangeId()).orElseThrow().status()).isEqualTo(ExchangeStatus.DONE);
    }

    @Test
    void afterAnEventANoteIsDueTwoDaysAfterItsEndUnlessThereWasAnInteractionSince() {
        Event fair = tend.events().create(Event.named("Hannover Messe", "Hannover", LocalDate.of(2026, 2, 23),
                LocalDate.of(2026, 2, 26)));
        Event weekend = tend.events().create(Event.named("Late fair", null, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 7)));
        Event oneDay = tend.events().create(Event.named("Meetup", null, LocalDate.of(2026, 3, 5), null));
        long quiet = metAt("Quentin Quiet", fair);
        long called = metAt("Carla Called", fair);
        long before = metAt("Bea Before", fair);
        metAt("Sam Saturday", weekend);
        metAt("Mia Meetup", oneDay);
        interaction(LocalDate.of(2026, 2, 27), called);
        interaction(LocalDate.of(2026, 2, 25), before); // at the fair itself: no follow-up yet

        assertThat(week()).filteredOn(i -> i.reason() == AFTER_EVENT)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn, FollowUpItem::detail)
                .containsExactly(tuple("Bea Before", LocalDate.of(2026, 2, 28), "Hannover Messe"),
                        tuple("Quentin Quiet", LocalDate.of(2026, 2, 28), "Hannover Messe"),
                        tuple("Mia Meetup", LocalDate.of(2026, 3, 7), "Meetup"));
        assertThat(planner.upcoming(MON)).extracting(FollowUpItem::contactName, FollowUpItem::dueOn)
                .containsExactly(tuple("Sam Saturday", LocalDate.of(2026, 3, 9)));

        interaction(MON, quiet);
        assertThat(names(week(), AFTER_EVENT)).containsExactly("Bea Before", "Mia Meetup");
    }

    long metAt(String name, Event e) {
        return tend.contacts().create(Contact.builder().fullName(name).metAtEventId(e.id()).build()).id();
    }

    @Test
    void aDeclinedRequestIsToBeMadeGoodThirtyDaysLaterIfNothingWasGivenSince() {
        long due = contact("Dana Declined");
        long notYet = contact("Nina NotYet");
        long helped = contact("Hugo Helped");
        long madeGood = contact("Mona MadeGood");
        exchange(due, LocalDate.of(2026, 1, 20), Direction.GAVE, ExchangeStatus.DECLINED, false, null, null, null);
        exchange(notYet, LocalDate.of(2026, 2, 7), Direction.GAVE, ExchangeStatus.DECLINED, false, null, null, null);
        exchange(helped, LocalDate.of(2026, 1, 2), Direction.GAVE, ExchangeStatus.DECLINED, false, null, null, null);
        exchange(helped, LocalDate.of(2026, 1, 15), Direction.GAVE, ExchangeStatus.DONE, false, null, null, null);
        exchange(madeGood, LocalDate.of(2026, 1, 2), Direction.GAVE, ExchangeStatus.DECLINED, false, null,
                LocalDate.of(2026, 2, 1), null);

        assertThat(week()).filteredOn(i -> i.reason() == DECLINED_REQUEST)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn)
                .containsExactly(tuple("Dana Declined", LocalDate.of(2026, 2, 19)));
        // declined 7 February: thirty days later is 9 March, the next week
        assertThat(names(week(LocalDate.of(2026, 3, 9)), DECLINED_REQUEST)).containsExactly("Dana Declined",
                "Nina NotYet");
    }

    @Test
    void aCircleCadenceRunsOutAndAnyInteractionResetsIt() {
        long inner = contact("Ida Inner", Circle.INNER, LocalDate.of(2025, 1, 1));
        long recent = contact("Rolf Recent", Circle.INNER, LocalDate.of(2025, 1, 1));
        long close = contact("Carl Close", Circle.CLOSE, LocalDate.of(2025, 1, 1));
        long none = contact("Nora None", Circle.NONE, LocalDate.of(2020, 1, 1));
        contact("Newt New", Circle.INNER, null); // created today: due in two weeks
        contact("Old Loose", Circle.LOOSE, LocalDate.of(2025, 3, 5));
        interaction(LocalDate.of(2026, 2, 10), inner);
        interaction(LocalDate.of(2026, 2, 25), recent);
        interaction(LocalDate.of(2026, 1, 31), close); // a month later is 28 February, not 3 March
        interaction(LocalDate.of(2025, 1, 1), none);

        assertThat(week()).filteredOn(i -> i.reason() == CADENCE)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn, FollowUpItem::since)
                .containsExactly(tuple("Ida Inner", LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 10)),
                        tuple("Carl Close", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 1, 31)),
                        tuple("Old Loose", LocalDate.of(2026, 3, 5), LocalDate.of(2025, 3, 5)));
        assertThat(planner.upcoming(MON)).filteredOn(i -> i.reason() == CADENCE)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn)
                .containsExactly(tuple("Rolf Recent", LocalDate.of(2026, 3, 11)),
                        tuple("Newt New", LocalDate.of(2026, 3, 16)));

        interaction(MON, inner, close);
        assertThat(names(week(), CADENCE)).containsExactly("Old Loose");
    }

    @Test
    void doneOnACadenceStartsItAgainFromToday() {
        contact("Ida Inner", Circle.INNER, LocalDate.of(2025, 1, 1));
        planner.done(item(CADENCE, "Ida Inner"));
        assertThat(names(week(), CADENCE)).isEmpty();
        assertThat(names(week(MON.plusWeeks(1)), CADENCE)).isEmpty();
        assertThat(week(MON.plusWeeks(2))).filteredOn(i -> i.reason() == CADENCE)
                .extracting(FollowUpItem::dueOn).containsExactly(MON.plusWeeks(2));
    }

    @Test
    void birthdaysOfTheWeekWhateverTheYear() {
        tend.contacts().create(Contact.builder().fullName("Bert Thursday").birthday(LocalDate.of(1980, 3, 5)).build());
        tend.contacts().create(Contact.builder().fullName("Nele NextWeek").birthday(LocalDate.of(1990, 3, 9)).build());
        tend.contacts().create(Contact.builder().fullName("Lea Leap").birthday(LocalDate.of(1996, 2, 29)).build());

        assertThat(week()).filteredOn(i -> i.reason() == BIRTHDAY)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn)
                .containsExactly(tuple("Bert Thursday", LocalDate.of(2026, 3, 5)));
        // 2027 is no leap year: a 29 February birthday is kept on Sunday the 28th, in the week before
        assertThat(week(LocalDate.of(2027, 2, 24))).filteredOn(i -> i.reason() == BIRTHDAY)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn)
                .containsExactly(tuple("Lea Leap", LocalDate.of(2027, 2, 28)));
        assertThat(week(LocalDate.of(2028, 2, 29))).filteredOn(i -> i.reason() == BIRTHDAY)
                .extracting(FollowUpItem::contactName, FollowUpItem::dueOn).containsExactly(
                        tuple("Lea Leap", LocalDate.of(2028, 2, 29)), tuple("Bert Thursday", LocalDate.of(2028, 3, 5)));
    }

    @Test
    void aFollowUpSetByHandIsDueOnItsDayWithItsNote() {
        long anna = contact("Anna Hand");
        long id = planner.add(anna, LocalDate.of(2026, 3, 4), "  Send the slides ");
        planner.add(anna, LocalDate.of(2026, 3, 20), "Later");

        FollowUpItem item = item(CUSTOM, "Anna Hand");
        assertThat(item.followUpId()).isEqualTo(id);
        assertThat(item.detail()).isEqualTo("Send the slides");
        assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(names(week(), CUSTOM)).hasSize(1);

        planner.done(item);
        assertThat(names(week(), CUSTOM)).isEmpty();
        assertThat(planner.upcoming(MON)).extracting(FollowUpItem::detail).containsExactly("Later");
    }

    // --- done, snooze ------------------------------------------------------------------------

    @Test
    void snoozedForADayTheItemComesBackTomorrow() {
        received(contact("Anna"), LocalDate.of(2026, 2, 20));
        LocalDate until = planner.snoozeDay(item(THANK_YOU, "Anna"));
        assertThat(until).isEqualTo(MON.plusDays(1));
        assertThat(week()).isEmpty();
        moveTo(MON.plusDays(1));
        assertThat(names(week(MON.plusDays(1)), THANK_YOU)).containsExactly("Anna");
    }

    @Test
    void snoozedForAWeekTheItemIsInNextWeeksListAndInTheCalendarOnThatDay() {
        long anna = contact("Anna");
        planner.add(anna, MON, "call");
        received(anna, LocalDate.of(2026, 2, 20));
        for (FollowUpItem i : week()) {
            planner.snoozeWeek(i);
        }
        assertThat(week()).isEmpty();
        assertThat(week(SUN)).isEmpty();
        assertThat(week(MON.plusWeeks(1))).extracting(FollowUpItem::reason).containsExactly(THANK_YOU, CUSTOM);
        assertThat(planner.calendarItems(MON)).hasSize(2);
    }

    @Test
    void snoozingUntilADayThatHasPassedOrIsTodayIsRefusedWithAClearMessage() {
        received(contact("Anna"), LocalDate.of(2026, 2, 20));
        FollowUpItem item = item(THANK_YOU, "Anna");
        assertThatThrownBy(() -> planner.snooze(item, MON.minusDays(1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("The snooze date 2026-03-01 has passed; choose a day after today.");
        assertThatThrownBy(() -> planner.snooze(item, MON)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is today");
        assertThatThrownBy(() -> planner.snooze(item, MON.plusYears(6))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("years ahead");
        assertThat(week()).hasSize(1);
    }

    @Test
    void doneWithAnInteractionLogsItThroughTheLedger() {
        long anna = contact("Anna", Circle.INNER, LocalDate.of(2025, 1, 1));
        FollowUpItem item = item(CADENCE, "Anna");
        long id = planner.done(item, new InteractionDraft(MON, Channel.VIDEO, null, "caught up", List.of(anna),
                List.of()));
        assertThat(id).isPositive();
        assertThat(tend.ledger().lastInteraction(anna)).contains(MON);
        assertThat(week()).isEmpty();
    }

    @Test
    void doneWithAnInvalidInteractionStoresNothingAndKeepsTheItem() {
        long anna = contact("Anna", Circle.INNER, LocalDate.of(2025, 1, 1));
        FollowUpItem item = item(CADENCE, "Anna");
        assertThatThrownBy(() -> planner.done(item, new InteractionDraft(MON.plusDays(3), Channel.VIDEO, null, null,
                List.of(anna), List.of()))).isInstanceOf(ValidationException.class);
        assertThat(week()).containsExactly(item);
    }

    @Test
    void markThankedIsOnlyForThankYous() {
        long anna = contact("Anna");
        planner.add(anna, MON, null);
        assertThatThrownBy(() -> planner.markThanked(item(CUSTOM, "Anna"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only a thank-you");
    }

    // --- bad input --------------------------------------------------------------------------

    @Test
    void aFollowUpForAnArchivedOrDeletedContactOrInThePastIsRefused() {
        long archived = contact("Archie");
        tend.contacts().archive(List.of(archived));
        long deleted = contact("Del");
        long anna = contact("Anna");
        tend.contacts().delete(List.of(deleted));

        assertThatThrownBy(() -> planner.add(archived, SUN, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Archie is archived");
        assertThatThrownBy(() -> planner.add(deleted, SUN, null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no longer stored");
        assertThatThrownBy(() -> planner.add(anna, MON.minusDays(1), null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2026-03-01 has passed");
        assertThatThrownBy(() -> planner.add(anna, null, null)).isInstanceOf(ValidationException.class);
        assertThat(week()).isEmpty();
    }

    @Test
    void itemsOfAContactArchivedOrDeletedLaterLeaveTheList() {
        long anna = contact("Anna");
        long ben = contact("Ben");
        planner.add(anna, MON, "x");
        planner.add(ben, MON, "y");
        received(ben, LocalDate.of(2026, 2, 1));
        tend.contacts().archive(List.of(anna));
        tend.contacts().delete(List.of(ben));
        assertThat(week()).isEmpty();
        tend.contacts().unarchive(List.of(anna));
        assertThat(names(week(), CUSTOM)).containsExactly("Anna");
    }

    @Test
    void actingOnAnItemWhoseFollowUpIsGoneSaysSo() {
        long anna = contact("Anna");
        planner.add(anna, MON, "x");
        FollowUpItem item = item(CUSTOM, "Anna");
        tend.contacts().delete(List.of(anna));
        assertThatThrownBy(() -> planner.done(item)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Anna");
    }

    @Test
    void aClockSetYearsAheadGivesACappedListNotAnError() {
        for (int i = 0; i < 20; i++) {
            contact("Person " + i, Circle.values()[i % 4], LocalDate.of(2025, 1, 1));
        }
        moveTo(LocalDate.of(2046, 3, 2));
        WeekPlan plan = planner.thisWeek();
        assertThat(plan.items()).hasSize(FollowUpSettings.DEFAULT_CAP);
        assertThat(plan.total()).isEqualTo(20);
        assertThat(plan.more()).isEqualTo(5);
        assertThatThrownBy(() -> planner.week(LocalDate.of(99_999, 1, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("outside the years");
    }

    // --- ranking, cap, weeks, zones --------------------------------------------------------

    @Test
    void rankedByReasonThenByHowOverdueAndCapped() {
        long anna = contact("Anna", Circle.INNER, LocalDate.of(2025, 1, 1));
        long ben = contact("Ben");
        long cleo = contact("Cleo");
        tend.contacts().update(tend.contacts().get(ben).toBuilder().birthday(LocalDate.of(1980, 3, 3)).build());
        received(cleo, LocalDate.of(2026, 2, 25));
        received(ben, LocalDate.of(2026, 2, 10));
        planner.add(anna, MON, "call");
        exchange(cleo, LocalDate.of(2026, 1, 1), Direction.GAVE, ExchangeStatus.PROMISED, false, MON, null, null);

        assertThat(week()).extracting(FollowUpItem::reason, FollowUpItem::contactName).containsExactly(
                tuple(THANK_YOU, "Ben"), tuple(THANK_YOU, "Cleo"), tuple(PROMISE, "Cleo"), tuple(BIRTHDAY, "Ben"),
                tuple(CUSTOM, "Anna"), tuple(CADENCE, "Anna"));

        WeekPlan capped = planner.week(MON, 4);
        assertThat(capped.items()).extracting(FollowUpItem::reason)
                .containsExactly(THANK_YOU, THANK_YOU, PROMISE, BIRTHDAY);
        assertThat(capped.total()).isEqualTo(6);
        assertThat(capped.more()).isEqualTo(2);
        assertThat(planner.week(MON, 0).total()).isEqualTo(6);
    }

    @Test
    void theCapComesFromTheSettings() {
        for (int i = 0; i < 20; i++) {
            received(contact("P" + i), LocalDate.of(2026, 2, 1).plusDays(i));
        }
        assertThat(planner.week(MON).items()).hasSize(15);
        tend.settings().setFollowUps(new FollowUpSettings(5, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(8, 30), dev.tend.domain.NetworkingHour.OFF));
        WeekPlan plan = planner.week(MON);
        assertThat(plan.items()).hasSize(5);
        assertThat(plan.items().get(0).contactName()).isEqualTo("P0");
        assertThat(plan.more()).isEqualTo(15);
        assertThatThrownBy(() -> tend.settings().setFollowUps(new FollowUpSettings(0, java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.NOON, null))).isInstanceOf(ValidationException.class);
        assertThat(planner.settings().cap()).isEqualTo(5);
        assertThat(planner.settings().digestDay()).isEqualTo(java.time.DayOfWeek.TUESDAY);
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearBoundary() {
        tend.contacts().create(Contact.builder().fullName("Newyear").birthday(LocalDate.of(1970, 1, 2)).build());
        tend.contacts().create(Contact.builder().fullName("Oldyear").birthday(LocalDate.of(1970, 12, 28)).build());
        WeekPlan plan = planner.week(LocalDate.of(2026, 12, 31), 50);
        assertThat(plan.isoWeek()).isEqualTo("2026-W53");
        assertThat(plan.weekStart()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(plan.weekEnd()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(plan.items()).extracting(FollowUpItem::contactName, FollowUpItem::dueOn).containsExactly(
                tuple("Oldyear", LocalDate.of(2026, 12, 28)), tuple("Newyear", LocalDate.of(2027, 1, 2)));
        assertThat(planner.week(LocalDate.of(2027, 1, 3), 50).isoWeek()).isEqualTo("2026-W53");
        assertThat(planner.week(LocalDate.of(2027, 1, 4), 50).isoWeek()).isEqualTo("2027-W01");
        // 29 December 2025 is a Monday and already in 2026-W01
        assertThat(planner.week(LocalDate.of(2025, 12, 29), 50).isoWeek()).isEqualTo("2026-W01");
        assertThat(planner.week(SUN, 50).weekStart()).isEqualTo(MON);
    }

    @Test
    void todayIsTheDayInTheUsersTimeZoneAcrossTheDaylightSavingChange() {
        // 29 March 2026, 22:30 UTC: still Sunday in London (BST, 23:30), already Monday in Berlin (CEST, 00:30)
        Instant night = Instant.parse("2026-03-29T22:30:00Z");
        FollowUpPlanner berlin = planner(Clock.fixed(night, ZoneId.of("Europe/Berlin")));
        FollowUpPlanner london = planner(Clock.fixed(night, ZoneId.of("Europe/London")));
        FollowUpPlanner newYork = planner(Clock.fixed(night, ZoneId.of("America/New_York")));
        assertThat(berlin.thisWeek().weekStart()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(london.thisWeek().weekStart()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(newYork.thisWeek().asOf()).isEqualTo(LocalDate.of(2026, 3, 29));

        long anna = contact("Anna");
        planner.add(anna, LocalDate.of(2026, 3, 30), "Monday");
        assertThat(berlin.thisWeek().items()).extracting(FollowUpItem::detail).containsExactly("Monday");
        assertThat(london.thisWeek().items()).isEmpty();
        // snoozing "a day" in Berlin means Tuesday 31 March
        assertThat(berlin.snoozeDay(berlin.thisWeek().items().get(0))).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    FollowUpPlanner planner(Clock c) {
        return new FollowUpPlanner(tend.database(), new dev.tend.store.FollowUpStore(), tend.ledger(), tend.settings(), c);
    }

    @Test
    void reasonsHaveDistinctRanksThanksFirstCadenceLast() {
        assertThat(FollowUpReason.ranked()).containsExactly(THANK_YOU, PROMISE, AFTER_EVENT, BIRTHDAY, CUSTOM,
                DECLINED_REQUEST, CADENCE);
    }
}
