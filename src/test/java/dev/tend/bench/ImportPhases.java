package dev.tend.bench;

import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.TendServices;
import dev.tend.store.Database;
import ezvcard.VCard;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an import's time goes, and the ratio to the floor, in CPU time as well as wall time: the
 * machine is shared, and the benchmark thread's CPU time is what other processes disturb least.
 * Each round times the floor (ez-vcard parse; plain JDBC batch into an empty database) and Tend's
 * import (read; preview; apply into an empty database); the first rounds warm the JIT and are left
 * out of the medians. Run with -Dbench.main=dev.tend.bench.ImportPhases -Dbench.args="10000 9".
 */
public final class ImportPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 2;

    private ImportPhases() {
    }

    /** Wall and CPU nanoseconds of the phases of one round. */
    private record Round(long[] wall, long[] cpu) {
    }

    private static final String[] PHASES = {"ez-vcard parse", "JDBC batch", "read", "preview", "apply",
        "JDBC batch, indexed once"};

    public static void main(String[] args) throws Exception {
        BenchData.quietLogging();
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path folder = Files.createDirectories(Path.of("target/bench-data/import"));
        Path file = folder.resolve("cards-" + cards + ".vcf");
        if (!Files.exists(file)) {
            Files.writeString(file, ImportBenchmark.cards(cards), StandardCharsets.UTF_8);
        }
        List<Round> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Round r = new Round(new long[PHASES.length], new long[PHASES.length]);
            Path db = folder.resolve("phases-" + round + ".db");
            delete(db);
            long[] t = start();
            List<VCard> vcards = ImportBenchmark.parse(file);
            stop(r, 0, t);
            // Opening (migrating) the empty database is part of neither side.
            try (Database d = Database.open(db)) {
                t = start();
                ImportBenchmark.jdbcBatch(d, vcards);
                stop(r, 1, t);
            }
            vcards = null;
            delete(db);
            try (TendServices s = TendServices.open(db, Clock.systemUTC(), Locale.GERMANY)) {
                t = start();
                ParsedFile parsed = Importers.read(file, "DE");
                stop(r, 2, t);
                t = start();
                ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
                stop(r, 3, t);
                t = start();
                s.imports().apply(preview, Map.of());
                stop(r, 4, t);
            }
            delete(db);
            vcards = ImportBenchmark.parse(file);
            try (Database d = Database.open(db)) {
                t = start();
                ImportBenchmark.jdbcBatchIndexedOnce(d, vcards);
                stop(r, 5, t);
            }
            vcards = null;
            delete(db);
            System.out.printf("round %d%s: %s%n", round, round <= WARM_UP ? " (warm-up)" : "", describe(r));
            if (round > WARM_UP) {
                measured.add(r);
            }
        }
        report(measured);
    }

    private static void report(List<Round> rounds) {
        System.out.printf("%nmedians of %d rounds (ms)   wall     cpu%n", rounds.size());
        for (int p = 0; p < PHASES.length; p++) {
            int phase = p;
            System.out.printf("  %-22s %7.0f %7.0f%n", PHASES[p], median(rounds, r -> r.wall[phase]),
                    median(rounds, r -> r.cpu[phase]));
        }
        double floorWall = median(rounds, r -> r.wall[0] + r.wall[1]);
        double floorCpu = median(rounds, r -> r.cpu[0] + r.cpu[1]);
        double tendWall = median(rounds, r -> r.wall[2] + r.wall[3] + r.wall[4]);
        double tendCpu = median(rounds, r -> r.cpu[2] + r.cpu[3] + r.cpu[4]);
        System.out.printf("  %-22s %7.0f %7.0f%n", "floor", floorWall, floorCpu);
        System.out.printf("  %-22s %7.0f %7.0f%n", "Tend import", tendWall, tendCpu);
        System.out.printf("  %-22s %7.2f %7.2f%n", "ratio", tendWall / floorWall, tendCpu / floorCpu);
        double strictWall = median(rounds, r -> r.wall[0] + r.wall[5]);
        double strictCpu = median(rounds, r -> r.cpu[0] + r.cpu[5]);
        System.out.printf("  %-22s %7.0f %7.0f%n", "floor, indexed once", strictWall, strictCpu);
        System.out.printf("  %-22s %7.2f %7.2f%n", "ratio to that floor", tendWall / strictWall, tendCpu / strictCpu);
        System.out.printf("  %-22s %7.2f %7.2f   (median of each round's own ratio)%n", "ratio per round",
                medianOf(rounds.stream().mapToDouble(r -> (double) (r.wall[2] + r.wall[3] + r.wall[4])
                        / (r.wall[0] + r.wall[1])).toArray()),
                medianOf(rounds.stream().mapToDouble(r -> (double) (r.cpu[2] + r.cpu[3] + r.cpu[4])
                        / (r.cpu[0] + r.cpu[1])).toArray()));
    }

    private static String describe(Round r) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < PHASES.length; p++) {
            b.append(p == 0 ? "" : ", ").append(PHASES[p]).append(' ')
                    .append(r.wall[p] / 1_000_000).append('/').append(r.cpu[p] / 1_000_000);
        }
        return b.append(" ms (wall/cpu)").toString();
    }

    private static long[] start() {
        return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
    }

    private static void stop(Round r, int phase, long[] start) {
        r.wall[phase] = System.nanoTime() - start[0];
        r.cpu[phase] = THREADS.getCurrentThreadCpuTime() - start[1];
    }

    private static double median(List<Round> rounds, java.util.function.ToLongFunction<Round> f) {
        return medianOf(rounds.stream().mapToLong(f).asDoubleStream().toArray()) / 1_000_000;
    }

    private static double medianOf(double[] v) {
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void delete(Path db) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
