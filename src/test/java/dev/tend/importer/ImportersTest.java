package dev.tend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
    @TempDir
    Path dir;

    @Test
    void everyFixtureIsReadByTheRightReader() throws Exception {
        assertThat(Importers.read(Fixtures.path("apple-contacts.vcf"), "DE").format()).isEqualTo(VCardReader.FORMAT);
        assertThat(Importers.read(Fixtures.path("Connections.csv"), "DE").format()).isEqualTo(CsvReader.LINKEDIN);
        assertThat(Importers.read(Fixtures.path("kontakte.txt"), "DE").format()).isEqualTo(CsvReader.GENERIC);
    }

    @Test
    void contentDecidesOverTheName() throws Exception {
        Path vcardAsCsv = write("export.csv", "\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n");
        Path vcardAsDat = write("export.dat", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n");

        assertThat(Importers.read(vcardAsCsv, "DE").format()).isEqualTo(VCardReader.FORMAT);
        assertThat(Importers.read(vcardAsDat, "DE").records()).hasSize(1);
    }

    @Test
    void mislabelledFilesGetAClearMessage() throws Exception {
        assertThatThrownBy(() -> Importers.read(write("list.vcf", "Name,Email\nAnn,a@example.com\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("list.vcf is not a vCard file: no contacts found (no BEGIN:VCARD line)");
        assertThatThrownBy(() -> Importers.read(write("notes.docx", "Hello"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("notes.docx is neither a vCard (.vcf) nor a CSV (.csv) file of contacts, nor a Tend export (.json), nor a photo (.jpg, .png)");
        assertThatThrownBy(() -> Importers.read(write("letter.txt", "Dear Ann,\nthanks for the visit.\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("letter.txt is not a contacts CSV file: no column header names a name, company, email or phone");
        Path jpeg = dir.resolve("card.vcf");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        assertThatThrownBy(() -> Importers.read(jpeg, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("card.vcf is a JPEG image, not a vCard or CSV file of contacts");
    }

    /** The codes a window translates, with the arguments it fills in (the file name it shows itself). */
    @Test
    void unreadableFilesCarryACodeForTheWindow() throws Exception {
        assertThatThrownBy(() -> Importers.read(write("list.vcf", "Name,Email\nAnn,a@example.com\n"), "DE"))
                .extracting("code").isEqualTo("file.notVCard");
        assertThatThrownBy(() -> Importers.read(write("notes.docx", "Hello"), "DE"))
                .extracting("code").isEqualTo("file.unknownFormat");
        assertThatThrownBy(() -> Importers.read(write("letter.txt", "Dear Ann,\nthanks.\n"), "DE"))
                .extracting("code").isEqualTo("file.noHeader");
        assertThatThrownBy(() -> Importers.read(write("e.csv", ""), "DE")).extracting("code").isEqualTo("file.empty");
        assertThatThrownBy(() -> Importers.read(dir.resolve("missing.vcf"), "DE"))
                .extracting("code").isEqualTo("file.missing");
        assertThatThrownBy(() -> new Importers(new Limits(10, 10, 10))
                .readFile(write("x.vcf", "BEGIN:VCARD\nFN:A\nEND:VCARD\n"), "DE"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("file.tooLarge");
                    assertThat(e.args()).containsExactly("10 bytes");
                });
    }

    @Test
    void emptyAndTooLargeFiles() throws Exception {
        assertThatThrownBy(() -> Importers.read(write("e.csv", ""), "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("e.csv: no contacts found (the file is empty)");
        Importers small = new Importers(new Limits(10, 10, 10));
        assertThatThrownBy(() -> small.readFile(write("x.vcf", "BEGIN:VCARD\nFN:A\nEND:VCARD\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("x.vcf is larger than 10 bytes; split it into smaller files");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
