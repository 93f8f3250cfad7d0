package dev.tend.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a file by its content and its name, and reads it. */
public final class Importers {
    private final Limits limits;

    public Importers() {
        this(Limits.DEFAULT);
    }

    Importers(Limits limits) {
        this.limits = limits;
    }

    /** Reads a vCard or CSV file; national phone numbers fall back to {@code defaultRegion}. */
    public static ParsedFile read(Path file, String defaultRegion) throws UnreadableFileException {
        return new Importers().readFile(file, defaultRegion);
    }

    public ParsedFile readFile(Path file, String defaultRegion) throws UnreadableFileException {
        FileText.Checked checked = FileText.check(file, limits);
        String name = FileText.name(file);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean vcardName = lower.endsWith(".vcf") || lower.endsWith(".vcard");
        boolean csvName = lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
        if (looksLikeVCard(checked) || vcardName) {
            return new VCardReader(limits).read(checked, defaultRegion);
        }
        if (csvName) {
            return new CsvReader(limits).read(checked, defaultRegion);
        }
        throw new UnreadableFileException(file, name
                + " is neither a vCard (.vcf) nor a CSV (.csv) file of contacts");
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
            throw new UnreadableFileException(checked.file(), FileText.name(checked.file()) + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
