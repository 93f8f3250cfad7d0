package dev.tend.importer;

import dev.tend.domain.Archive;
import java.nio.file.Path;
import java.util.List;

/**
 * What a reader made of one file: the records it read and the ones it had to reject. A whole Tend
 * JSON export also carries everything else it holds as {@code archive} (null for other files, and
 * for an export with a damaged entry), which an import into an empty database restores as it is.
 */
public record ParsedFile(Path file, String format, List<ImportRecord> records, List<ImportProblem> problems,
                         Archive archive) {
    public ParsedFile {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    public ParsedFile(Path file, String format, List<ImportRecord> records, List<ImportProblem> problems) {
        this(file, format, records, problems, null);
    }
}
