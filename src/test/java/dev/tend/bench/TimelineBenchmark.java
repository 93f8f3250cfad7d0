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
 * Opening a contact as the detail pane does: the contact's fields, its timeline (the newest 200
 * interactions and exchanges through {@link dev.tend.service.LedgerService#timeline}), its
 * give/take balance and its last interaction, for {@link BenchData#BUSY_CONTACT} (about 5,000
 * interactions and 6,000 exchanges) and for a typical contact, on 100,000 contacts, 1,000,000
 * interactions and 300,000 exchanges.
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

    private TendServices services;
    private long contactId;

    @Setup(Level.Trial)
    public void open() {
        BenchData.quietLogging();
        services = TendServices.open(BenchData.networkDatabase(BenchDatabase.CONTACTS), Clock.systemUTC(),
                Locale.GERMANY);
        contactId = contact.equals("busy") ? BenchData.BUSY_CONTACT : 4_242;
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
    public List<Object> openContact() {
        List<Object> shown = new ArrayList<>();
        shown.add(services.contacts().get(contactId));
        shown.add(services.ledger().timeline(contactId));
        shown.add(services.ledger().balance(contactId));
        shown.add(services.ledger().lastInteraction(contactId));
        return shown;
    }
}
