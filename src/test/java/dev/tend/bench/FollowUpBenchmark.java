package dev.tend.bench;

import dev.tend.domain.FollowUpReason;
import dev.tend.domain.WeekPlan;
import dev.tend.service.TendServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The week's follow-ups on 100,000 contacts, 1,000,000 interactions and 300,000 exchanges
 * ({@link BenchData#networkDatabase}), to which a copy adds what the ledger generator has not: 40
 * fairs with 4,000 contacts met there, 2,000 promises with due dates, 1,000 follow-ups set by hand
 * and 1,000 done or snoozed items. {@code week} is the This week screen and {@code tend digest}
 * (ranked, counted, capped at 15); {@code all} lists every item (the "more" view);
 * {@code calendar} is what the .ics export reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class FollowUpBenchmark {
    private static final LocalDate AS_OF = BenchData.NETWORK_AS_OF;
    private TendServices services;
    private Path copy;

    @Setup(Level.Trial)
    public void open() throws IOException {
        BenchData.quietLogging();
        Path source = BenchData.networkDatabase(BenchDatabase.CONTACTS);
        copy = Files.createTempFile("tend-followups-", ".db");
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        services = TendServices.open(copy, Clock.fixed(AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Locale.GERMANY);
        addFollowUpData(services);
        WeekPlan plan = services.followUps().week(AS_OF);
        Map<FollowUpReason, Integer> byReason = new EnumMap<>(FollowUpReason.class);
        services.followUps().week(AS_OF, Integer.MAX_VALUE).items()
                .forEach(i -> byReason.merge(i.reason(), 1, Integer::sum));
        System.out.printf("%n[follow-ups] week %s: %d shown of %d; by reason %s%n", plan.isoWeek(),
                plan.items().size(), plan.total(), byReason);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        services.close();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
    }

    /** The week's list as the screen and the digest show it: ranked, counted, the first 15. */
    @Benchmark
    public WeekPlan week() {
        return services.followUps().week(AS_OF);
    }

    /** Every item of the week ("more"). */
    @Benchmark
    public WeekPlan all() {
        return services.followUps().week(AS_OF, Integer.MAX_VALUE);
    }

    /** The items of the calendar export: this week, overdue and the next four weeks. */
    @Benchmark
    public int calendar() {
        return services.followUps().calendarItems(AS_OF).size();
    }

    static void addFollowUpData(TendServices s) {
        Random rnd = new Random(20_260_302L);
        int contacts = BenchDatabase.CONTACTS;
        s.database().inTransaction(c -> {
            try (PreparedStatement event = c.prepareStatement(
                    "INSERT INTO event (id, name, city, start_date, end_date, created_at, updated_at) "
                            + "VALUES (?, ?, 'Hannover', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
                 PreparedStatement met = c.prepareStatement("UPDATE contact SET met_at_event_id = ? WHERE id = ?");
                 PreparedStatement promise = c.prepareStatement("""
                         INSERT INTO exchange (contact_id, occurred_on, direction, kind, weight, status, due_on, created_at)
                         VALUES (?, ?, 'GAVE', 'INTRODUCTION', 2, 'PROMISED', ?, '2026-01-01T00:00:00Z')""");
                 PreparedStatement followUp = c.prepareStatement("""
                         INSERT INTO follow_up (contact_id, reason, due_on, note, snoozed_until, done_on, created_at)
                         VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')""")) {
                for (int e = 1; e <= 40; e++) {
                    LocalDate end = AS_OF.minusDays(7L * e);
                    event.setLong(1, 10_000 + e);
                    event.setString(2, "Fair " + e);
                    event.setString(3, end.minusDays(3).toString());
                    event.setString(4, end.toString());
                    event.executeUpdate();
                }
                for (int i = 0; i < 4_000; i++) {
                    met.setLong(1, 10_001 + rnd.nextInt(40));
                    met.setLong(2, 1 + rnd.nextInt(contacts));
                    met.addBatch();
                }
                met.executeBatch();
                for (int i = 0; i < 2_000; i++) {
                    LocalDate on = AS_OF.minusDays(rnd.nextInt(400));
                    promise.setLong(1, 1 + rnd.nextInt(contacts));
                    promise.setString(2, on.toString());
                    promise.setString(3, on.plusDays(7 + rnd.nextInt(60)).toString());
                    promise.addBatch();
                }
                promise.executeBatch();
                for (int i = 0; i < 2_000; i++) {
                    boolean custom = i < 1_000;
                    followUp.setLong(1, 1 + rnd.nextInt(contacts));
                    followUp.setString(2, custom ? "CUSTOM" : "THANK_YOU");
                    followUp.setString(3, AS_OF.plusDays(rnd.nextInt(120) - 60).toString());
                    followUp.setString(4, custom ? "Note " + i : null);
                    followUp.setString(5, !custom && i % 2 == 0 ? AS_OF.plusDays(3).toString() : null);
                    followUp.setString(6, !custom && i % 2 == 1 ? AS_OF.minusDays(3).toString() : null);
                    followUp.addBatch();
                }
                followUp.executeBatch();
            }
        });
        s.database().read(c -> {
            try (var st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            return null;
        });
    }

    /** Prints the week once, to look at the data. */
    public static void main(String[] args) throws IOException {
        FollowUpBenchmark b = new FollowUpBenchmark();
        b.open();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            WeekPlan p = b.week();
            System.out.printf(Locale.ROOT, "week %.1f ms (%d of %d)%n", (System.nanoTime() - t0) / 1e6,
                    p.items().size(), p.total());
        }
        if (args.length > 0) {
            // keep the prepared copy for probing: FollowUpQueryProbe
            b.services.close();
            Files.move(b.copy, Path.of(args[0]), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        b.close();
    }
}
