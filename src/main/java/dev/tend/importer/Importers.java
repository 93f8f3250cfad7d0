package dev.tend.importer;

import dev.tend.importer.card.CardPhoto;
import dev.tend.importer.card.CardReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Picks the reader for a file by its content and its name (vCard, CSV, photo), and reads it. */
public final class Importers {
    private final Limits limits;

    public Importers() {
        this(Limits.DEFAULT);
    }

    Importers(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads a vCard or CSV file, or the QR codes of a JPEG or PNG photo; national phone numbers
     * fall back to {@code defaultRegion}.
     */
    public static ParsedFile read(Path file, String defaultRegion) throws UnreadableFileException {
        return new Importers().readFile(file, defaultRegion);
    }

    public ParsedFile readFile(Path file, String defaultRegion) throws UnreadableFileException {
        String name = FileText.name(file);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean vcardName = lower.endsWith(".vcf") || lower.endsWith(".vcard");
        boolean csvName = lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
        if (isPhoto(file)) {
            return CardReader.readCodes(file, defaultRegion);
        }
        FileText.Checked checked = FileText.check(file, limits);
        if (lower.endsWith(".json") || (!vcardName && !csvName && TendJsonReader.looksLikeJson(checked))) {
            return new TendJsonReader(limits).read(checked);
        }
        if (looksLikeVCard(checked) || vcardName) {
            return new VCardReader(limits).read(checked, defaultRegion);
        }
        if (csvName) {
            return new CsvReader(limits).read(checked, defaultRegion);
        }
        throw new UnreadableFileException(file, "file.unknownFormat", name
                + " is neither a vCard (.vcf) nor a CSV (.csv) file of contacts, nor a Tend export (.json), nor a photo (.jpg, .png)", null);
    }

    /**
     * How a file would be read as CSV (its delimiter, header and suggested mapping), for the
     * column-mapping step; empty when {@link #readFile} reads it otherwise (vCard, Tend export,
     * photo) or refuses it, which it then does with the reason.
     *
     * @throws UnreadableFileException when a CSV file cannot be read
     */
    public Optional<CsvReader.Layout> csvLayout(Path file) throws UnreadableFileException {
        String lower = FileText.name(file).toLowerCase(Locale.ROOT);
        boolean csvName = lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
        if (!csvName || isPhoto(file)) {
            return Optional.empty();
        }
        FileText.Checked checked = FileText.check(file, limits);
        if (looksLikeVCard(checked)) {
            return Optional.empty();
        }
        return Optional.of(new CsvReader(limits).layout(checked));
    }

    /** Reads a CSV file with the user's column mapping. */
    public ParsedFile readCsv(Path file, String defaultRegion, ColumnMapping mapping) throws UnreadableFileException {
        return new CsvReader(limits).read(file, defaultRegion, mapping);
    }

    /** A JPEG or PNG by name or content; a photo named .vcf or .csv is a mistake the text check names. */
    private static boolean isPhoto(Path file) {
        String lower = FileText.name(file).toLowerCase(Locale.ROOT);
        boolean textName = lower.endsWith(".vcf") || lower.endsWith(".vcard") || lower.endsWith(".csv")
                || lower.endsWith(".txt") || lower.endsWith(".tsv");
        return !textName && Files.isRegularFile(file)
                && (CardPhoto.isPhotoName(lower) || CardPhoto.isPhotoContent(CardPhoto.head(file)));
    }

    private static boolean looksLikeVCard(FileText.Checked checked) throws UnreadableFileException {
        try (BufferedReader in = checked.open()) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && n++ < 20) {
                if (line.isBlank()) {
                    continue;
                }
                return line.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD");
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(checked.file(), "file.unreadable", FileText.name(checked.file())
                    + " cannot be read: " + e.getMessage(), e);
        }
    }
}
