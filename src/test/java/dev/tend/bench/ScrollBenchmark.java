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

/**
 * Scrolling: the list knows its row count already and fetches the page of 100 rows that comes
 * into view. Measured for a page deep in the list (the middle of the result, about 48,500 rows
 * down for the unfiltered list), for the unfiltered list and for text queries.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ScrollBenchmark {
    @Param({"", "m", "müller"})
    public String text;

    private ContactQuery query;
    private int offset;

    @Setup
    public void query(BenchDatabase db) {
        query = ContactQuery.text(text);
        int count = db.services.contacts().count(query);
        offset = count / 2 / SearchBenchmark.PAGE * SearchBenchmark.PAGE;
        System.out.printf("%n[scroll] \"%s\": %,d rows, page at offset %,d%n", text, count, offset);
    }

    @Benchmark
    public List<ContactSummary> pageInTheMiddle(BenchDatabase db) {
        return db.services.contacts().search(query, offset, SearchBenchmark.PAGE);
    }

    @Benchmark
    public List<ContactSummary> secondPage(BenchDatabase db) {
        return db.services.contacts().search(query, SearchBenchmark.PAGE, SearchBenchmark.PAGE);
    }
}
