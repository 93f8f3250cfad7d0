package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input, end to end through {@code tend import} at the real limits (50 MB,
 * 100,000 records, 10 MB photos): each is refused or reported with its reason, naming the file
 * and record, and what was stored before stays as it was.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;
    private Path db;

    @BeforeEach
    void storeOneContact() {
        db = tmp.resolve("t.db");
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            s.contacts().create(dev.tend.domain.Contact.builder().fullName("Schon Da").build());
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private long contacts() {
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL));
        }
    }

    private void assertRefused(Path file, String reason) {
        assertThat(run("import", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(file.getFileName() + ": " + reason).contains("Nothing imported.");
        assertThat(contacts()).as("nothing stored").isEqualTo(1);
    }

    @Test
    void oneBrokenCardAmongGoodOnesIsReportedWithItsNumberAndTheGoodOnesImport() throws Exception {
        Path f = Files.writeString(tmp.resolve("fair.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                FN:Anna Schmidt
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:;;;;
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan Berg
                END:VCARD
                """, StandardCharsets.UTF_8);
        assertThat(run("import", f.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2").contains("rejected 1").contains("fair.vcf, card 2: ");
        assertThat(contacts()).isEqualTo(3);
    }

    @Test
    void anEmptyFileHasNoContacts() throws Exception {
        assertRefused(Files.createFile(tmp.resolve("empty.vcf")), "no contacts found");
        assertRefused(Files.writeString(tmp.resolve("blank.csv"), "\n\n"), "no contacts found");
    }

    @Test
    void binaryAndMislabelledFilesAreRefusedSayingWhatTheyAre() throws Exception {
        assertRefused(Files.write(tmp.resolve("contacts.vcf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(
                StandardCharsets.ISO_8859_1)), "contacts.vcf is a PDF document");
        assertRefused(Files.write(tmp.resolve("list.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}),
                "list.csv is a ZIP archive or Office document");
        assertRefused(Files.writeString(tmp.resolve("notes.docx"), "Dear diary"),
                "notes.docx is neither a vCard (.vcf) nor a CSV (.csv) file of contacts");
        assertRefused(Files.writeString(tmp.resolve("data.json"), "{\"name\": \"not ours\"}"),
                "data.json is JSON, but not a Tend export");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefused() throws Exception {
        Path big = tmp.resolve("huge.vcf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1); // sparse: no 50 MB written
        }
        assertRefused(big, "huge.vcf is larger than 50 MB; split it into smaller files");
    }

    @Test
    void moreThanOneHundredThousandRecordsAreRefused() throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 0; i <= 100_000; i++) {
            csv.append("A,B").append(i).append(",a").append(i).append("@example.org\n");
        }
        assertRefused(Files.writeString(tmp.resolve("many.csv"), csv), "many.csv has more than 100,000 contacts");
    }

    @Test
    void aPhotoOverTenMegabytesIsLeftOutNamingTheCard() throws Exception {
        byte[] photo = new byte[10 * 1024 * 1024 + 1];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        Path f = Files.writeString(tmp.resolve("photo.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Big\r\n"
                + "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(photo) + "\r\nEND:VCARD\r\n");
        assertThat(run("import", f.toString())).isZero();
        assertThat(out.toString()).contains("Imported 1")
                .contains("photo.vcf, card 1: the photo is larger than 10 MB and was left out");
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            long ann = s.contacts().ids(ContactQuery.text("Ann Big")).get(0);
            assertThat(s.contacts().photo(ann)).isEmpty();
        }
    }
}
