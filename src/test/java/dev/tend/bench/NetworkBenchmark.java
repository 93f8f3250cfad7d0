package dev.tend.bench;

import dev.tend.domain.NetworkCheck;
import dev.tend.service.NetworkHealth;
import dev.tend.service.TendServices;
import java.time.Clock;
import java.time.ZoneOffset;
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
 * The Network screen on 100,000 contacts, 1,000,000 interactions and 300,000 exchanges
 * ({@link BenchData#networkDatabase}): {@code screen} is what the screen computes when shown (the
 * five counts, circle sizes, overall balance and the monthly series, {@link NetworkHealth#summary});
 * {@code check} lists the contacts behind one check, as opening a card does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class NetworkBenchmark {
    @Param({"NET_TAKERS", "THANKS_OWED", "DECLINED_NOT_MADE_GOOD", "DORMANT", "ONLINE_ONLY"})
    public NetworkCheck check;

    private TendServices services;

    @Setup(Level.Trial)
    public void open() {
        BenchData.quietLogging();
        services = TendServices.open(BenchData.networkDatabase(BenchDatabase.CONTACTS),
                Clock.fixed(BenchData.NETWORK_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Locale.GERMANY);
        NetworkHealth.Summary s = services.network().summary(BenchData.NETWORK_AS_OF);
        System.out.printf("%n[network] counts %s, circles %s, balance %s%n", s.counts(), s.circles(), s.balance());
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }

    /** All that the screen shows when it opens; the same for every {@code check} parameter. */
    @Benchmark
    public NetworkHealth.Summary screen() {
        return services.network().summary(BenchData.NETWORK_AS_OF);
    }

    /** The contacts behind one check, with names and details. */
    @Benchmark
    public NetworkHealth.CheckResult check() {
        return services.network().check(check, BenchData.NETWORK_AS_OF);
    }

    /** Only the count of one check (part of {@code screen}), to see where its time goes. */
    @Benchmark
    public int count() {
        return services.network().count(check, BenchData.NETWORK_AS_OF);
    }
}
