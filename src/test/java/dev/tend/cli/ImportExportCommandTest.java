package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    private static final String CARDS = """
            BEGIN:VCARD
            VERSION:3.0
            N:Schmidt;Anna;;;
            FN:Anna Schmidt
            ORG:Acme GmbH;Sales
            EMAIL:anna@acme.de
            TEL:+49 511 123456
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            N:Berg;Jan;;;
            FN:Jan Berg
            EMAIL:not-an-address
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            N:Wolf;Kai;;;
            FN:Kai Wolf
            TEL:0170 1234567
            END:VCARD
            """;

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

    private Path write(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private List<Contact> contacts() {
        try (TendServices s = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().ids(ContactQuery.all().withArchived(ContactQuery.Archived.ALL)).stream()
                    .map(s.contacts()::get).toList();
        }
    }

    @Test
    void importPrintsAJsonReportWithCountsAndEachErrorAndAgainAddsNothing() throws Exception {
        Path f = write("fair.vcf", CARDS);
        assertThat(run("import", f.toString(), "--event", "Hannover Messe 2026", "--tag", "hm26", "--json"))
                .as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("merged").asInt()).isZero();
        assertThat(report.get("skipped").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("batch").isNumber()).isTrue();
        assertThat(report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asText()).isEqualTo("fair.vcf");
            assertThat(e.get("record").asInt()).isEqualTo(2);
            assertThat(e.get("message").asText()).contains("not-an-address");
        });
        assertThat(contacts()).extracting(Contact::displayName).containsExactlyInAnyOrder("Anna Schmidt", "Kai Wolf");
        assertThat(contacts()).allSatisfy(c -> assertThat(c.tags()).containsExactly("hm26"));

        assertThat(run("import", f.toString(), "--event", "Hannover Messe 2026", "--tag", "hm26", "--json")).isZero();
        JsonNode again = new ObjectMapper().readTree(out.toString());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        assertThat(again.get("batch").isNull()).isTrue();
        assertThat(contacts()).hasSize(2);
    }

    @Test
    void textReportNamesFileAndCard() throws Exception {
        Path f = write("fair.vcf", CARDS);
        assertThat(run("import", f.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2, merged 0, skipped 0, rejected 1.")
                .contains("fair.vcf, card 2: \"not-an-address\" is not a valid email address.");
    }

    @Test
    void dryRunStoresNothing() throws Exception {
        Path f = write("fair.vcf", CARDS);
        assertThat(run("import", "--dry-run", "--json", f.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(contacts()).isEmpty();
    }

    @Test
    void anUnreadableFileIsReportedTheOthersImportAndTheExitCodeIsOne() throws Exception {
        Path good = write("good.vcf", CARDS);
        Path empty = write("empty.vcf", "");
        Path missing = tmp.resolve("missing.vcf");
        assertThat(run("import", "--json", empty.toString(), good.toString(), missing.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        List<String> files = new ArrayList<>();
        report.get("errors").forEach(e -> files.add(e.get("file").asText()));
        assertThat(files).containsExactly("empty.vcf", "missing.vcf", "good.vcf");
        assertThat(report.get("errors").get(0).get("record").isNull()).isTrue();
        assertThat(report.get("errors").get(0).get("message").asText()).contains("no contacts found");
        assertThat(contacts()).hasSize(2);
    }

    @Test
    void historyListsTheImportAndUndoRemovesItsContactsOnce() throws Exception {
        Path f = write("fair.vcf", CARDS);
        assertThat(run("import", "--history")).isZero();
        assertThat(out.toString()).contains("No imports yet.");
        assertThat(run("import", "--json", f.toString())).isZero();
        long batch = new ObjectMapper().readTree(out.toString()).get("batch").asLong();

        assertThat(run("import", "--history", "--json")).as(err.toString()).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).singleElement().satisfies(b -> {
            assertThat(b.get("batch").asLong()).isEqualTo(batch);
            assertThat(b.get("files").asText()).isEqualTo("fair.vcf");
            assertThat(b.get("imported").asInt()).isEqualTo(2);
            assertThat(b.get("undoneAt").isNull()).isTrue();
        });

        assertThat(run("import", "--undo", Long.toString(batch))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Undid import " + batch + ": removed 2 contacts, restored 0.");
        assertThat(contacts()).isEmpty();
        assertThat(run("import", "--history")).isZero();
        assertThat(out.toString()).contains("fair.vcf: imported 2").contains("(undone ");

        assertThat(run("import", "--undo", Long.toString(batch))).isEqualTo(1);
        assertThat(err.toString()).contains("already undone");
        assertThat(run("import", "--undo", "999")).isEqualTo(1);
        assertThat(err.toString()).contains("Import 999 does not exist.");
    }

    @Test
    void filesAndHistoryTogetherOrNeitherAreAUsageError() throws Exception {
        Path f = write("fair.vcf", CARDS);
        assertThat(run("import")).isEqualTo(2);
        assertThat(err.toString()).contains("Give files to import, or --history, or --undo BATCH");
        assertThat(run("import", "--history", f.toString())).isEqualTo(2);
        assertThat(contacts()).isEmpty();
    }

    @Test
    void exportJsonHasTheVersionedShapeWithEveryField() throws Exception {
        run("import", write("fair.vcf", CARDS).toString(), "--event", "Fair", "--tag", "t");
        assertThat(run("export", "--format", "json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("format").asText()).isEqualTo("tend");
        assertThat(root.get("version").asInt()).isEqualTo(2);
        assertThat(root.get("events")).singleElement().satisfies(e -> assertThat(e.get("name").asText()).isEqualTo("Fair"));
        JsonNode anna = null;
        for (JsonNode c : root.get("contacts")) {
            if (c.get("fullName").asText().equals("Anna Schmidt")) {
                anna = c;
            }
        }
        assertThat(anna).isNotNull();
        assertThat(anna.get("organisation").asText()).isEqualTo("Acme GmbH");
        assertThat(anna.get("department").asText()).isEqualTo("Sales");
        assertThat(anna.get("phones").get(0).get("raw").asText()).isEqualTo("+49 511 123456");
        assertThat(anna.get("phones").get(0).get("e164").asText()).isEqualTo("+49511123456");
        assertThat(anna.get("emails").get(0).get("address").asText()).isEqualTo("anna@acme.de");
        assertThat(anna.get("howMet").asText()).isEqualTo("IN_PERSON");
        assertThat(anna.get("firstMet").asText()).isEqualTo(Fixtures.TODAY.toString());
        assertThat(anna.get("tags").get(0).asText()).isEqualTo("t");
        assertThat(anna.get("uid").asText()).isNotBlank();
        for (String field : List.of("id", "givenName", "familyName", "namePrefix", "title", "addresses", "urls",
                "birthday", "notes", "circle", "metAtEventId", "archived", "createdAt", "updatedAt")) {
            assertThat(anna.has(field)).as(field).isTrue();
        }
    }

    @Test
    void exportVCardIsVersion4WithTheContactsUid() throws Exception {
        run("import", write("fair.vcf", CARDS).toString());
        List<Contact> stored = contacts();
        assertThat(run("export", "--format", "vcf")).isZero();
        List<VCard> cards = Ezvcard.parse(out.toString()).all();
        assertThat(cards).hasSize(2).allSatisfy(v -> assertThat(v.getVersion()).isEqualTo(VCardVersion.V4_0));
        assertThat(cards).extracting(v -> v.getUid().getValue())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(c -> "urn:uuid:" + c.uid()).toList());
        VCard anna = cards.stream().filter(v -> v.getFormattedName().getValue().equals("Anna Schmidt")).findFirst()
                .orElseThrow();
        assertThat(anna.getOrganization().getValues()).containsExactly("Acme GmbH", "Sales");
        assertThat(anna.getEmails().get(0).getValue()).isEqualTo("anna@acme.de");
        // exporting again gives the same UIDs
        String first = out.toString();
        run("export", "--format", "vcf");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void exportedVCardImportsAsTheSameContacts() throws Exception {
        run("import", write("fair.vcf", CARDS).toString());
        Path vcf = tmp.resolve("out.vcf");
        assertThat(run("export", "--format", "vcf", "--out", vcf.toString())).isZero();
        assertThat(run("import", "--json", vcf.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("merged").asInt()).isZero();
        assertThat(report.get("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void csvGuardsFormulasAndJoinsValues() throws Exception {
        run("import", write("evil.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:=HYPERLINK("http://evil")
                ORG:@Acme
                TITLE:-Boss
                EMAIL:a@evil.de
                EMAIL:b@evil.de
                TEL:+49 30 1234567
                END:VCARD
                """).toString());
        assertThat(run("export", "--format", "csv")).as(err.toString()).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("uid,full_name,");
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", ",'@Acme,", ",'-Boss,",
                ",a@evil.de | b@evil.de,", ",'+49 30 1234567,");
    }

    @Test
    void anUnwritableOutPathIsReportedAndNothingIsWritten() throws Exception {
        run("import", write("fair.vcf", CARDS).toString());
        Path out = tmp.resolve("no-such-folder").resolve("x.json");
        assertThat(run("export", "--format", "json", "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot write", "x.json", "its folder does not exist");
        assertThat(out.getParent()).doesNotExist();

        Path existing = write("keep.json", "old");
        Path dirAsFile = tmp.resolve("adir");
        Files.createDirectory(dirAsFile);
        assertThat(run("export", "--format", "json", "--out", dirAsFile.toString())).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("export", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("not json, vcf, csv or ics");
    }
}
