package dev.tend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.importer.ColumnMapping.Field;
import dev.tend.importer.ColumnMapping.Target;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private final CsvReader reader = new CsvReader();

    private static SourceRef line(String file, int n) {
        return new SourceRef(file, SourceRef.Kind.LINE, n);
    }

    @Test
    void linkedInConnectionsAfterTheNotesPreamble() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("Connections.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.LINKEDIN);
        assertThat(f.records()).extracting(ImportRecord::source)
                .containsExactly(line("Connections.csv", 5), line("Connections.csv", 6), line("Connections.csv", 7));
        assertThat(f.records().get(0).contact()).isEqualTo(Contact.builder()
                .givenName("Anna").familyName("Schröder").organisation("Nordlicht Maschinenbau GmbH")
                .title("Leiterin Export").url("https://www.linkedin.com/in/annaschroeder")
                .howMet(HowMet.ONLINE).firstMet(LocalDate.of(2024, 3, 15)).build());
        assertThat(f.records().get(1).contact()).isEqualTo(Contact.builder()
                .givenName("Tom").familyName("O'Neill").organisation("Acme, Inc.").title("VP Sales")
                .email("tom.oneill@example.com").url("https://www.linkedin.com/in/tomoneill")
                .howMet(HowMet.ONLINE).firstMet(LocalDate.of(2023, 1, 2)).build());
        // the older "15-Mar-24" form
        assertThat(f.records().get(2).contact().firstMet()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(f.records().get(2).contact().title()).isEqualTo("Head of R&D, Sensors");
        assertThat(f.problems()).containsExactly(ImportProblem.of(line("Connections.csv", 8), "line.empty",
                "the line has no name, company, email or phone"));
    }

    @Test
    void googleCsvWithMultiValueCellsAndAMultiLineAddress() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("google-contacts.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.GOOGLE);
        assertThat(f.records().get(0).source()).isEqualTo(line("google-contacts.csv", 2));
        assertThat(f.records().get(0).contact()).isEqualTo(Contact.builder()
                .givenName("Anna").familyName("Schröder").fullName("Anna Schröder")
                .organisation("Nordlicht Maschinenbau GmbH").department("Vertrieb").title("Leiterin Export")
                .emails(List.of(new Email("anna.schroeder@nordlicht.example", "work"),
                        new Email("anna@nordlicht.example", "work"), new Email("anna@privat.example", "home")))
                .phones(List.of(new Phone("+49 171 2345678", "+491712345678", "mobile"),
                        new Phone("0511 7654321", "+495117654321", "work")))
                .address(new PostalAddress("work", "Königstraße 12", "30159", "Hannover", null, "Deutschland"))
                .url("https://www.xing.com/profile/Anna_Schroeder")
                .birthday(LocalDate.of(1984, 3, 15)).notes("Booth B12\nwants a quote")
                .tags(List.of("Hannover Messe")).build());
        // Anna's address and notes span lines 2 to 5, so Tom starts on line 6
        assertThat(f.records().get(1).source()).isEqualTo(line("google-contacts.csv", 6));
        assertThat(f.records().get(1).contact()).isEqualTo(Contact.builder()
                .givenName("Tom").familyName("O'Neill").fullName("Tom O'Neill")
                .emails(List.of(new Email("tom.oneill@example.com", "other")))
                .phones(List.of(new Phone("+1 415-555-0132", "+14155550132", "work"),
                        new Phone("(415) 555-0199", "+14155550199", "work")))
                .build());
        assertThat(f.problems()).containsExactly(ImportProblem.of(line("google-contacts.csv", 7), "line.unclosedQuote",
                "this line and the rest of the file cannot be read: a quoted field is not closed"));
    }

    @Test
    void googleCsvNewerHeaderVariant() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("google-contacts-new.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.GOOGLE);
        assertThat(f.problems()).isEmpty();
        assertThat(f.records()).singleElement().extracting(ImportRecord::contact).isEqualTo(Contact.builder()
                .givenName("Lukas Johann").familyName("Huber").namePrefix("Mag.").organisation("Alpen Sensorik AG")
                .title("CTO").emails(List.of(new Email("lukas.huber@alpen-sensorik.example", "work")))
                .phones(List.of(new Phone("01 5880 1234", "+43158801234", "work")))
                .address(new PostalAddress("work", "Mariahilfer Straße 99", "1060", "Wien", null, "Österreich"))
                .url("https://www.alpen-sensorik.example").tags(List.of("Messe")).build());
    }

    @Test
    void outlookEnglishInWindows1252() throws Exception {
        ParsedFile f = reader.read(Fixtures.path("outlook-en.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.OUTLOOK);
        assertThat(f.problems()).isEmpty();
        assertThat(f.records()).singleElement().extracting(ImportRecord::contact).isEqualTo(Contact.builder()
                .namePrefix("Mr.").givenName("José").familyName("García").organisation("Iberia Valves S.L.")
                .department("Export").title("Sales Manager").email("jose.garcia@iberia-valves.example")
                // Spain from the international mobile; Outlook's "0/0/00" is no birthday
                .phones(List.of(new Phone("912 345 679", "+34912345679", "fax"),
                        new Phone("912 345 678", "+34912345678", "work"),
                        new Phone("+34 612 34 56 78", "+34612345678", "mobile")))
                .address(new PostalAddress("work", "Calle Mayor 10, Planta 2", "28013", "Madrid", null, "Spain"))
                .url("https://www.iberia-valves.example").notes("Met at the fair, \"valves\" booth")
                .tags(List.of("Messe", "Spanien")).build());
    }

    @Test
    void outlookGermanWithSemicolonsUmlautsAndASwissAddress() throws Exception {
        CsvReader.Layout layout = reader.layout(Fixtures.path("outlook-de.csv"));
        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.charset()).isEqualTo(FileText.WINDOWS_1252);

        ParsedFile f = reader.read(Fixtures.path("outlook-de.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.OUTLOOK);
        assertThat(f.problems()).isEmpty();
        assertThat(f.records()).hasSize(2);
        assertThat(f.records().get(0).contact()).isEqualTo(Contact.builder()
                .namePrefix("Herr").givenName("Jürgen").familyName("Bäcker-Weiß").organisation("Zürcher Präzision AG")
                .department("Qualitätssicherung").title("Leiter Qualität")
                .email("juergen.baecker@zuerich-praezision.example")
                .phones(List.of(new Phone("044 123 45 67", "+41441234567", "work"),
                        new Phone("079 765 43 21", "+41797654321", "mobile")))
                .address(new PostalAddress("work", "Bahnhofstrasse 1", "8001", "Zürich", null, "Schweiz"))
                .url("https://www.zuerich-praezision.example").birthday(LocalDate.of(1984, 3, 15))
                .notes("Kennt Anna; will Angebot bis Mai").tags(List.of("Messe")).build());
        assertThat(f.records().get(1).contact()).isEqualTo(Contact.builder()
                .givenName("Ünal").familyName("Öztürk").organisation("Öztürk Logistik GmbH")
                .phones(List.of(new Phone("0511 998877", "+49511998877", "work"))).build());
    }

    @Test
    void excelListWithBomAndGermanHeaders() throws Exception {
        CsvReader.Layout layout = reader.layout(Fixtures.path("messe-liste.csv"));
        assertThat(layout.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(layout.headers().get(0)).isEqualTo("Nachname");

        ParsedFile f = reader.read(Fixtures.path("messe-liste.csv"), "DE");

        assertThat(f.format()).isEqualTo(CsvReader.GENERIC);
        assertThat(f.records()).singleElement().extracting(ImportRecord::contact).isEqualTo(Contact.builder()
                .familyName("Schmidt").givenName("Petra").organisation("Schmidt & Partner").namePrefix("Dr.")
                .email("petra@schmidt-partner.example")
                .phones(List.of(new Phone("0511 223344", "+49511223344", null),
                        new Phone("0160 1122334", "+491601122334", "mobile")))
                .address(new PostalAddress(null, "Lange Laube 3", "30159", "Hannover", null, "Deutschland"))
                .url("schmidt-partner.example").notes("Stand C04").build());
        assertThat(f.problems()).containsExactly(ImportProblem.of(line("messe-liste.csv", 3), "line.empty",
                "the line has no name, company, email or phone"));
    }

    @Test
    void tabSeparatedText() throws Exception {
        CsvReader.Layout layout = reader.layout(Fixtures.path("kontakte.txt"));
        assertThat(layout.delimiter()).isEqualTo('\t');

        assertThat(reader.read(Fixtures.path("kontakte.txt"), "DE").records()).singleElement()
                .extracting(ImportRecord::contact).isEqualTo(Contact.builder().fullName("Grace Hopper")
                        .organisation("Navy Labs").email("grace@example.org")
                        .phones(List.of(new Phone("+1 202 555 0147", "+12025550147", null))).build());
    }

    @Test
    void delimiterDetection() throws Exception {
        assertThat(reader.layout(write("c.csv", "Name,Email\nAnn;Lee,a@x.example\n")).delimiter()).isEqualTo(',');
        assertThat(reader.layout(write("s.csv", "Name;Email\n\"Lee, Ann\";a@x.example\n")).delimiter()).isEqualTo(';');
        assertThat(reader.layout(write("t.csv", "Name\tEmail\nAnn, Lee\ta@x.example\n")).delimiter()).isEqualTo('\t');
        assertThat(reader.read(write("s2.csv", "Name;Email\n\"Lee, Ann\";a@x.example\n"), "DE").records().get(0)
                .contact().fullName()).isEqualTo("Lee, Ann");
    }

    @Test
    void encodingDetection() throws Exception {
        String text = "Vorname,Nachname\nJörg,Grün\n";
        assertThat(readName(bytes(text, StandardCharsets.UTF_8, new byte[0]), StandardCharsets.UTF_8)).isEqualTo("Jörg Grün");
        assertThat(readName(bytes(text, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                StandardCharsets.UTF_8)).isEqualTo("Jörg Grün");
        assertThat(readName(bytes(text, FileText.WINDOWS_1252, new byte[0]), FileText.WINDOWS_1252))
                .isEqualTo("Jörg Grün");
        assertThat(readName(bytes(text, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                StandardCharsets.UTF_16LE)).isEqualTo("Jörg Grün");
        // Windows-1252's own letters (€ is 0x80, not valid UTF-8)
        assertThat(readName(bytes("Vorname,Nachname\n€uro,Štefan\n", FileText.WINDOWS_1252, new byte[0]),
                FileText.WINDOWS_1252)).isEqualTo("€uro Štefan");
    }

    private String readName(byte[] content, Charset expected) throws Exception {
        Path p = dir.resolve("enc.csv");
        Files.write(p, content);
        assertThat(reader.layout(p).charset()).isEqualTo(expected);
        Contact c = reader.read(p, "DE").records().get(0).contact();
        return c.givenName() + " " + c.familyName();
    }

    private static byte[] bytes(String text, Charset cs, byte[] bom) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void aUsersColumnMappingForAnUnknownLayout() throws Exception {
        Path p = write("odd.csv", "Wer,Wo,Erreichbar\nAnn Lee,Acme,ann@acme.example\n");
        assertThatThrownBy(() -> reader.read(p, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("odd.csv is not a contacts CSV file: no column header names a name, company, email or phone");

        ColumnMapping mapping = ColumnMapping.of(Map.of(0, Target.of(Field.FULL_NAME), 1, Target.of(Field.ORGANISATION),
                2, new Target(Field.EMAIL, "work", "e")));
        // the layout still has to be found: through the header suggestion it fails, so give a header it knows
        Path q = write("odd2.csv", "Name,Wo,Erreichbar\nAnn Lee,Acme,ann@acme.example\n");
        ParsedFile f = reader.read(q, "DE", mapping);

        assertThat(f.records()).singleElement().extracting(ImportRecord::contact).isEqualTo(Contact.builder()
                .fullName("Ann Lee").organisation("Acme").emails(List.of(new Email("ann@acme.example", "work")))
                .build());
        assertThatThrownBy(() -> reader.read(q, "DE", ColumnMapping.of(Map.of(1, Target.of(Field.NOTES)))))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("odd2.csv: no column is mapped to a name, company, email or phone");
    }

    @Test
    void emptyHeaderOnlyBinaryAndLimits() throws Exception {
        assertThatThrownBy(() -> reader.read(write("e.csv", ""), "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("e.csv: no contacts found (the file is empty)");
        assertThatThrownBy(() -> reader.read(write("h.csv", "First Name,Last Name,Email\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("h.csv: no contacts found (only a header line)");
        Path zip = dir.resolve("book.csv");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertThatThrownBy(() -> reader.read(zip, "DE")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("book.csv is a ZIP archive or Office document (save it as CSV first), "
                        + "not a vCard or CSV file of contacts");
        CsvReader limited = new CsvReader(new Limits(200, 2, 1024));
        assertThat(limited.read(write("two.csv", "Name\nA\nB\n\n"), "DE").records()).hasSize(2);
        assertThatThrownBy(() -> limited.read(write("three.csv", "Name\nA\nB\nC\n"), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("three.csv has more than 2 contacts; split it into smaller files");
        assertThatThrownBy(() -> limited.read(write("wide.csv", "Name\n" + "A\n".repeat(150)), "DE"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("wide.csv is larger than 200 bytes; split it into smaller files");
    }

    @Test
    void oneColumnNameFileIsAContactList() throws Exception {
        // a name column alone is enough; empty cells are empty fields
        Path p = write("names.csv", "Name,E-Mail\nAnn,\nBob,bob@example.com\n");
        assertThat(reader.read(p, "DE").records()).extracting(r -> r.contact().displayName())
                .containsExactly("Ann", "Bob");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
