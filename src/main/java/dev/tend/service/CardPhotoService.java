package dev.tend.service;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardReader;
import dev.tend.importer.card.CardReader.Scan;
import dev.tend.importer.card.Ocr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Photos of business cards and badges: scanning one (QR codes, and the printed text when OCR is
 * available), turning a scan into records for the import preview, saving a card the user reviewed
 * through the same import (duplicates merged, the event, one batch that can be undone), and the
 * contacts still tagged {@value #NEEDS_REVIEW}. Everything runs on this machine (decision 0016).
 */
public final class CardPhotoService {
    /** The tag of contacts imported from OCR proposals nobody has checked yet. */
    public static final String NEEDS_REVIEW = "needs review";
    /** The format of a reviewed card in the import history. */
    public static final String FORMAT = "card photo";

    private final ImportService imports;
    private final ContactService contacts;

    public CardPhotoService(ImportService imports, ContactService contacts) {
        this.imports = imports;
        this.contacts = contacts;
    }

    /** Whether OCR can run here; when not, {@code problem} says why in a sentence. */
    public record OcrStatus(boolean available, String problem) {
    }

    public OcrStatus ocrStatus() {
        Ocr.Status s = Ocr.status();
        return new OcrStatus(s.available(), s.problem());
    }

    /**
     * Loads the photo safely and reads its QR codes and, when {@code ocr} and Tesseract is
     * available, its printed text.
     *
     * @throws UnreadableFileException when the file is no photo, too large or damaged (named in the message)
     */
    public Scan scan(Path photo, String defaultRegion, boolean ocr) throws UnreadableFileException {
        return CardReader.scan(photo, defaultRegion, ocr && ocrStatus().available());
    }

    /**
     * The scan as a file for the import preview: the QR codes' contacts as they are; when the photo
     * holds no code with a contact, the printed text's proposal tagged {@value #NEEDS_REVIEW} (a code
     * is exact, OCR is a guess, and both at once would only make a duplicate).
     *
     * @throws UnreadableFileException when the photo holds neither
     */
    public ParsedFile toImport(Scan scan) throws UnreadableFileException {
        List<ImportRecord> records = new ArrayList<>(scan.codes());
        List<ImportProblem> problems = new ArrayList<>(scan.problems());
        if (records.isEmpty() && scan.printed() != null) {
            records.add(new ImportRecord(SourceRef.printedText(scan.file()), tagged(scan.printed()), scan.photo()));
        }
        if (records.isEmpty()) {
            if (!scan.problems().isEmpty()) {
                ImportProblem p = scan.problems().get(0);
                throw new UnreadableFileException(scan.file(), p.code(), name(scan.file()) + ": " + p.message(), null,
                        p.args().toArray(String[]::new));
            }
            throw new UnreadableFileException(scan.file(), nothingFoundCode(scan),
                    name(scan.file()) + ": " + nothingFound(scan), null,
                    scan.ocrProblem() == null ? new String[0] : new String[] {scan.ocrProblem()});
        }
        return new ParsedFile(scan.file(), records.size() == scan.codes().size() ? CardReader.FORMAT : FORMAT,
                records, problems);
    }

    /** The code of {@link #nothingFound}, for a window to say it in its language. */
    public static String nothingFoundCode(Scan scan) {
        if (scan.ocrProblem() != null) {
            return "photo.ocrFailed";
        }
        return scan.text().isBlank() ? "photo.nothing" : "photo.noContactInText";
    }

    /** What to tell the user about a photo in which nothing was found. */
    public static String nothingFound(Scan scan) {
        if (!scan.problems().isEmpty()) {
            return scan.problems().get(0).message();
        }
        if (scan.ocrProblem() != null) {
            return "no QR code found, and the printed text could not be read: " + scan.ocrProblem();
        }
        return scan.text().isBlank() ? "no QR code and no text found in the photo"
                : "no QR code found, and the text in the photo holds no name, email or phone";
    }

    /**
     * Stores one card as the user reviewed it, with the photo, as an import of its own: a duplicate
     * of a stored contact is merged, the options' event and tags are applied, and the import can be
     * undone from the history.
     */
    public ImportReport save(Scan scan, Contact reviewed, ImportOptions options) {
        ParsedFile file = new ParsedFile(scan.file(), FORMAT,
                List.of(new ImportRecord(SourceRef.printedText(scan.file()), reviewed, scan.photo())), List.of());
        ImportPreview preview = imports.preview(List.of(file), options);
        return imports.apply(preview, Map.of());
    }

    /** The contacts imported from OCR that still wait for review, by name. */
    public List<ContactSummary> needsReview(int limit) {
        return contacts.search(ContactQuery.all().withTag(NEEDS_REVIEW), 0, limit);
    }

    public void markReviewed(long contactId) {
        contacts.untag(List.of(contactId), NEEDS_REVIEW);
    }

    public void markUnreviewed(long contactId) {
        contacts.tag(List.of(contactId), NEEDS_REVIEW);
    }

    private static Contact tagged(Contact c) {
        Set<String> tags = new LinkedHashSet<>(c.tags());
        tags.add(NEEDS_REVIEW);
        return c.toBuilder().tags(List.copyOf(tags)).build();
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
