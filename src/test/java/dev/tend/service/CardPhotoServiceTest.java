package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Email;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardImages;
import dev.tend.importer.card.CardImages.Placement;
import dev.tend.importer.card.CardReader;
import dev.tend.importer.card.CardReader.Scan;
import dev.tend.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving reviewed cards through the import, and the "needs review" queue, on a real database. */
class CardPhotoServiceTest {
    private static final String VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Jürgen;;;\r\nFN:Jürgen Weber\r\n"
            + "EMAIL:juergen.weber@hansa-dt.de\r\nEND:VCARD\r\n";

    @TempDir
    Path tmp;
    TendServices services;
    CardPhotoService cards;

    @BeforeEach
    void open() {
        services = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY);
        cards = services.cards();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Scan badge() throws UnreadableFileException {
        Path file = CardImages.png(CardImages.photo(600, 500, 1, Placement.plain(CardImages.qr(VCARD, 4), 80, 80)),
                tmp.resolve("badge.png"));
        return cards.scan(file, "DE", false);
    }

    @Test
    void aReviewedCardIsAnImportOfItsOwnThatMergesDuplicatesAndCanBeUndone() throws Exception {
        long stored = services.contacts().create(Contact.builder().givenName("Jürgen").familyName("Weber")
                .emails(List.of(Email.of("juergen.weber@hansa-dt.de"))).build()).id();
        Scan scan = badge();
        Contact reviewed = scan.codes().get(0).contact().toBuilder().organisation("Hansa Datentechnik GmbH").build();
        ImportReport report = cards.save(scan, reviewed, new ImportOptions(null, "Hannover Messe", List.of()));
        assertThat(report.merged()).isEqualTo(1);
        Contact merged = services.contacts().get(stored);
        assertThat(merged.organisation()).isEqualTo("Hansa Datentechnik GmbH");
        assertThat(merged.metAtEventId()).isNotNull();
        assertThat(services.contacts().photo(stored)).isPresent();
        assertThat(services.imports().batches().get(0).format()).isEqualTo(CardPhotoService.FORMAT);
        services.imports().undo(report.batchId());
        assertThat(services.contacts().get(stored).organisation()).isNull();
        assertThat(services.contacts().photo(stored)).isEmpty();
    }

    @Test
    void proposalsFromPrintedTextWaitForReviewUntilMarked() throws Exception {
        Scan scan = badge();
        Contact proposal = Contact.builder().givenName("Lena").familyName("Richter")
                .emails(List.of(Email.of("lena.richter@nordwind-logistik.de"))).build();
        Scan printed = new Scan(scan.file(), scan.photo(), List.of(), List.of(), proposal, "Lena Richter …", null);
        ParsedFile file = cards.toImport(printed);
        assertThat(file.records()).singleElement().satisfies(r -> {
            assertThat(r.contact().tags()).containsExactly(CardPhotoService.NEEDS_REVIEW);
            assertThat(r.source().toString()).isEqualTo("badge.png, printed text");
        });
        services.imports().apply(services.imports().preview(List.of(file), ImportOptions.NONE), java.util.Map.of());
        List<ContactSummary> waiting = cards.needsReview(10);
        assertThat(waiting).singleElement().extracting(ContactSummary::displayName).isEqualTo("Lena Richter");
        cards.markReviewed(waiting.get(0).id());
        assertThat(cards.needsReview(10)).isEmpty();
        cards.markUnreviewed(waiting.get(0).id());
        assertThat(cards.needsReview(10)).hasSize(1);
        // a code is exact: with one, the photo's printed text is not imported beside it
        assertThat(cards.toImport(new Scan(scan.file(), scan.photo(), scan.codes(), List.of(), proposal, "", null))
                .records()).singleElement().extracting(r -> r.contact().familyName()).isEqualTo("Weber");
        assertThat(cards.toImport(new Scan(scan.file(), scan.photo(), scan.codes(), List.of(), proposal, "", null))
                .format()).isEqualTo(CardReader.FORMAT);
    }

    @Test
    void aPhotoWithNothingInItIsRefusedSayingWhy() {
        Scan nothing = new Scan(tmp.resolve("desk.jpg"), null, List.of(), List.of(), null, "", null);
        assertThatThrownBy(() -> cards.toImport(nothing)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("desk.jpg: no QR code and no text found in the photo")
                .extracting(e -> ((UnreadableFileException) e).code()).isEqualTo("photo.nothing");
        Scan failed = new Scan(tmp.resolve("desk.jpg"), null, List.of(), List.of(), null, "", "Tesseract crashed");
        assertThatThrownBy(() -> cards.toImport(failed))
                .hasMessage("desk.jpg: no QR code found, and the printed text could not be read: Tesseract crashed");
    }
}
