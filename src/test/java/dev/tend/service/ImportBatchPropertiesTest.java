package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the records and wherever the write fails, an import is all or nothing: either the
 * batch row, its change rows and its contacts are all there and agree, or the database holds
 * exactly what it held before. A trigger makes the n-th row written to one of the tables fail.
 */
class ImportBatchPropertiesTest {
    private static final List<String> NAMES = List.of("Anna", "Bert", "Jürgen", "Eva", "Kai");
    private static final List<String> ORGS = List.of("Acme GmbH", "ACME", "Beta AG", "");
    private static final List<String> TABLES = List.of("contact", "contact_email", "contact_phone", "contact_tag",
            "import_batch", "import_change", "event");

    @Provide
    Arbitrary<List<Contact>> records() {
        Arbitrary<Contact> contact = Combinators.combine(
                Arbitraries.of(NAMES), Arbitraries.of(ORGS),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false)).as((name, org, mail, phone, bad) -> {
                    Contact.Builder b = Contact.builder().givenName(name).familyName("Test").organisation(org);
                    if (mail > 0) {
                        b.email(name.toLowerCase(Locale.ROOT).replace("ü", "u") + mail + "@example.org");
                    }
                    if (phone > 0) {
                        b.phone("+49 30 123450" + phone);
                    }
                    if (bad && mail == 5) {
                        b.email("broken@");
                    }
                    return b.build();
                });
        return contact.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void applyIsAllOrNothing(@ForAll("records") List<Contact> stored, @ForAll("records") List<Contact> incoming,
                             @ForAll @IntRange(min = 0, max = 6) int table, @ForAll @IntRange(min = 1, max = 8) int nth,
                             @ForAll boolean withEvent) throws IOException {
        Path dir = Files.createTempDirectory("tend-import-prop");
        try {
            check(dir, stored, incoming, table, nth, withEvent);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void check(Path dir, List<Contact> stored, List<Contact> incoming, int table, int nth,
                              boolean withEvent) {
        try (TendServices services = TendServices.open(dir.resolve("p.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            ImportService imports = services.imports();
            List<ImportRecord> first = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                first.add(new ImportRecord(SourceRef.card(Path.of("a.vcf"), i + 1), stored.get(i), null));
            }
            imports.apply(imports.preview(List.of(new ParsedFile(Path.of("a.vcf"), "vcard", first, List.of())),
                    ImportOptions.NONE), Map.of());
            String failing = TABLES.get(table);
            int already = count(services, failing);
            services.database().inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TRIGGER fail_nth BEFORE INSERT ON " + failing
                            + " WHEN (SELECT count(*) FROM " + failing + ") >= " + (already + nth - 1)
                            + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
                }
            });
            Map<String, Integer> before = counts(services);
            List<Contact> contactsBefore = all(services);
            List<ImportRecord> second = new ArrayList<>();
            for (int i = 0; i < incoming.size(); i++) {
                second.add(new ImportRecord(SourceRef.card(Path.of("b.vcf"), i + 1), incoming.get(i), null));
            }
            ImportPreview preview = imports.preview(List.of(new ParsedFile(Path.of("b.vcf"), "vcard", second,
                    List.of())), withEvent ? ImportOptions.event("Prop fair", List.of("p")) : ImportOptions.NONE);
            ImportReport report;
            try {
                report = imports.apply(preview, Map.of());
            } catch (RuntimeException e) {
                assertThat(e).hasMessageContaining("forced failure");
                assertThat(counts(services)).isEqualTo(before);
                assertThat(all(services)).isEqualTo(contactsBefore);
                return;
            }
            assertThat(report.total()).isEqualTo(incoming.size());
            Map<String, Integer> after = counts(services);
            if (report.batchId() == null) {
                assertThat(after).isEqualTo(before);
                assertThat(all(services)).isEqualTo(contactsBefore);
            } else {
                assertThat(after.get("import_batch")).isEqualTo(before.get("import_batch") + 1);
                assertThat(after.get("contact")).isEqualTo(before.get("contact") + report.imported());
                assertThat(changes(services, report.batchId()))
                        .isEqualTo(report.addedIds().size() + report.mergedIds().size());
                assertThat(report.addedIds()).hasSize(report.imported());
            }
        }
    }

    private static int count(TendServices s, String table) {
        return s.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Map<String, Integer> counts(TendServices s) {
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (String t : TABLES) {
            m.put(t, count(s, t));
        }
        m.put("contact_url", count(s, "contact_url"));
        m.put("tag", count(s, "tag"));
        return m;
    }

    private static int changes(TendServices s, long batchId) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM import_change WHERE import_batch_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static List<Contact> all(TendServices s) {
        return s.contacts().ids(ContactQuery.all().withArchived(ContactQuery.Archived.ALL)).stream()
                .map(s.contacts()::get).toList();
    }
}
