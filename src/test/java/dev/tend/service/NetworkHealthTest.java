package dev.tend.service;

import static dev.tend.domain.NetworkCheck.DECLINED_NOT_MADE_GOOD;
import static dev.tend.domain.NetworkCheck.DORMANT;
import static dev.tend.domain.NetworkCheck.NET_TAKERS;
import static dev.tend.domain.NetworkCheck.ONLINE_ONLY;
import static dev.tend.domain.NetworkCheck.THANKS_OWED;
import static dev.tend.testing.Fixtures.CLOCK;
import static dev.tend.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Balance;
import dev.tend.domain.Channel;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.HowMet;
import dev.tend.domain.Interaction;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import dev.tend.store.LedgerStore;
import dev.tend.testing.Sql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five checks on a real SQLite file with the fixed clock (today: Monday 2 March 2026). */
class NetworkHealthTest {
    @TempDir
    Path dir;
    TendServices tend;
    NetworkHealth network;
    final LedgerStore ledger = new LedgerStore();

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("network.db"), CLOCK, Locale.GERMANY);
        network = tend.network();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    private long contact(String name, Circle circle, HowMet howMet, LocalDate firstMet) {
        return tend.contacts().create(Contact.builder().fullName(name).circle(circle).howMet(howMet)
                .firstMet(firstMet).build()).id();
    }

    private long contact(String name) {
        return contact(name, Circle.NONE, HowMet.UNKNOWN, null);
    }

    private void archive(long id) {
        tend.contacts().archive(List.of(id));
    }

    private void exchange(long contact, LocalDate on, Direction d, int weight, ExchangeStatus status,
                          boolean thanked, LocalDate madeGoodOn) {
        tend.database().inTransaction(c -> ledger.insertExchange(c, new Exchange(null, contact, null, on, d,
                ExchangeKind.ADVICE, weight, null, status, null, null, thanked, null, madeGoodOn), CLOCK.instant()));
    }

    private void done(long contact, LocalDate on, Direction d, int weight) {
        exchange(contact, on, d, weight, ExchangeStatus.DONE, d == Direction.RECEIVED, null);
    }

    private void interaction(LocalDate on, Channel channel, long... contacts) {
        tend.database().inTransaction(c -> ledger.insertInteraction(c, new Interaction(null, on, channel, null, null,
                java.util.Arrays.stream(contacts).boxed().toList()), CLOCK.instant()));
    }

    private List<String> names(NetworkCheck check, LocalDate asOf) {
        NetworkHealth.CheckResult r = network.check(check, asOf);
        assertThat(network.summary(asOf).count(check)).as("count of %s", check).isEqualTo(r.count());
        return r.contacts().stream().map(FlaggedContact::displayName).toList();
    }

    private List<String> names(NetworkCheck check) {
        return names(check, TODAY);
    }

    private FlaggedContact flagged(NetworkCheck check, String name) {
        return network.check(check, TODAY).contacts().stream().filter(f -> f.displayName().equals(name))
                .findFirst().orElseThrow();
    }

    // --- net takers ----------------------------------------------------------------------------

    @Test
    void netTakersReceiveAtLeastTheMarginMoreThanTheyGiveInWeights() {
        long taker = contact("Taker");
        done(taker, TODAY.minusDays(10), Direction.RECEIVED, 3);
        done(taker, TODAY.minusDays(20), Direction.RECEIVED, 2);
        done(taker, TODAY.minusDays(30), Direction.GAVE, 1);
        long edge = contact("Exactly two");
        done(edge, TODAY.minusDays(5), Direction.RECEIVED, 3);
        done(edge, TODAY.minusDays(5), Direction.GAVE, 1);
        long almost = contact("Only one more");
        done(almost, TODAY.minusDays(5), Direction.RECEIVED, 2);
        done(almost, TODAY.minusDays(5), Direction.GAVE, 1);
        long giver = contact("Giver");
        done(giver, TODAY.minusDays(5), Direction.GAVE, 3);
        contact("No exchanges");

        assertThat(names(NET_TAKERS)).containsExactly("Exactly two", "Taker");
        FlaggedContact t = flagged(NET_TAKERS, "Taker");
        assertThat(t.received()).isEqualTo(5);
        assertThat(t.given()).isEqualTo(1);
        assertThat(NetworkHealth.detail(NET_TAKERS, t)).isEqualTo("received 5, gave 1");
    }

    @Test
    void onlyDoneExchangesCountForNetTakersAndNotThoseDatedAfterTheDay() {
        long promised = contact("Promised to me");
        exchange(promised, TODAY.minusDays(3), Direction.RECEIVED, 3, ExchangeStatus.PROMISED, false, null);
        long declined = contact("Declined to me");
        exchange(declined, TODAY.minusDays(3), Direction.RECEIVED, 3, ExchangeStatus.DECLINED, false, null);
        long future = contact("Future");
        done(future, TODAY.plusDays(1), Direction.RECEIVED, 3);
        done(future, TODAY, Direction.RECEIVED, 1);

        assertThat(names(NET_TAKERS)).isEmpty();
        assertThat(names(NET_TAKERS, TODAY.plusDays(1))).containsExactly("Future");
    }

    @Test
    void theWindowStartCountsAndTheDayBeforeDoesNot() {
        LocalDate start = Balance.windowStart(TODAY);
        assertThat(start).isEqualTo(LocalDate.of(2024, 3, 3));
        long atStart = contact("At the start");
        done(atStart, start, Direction.RECEIVED, 2);
        long before = contact("The day before");
        done(before, start.minusDays(1), Direction.RECEIVED, 3);

        assertThat(names(NET_TAKERS)).containsExactly("At the start");
        assertThat(network.balance(TODAY)).isEqualTo(new Balance(0, 2));
        // A day later the first one has left the window too.
        assertThat(names(NET_TAKERS, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void archivedContactsAreLeftOutOfChecksCirclesAndBalance() {
        long archived = contact("Archived taker", Circle.INNER, HowMet.ONLINE, TODAY.minusYears(3));
        done(archived, TODAY.minusDays(3), Direction.RECEIVED, 3);
        exchange(archived, TODAY.minusDays(3), Direction.GAVE, 1, ExchangeStatus.DECLINED, false, null);
        long active = contact("Active", Circle.INNER, HowMet.ONLINE, TODAY.minusYears(3));
        done(active, TODAY.minusDays(3), Direction.GAVE, 1);
        archive(archived);

        NetworkHealth.Summary s = network.summary(TODAY);
        for (NetworkCheck check : NetworkCheck.values()) {
            assertThat(names(check)).as(check.name()).doesNotContain("Archived taker");
        }
        assertThat(s.balance()).isEqualTo(new Balance(1, 0));
        assertThat(s.circles()).filteredOn(c -> c.circle() == Circle.INNER).singleElement()
                .extracting(NetworkHealth.CircleSize::size).isEqualTo(1);
        assertThat(s.months()).extracting(MonthlyActivity::received).containsOnly(0);
    }

    // --- thanks owed ---------------------------------------------------------------------------

    @Test
    void thanksAreOwedForDoneReceivedHelpNotYetThanked() {
        long owed = contact("Owed");
        exchange(owed, TODAY.minusDays(9), Direction.RECEIVED, 1, ExchangeStatus.DONE, false, null);
        exchange(owed, TODAY.minusDays(2), Direction.RECEIVED, 1, ExchangeStatus.DONE, false, null);
        exchange(owed, TODAY.minusDays(30), Direction.RECEIVED, 1, ExchangeStatus.DONE, true, null);
        long thanked = contact("Thanked");
        exchange(thanked, TODAY.minusDays(2), Direction.RECEIVED, 1, ExchangeStatus.DONE, true, null);
        long promised = contact("Only promised");
        exchange(promised, TODAY.minusDays(2), Direction.RECEIVED, 1, ExchangeStatus.PROMISED, false, null);
        long gave = contact("I gave");
        exchange(gave, TODAY.minusDays(2), Direction.GAVE, 1, ExchangeStatus.DONE, false, null);
        long future = contact("Not yet");
        exchange(future, TODAY.plusDays(2), Direction.RECEIVED, 1, ExchangeStatus.DONE, false, null);
        long today = contact("Today");
        exchange(today, TODAY, Direction.RECEIVED, 1, ExchangeStatus.DONE, false, null);

        assertThat(names(THANKS_OWED)).containsExactly("Owed", "Today");
        FlaggedContact f = flagged(THANKS_OWED, "Owed");
        assertThat(f.count()).isEqualTo(2);
        assertThat(f.date()).isEqualTo(TODAY.minusDays(9));
        assertThat(names(THANKS_OWED, TODAY.plusDays(2))).containsExactly("Not yet", "Owed", "Today");
    }

    // --- declined requests ---------------------------------------------------------------------

    @Test
    void aDeclinedRequestStaysOpenUntilMadeGoodOrFollowedByHelpGiven() {
        LocalDate declinedOn = TODAY.minusDays(40);
        long open = contact("Still open");
        exchange(open, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        long marked = contact("Marked made good");
        exchange(marked, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, TODAY.minusDays(3));
        long helped = contact("Helped later");
        exchange(helped, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        done(helped, declinedOn.plusDays(1), Direction.GAVE, 1);
        long helpedBefore = contact("Helped before only");
        done(helpedBefore, declinedOn.minusDays(1), Direction.GAVE, 1);
        exchange(helpedBefore, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        long promisedOnly = contact("Only promised since");
        exchange(promisedOnly, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        exchange(promisedOnly, declinedOn.plusDays(3), Direction.GAVE, 1, ExchangeStatus.PROMISED, false, null);
        long receivedSince = contact("Received since");
        exchange(receivedSince, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        done(receivedSince, declinedOn.plusDays(3), Direction.RECEIVED, 1);
        long helpLater = contact("Help planned after today");
        exchange(helpLater, declinedOn, Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);
        done(helpLater, TODAY.plusDays(5), Direction.GAVE, 1);
        long declinedFuture = contact("Declined after today");
        exchange(declinedFuture, TODAY.plusDays(1), Direction.GAVE, 2, ExchangeStatus.DECLINED, false, null);

        assertThat(names(DECLINED_NOT_MADE_GOOD)).containsExactlyInAnyOrder("Still open", "Helped before only",
                "Only promised since", "Received since", "Help planned after today");
        assertThat(names(DECLINED_NOT_MADE_GOOD, TODAY.plusDays(5)))
                .doesNotContain("Help planned after today").contains("Declined after today");
        assertThat(flagged(DECLINED_NOT_MADE_GOOD, "Still open").date()).isEqualTo(declinedOn);
    }

    // --- dormant -------------------------------------------------------------------------------

    @Test
    void theCadenceRunsOutTheDayAfterLastInteractionPlusCadence() {
        // Today is 2026-03-02; a circle's contact is dormant when last + cadence < today.
        record Edge(Circle circle, LocalDate lastKept, LocalDate firstDormant) {
        }
        List<Edge> edges = List.of(
                new Edge(Circle.INNER, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 15)),
                new Edge(Circle.CLOSE, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)),
                new Edge(Circle.REGULAR, LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 1)),
                new Edge(Circle.LOOSE, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)));
        for (Edge e : edges) {
            long kept = contact(e.circle() + " kept", e.circle(), HowMet.IN_PERSON, TODAY.minusYears(5));
            interaction(e.lastKept(), Channel.EMAIL, kept);
            interaction(e.lastKept().minusMonths(6), Channel.IN_PERSON, kept);
            long dormant = contact(e.circle() + " dormant", e.circle(), HowMet.IN_PERSON, TODAY.minusYears(5));
            interaction(e.firstDormant(), Channel.CALL, dormant);
            assertThat(NetworkHealth.dormantBefore(e.circle(), TODAY)).isEqualTo(e.lastKept());
        }
        long none = contact("No circle", Circle.NONE, HowMet.IN_PERSON, TODAY.minusYears(5));
        interaction(TODAY.minusYears(4), Channel.CALL, none);

        assertThat(names(DORMANT)).containsExactlyInAnyOrder("INNER dormant", "CLOSE dormant", "REGULAR dormant",
                "LOOSE dormant");
        FlaggedContact f = flagged(DORMANT, "CLOSE dormant");
        assertThat(f.date()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(f.fromInteraction()).isTrue();
        assertThat(f.circle()).isEqualTo(Circle.CLOSE);
    }

    @Test
    void monthEndsAreCountedByAddingTheCadenceNotBySubtractingIt() {
        // 2026-03-30 minus a month is 2026-02-28, but 2026-02-28 plus a month is 2026-03-28: dormant.
        LocalDate asOf = LocalDate.of(2026, 3, 30);
        assertThat(NetworkHealth.dormantBefore(Circle.CLOSE, asOf)).isEqualTo(LocalDate.of(2026, 3, 1));
        long feb = contact("Last on 28 Feb", Circle.CLOSE, HowMet.IN_PERSON, TODAY.minusYears(1));
        interaction(LocalDate.of(2026, 2, 28), Channel.CALL, feb);
        long mar = contact("Last on 1 Mar", Circle.CLOSE, HowMet.IN_PERSON, TODAY.minusYears(1));
        interaction(LocalDate.of(2026, 3, 1), Channel.CALL, mar);

        assertThat(names(DORMANT, asOf)).containsExactly("Last on 28 Feb");
    }

    @Test
    void withoutInteractionsTheCadenceCountsFromFirstMetElseFromCreation() {
        contact("Met long ago", Circle.CLOSE, HowMet.IN_PERSON, TODAY.minusMonths(2));
        contact("Met recently", Circle.CLOSE, HowMet.IN_PERSON, TODAY.minusDays(10));
        long created = contact("Created long ago", Circle.REGULAR, HowMet.UNKNOWN, null);
        Sql.execute(tend.database(), "UPDATE contact SET created_at = '2025-01-05T10:00:00Z' WHERE id = " + created);
        contact("Created today", Circle.INNER, HowMet.UNKNOWN, null);
        long futureOnly = contact("Only a future meeting", Circle.CLOSE, HowMet.IN_PERSON, TODAY.minusYears(1));
        interaction(TODAY.plusDays(3), Channel.IN_PERSON, futureOnly);

        assertThat(names(DORMANT)).containsExactlyInAnyOrder("Met long ago", "Created long ago",
                "Only a future meeting");
        FlaggedContact f = flagged(DORMANT, "Created long ago");
        assertThat(f.date()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(f.fromInteraction()).isFalse();
        assertThat(flagged(DORMANT, "Only a future meeting").date()).isEqualTo(TODAY.minusYears(1));
    }

    @Test
    void anInteractionWithSeveralPeopleKeepsEachOfThemInTouch() {
        long a = contact("A", Circle.INNER, HowMet.IN_PERSON, TODAY.minusYears(1));
        long b = contact("B", Circle.INNER, HowMet.IN_PERSON, TODAY.minusYears(1));
        long c = contact("C", Circle.INNER, HowMet.IN_PERSON, TODAY.minusYears(1));
        interaction(TODAY.minusDays(3), Channel.IN_PERSON, a, b);
        assertThat(names(DORMANT)).containsExactly("C");
        assertThat(c).isPositive();
    }

    // --- online only ---------------------------------------------------------------------------

    @Test
    void onlineOnlyUntilOneInPersonInteraction() {
        long online = contact("Online, video only", Circle.LOOSE, HowMet.ONLINE, TODAY.minusMonths(3));
        interaction(TODAY.minusDays(20), Channel.VIDEO, online);
        long met = contact("Online, then met", Circle.LOOSE, HowMet.ONLINE, TODAY.minusMonths(3));
        interaction(TODAY.minusDays(20), Channel.VIDEO, met);
        interaction(TODAY.minusDays(10), Channel.IN_PERSON, met);
        contact("Online, no interaction", Circle.NONE, HowMet.ONLINE, null);
        long planned = contact("Online, meeting planned", Circle.NONE, HowMet.ONLINE, null);
        interaction(TODAY.plusDays(7), Channel.IN_PERSON, planned);
        contact("Met at a fair", Circle.NONE, HowMet.IN_PERSON, TODAY.minusMonths(3));
        contact("Introduced", Circle.NONE, HowMet.INTRODUCTION, TODAY.minusMonths(3));

        assertThat(names(ONLINE_ONLY)).containsExactly("Online, meeting planned", "Online, no interaction",
                "Online, video only");
        assertThat(flagged(ONLINE_ONLY, "Online, video only").date()).isEqualTo(TODAY.minusDays(20));
        assertThat(names(ONLINE_ONLY, TODAY.plusDays(7))).doesNotContain("Online, meeting planned");
    }

    @Test
    void anInteractionMovedToAnotherDayOrChannelIsFollowedByTheChecks() {
        long online = contact("Online", Circle.NONE, HowMet.ONLINE, null);
        interaction(TODAY.minusDays(20), Channel.VIDEO, online);
        assertThat(names(ONLINE_ONLY)).containsExactly("Online");
        Sql.execute(tend.database(), "UPDATE interaction SET channel = 'IN_PERSON'");
        assertThat(names(ONLINE_ONLY)).isEmpty();
        Sql.execute(tend.database(), "UPDATE interaction SET occurred_on = '" + TODAY.plusDays(1) + "'");
        assertThat(names(ONLINE_ONLY)).containsExactly("Online");
    }

    // --- summary -------------------------------------------------------------------------------

    @Test
    void anEmptyNetworkHasNothingToReport() {
        NetworkHealth.Summary s = network.summary(TODAY);
        assertThat(s.counts().values()).containsOnly(0);
        assertThat(s.balance()).isEqualTo(Balance.EMPTY);
        assertThat(s.months()).hasSize(12).allSatisfy(m -> {
            assertThat(m.given() + m.received() + m.interactions()).isZero();
        });
        assertThat(s.circles()).extracting(NetworkHealth.CircleSize::size).containsOnly(0);
    }

    @Test
    void circleSizesAreShownAgainstTheirSoftLimits() {
        for (int i = 0; i < 6; i++) {
            contact("Inner " + i, Circle.INNER, HowMet.IN_PERSON, TODAY);
        }
        contact("Close", Circle.CLOSE, HowMet.IN_PERSON, TODAY);
        List<NetworkHealth.CircleSize> circles = network.summary(TODAY).circles();
        assertThat(circles).extracting(NetworkHealth.CircleSize::circle).containsExactly(Circle.values());
        assertThat(circles.get(0)).isEqualTo(new NetworkHealth.CircleSize(Circle.INNER, 6, 5));
        assertThat(circles.get(0).overLimit()).isTrue();
        assertThat(circles.get(1).overLimit()).isFalse();
        assertThat(circles.get(4)).isEqualTo(new NetworkHealth.CircleSize(Circle.NONE, 0, 0));
    }

    @Test
    void theMonthlySeriesCoversTheLastTwelveMonthsUpToTheDay() {
        long a = contact("A");
        done(a, TODAY, Direction.GAVE, 2);
        done(a, TODAY.plusDays(1), Direction.GAVE, 3);
        done(a, LocalDate.of(2026, 1, 31), Direction.RECEIVED, 3);
        exchange(a, LocalDate.of(2026, 1, 15), Direction.RECEIVED, 3, ExchangeStatus.PROMISED, false, null);
        done(a, LocalDate.of(2025, 4, 1), Direction.RECEIVED, 1);
        done(a, LocalDate.of(2025, 3, 31), Direction.RECEIVED, 1);
        interaction(LocalDate.of(2025, 4, 1), Channel.CALL, a);
        interaction(LocalDate.of(2025, 3, 31), Channel.CALL, a);
        interaction(TODAY, Channel.CALL, a);
        interaction(TODAY, Channel.EMAIL, a);
        interaction(TODAY.plusDays(1), Channel.EMAIL, a);

        List<MonthlyActivity> months = network.summary(TODAY).months();
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(new MonthlyActivity(YearMonth.of(2025, 4), 0, 1, 1));
        assertThat(months.get(10)).isEqualTo(new MonthlyActivity(YearMonth.of(2026, 2), 0, 0, 0));
        assertThat(months.get(9)).isEqualTo(new MonthlyActivity(YearMonth.of(2026, 1), 0, 3, 0));
        assertThat(months.get(11)).isEqualTo(new MonthlyActivity(YearMonth.of(2026, 3), 2, 0, 2));
    }
}
