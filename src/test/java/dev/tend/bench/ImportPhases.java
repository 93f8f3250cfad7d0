package dev.tend.bench;

import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.TendServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an import's time goes: reading, preview (checks and matching) and apply (storing), each
 * timed on its own over a few rounds; run with -Dbench.main=dev.tend.bench.ImportPhases.
 */
public final class ImportPhases {
    private ImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        BenchData.quietLogging();
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createDirectories(Path.of("target/bench-data/import"));
        Path file = folder.resolve("cards-" + cards + ".vcf");
        if (!Files.exists(file)) {
            Files.writeString(file, ImportBenchmark.cards(cards), StandardCharsets.UTF_8);
        }
        for (int round = 1; round <= 4; round++) {
            Path db = folder.resolve("phases-" + round + ".db");
            Files.deleteIfExists(db);
            try (TendServices s = TendServices.open(db, Clock.systemUTC(), Locale.GERMANY)) {
                long t0 = System.nanoTime();
                ParsedFile parsed = Importers.read(file, "DE");
                long t1 = System.nanoTime();
                ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
                long t2 = System.nanoTime();
                s.imports().apply(preview, Map.of());
                long t3 = System.nanoTime();
                System.out.printf("round %d: read %d ms, preview %d ms, apply %d ms%n", round,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            }
            Files.deleteIfExists(db);
        }
    }
}
