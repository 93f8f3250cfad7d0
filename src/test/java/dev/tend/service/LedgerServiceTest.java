package dev.tend.service;

import static dev.tend.testing.Fixtures.NOW;
import static dev.tend.testing.Fixtures.TODAY;
import static dev.tend.testing.Sql.column;
import static dev.tend.testing.Sql.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tend.domain.Balance;
import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.TimelineEntry;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.domain.TimelineEntry.InteractionEntry;
import dev.tend.store.Database;
import dev.tend.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The give/take ledger's rules on a fresh real database per test, with a fixed clock. */
class LedgerServiceTest {
    @TempDir
    Path dir;

    MutableClock clock;
    TendServices tend;
    LedgerService ledger;
    Database db;
    long anna;
    long ben;
    long cem;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOW);
        tend = TendServices.open(dir.resolve("tend.db"), clock, Locale.GERMANY);
        ledger = tend.ledger();
        db = tend.database();
        anna = person("Anna", "Müller");
        ben = person("Ben", "Adler");
        cem = person("Cem", "Yılmaz");
    }

    @AfterEach
    void close() {
        tend.close();
    }

    private long person(String given, String family) {
        return tend.contacts().create(Contact.builder().givenName(given).familyName(family).build()).id();
    }

    private static InteractionDraft meeting(LocalDate on, List<Long> who, ExchangeDraft... exchanges) {
        return new InteractionDraft(on, Channel.IN_PERSON, null, "Dinner at the fair", who, List.of(exchanges));
    }

    private long count(String table) {
        return scalar(db, "SELECT count(*) FROM " + table);
    }

    private void assertNothingStored() {
        assertThat(count("interaction")).isZero();
        assertThat(count("interaction_participant")).isZero();
        assertThat(count("exchange")).isZero();
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aDinnerWithSeveralPeopleIsOneInteractionWithAllOfThem() {
        long id = ledger.logInteraction(meeting(TODAY.minusDays(1), List.of(anna, ben, cem)));

        assertThat(count("interaction")).isEqualTo(1);
        assertThat(column(db, "SELECT contact_id FROM interaction_participant WHERE interaction_id = ? "
                + "ORDER BY contact_id", id)).containsExactly(String.valueOf(anna), String.valueOf(ben),
                String.valueOf(cem));
        for (long who : List.of(anna, ben, cem)) {
            assertThat(ledger.lastInteraction(who)).contains(TODAY.minusDays(1));
        }
        InteractionEntry seenByAnna = (InteractionEntry) ledger.timeline(anna).get(0);
        assertThat(seenByAnna.others()).containsExactly("Ben Adler", "Cem Yılmaz");
        assertThat(seenByAnna.interaction().participantIds()).containsExactlyInAnyOrder(anna, ben, cem);
        assertThat(((InteractionEntry) ledger.timeline(ben).get(0)).others()).containsExactly("Anna Müller",
                "Cem Yılmaz");
    }

    @Test
    void exchangesAreStoredWithTheInteractionInOneGo() {
        Event fair = tend.events().create(Event.named("Hannover Messe 2026", "Hannover", TODAY.minusDays(3),
                TODAY.minusDays(1)));
        long id = ledger.logInteraction(new InteractionDraft(TODAY.minusDays(2), Channel.IN_PERSON, fair.id(),
                "Stand visit", List.of(anna, ben), List.of(
                        ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.FAVOUR, 2, "Lent me her badge"),
                        ExchangeDraft.done(ben, Direction.GAVE, ExchangeKind.INTRODUCTION, 3, "To the buyer")
                                .withStatus(ExchangeStatus.PROMISED, null, TODAY.plusDays(7)))));

        assertThat(count("exchange")).isEqualTo(2);
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE interaction_id = ? AND occurred_on = ?",
                id, TODAY.minusDays(2).toString())).isEqualTo(2);
        List<TimelineEntry> annas = ledger.timeline(anna);
        assertThat(annas).hasSize(2);
        assertThat(((InteractionEntry) annas.get(0)).eventName()).isEqualTo("Hannover Messe 2026");
        Exchange favour = ((ExchangeEntry) annas.get(1)).exchange();
        assertThat(favour.direction()).isEqualTo(Direction.RECEIVED);
        assertThat(favour.thanked()).isFalse();
        Exchange promise = ((ExchangeEntry) ledger.timeline(ben).get(1)).exchange();
        assertThat(promise.status()).isEqualTo(ExchangeStatus.PROMISED);
        assertThat(promise.dueOn()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void noParticipantsIsRefusedAtTheParticipantsField() {
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY, List.of())),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("participants");
        assertNothingStored();
    }

    @Test
    void noDateIsRefusedAtTheDateField() {
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(null, List.of(anna))),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("date");
        assertNothingStored();
    }

    @Test
    void aDateAfterTodayIsRefusedButTodayIsFine() {
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY.plusDays(1), List.of(anna))),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("date");
        assertThat(e.errors().get(0).code()).isEqualTo("interaction.date.future");
        assertNothingStored();
        ledger.logInteraction(meeting(TODAY, List.of(anna)));
        assertThat(count("interaction")).isEqualTo(1);
    }

    @Test
    void archivedAndDeletedContactsAreRefusedWithTheirName() {
        tend.contacts().archive(List.of(ben));
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY, List.of(anna, ben))),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("participants");
        assertThat(e.errors().get(0).code()).isEqualTo("interaction.participant.archived");
        assertThat(e.getMessage()).contains("Ben Adler", "archived");

        tend.contacts().delete(List.of(cem));
        e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY, List.of(cem))),
                ValidationException.class);
        assertThat(e.errors().get(0).code()).isEqualTo("interaction.participant.missing");
        assertThat(fields(e)).containsExactly("participants");
        assertNothingStored();
    }

    @Test
    void aDeclinedRequestNeedsAReasonAndNothingIsStoredWithout() {
        ExchangeDraft fine = ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.ADVICE, 1, null);
        ExchangeDraft declined = ExchangeDraft.done(ben, Direction.GAVE, ExchangeKind.REFERRAL, 2, "Asked for a referral")
                .withStatus(ExchangeStatus.DECLINED, "  ", null);
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY, List.of(anna, ben), fine, declined)),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("exchange.1.reason");
        assertNothingStored();

        ledger.logInteraction(meeting(TODAY, List.of(anna, ben), fine,
                declined.withStatus(ExchangeStatus.DECLINED, "No fitting contact", null)));
        assertThat(column(db, "SELECT declined_reason FROM exchange WHERE status = 'DECLINED'"))
                .containsExactly("No fitting contact");
    }

    @Test
    void anExchangeWithSomeoneWhoWasNotThereIsRefused() {
        var e = catchThrowableOfType(() -> ledger.logInteraction(meeting(TODAY, List.of(anna),
                        ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.GIFT, 1, null),
                        ExchangeDraft.done(ben, Direction.GAVE, ExchangeKind.GIFT, 1, null))),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("exchange.1.contact");
        assertNothingStored();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        var e = catchThrowableOfType(() -> ledger.logInteraction(new InteractionDraft(null, Channel.CALL, null, null,
                        List.of(), List.of(ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.GIFT, 4, null)))),
                ValidationException.class);
        assertThat(fields(e)).containsExactlyInAnyOrder("date", "participants", "exchange.0.contact",
                "exchange.0.weight");
        assertNothingStored();
    }

    @Test
    void theBalanceWindowStartsOnWindowStartInclusive() {
        LocalDate asOf = TODAY;
        LocalDate start = Balance.windowStart(asOf);
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.ADVICE, 2, "on the edge")
                .withDate(start));
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.ADVICE, 3, "a day early")
                .withDate(start.minusDays(1)));

        assertThat(ledger.balance(anna, asOf)).isEqualTo(new Balance(2, 0));
        // A day later the edge has left the window too.
        assertThat(ledger.balance(anna, asOf.plusDays(1))).isEqualTo(Balance.EMPTY);
        // And on the day before, the earlier one was inside.
        assertThat(ledger.balance(anna, asOf.minusDays(1))).isEqualTo(new Balance(2, 3));
    }

    @Test
    void exchangesAfterTheAsOfDateDoNotCountYet() {
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.FAVOUR, 3, null)
                .withDate(TODAY));
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.FAVOUR, 1, null)
                .withDate(TODAY.minusDays(10)));
        assertThat(ledger.balance(anna, TODAY.minusDays(1))).isEqualTo(new Balance(1, 0));
        assertThat(ledger.balance(anna, TODAY)).isEqualTo(new Balance(1, 3));
        assertThat(ledger.balance(anna, TODAY).isNetTaker()).isTrue();
    }

    @Test
    void aFutureDatedExchangeIsRefused() {
        var e = catchThrowableOfType(() -> ledger.addExchange(anna,
                        ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.GIFT, 1, null).withDate(TODAY.plusDays(1))),
                ValidationException.class);
        assertThat(fields(e)).containsExactly("exchange.date");
        assertNothingStored();
    }

    @Test
    void promisesAndDeclinesCountOnlyOnceDone() {
        long promise = ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.INFORMATION, 2,
                "Market study").withStatus(ExchangeStatus.PROMISED, null, TODAY.plusDays(3)).withDate(TODAY.minusDays(5)));
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.INTRODUCTION, 3, "To a buyer")
                .withStatus(ExchangeStatus.DECLINED, "No fitting contact", null));
        assertThat(ledger.balance(anna)).isEqualTo(Balance.EMPTY);

        clock.advance(Duration.ofDays(2));
        Exchange done = ledger.markDone(promise);
        assertThat(done.status()).isEqualTo(ExchangeStatus.DONE);
        assertThat(done.occurredOn()).as("dated the day it was done").isEqualTo(TODAY.plusDays(2));
        assertThat(ledger.balance(anna)).isEqualTo(new Balance(2, 0));
        assertThatThrownBy(() -> ledger.markDone(promise)).isInstanceOf(ValidationException.class);
    }

    @Test
    void thanksAreForHelpReceivedAndDatedToday() {
        long received = ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.ADVICE, 1,
                null).withDate(TODAY.minusDays(3)));
        long given = ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.ADVICE, 1, null));
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE direction = 'RECEIVED' AND thanked = 0"))
                .isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        Exchange thanked = ledger.markThanked(received);
        assertThat(thanked.thanked()).isTrue();
        assertThat(thanked.thankedOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE direction = 'RECEIVED' AND thanked = 0"))
                .isZero();
        var e = catchThrowableOfType(() -> ledger.markThanked(given), ValidationException.class);
        assertThat(e.errors().get(0).code()).isEqualTo("exchange.thanks.notReceived");
        assertThatThrownBy(() -> ledger.markThanked(9999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeclinedPersonHelpedLaterIsMadeGood() {
        long declined = ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.REFERRAL, 2,
                null).withStatus(ExchangeStatus.DECLINED, "Too busy", null).withDate(TODAY.minusDays(30)));
        long done = ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.REFERRAL, 2, null));
        clock.advance(Duration.ofDays(4));
        assertThat(ledger.markMadeGood(declined).madeGoodOn()).isEqualTo(TODAY.plusDays(4));
        assertThatThrownBy(() -> ledger.markMadeGood(done)).isInstanceOf(ValidationException.class);
    }

    @Test
    void thankedOnlyAppliesToReceivedHelpWhenLogged() {
        ledger.logInteraction(meeting(TODAY, List.of(anna),
                ExchangeDraft.done(anna, Direction.RECEIVED, ExchangeKind.GIFT, 1, null).withThanked(true),
                ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.GIFT, 1, null).withThanked(true)));
        assertThat(column(db, "SELECT direction || ':' || thanked || ':' || coalesce(thanked_on, '-') FROM exchange "
                + "ORDER BY id")).containsExactly("RECEIVED:1:" + TODAY, "GAVE:0:-");
    }

    @Test
    void deletingASharedParticipantKeepsTheInteractionForTheOthers() {
        long shared = ledger.logInteraction(meeting(TODAY.minusDays(1), List.of(anna, ben),
                ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.ADVICE, 1, null),
                ExchangeDraft.done(ben, Direction.RECEIVED, ExchangeKind.ADVICE, 1, null)));
        long annasAlone = ledger.logInteraction(meeting(TODAY, List.of(anna)));

        tend.contacts().delete(List.of(anna));

        assertThat(column(db, "SELECT id FROM interaction")).containsExactly(String.valueOf(shared));
        assertThat(scalar(db, "SELECT count(*) FROM interaction WHERE id = ?", annasAlone)).isZero();
        List<TimelineEntry> bens = ledger.timeline(ben);
        assertThat(bens).hasSize(2);
        InteractionEntry left = (InteractionEntry) bens.get(0);
        assertThat(left.interaction().id()).isEqualTo(shared);
        assertThat(left.others()).isEmpty();
        assertThat(ledger.lastInteraction(ben)).contains(TODAY.minusDays(1));
        assertThat(ledger.balance(ben)).isEqualTo(new Balance(0, 1));
        assertThat(count("exchange")).as("Anna's exchange went with her").isEqualTo(1);
    }

    @Test
    void theTimelineIsNewestFirstAndCappedWithMoreOnRequest() {
        for (int i = 0; i < 5; i++) {
            ledger.logInteraction(meeting(TODAY.minusDays(10 - i), List.of(anna)));
        }
        ledger.addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.GIFT, 1, null)
                .withDate(TODAY.minusDays(7)));
        List<TimelineEntry> all = ledger.timeline(anna, 100);
        assertThat(all).extracting(TimelineEntry::date).containsExactly(TODAY.minusDays(6), TODAY.minusDays(7),
                TODAY.minusDays(7), TODAY.minusDays(8), TODAY.minusDays(9), TODAY.minusDays(10));
        assertThat(all.get(1)).as("the interaction before its day's exchanges").isInstanceOf(InteractionEntry.class);
        assertThat(ledger.timeline(anna, 3)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(ledger.timeline(ben)).isEmpty();
        assertThat(ledger.lastInteraction(ben)).isEmpty();
    }

    @Test
    void timelineQueriesUseTheContactIndexes() {
        String plan = db.read(c -> {
            StringBuilder sb = new StringBuilder();
            for (String q : List.of("SELECT i.id FROM interaction_participant p JOIN interaction i ON i.id = "
                            + "p.interaction_id WHERE p.contact_id = 1 ORDER BY p.occurred_on DESC, p.interaction_id DESC"
                            + " LIMIT 200",
                    "SELECT * FROM exchange WHERE contact_id = 1 ORDER BY occurred_on DESC, id DESC LIMIT 200",
                    "SELECT sum(weight) FROM exchange WHERE contact_id = 1 AND occurred_on BETWEEN '2024-01-01' "
                            + "AND '2026-01-01' AND status = 'DONE'")) {
                try (var s = c.createStatement(); var rs = s.executeQuery("EXPLAIN QUERY PLAN " + q)) {
                    while (rs.next()) {
                        sb.append(rs.getString("detail")).append('\n');
                    }
                }
            }
            return sb.toString();
        });
        assertThat(plan).contains("USING COVERING INDEX interaction_participant_date (contact_id=?)",
                "USING INDEX exchange_contact (contact_id=?)",
                "USING COVERING INDEX exchange_done (status=? AND contact_id=? AND occurred_on>? AND occurred_on<?)")
                .doesNotContain("SCAN p", "SCAN exchange", "SCAN interaction");
    }
}
