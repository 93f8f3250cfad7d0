package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tend.domain.Channel;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.HowMet;
import dev.tend.domain.Interaction;
import dev.tend.service.TendServices;
import dev.tend.store.LedgerStore;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tend network}, run in-process on a real database file. */
class NetworkCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;
    Path db;
    long taker;
    private final CliRun cli = new CliRun(CLOCK);
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeEach
    void network() {
        db = tmp.resolve("n.db");
        try (TendServices s = TendServices.open(db, CLOCK, Locale.GERMANY)) {
            taker = s.contacts().create(Contact.builder().fullName("Tina Taker").circle(Circle.CLOSE)
                    .howMet(HowMet.ONLINE).firstMet(TODAY.minusYears(1)).build()).id();
            long archived = s.contacts().create(Contact.builder().fullName("Archie Archived").circle(Circle.INNER)
                    .howMet(HowMet.ONLINE).firstMet(TODAY.minusYears(1)).archived(true).build()).id();
            LedgerStore ledger = new LedgerStore();
            s.database().inTransaction(c -> {
                ledger.insertExchange(c, Exchange.done(taker, TODAY.minusDays(10), Direction.RECEIVED,
                        ExchangeKind.ADVICE, 3, null), CLOCK.instant());
                ledger.insertExchange(c, Exchange.done(archived, TODAY.minusDays(10), Direction.RECEIVED,
                        ExchangeKind.ADVICE, 3, null), CLOCK.instant());
                ledger.insertInteraction(c, new Interaction(null, TODAY.minusDays(3), Channel.VIDEO, null, null,
                        List.of(taker)), CLOCK.instant());
            });
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsEachCheckWithItsContactsTheCirclesAndTheBalance() {
        assertThat(run("network", "--db", db.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("Network as of 2026-03-02",
                "Net takers (you received 2+ more than you gave): 1",
                "Thanks owed: 1", "Declined requests not made good: 0", "Dormant (circle cadence run out): 0",
                "Known only online: 1", "received 3, gave 0  (#" + taker + ")",
                "close        1 / 15", "gave 0, received 3, net -3")
                .doesNotContain("Archie");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void asOfMovesTheDayTheChecksLookFrom() {
        // Five weeks on, the monthly cadence of the close circle has run out; ten days earlier
        // neither the help nor the video call had happened yet.
        assertThat(run("network", "--db", db.toString(), "--as-of", "2026-04-08")).isZero();
        assertThat(out.toString()).contains("Network as of 2026-04-08", "Dormant (circle cadence run out): 1",
                "close, last interaction 2026-02-27");
        out.getBuffer().setLength(0);
        assertThat(run("network", "--db", db.toString(), "--as-of", "2026-02-19")).isZero();
        assertThat(out.toString()).contains("Net takers (you received 2+ more than you gave): 0", "Thanks owed: 0");
    }

    @Test
    void jsonIsOneObjectWithDocumentedFields() throws Exception {
        assertThat(run("network", "--db", db.toString(), "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("asOf").asText()).isEqualTo("2026-03-02");
        assertThat(root.get("checks").fieldNames()).toIterable().containsExactly(
                "netTakers", "thanksOwed", "declinedNotMadeGood", "dormant", "onlineOnly");
        JsonNode takers = root.get("checks").get("netTakers");
        assertThat(takers.get("count").asInt()).isOne();
        JsonNode tina = takers.get("contacts").get(0);
        assertThat(tina.get("id").asLong()).isEqualTo(taker);
        assertThat(tina.get("name").asText()).isEqualTo("Tina Taker");
        assertThat(tina.get("received").asInt()).isEqualTo(3);
        assertThat(tina.get("given").asInt()).isZero();
        assertThat(tina.get("detail").asText()).isEqualTo("received 3, gave 0");
        assertThat(root.get("checks").get("onlineOnly").get("contacts").get(0).get("lastInteraction").asText())
                .isEqualTo("2026-02-27");
        assertThat(root.get("circles")).hasSize(5);
        assertThat(root.get("circles").get(1).get("circle").asText()).isEqualTo("CLOSE");
        assertThat(root.get("circles").get(1).get("size").asInt()).isOne();
        assertThat(root.get("circles").get(1).get("softLimit").asInt()).isEqualTo(15);
        assertThat(root.get("balance").get("from").asText()).isEqualTo("2024-03-03");
        assertThat(root.get("balance").get("received").asInt()).isEqualTo(3);
        assertThat(root.get("balance").get("net").asInt()).isEqualTo(-3);
        assertThat(root.get("months")).hasSize(12);
        assertThat(root.get("months").get(11).get("month").asText()).isEqualTo("2026-03");
        assertThat(root.get("months").get(10).get("received").asInt()).isEqualTo(3);
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(run("network", "--db", db.toString(), "--as-of", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of");
    }
}
