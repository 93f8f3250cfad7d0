package dev.tend.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.Phone;
import dev.tend.domain.UrlKind;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardImages.Placement;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrCodesTest {
    static final String VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Krüger;Sabine;;Dr.;\r\nFN:Dr. Sabine Krüger\r\n"
            + "ORG:Elbtal Energie SE;Netze\r\nTITLE:Leiterin Netzplanung\r\nTEL;TYPE=CELL:0171 9876543\r\n"
            + "EMAIL:sabine.krueger@elbtal-energie.de\r\nADR;TYPE=WORK:;;Am Sandtorkai 5;Hamburg;;20457;Deutschland\r\n"
            + "URL:https://www.linkedin.com/in/sabine-krueger\r\nEND:VCARD\r\n";
    static final String MECARD = "MECARD:N:Whitfield,James;ORG:Northgate Systems Ltd;TEL:+44 113 496 0123;"
            + "EMAIL:james@northgate-systems.co.uk;URL:https\\://northgate-systems.co.uk;;";
    static final String BIZCARD = "BIZCARD:N:Lukas;X:Becker;T:Einkaufsleiter;C:Brenner Maschinenbau AG;"
            + "A:Leopoldstraße 44, 80802 München;B:+49 89 2233445;M:+49 151 23456789;E:lukas.becker@brenner.de;;";

    @TempDir
    Path dir;

    @Test
    void aVCardCodeBecomesARecordWithThePhotoKept() throws Exception {
        Path file = CardImages.png(CardImages.photo(900, 700, 1, Placement.plain(CardImages.qr(VCARD, 5), 200, 120)),
                dir.resolve("badge.png"));
        ParsedFile parsed = Importers.read(file, "GB");
        assertThat(parsed.format()).isEqualTo(CardReader.FORMAT);
        assertThat(parsed.records()).hasSize(1);
        ImportRecord r = parsed.records().get(0);
        assertThat(r.source().toString()).isEqualTo("badge.png, code 1");
        Contact c = r.contact();
        assertThat(c.givenName()).isEqualTo("Sabine");
        assertThat(c.familyName()).isEqualTo("Krüger");
        assertThat(c.namePrefix()).isEqualTo("Dr.");
        assertThat(c.organisation()).isEqualTo("Elbtal Energie SE");
        assertThat(c.title()).isEqualTo("Leiterin Netzplanung");
        // the national number is read in the card's own country (its address), not the user's GB
        assertThat(c.phones()).extracting(Phone::e164).containsExactly("+491719876543");
        assertThat(c.urls().get(0).kind()).isEqualTo(UrlKind.LINKEDIN);
        assertThat(r.photo().mimeType()).isEqualTo("image/jpeg");
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(r.photo().data()));
        assertThat(kept.getWidth()).isEqualTo(900);
    }

    @Test
    void severalCodesInOnePhotoInEachFormatOneOfThemTurned() throws Exception {
        BufferedImage photo = CardImages.photo(2200, 1400, 2,
                Placement.plain(CardImages.qr(VCARD, 5), 80, 80),
                new Placement(CardImages.qr(MECARD, 5), 900, 200, 30, Color.BLACK, Color.WHITE),
                Placement.plain(CardImages.qr(BIZCARD, 5), 1550, 600));
        Path file = CardImages.jpeg(photo, dir.resolve("fair-table.jpg"), 1);
        ParsedFile parsed = Importers.read(file, "DE");
        assertThat(parsed.records()).extracting(r -> r.contact().displayName())
                .containsExactlyInAnyOrder("Dr. Sabine Krüger", "James Whitfield", "Lukas Becker");
        Contact james = contact(parsed, "James Whitfield");
        assertThat(james.givenName()).isEqualTo("James");
        assertThat(james.familyName()).isEqualTo("Whitfield");
        assertThat(james.organisation()).isEqualTo("Northgate Systems Ltd");
        assertThat(james.phones()).extracting(Phone::e164).containsExactly("+441134960123");
        assertThat(james.emails().get(0).address()).isEqualTo("james@northgate-systems.co.uk");
        Contact lukas = contact(parsed, "Lukas Becker");
        assertThat(lukas.givenName()).isEqualTo("Lukas");
        assertThat(lukas.familyName()).isEqualTo("Becker");
        assertThat(lukas.title()).isEqualTo("Einkaufsleiter");
        assertThat(lukas.organisation()).isEqualTo("Brenner Maschinenbau AG");
        assertThat(lukas.phones()).extracting(Phone::e164).containsExactlyInAnyOrder("+49892233445", "+4915123456789");
        assertThat(lukas.addresses().get(0).postalCode()).isEqualTo("80802");
        assertThat(lukas.addresses().get(0).city()).isEqualTo("München");
        assertThat(parsed.records()).allSatisfy(r -> assertThat(r.source().toString()).startsWith("fair-table.jpg, code "));
    }

    @Test
    void aSmallFaintCodeInAPhotoStoredSideways() throws Exception {
        // grey on grey (34 levels apart), 3 pixels a module, turned 8 degrees, and the phone stored
        // the photo sideways with EXIF orientation 6
        BufferedImage upright = CardImages.photo(1000, 700, 3,
                new Placement(CardImages.qr(MECARD, 3), 600, 400, 8, new Color(0x6A6A6A), new Color(0x8C8C8C)));
        Path file = CardImages.jpeg(CardImages.turned(upright, 3), dir.resolve("IMG_0042.JPG"), 6);
        ParsedFile parsed = Importers.read(file, "DE");
        assertThat(parsed.records()).extracting(r -> r.contact().displayName()).containsExactly("James Whitfield");
    }

    @Test
    void codesWithoutAContactAndPhotosWithoutCodesSaySo() {
        Path link = CardImages.png(CardImages.photo(600, 600, 4,
                Placement.plain(CardImages.qr("https://example.com/expo-2026", 5), 100, 100)), dir.resolve("flyer.png"));
        assertThatThrownBy(() -> Importers.read(link, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("flyer.png: the code holds no contact (a web address: https://example.com/expo-2026)");
        Path blank = CardImages.jpeg(CardImages.photo(800, 500, 5), dir.resolve("blank.jpg"), 1);
        assertThatThrownBy(() -> Importers.read(blank, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("blank.jpg: no QR code found in the photo; to read the printed text use OCR");
    }

    @Test
    void payloadsAreReadInEachForm() {
        assertThat(QrPayloads.read(MECARD, "DE").contact()).get()
                .extracting(Contact::familyName).isEqualTo("Whitfield");
        assertThat(QrPayloads.read("MECARD:N:Doe\\;Jr,John;;", "DE").contact()).get()
                .extracting(Contact::familyName).isEqualTo("Doe;Jr");
        assertThat(QrPayloads.read("WIFI:S:Messe;T:WPA;P:secret;;", "DE").reason()).contains("Wi-Fi settings");
        assertThat(QrPayloads.read("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD", "DE").contact()).isEmpty();
    }

    private static Contact contact(ParsedFile parsed, String name) {
        return parsed.records().stream().map(ImportRecord::contact).filter(c -> c.displayName().equals(name))
                .findFirst().orElseThrow();
    }
}
