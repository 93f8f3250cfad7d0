package dev.tend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VCardReaderTest {
    /** The JPEG the fixture generator puts into the Apple and Android cards. */
    static final byte[] FIXTURE_JPEG = fixtureJpeg();

    @TempDir
    Path dir;

    private final VCardReader reader = new VCardReader();

    private static byte[] fixtureJpeg() {
        byte[] comment = "Tend import fixture photo ".repeat(4).getBytes(StandardCharsets.US_ASCII);
        byte[] head = java.util.HexFormat.of().parseHex("FFD8FFE000104A46494600010100000100010000");
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.writeBytes(comment);
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    @Test
    void appleContactsVCard30WithLabelsSocialProfilesAndPhoto() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("apple-contacts.vcf"), "US");

        assertThat(f.format()).isEqualTo("vCard");
        assertThat(f.problems()).isEmpty();
        assertThat(f.records()).hasSize(2);
        ImportRecord anna = f.records().get(0);
        assertThat(anna.source()).isEqualTo(new SourceRef("apple-contacts.vcf", SourceRef.Kind.CARD, 1));
        assertThat(anna.contact()).isEqualTo(Contact.builder()
                .givenName("Anna Maria").familyName("Schröder").fullName("Dr. Anna Maria Schröder").namePrefix("Dr.")
                .organisation("Nordlicht Maschinenbau GmbH").department("Vertrieb, Export, Region Nord")
                .title("Leiterin Export")
                .emails(List.of(new Email("anna.schroeder@nordlicht.example", "work"),
                        new Email("anna@messe-privat.example", "Messe")))
                // the national 0511 number is German because the card's mobile is +49, though the user is in the US
                .phones(List.of(new Phone("+49 171 2345678", "+491712345678", "mobile"),
                        new Phone("0511 7654321", "+495117654321", "work"),
                        new Phone("+49 (0)30 1234567", "+49301234567", "other")))
                .address(new PostalAddress("work", "Königstraße 12", "30159", "Hannover", "Niedersachsen",
                        "Deutschland"))
                .urls(List.of(new WebLink("https://www.nordlicht.example", UrlKind.WEBSITE),
                        new WebLink("http://www.linkedin.com/in/annaschroeder", UrlKind.LINKEDIN),
                        new WebLink("https://www.xing.com/profile/Anna_Schroeder", UrlKind.XING)))
                .birthday(LocalDate.of(1984, 3, 15))
                .notes("Met at booth B12, hall 27; wants a quote for 3 presses.\nFollow up in April.")
                .tags(List.of("Hannover Messe", "Kunden"))
                .build());
        assertThat(anna.photo().mimeType()).isEqualTo("image/jpeg");
        assertThat(anna.photo().data()).isEqualTo(FIXTURE_JPEG);

        ImportRecord lukas = f.records().get(1);
        assertThat(lukas.source().number()).isEqualTo(2);
        assertThat(lukas.photo()).isNull();
        assertThat(lukas.contact()).isEqualTo(Contact.builder()
                .givenName("Lukas").familyName("Huber").fullName("Lukas Huber").organisation("Alpen Sensorik AG")
                // no international number on the card: its Austrian address decides
                .phones(List.of(new Phone("01 5880 1234", "+43158801234", "work")))
                .address(new PostalAddress("work", "Mariahilfer Straße 99", "1060", "Wien", null, "Österreich"))
                .build());
    }

    @Test
    void androidVCard21WithQuotedPrintableCharsetsAndSoftLineBreaks() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("android-samsung.vcf"), "DE");

        assertThat(f.problems()).isEmpty();
        assertThat(f.records()).hasSize(2);
        ImportRecord juergen = f.records().get(0);
        assertThat(juergen.contact()).isEqualTo(Contact.builder()
                .givenName("Jürgen").familyName("Müller").fullName("Jürgen Müller")
                .organisation("Bäckerei Müller GmbH").department("Geschäftsführung").title("Geschäftsführer")
                .emails(List.of(new Email("juergen.mueller@baeckerei-mueller.example", "work"),
                        new Email("j.mueller@example.de", "home")))
                .phones(List.of(new Phone("0171 9876543", "+491719876543", "mobile"),
                        new Phone("+49 (0)30 12345678", "+493012345678", "work"),
                        new Phone("030 12345679", "+493012345679", "fax")))
                .address(new PostalAddress("work", "Hauptstraße 5", "10115", "Berlin", null, "Deutschland"))
                .url("http://www.baeckerei-mueller.example")
                .birthday(LocalDate.of(1975, 11, 2))
                .notes("Lieferant für Brötchen, sehr zuverlässig; möchte Messe-Rabatt.")
                .build());
        assertThat(juergen.photo().data()).isEqualTo(FIXTURE_JPEG);
        assertThat(juergen.photo().mimeType()).isEqualTo("image/jpeg");

        // CHARSET=ISO-8859-1; a Swiss landline makes the national mobile Swiss, not German
        assertThat(f.records().get(1).contact()).isEqualTo(Contact.builder()
                .givenName("Björn").familyName("Weiß").fullName("Björn Weiß")
                .phones(List.of(new Phone("+41 44 123 45 67", "+41441234567", "home"),
                        new Phone("079 123 45 67", "+41791234567", "mobile")))
                .build());
    }

    @Test
    void cardScannerExportKeepsTheGoodCardsAndNamesTheBrokenOnes() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("card-scanner.vcf"), "DE");

        assertThat(f.records()).extracting(r -> r.source().number()).containsExactly(1, 3);
        assertThat(f.problems()).containsExactly(
                ImportProblem.of(new SourceRef("card-scanner.vcf", SourceRef.Kind.CARD, 2), "card.noEnd",
                        "the card ends without END:VCARD and was left out"),
                ImportProblem.of(new SourceRef("card-scanner.vcf", SourceRef.Kind.CARD, 4), "card.empty",
                        "the card has no name, organisation, email or phone"));
        assertThat(f.records().get(0).contact()).isEqualTo(Contact.builder()
                .givenName("Max").familyName("Mustermann").fullName("Max Mustermann")
                .organisation("Muster & Söhne KG").title("Einkauf; Logistik")
                .emails(List.of(new Email("max@muster-soehne.example", "work")))
                .phones(List.of(new Phone("+49-511-1234567", "+495111234567", "work"),
                        new Phone("0172 5556667", "+491725556667", "mobile")))
                .url("https://www.xing.com/profile/Max_Mustermann")
                .build());
        assertThat(f.records().get(0).contact().urls().get(0).kind()).isEqualTo(UrlKind.XING);
        // vCard 4.0, escaped comma in ORG; France from the address although the user is in Germany
        assertThat(f.records().get(1).contact()).isEqualTo(Contact.builder()
                .givenName("Jean").familyName("Dupont").fullName("Jean Dupont")
                .organisation("Société Exemple SA").department("R&D, Capteurs")
                .phones(List.of(new Phone("01 23 45 67 89", "+33123456789", "work")))
                .address(new PostalAddress("work", "12 rue de la Paix", "75002", "Paris", null, "France"))
                .build());
    }

    @Test
    void aNationalNumberAloneTakesTheUsersRegion() throws Exception {
        Path p = write("one.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nTEL:(415) 555-0132\nEND:VCARD\n");

        assertThat(reader.read(p, "US").records().get(0).contact().phones())
                .containsExactly(new Phone("(415) 555-0132", "+14155550132", null));
        assertThat(reader.read(p, "DE").records().get(0).contact().phones().get(0).e164())
                .isNotEqualTo("+14155550132");
    }

    @Test
    void aCardFileEndingInsideACardReportsThatCard() throws Exception {
        Path p = write("cut.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B");

        ParsedFile f = reader.read(p, "DE");

        assertThat(f.records()).extracting(r -> r.contact().fullName()).containsExactly("A");
        assertThat(f.problems()).extracting(ImportProblem::source)
                .containsExactly(new SourceRef("cut.vcf", SourceRef.Kind.CARD, 2));
    }

    @Test
    void emptyFilesAndFilesWithoutCardsHaveNoContacts() throws Exception {
        assertThatThrownBy(() -> reader.read(write("empty.vcf", ""), "DE"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty.vcf: no contacts found (the file is empty)");
        assertThatThrownBy(() -> reader.read(write("blank.vcf", "\r\n  \r\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("blank.vcf: no contacts found");
    }

    @Test
    void mislabelledAndBinaryFilesAreRefusedWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> reader.read(write("list.vcf", "Name,Email\nAnn,ann@example.com\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("list.vcf is not a vCard file: no contacts found (no BEGIN:VCARD line)");
        Path pdf = dir.resolve("scan.vcf");
        Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(pdf, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("scan.vcf is a PDF document, not a vCard or CSV file of contacts");
        Path bin = dir.resolve("data.vcf");
        Files.write(bin, new byte[] {0x42, 0x45, 0x00, 0x01, 0x02, 0x03});
        assertThatThrownBy(() -> reader.read(bin, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("data.vcf is a binary file, not a vCard or CSV file of contacts")
                .extracting(e -> ((UnreadableFileException) e).file()).isEqualTo(bin);
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.vcf"), "DE"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("gone.vcf does not exist");
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws Exception {
        Path p = write("big.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:" + "x".repeat(2000) + "\nEND:VCARD\n");
        VCardReader small = new VCardReader(new Limits(1024, 100, 1024));

        assertThatThrownBy(() -> small.read(p, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("big.vcf is larger than 1 KB; split it into smaller files");
        assertThat(Limits.size(Limits.DEFAULT.maxFileBytes())).isEqualTo("50 MB");
    }

    @Test
    void moreCardsThanTheLimitAreRefused() throws Exception {
        String card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n";
        VCardReader three = new VCardReader(new Limits(1 << 20, 3, 1024));

        assertThat(three.read(write("three.vcf", card.repeat(3)), "DE").records()).hasSize(3);
        assertThatThrownBy(() -> three.read(write("four.vcf", card.repeat(4)), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("four.vcf has more than 3 contacts; split it into smaller files");
        assertThat(Limits.count(Limits.DEFAULT.maxRecords())).isEqualTo("100,000");
    }

    @Test
    void aPhotoOverTheLimitIsLeftOutWithAProblemNamingTheCard() throws Exception {
        byte[] big = new byte[3000];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        String b64 = Base64.getEncoder().encodeToString(big);
        Path p = write("photo.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + b64 + "\r\nEND:VCARD\r\n");
        VCardReader limited = new VCardReader(new Limits(1 << 20, 100, 2048));

        ParsedFile f = limited.read(p, "DE");

        assertThat(f.records()).extracting(r -> r.contact().fullName()).containsExactly("Ann", "Bob");
        assertThat(f.records().get(1).photo()).isNull();
        assertThat(f.problems()).containsExactly(ImportProblem.of(new SourceRef("photo.vcf", SourceRef.Kind.CARD, 2), "card.photoTooLarge",
                "the photo is larger than 2 KB and was left out; the contact was read without it", "2 KB"));
        assertThat(new VCardReader(new Limits(1 << 20, 100, 4096)).read(p, "DE").records().get(1).photo().data())
                .isEqualTo(big);
    }

    @Test
    void windows1252FileWithoutCharsetParameter() throws Exception {
        Path p = dir.resolve("ansi.vcf");
        Files.write(p, "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Gr\u00fcn;J\u00f6rg\r\nFN:J\u00f6rg Gr\u00fcn\r\nEND:VCARD\r\n"
                .getBytes(FileText.WINDOWS_1252));

        assertThat(reader.read(p, "DE").records().get(0).contact().fullName()).isEqualTo("Jörg Grün");
    }

    @Test
    void socialProfilesFromHandlesAndAddresses() throws Exception {
        Path p = write("social.vcf", String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ann",
                "X-SOCIALPROFILE;type=linkedin;x-user=annlee:x-apple:annlee",
                "X-SOCIALPROFILE;type=twitter:@annlee",
                "X-SOCIALPROFILE;type=xing:www.xing.com/profile/Ann_Lee",
                "X-SOCIALPROFILE;type=myspace:annlee",
                "URL:https://www.linkedin.com/in/annlee", "END:VCARD", ""));

        assertThat(reader.read(p, "DE").records().get(0).contact().urls()).extracting(WebLink::url).containsExactly(
                "https://www.linkedin.com/in/annlee", "https://twitter.com/annlee",
                "https://www.xing.com/profile/Ann_Lee");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
