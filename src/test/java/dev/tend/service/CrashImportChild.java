package dev.tend.service;

import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Run in a separate JVM by {@link CrashSafetyTest}: imports a file into a database and says when
 * it starts writing, so the test can kill it with SIGKILL in the middle of the write.
 */
public final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path file = Path.of(args[1]);
        try (TendServices s = TendServices.open(db, Clock.systemUTC(), Locale.GERMANY)) {
            ParsedFile parsed = Importers.read(file, "DE");
            ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
            System.out.println("applying");
            System.out.flush();
            ImportReport report = s.imports().apply(preview, Map.of());
            System.out.println("committed " + report.imported());
            System.out.flush();
        }
    }
}
