package dev.tend.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.ImportReport;
import dev.tend.service.TendServices;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap an import holds as the file grows: for files of 1,000 to 20,000 cards, the heap retained
 * (used after full GCs) by the read file, by the preview, and after apply; and the largest heap
 * still live after any GC during apply (the live set at its peak, as far as GCs sample it).
 * Divided by the number of cards, flat means constant bytes per card. Not a JMH benchmark; run
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=dev.tend.bench.ImportFootprint -Dbench.args="1000 5000 10000 20000"}.
 */
public final class ImportFootprint {
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private ImportFootprint() {
    }

    public static void main(String[] args) throws Exception {
        BenchData.quietLogging();
        if (args.length > 0 && args[0].equals("minheap")) {
            minimumHeaps(java.util.Arrays.stream(args).skip(1).map(Integer::parseInt).toList());
            return;
        }
        if (args.length > 0 && args[0].equals("once")) {
            measure(Files.createDirectories(Path.of("target/bench-data/import")), Integer.parseInt(args[1]), false);
            return;
        }
        watchGcs();
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 5_000, 10_000, 20_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        Path folder = Files.createDirectories(Path.of("target/bench-data/import"));
        measure(folder, 500, false); // class loading, JIT, caches: not part of any import's data
        System.out.println("cards   file MB | retained bytes per card: read file, + preview, preview alone,"
                + " after apply | peak live during apply, per card");
        for (int cards : sizes) {
            measure(folder, cards, true);
        }
    }

    private static void measure(Path folder, int cards, boolean print) throws Exception {
        Path file = folder.resolve("cards-" + cards + ".vcf");
        if (!Files.exists(file)) {
            Files.writeString(file, ImportBenchmark.cards(cards), StandardCharsets.UTF_8);
        }
        Path db = folder.resolve("footprint-" + cards + ".db");
        delete(db);
        try (TendServices s = TendServices.open(db, Clock.systemUTC(), Locale.GERMANY)) {
            long base = usedHeapAfterGc();
            ParsedFile parsed = Importers.read(file, "DE");
            long afterRead = usedHeapAfterGc();
            ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
            long afterPreview = usedHeapAfterGc();
            parsed = null;
            long previewAlone = usedHeapAfterGc();
            PEAK_AFTER_GC.set(0);
            ImportReport report = s.imports().apply(preview, Map.of());
            long peak = PEAK_AFTER_GC.get();
            preview = null;
            long afterApply = usedHeapAfterGc();
            if (print) {
                System.out.printf(Locale.ROOT, "%,6d  %6.1f  | %,6d  %,6d  %,6d  %,6d | %,6d%n", cards,
                        Files.size(file) / 1e6, (afterRead - base) / cards, (afterPreview - base) / cards,
                        (previewAlone - base) / cards, (afterApply - base) / cards,
                        Math.max(0, peak - base) / cards);
            }
            if (report.imported() == 0) {
                throw new IllegalStateException("nothing imported from " + file);
            }
        }
        delete(db);
    }

    /**
     * The smallest -Xmx (to 2 MB) with which a fresh JVM reads, previews and applies the file: the
     * peak of live heap over the whole import, which GC sampling cannot see reliably.
     */
    private static void minimumHeaps(List<Integer> sizes) throws Exception {
        System.out.println("cards   smallest heap that imports the file (read, preview, apply)");
        for (int cards : sizes) {
            int low = 8;
            int high = 1024;
            while (high - low > 2) {
                int mid = (low + high) / 2;
                if (importsWith(mid, cards)) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            System.out.printf(Locale.ROOT, "%,6d  %4d MB (%,d bytes a card)%n", cards, high,
                    high * 1024L * 1024 / cards);
        }
    }

    private static boolean importsWith(int heapMb, int cards) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ImportFootprint.class.getName(), "once", Integer.toString(cards))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    /** Records the heap used after each GC (young ones included), the live set at that moment. */
    private static void watchGcs() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void delete(Path db) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
