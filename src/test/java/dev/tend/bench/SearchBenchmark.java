package dev.tend.bench;

import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One search keystroke as the contact list does it: the first page of 100 rows and the total
 * count for the scroll bar, for prefixes a user types one letter at a time and a few other kinds
 * of query. The unfiltered list (empty search box) is measured the same way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SearchBenchmark {
    static final int PAGE = 100;

    /** "" is the empty search box: the whole list by name. */
    @Param({"", "m", "mu", "mül", "müller", "anna mül", "nordlicht", "@gmx.de", "xyzzy", "de", "ber"})
    public String text;

    private ContactQuery query;

    @Setup
    public void query() {
        query = ContactQuery.text(text);
    }

    @Benchmark
    public int keystroke(BenchDatabase db, Blackhole bh) {
        List<ContactSummary> page = db.services.contacts().search(query, 0, PAGE);
        bh.consume(page);
        return db.services.contacts().count(query);
    }
}
