package dev.tend.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.importer.card.CardImages.Person;
import dev.tend.importer.card.CardReader.Scan;
import dev.tend.importer.Phones;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated card photos through Tesseract and the field extraction; skipped where Tesseract is not installed. */
class OcrCardTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tesseractIsInstalled() {
        assumeTrue(Ocr.status().available(), () -> "Tesseract is not installed: " + Ocr.status().problem());
    }

    @ParameterizedTest(name = "card {0}, layout {1}, {2}")
    @CsvSource({
        "0, 0, DejaVu Sans",
        "1, 1, Liberation Serif",
        "2, 2, Liberation Sans",
        "3, 2, DejaVu Serif",
        "4, 0, DejaVu Sans Condensed",
        "5, 1, DejaVu Sans"})
    void theFieldsOfAGeneratedCardAreProposed(int i, int layout, String font) throws Exception {
        Person p = CardImages.person(i, new Random(100 + i));
        Path file = CardImages.jpeg(CardImages.card(p, layout, font, 2, 100 + i), dir.resolve("card" + i + ".jpg"), 1);
        Scan scan = CardReader.scan(file, "DE", true);
        Contact c = scan.printed();
        assertThat(c).as(scan.text()).isNotNull();
        assertThat(c.emails()).as(scan.text()).extracting(Email::address).containsExactly(p.email());
        assertThat(c.phones()).as(scan.text()).extracting(Phone::e164).contains(e164(p.phone()));
        if (p.mobile() != null) {
            assertThat(c.phones()).as(scan.text()).extracting(Phone::e164).contains(e164(p.mobile()));
        }
        assertThat(c.givenName()).as(scan.text()).isEqualTo(p.given());
        assertThat(c.familyName()).as(scan.text()).isEqualTo(p.family());
        assertThat(c.namePrefix()).as(scan.text()).isEqualTo(p.prefix());
        assertThat(c.organisation()).as(scan.text()).isEqualTo(p.organisation());
        assertThat(c.title()).as(scan.text()).isEqualTo(p.position());
        assertThat(c.addresses()).as(scan.text()).hasSize(1);
        assertThat(c.addresses().get(0).postalCode()).isEqualTo(p.postcode());
        assertThat(c.addresses().get(0).city()).isEqualTo(p.city());
    }

    @Test
    void aCardPhotographedSidewaysIsReadUpright() throws Exception {
        Person p = CardImages.person(1, new Random(42));
        Path file = CardImages.jpeg(CardImages.turned(CardImages.card(p, 0, "DejaVu Sans", 1, 42), 3),
                dir.resolve("IMG_2001.JPG"), 6);
        Contact c = CardReader.scan(file, "DE", true).printed();
        assertThat(c.emails()).extracting(Email::address).containsExactly(p.email());
        assertThat(c.familyName()).isEqualTo(p.family());
    }

    @Test
    void aPhotoWithoutTextOrCodeSaysSo() throws Exception {
        Path blank = CardImages.jpeg(CardImages.photo(1200, 800, 9), dir.resolve("desk.jpg"), 1);
        Scan scan = CardReader.scan(blank, "DE", true);
        assertThat(scan.foundNothing()).isTrue();
        assertThat(scan.ocrProblem()).isNull();
        assertThat(dev.tend.service.CardPhotoService.nothingFound(scan))
                .isEqualTo("no QR code and no text found in the photo");
    }

    private static String e164(String raw) {
        return Phones.toE164(raw, "DE").orElseThrow();
    }
}
