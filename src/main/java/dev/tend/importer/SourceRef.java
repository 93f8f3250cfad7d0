package dev.tend.importer;

import java.nio.file.Path;

/**
 * Where a record came from, so every problem can name it: the file, the card number in a vCard
 * file (1-based), or the line in a CSV file (1-based, counting the header and any notes lines).
 */
public record SourceRef(String file, Kind kind, int number) {
    /** What {@code number} counts. */
    public enum Kind { CARD, LINE, IMAGE }

    public static SourceRef card(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.CARD, number);
    }

    public static SourceRef line(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.LINE, number);
    }

    /** "cards.vcf, card 3" or "Connections.csv, line 12". */
    @Override
    public String toString() {
        return file + ", " + switch (kind) {
            case CARD -> "card " + number;
            case LINE -> "line " + number;
            case IMAGE -> "code " + number;
        };
    }
}
