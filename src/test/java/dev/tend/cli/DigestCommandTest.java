package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.service.TendServices;
import dev.tend.store.LedgerStore;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tend digest} and {@code tend export --format ics}, run in-process on a real database file. */
class DigestCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;
    Path db;
    long anna;
    private final CliRun cli = new CliRun(CLOCK);
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeEach
    void people() {
        db = tmp.resolve("d.db");
        try (TendServices s = TendServices.open(db, CLOCK, Locale.GERMANY)) {
            anna = s.contacts().create(Contact.builder().fullName("Anna Weber").email("anna@example.org").build()).id();
            LedgerStore ledger = new LedgerStore();
            s.database().inTransaction(c -> ledger.insertExchange(c, Exchange.done(anna, TODAY.minusDays(10),
                    Direction.RECEIVED, ExchangeKind.INTRODUCTION, 2, "Intro to Bosch"), CLOCK.instant()));
            for (int i = 0; i < 17; i++) {
                long p = s.contacts().create(Contact.builder().fullName("Person " + (char) ('A' + i)).build()).id();
                s.followUps().add(p, TODAY.plusDays(i % 7), "note " + i);
            }
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsTheWeeksListGroupedByReasonCappedWithMore() {
        assertThat(run("digest", "--db", db.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("Follow-ups for the week 2026-W10 (2026-03-02 to 2026-03-08), as of 2026-03-02",
                "Thank-yous owed", "Anna Weber", "due 2026-02-20, 10 days overdue",
                "Intro to Bosch, received 2026-02-20  (#" + anna + ")", "Follow-ups you set",
                "3 more (tend digest --all lists them)");
        assertThat(text.indexOf("Thank-yous owed")).isLessThan(text.indexOf("Follow-ups you set"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void allListsEveryItem() {
        assertThat(run("digest", "--db", db.toString(), "--all")).isZero();
        assertThat(out.toString()).contains("Person Q").doesNotContain("more (");
    }

    @Test
    void jsonHasReasonContactDueAndDetail() throws Exception {
        assertThat(run("digest", "--db", db.toString(), "--json", "--as-of", "2026-03-04")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("asOf").asText()).isEqualTo("2026-03-04");
        assertThat(root.get("week").asText()).isEqualTo("2026-W10");
        assertThat(root.get("total").asInt()).isEqualTo(18);
        assertThat(root.get("more").asInt()).isEqualTo(3);
        assertThat(root.get("items")).hasSize(15);
        JsonNode first = root.get("items").get(0);
        assertThat(first.get("reason").asText()).isEqualTo("THANK_YOU");
        assertThat(first.get("contactId").asLong()).isEqualTo(anna);
        assertThat(first.get("name").asText()).isEqualTo("Anna Weber");
        assertThat(first.get("email").asText()).isEqualTo("anna@example.org");
        assertThat(first.get("dueOn").asText()).isEqualTo("2026-02-20");
        assertThat(first.get("overdueDays").asInt()).isEqualTo(12);
        assertThat(first.get("detail").asText()).isEqualTo("Intro to Bosch, received 2026-02-20");
        assertThat(root.get("items").get(1).get("reason").asText()).isEqualTo("CUSTOM");
    }

    @Test
    void aBadDateIsAUsageErrorAndADateYearsAheadAClearMessage() {
        assertThat(run("digest", "--db", db.toString(), "--as-of", "2026-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of");
        err.getBuffer().setLength(0);
        assertThat(run("digest", "--db", db.toString(), "--as-of", "+99999-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("outside the years").doesNotContain("Exception");
    }

    @Test
    void exportIcsWritesTheCalendar() throws Exception {
        Path file = tmp.resolve("tend.ics");
        assertThat(run("export", "--db", db.toString(), "--format", "ics", "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 18 calendar entries to " + file);
        try (var in = Files.newInputStream(file)) {
            assertThat(new CalendarBuilder().build(in).getComponents(VToDo.VTODO)).hasSize(18);
        }
    }

    @Test
    void exportIcsToStandardOutput() {
        assertThat(run("export", "--db", db.toString(), "--format", "ICS")).isZero();
        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Thank Anna Weber");
    }

    @Test
    void anUnwritableOutIsReportedAndNothingIsWritten() throws Exception {
        Path file = tmp.resolve("missing").resolve("tend.ics");
        assertThat(run("export", "--db", db.toString(), "--format", "ics", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot write " + file, "its folder does not exist",
                "nothing was written");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp") || f.endsWith(".ics"));
        }
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
        assertThat(run("export", "--db", db.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("json, vcf, csv or ics");
    }
}
