package dev.tend.bench;

import dev.tend.service.TendServices;
import java.time.Clock;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The 100,000-contact database, opened once per fork the way the app opens it. */
@State(Scope.Benchmark)
public class BenchDatabase {
    public static final int CONTACTS = 100_000;

    public TendServices services;

    @Setup(Level.Trial)
    public void open() {
        BenchData.quietLogging();
        services = TendServices.open(BenchData.database(CONTACTS), Clock.systemUTC(), Locale.GERMANY);
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
    }
}
