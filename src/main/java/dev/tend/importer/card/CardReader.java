package dev.tend.importer.card;

import dev.tend.domain.Contact;
import dev.tend.domain.Photo;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.importer.UnreadableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a photo of a business card or badge: its QR codes as records, each with the photo (scaled
 * down) to keep with the contact, and on request the printed text through OCR as a proposal to
 * review. Everything happens on this machine.
 */
public final class CardReader {
    /** The format name of QR records in an import's preview and history. */
    public static final String FORMAT = "QR code";

    private CardReader() {
    }

    /**
     * What one photo holds.
     *
     * @param codes    contacts from its QR codes, in the order found, each with {@code photo}
     * @param problems codes that hold no contact, and why
     * @param printed  the contact proposed from the printed text; null when OCR was not asked for,
     *                 failed, or found nothing to propose
     * @param text     the printed text as OCR read it, "" when not read
     * @param ocrProblem why OCR did not run or failed; null when it ran or was not asked for
     */
    public record Scan(Path file, Photo photo, List<ImportRecord> codes, List<ImportProblem> problems,
                       Contact printed, String text, String ocrProblem) {
        public Scan {
            codes = List.copyOf(codes);
            problems = List.copyOf(problems);
        }

        /** Neither a code with a contact nor printed text to propose. */
        public boolean foundNothing() {
            return codes.isEmpty() && printed == null;
        }
    }

    /** The QR codes of a photo, as a file of records for the import preview. */
    public static ParsedFile readCodes(Path file, String defaultRegion) throws UnreadableFileException {
        Scan scan = scan(file, defaultRegion, false);
        if (scan.codes().isEmpty()) {
            if (!scan.problems().isEmpty()) {
                ImportProblem p = scan.problems().get(0);
                throw new UnreadableFileException(file, p.code(), CardPhoto.name(file) + ": " + p.message(), null,
                        p.args().toArray(String[]::new));
            }
            throw new UnreadableFileException(file, "photo.noCode", CardPhoto.name(file)
                    + ": no QR code found in the photo; to read the printed text use OCR (tend import --ocr, "
                    + "or Scan card photos in the window)", null);
        }
        return new ParsedFile(file, FORMAT, scan.codes(), scan.problems());
    }

    /** Loads the photo safely, reads its QR codes and, when {@code ocr}, its printed text. */
    public static Scan scan(Path file, String defaultRegion, boolean ocr) throws UnreadableFileException {
        CardPhoto card = CardPhoto.load(file);
        Photo kept = card.forContact();
        List<ImportRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> payloads = QrCodes.payloads(card.image());
        for (int i = 0; i < payloads.size(); i++) {
            SourceRef ref = SourceRef.code(file, i + 1);
            QrPayloads.Reading reading = QrPayloads.read(payloads.get(i), defaultRegion);
            Optional<Contact> c = reading.contact();
            if (c.isPresent()) {
                records.add(new ImportRecord(ref, c.get(), kept));
            } else {
                problems.add(reading.arg() == null ? ImportProblem.of(ref, reading.code(), reading.reason())
                        : ImportProblem.of(ref, reading.code(), reading.reason(), reading.arg()));
            }
        }
        if (!ocr) {
            return new Scan(file, kept, records, problems, null, "", null);
        }
        try {
            String text = Ocr.read(card.image());
            Contact proposal = CardText.read(text, defaultRegion);
            return new Scan(file, kept, records, problems, CardText.isEmpty(proposal) ? null : proposal,
                    text == null ? "" : text.strip(), null);
        } catch (Ocr.OcrException e) {
            return new Scan(file, kept, records, problems, null, "", e.getMessage());
        }
    }
}
