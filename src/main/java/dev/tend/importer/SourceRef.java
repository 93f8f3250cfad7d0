package dev.tend.importer;

import java.nio.file.Path;

/**
 * Where a record came from, so every problem can name it: the file, the card number in a vCard
 * file (1-based), the line in a CSV file (1-based, counting the header and any notes lines), the
 * QR code in a photo (1-based, in the order found) or the printed text of a card photo (number 0).
 */
public record SourceRef(String file, Kind kind, int number) {
    /** What {@code number} counts. */
    public enum Kind { CARD, LINE, IMAGE, PRINTED_TEXT, RECORD }

    public static SourceRef card(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.CARD, number);
    }

    public static SourceRef line(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.LINE, number);
    }

    /** The {@code number}th QR code found in a photo. */
    public static SourceRef code(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.IMAGE, number);
    }

    /** The {@code number}th contact (1-based) of a Tend JSON export. */
    public static SourceRef record(Path file, int number) {
        return new SourceRef(file.getFileName().toString(), Kind.RECORD, number);
    }

    /** The text printed on the card in a photo, as read by OCR. */
    public static SourceRef printedText(Path file) {
        return new SourceRef(file.getFileName().toString(), Kind.PRINTED_TEXT, 0);
    }

    /** "card", "line", "code", "printed text" or "contact": what {@code number} counts, for messages. */
    public String what() {
        return switch (kind) {
            case CARD -> "card";
            case LINE -> "line";
            case IMAGE -> "code";
            case PRINTED_TEXT -> "printed text";
            case RECORD -> "contact";
        };
    }

    /** "cards.vcf, card 3", "Connections.csv, line 12", "badge.jpg, code 2", "card.jpg, printed text". */
    @Override
    public String toString() {
        return file + ", " + (kind == Kind.PRINTED_TEXT ? what() : what() + " " + number);
    }
}
