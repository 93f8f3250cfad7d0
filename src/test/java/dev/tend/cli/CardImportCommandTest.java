package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.importer.card.CardImages;
import dev.tend.importer.card.CardImages.Placement;
import dev.tend.importer.card.Ocr;
import dev.tend.service.CardPhotoService;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardImportCommandTest {
    private static final String VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Jürgen;;;\r\nFN:Jürgen Weber\r\n"
            + "ORG:Hansa Datentechnik GmbH\r\nEMAIL:juergen.weber@hansa-dt.de\r\nTEL:+49 40 3344556\r\nEND:VCARD\r\n";
    private static final String MECARD = "MECARD:N:Carter,Emily;ORG:Kite Software Inc.;EMAIL:emily@kitesoftware.com;;";

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(tmp.resolve("t.db").toString());
        return cli.run(all.toArray(String[]::new));
    }

    private List<Contact> contacts() {
        try (TendServices s = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().ids(ContactQuery.all()).stream().map(s.contacts()::get).toList();
        }
    }

    private boolean hasPhoto(long id) {
        try (TendServices s = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().photo(id).isPresent();
        }
    }

    @Test
    void qrCodesInPhotosAreImportedAsTheyAreWithThePhotoAndTheEvent() {
        Path badge = CardImages.png(CardImages.photo(700, 600, 1, Placement.plain(CardImages.qr(VCARD, 4), 100, 100)),
                tmp.resolve("badge.png"));
        Path flyer = CardImages.jpeg(CardImages.photo(1400, 700, 2,
                Placement.plain(CardImages.qr(MECARD, 5), 80, 80),
                Placement.plain(CardImages.qr("https://example.com/booth", 5), 800, 80)), tmp.resolve("flyer.jpg"), 1);
        int code = run("import", badge.toString(), flyer.toString(), "--event", "Hannover Messe 2026");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported 2, merged 0, skipped 0, rejected 1.")
                .contains("flyer.jpg, code 2: the code holds no contact (a web address: https://example.com/booth)");
        List<Contact> stored = contacts();
        assertThat(stored).extracting(Contact::displayName).containsExactlyInAnyOrder("Jürgen Weber", "Emily Carter");
        assertThat(stored).allSatisfy(c -> {
            assertThat(c.metAtEventId()).isNotNull();
            assertThat(c.tags()).doesNotContain(CardPhotoService.NEEDS_REVIEW);
            assertThat(hasPhoto(c.id())).isTrue();
        });
        // the same badge again is a duplicate with nothing new
        assertThat(run("import", badge.toString())).isZero();
        assertThat(out.toString()).contains("Imported 0, merged 0, skipped 1");
    }

    @Test
    void aPhotoWithoutACodeSaysSoAndSuggestsOcr() {
        Path blank = CardImages.jpeg(CardImages.photo(800, 500, 3), tmp.resolve("blank.jpg"), 1);
        assertThat(run("import", blank.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Nothing imported.")
                .contains("blank.jpg: no QR code found in the photo; to read the printed text use OCR");
    }

    @Test
    void withOcrThePrintedCardIsImportedTaggedNeedsReview() {
        assumeTrue(Ocr.status().available(), () -> "Tesseract is not installed: " + Ocr.status().problem());
        CardImages.Person p = CardImages.person(0, new Random(7));
        Path card = CardImages.jpeg(CardImages.card(p, 0, "DejaVu Sans", 1.5, 7), tmp.resolve("card.jpg"), 1);
        int code = run("import", "--ocr", card.toString(), "--event", "it-sa");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Imported 1");
        Contact c = contacts().get(0);
        assertThat(c.tags()).contains(CardPhotoService.NEEDS_REVIEW);
        assertThat(c.emails().get(0).address()).isEqualTo(p.email());
        assertThat(c.familyName()).isEqualTo(p.family());
        assertThat(hasPhoto(c.id())).isTrue();
        Path blank = CardImages.jpeg(CardImages.photo(800, 500, 3), tmp.resolve("blank.jpg"), 1);
        assertThat(run("import", "--ocr", blank.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("blank.jpg: no QR code and no text found in the photo");
    }
}
