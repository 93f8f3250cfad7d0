package dev.tend.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/import"))) {
            for (Path p : s.sorted().toList()) {
                try {
                    ParsedFile f = Importers.read(p, "DE");
                    System.out.println("=== " + p + " " + f.format());
                    f.records().forEach(r -> System.out.println(r.source() + " " + r.contact() + " photo=" + (r.photo() == null ? null : r.photo().mimeType() + "/" + r.photo().data().length)));
                    f.problems().forEach(r -> System.out.println("PROBLEM " + r));
                } catch (UnreadableFileException e) {
                    System.out.println("=== " + p + " UNREADABLE " + e.getMessage());
                }
            }
        }
    }
}
