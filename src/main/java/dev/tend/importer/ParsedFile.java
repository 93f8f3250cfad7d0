package dev.tend.importer;

import java.nio.file.Path;
import java.util.List;

/** What a reader made of one file: the records it read and the ones it had to reject. */
public record ParsedFile(Path file, String format, List<ImportRecord> records, List<ImportProblem> problems) {
    public ParsedFile {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
