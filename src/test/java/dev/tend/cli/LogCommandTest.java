package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Balance;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.TimelineEntry;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.domain.TimelineEntry.InteractionEntry;
import dev.tend.service.TendServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tend log} run in-process on a real database file. */
class LogCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path tmp;
    Path db;
    long anna;
    long ben;

    private final CliRun cli = new CliRun(CLOCK);
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeEach
    void seed() {
        db = tmp.resolve("tend.db");
        try (TendServices s = open()) {
            anna = s.contacts().create(Contact.builder().givenName("Anna").familyName("Müller")
                    .email("anna@example.org").build()).id();
            ben = s.contacts().create(Contact.builder().givenName("Ben").familyName("Adler").build()).id();
            s.events().create(Event.named("Hannover Messe 2025", "Hannover", TODAY.minusDays(20), TODAY.minusDays(16)));
        }
    }

    private TendServices open() {
        return TendServices.open(db, CLOCK, Locale.GERMANY);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "log";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.run(all);
    }

    private long interactions() {
        try (TendServices s = open()) {
            return s.ledger().timeline(anna).size() + s.ledger().timeline(ben).size();
        }
    }

    @Test
    void logsAMeetingWithSeveralPeopleAndAFavourFromEach() {
        int code = run("--with", "ANNA@Example.org", "--with", String.valueOf(ben), "--channel", "in-person",
                "--date", "2025-03-10", "--event", "hannover messe 2025", "--summary", "Dinner",
                "--received", "favour", "--weight", "2");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Logged interaction", "on 2025-03-10 (in-person) with Anna Müller, Ben Adler",
                "received favour, weight 2, done, with each of them");
        try (TendServices s = open()) {
            List<TimelineEntry> annas = s.ledger().timeline(anna);
            InteractionEntry meeting = (InteractionEntry) annas.get(0);
            assertThat(meeting.interaction().participantIds()).containsExactlyInAnyOrder(anna, ben);
            assertThat(meeting.eventName()).isEqualTo("Hannover Messe 2025");
            assertThat(meeting.interaction().summary()).isEqualTo("Dinner");
            assertThat(((ExchangeEntry) annas.get(1)).exchange().thanked()).isFalse();
            assertThat(s.ledger().balance(anna, TODAY)).isEqualTo(new Balance(0, 2));
            assertThat(s.ledger().balance(ben, TODAY)).isEqualTo(new Balance(0, 2));
        }
    }

    @Test
    void withoutADateItHappenedTodayAndWithoutAnExchangeOnlyTheInteractionIsStored() {
        assertThat(run("--with", "anna@example.org", "--channel", "call")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("on 2025-03-14 (call) with Anna Müller").doesNotContain("gave", "received");
        try (TendServices s = open()) {
            assertThat(s.ledger().lastInteraction(anna)).contains(TODAY);
            assertThat(s.ledger().timeline(anna)).hasSize(1);
        }
    }

    @Test
    void anUnknownEmailIsNamedAndNothingIsStored() {
        int code = run("--with", String.valueOf(ben), "--with", "nobody@example.org", "--channel", "call",
                "--gave", "advice");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nobody@example.org").doesNotContain("Exception");
        assertThat(interactions()).isZero();
    }

    @Test
    void anUnknownIdIsNamedAndNothingIsStored() {
        assertThat(run("--with", "4711", "--channel", "call")).isEqualTo(1);
        assertThat(err.toString()).contains("4711");
        assertThat(interactions()).isZero();
    }

    @Test
    void aDeclinedRequestNeedsAReason() {
        assertThat(run("--with", "anna@example.org", "--channel", "email", "--gave", "introduction",
                "--status", "declined")).isEqualTo(1);
        assertThat(err.toString()).contains("exchange.0.reason");
        assertThat(interactions()).isZero();

        assertThat(run("--with", "anna@example.org", "--channel", "email", "--gave", "job-lead",
                "--status", "declined", "--reason", "No opening")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("gave job-lead, weight 1, declined (No opening)");
    }

    @Test
    void aFutureDateAndAnUnknownEventAreRefused() {
        assertThat(run("--with", "anna@example.org", "--channel", "call", "--date", "2025-03-15")).isEqualTo(1);
        assertThat(err.toString()).contains("date", "future");
        assertThat(run("--with", "anna@example.org", "--channel", "call", "--event", "CES")).isEqualTo(1);
        assertThat(err.toString()).contains("CES");
        assertThat(interactions()).isZero();
    }

    @Test
    void wrongUsageIsExitCodeTwo() {
        assertThat(run("--with", "anna@example.org", "--channel", "pigeon")).isEqualTo(2);
        assertThat(err.toString()).contains("pigeon", "in-person");
        assertThat(run("--with", "anna@example.org", "--channel", "call", "--gave", "gift", "--received", "gift"))
                .isEqualTo(2);
        assertThat(interactions()).isZero();
    }

    @Test
    void helpDocumentsThatTheExchangeGoesToEveryParticipant() {
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(p -> { }, Map.of(), CLOCK, Locale.GERMANY));
        cmd.setOut(new PrintWriter(out, true));
        assertThat(cmd.execute("log", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: tend log", "--with", "--gave", "EVERY", "--status");
    }

    @Test
    void aPromiseKeepsItsDueDateAndDoesNotCountYet() {
        assertThat(run("--with", "anna@example.org", "--channel", "video", "--gave", "information",
                "--status", "promised", "--due", "2025-03-21", "--description", "Market study"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("gave information, weight 1, promised (due 2025-03-21)");
        try (TendServices s = open()) {
            var promise = ((ExchangeEntry) s.ledger().timeline(anna).get(1)).exchange();
            assertThat(promise.dueOn()).isEqualTo(LocalDate.of(2025, 3, 21));
            assertThat(promise.description()).isEqualTo("Market study");
            assertThat(s.ledger().balance(anna, TODAY)).isEqualTo(Balance.EMPTY);
        }
    }
}
