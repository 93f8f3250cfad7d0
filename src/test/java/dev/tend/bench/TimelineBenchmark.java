package dev.tend.bench;

import dev.tend.service.TendServices;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A stub for the contact timeline (the ledger work writes the real service): the SQL shape of its
 * first page, the 200 newest interactions of a contact plus its 200 newest exchanges, for
 * {@link BenchData#BUSY_CONTACT} (about 5,000 interactions and 6,000 exchanges) and for a typical
 * contact. {@code order=participant} sorts by the date copied onto interaction_participant (V2),
 * which its index (contact_id, occurred_on) returns in order; {@code order=interaction} sorts by
 * interaction.occurred_on, which needs every interaction of the contact joined and sorted.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class TimelineBenchmark {
    @Param({"busy", "typical"})
    public String contact;

    @Param({"participant", "interaction"})
    public String order;

    private TendServices services;
    private long contactId;
    private String interactionsSql;

    private static final String EXCHANGES_SQL = """
            SELECT id, occurred_on, direction, kind, weight, description, status, thanked
            FROM exchange WHERE contact_id = ? ORDER BY occurred_on DESC, id DESC LIMIT 200""";

    @Setup(Level.Trial)
    public void open() {
        BenchData.quietLogging();
        services = TendServices.open(BenchData.networkDatabase(BenchDatabase.CONTACTS), Clock.systemUTC(),
                Locale.GERMANY);
        contactId = contact.equals("busy") ? BenchData.BUSY_CONTACT : 4_242;
        interactionsSql = """
                SELECT i.id, i.occurred_on, i.channel, i.event_id, i.summary
                FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                WHERE p.contact_id = ?
                ORDER BY %s.occurred_on DESC, i.id DESC LIMIT 200""".formatted(order.equals("participant") ? "p" : "i");
        long[] n = services.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM interaction_participant "
                    + "WHERE contact_id = ?1), (SELECT count(*) FROM exchange WHERE contact_id = ?1)")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
        });
        System.out.printf("%n[timeline] contact %d: %,d interactions, %,d exchanges%n", contactId, n[0], n[1]);
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    @Benchmark
    public List<Object> firstPage() {
        return services.database().read(c -> {
            List<Object> rows = new ArrayList<>();
            for (String sql : List.of(interactionsSql, EXCHANGES_SQL)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, contactId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getString(2));
                        }
                    }
                }
            }
            return rows;
        });
    }
}
