package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.store.Database;
import dev.tend.testing.Fixtures;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The full JSON export: export, import into an empty database, export again gives the same bytes,
 * and the two databases hold the same values in every column of every table (so a column a later
 * migration adds fails here until the export carries it). Into a database with contacts, only the
 * contacts are imported, through the duplicate rules.
 */
class FullExportRoundTripTest {
    /** Tables about how data came in, not the data; and Flyway's and the search index's own. */
    private static final Set<String> NOT_EXPORTED = Set.of("import_batch", "import_change", "flyway_schema_history",
            "contact_fts_deferred", "tag", "contact_tag");
    /** Columns derived from others or about imports. */
    private static final Set<String> DERIVED = Set.of("contact.import_batch_id", "contact.sort_name",
            "contact.last_interaction");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    /** Every table and column filled (the upgrade fixtures), plus contacts and interactions made through the services. */
    private Path filledDatabase() throws Exception {
        Path file = tmp.resolve("a.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int v = 1; v <= Database.SCHEMA_VERSION; v++) {
                try (InputStream in = getClass().getResourceAsStream("/upgrade/fixture-v" + v + ".sql")) {
                    if (in != null) {
                        s.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        try (TendServices s = TendServices.open(file, Fixtures.CLOCK, Locale.GERMANY)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ids.add(s.contacts().create(dev.tend.domain.Contact.builder().givenName("Person" + i)
                        .familyName("Ñandú-" + i).organisation("Firma " + (i % 4)).email("p" + i + "@example.org")
                        .phone("0511 44" + (1000 + i)).tag(i % 2 == 0 ? "gerade" : "ungerade").build()).id());
            }
            s.ledger().logInteraction(new dev.tend.service.InteractionDraft(Fixtures.TODAY,
                    dev.tend.domain.Channel.IN_PERSON, 1L, "Abendessen", ids.subList(0, 5), List.of()));
        }
        return file;
    }

    @Test
    void exportImportExportGivesTheSameFileAndTheSameDatabase() throws Exception {
        Path a = filledDatabase();
        Path b = tmp.resolve("b.db");
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");

        assertThat(run("--db", a.toString(), "export", "--format", "json", "--out", first.toString())).isZero();
        assertThat(run("--db", b.toString(), "import", first.toString())).isZero();
        assertThat(err.toString()).contains("Restored the whole export");
        assertThat(run("--db", b.toString(), "export", "--format", "json", "--out", second.toString())).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        String json = Files.readString(first);
        assertThat(json).contains("\"version\" : 2", "\"followUps\"", "\"exchanges\"", "\"interactions\"",
                "\"settings\"", "\"ui.language\" : \"de\"", "\"data\" : \"iVBORw0KGgo", "\"ungenutzt\"");

        Map<String, List<List<String>>> inA = tables(a);
        Map<String, List<List<String>>> inB = tables(b);
        assertThat(inB.keySet()).isEqualTo(inA.keySet());
        inA.forEach((table, rows) -> assertThat(inB.get(table)).as("every value of %s", table)
                .containsExactlyElementsOf(rows));
        assertThat(inA.get("contact")).hasSizeGreaterThan(20);
    }

    @Test
    void theRestoredDatabaseWorksAndTheRestoreCanBeUndoneAsOneImport() throws Exception {
        Path a = filledDatabase();
        Path b = tmp.resolve("b.db");
        Path export = tmp.resolve("all.json");
        run("--db", a.toString(), "export", "--format", "json", "--out", export.toString());
        assertThat(run("--db", b.toString(), "import", export.toString())).isZero();
        assertThat(out.toString()).contains("Import batch 1.");
        try (TendServices s = TendServices.open(b, Fixtures.CLOCK, Locale.GERMANY)) {
            assertThat(s.contacts().count(ContactQuery.text("mueller"))).isPositive();
            assertThat(s.contacts().get(2L).tags()).contains("Messe 2025");
            assertThat(s.ledger().timeline(2L)).isNotEmpty();
        }
        assertThat(run("--db", b.toString(), "import", "--undo", "1")).isZero();
        try (TendServices s = TendServices.open(b, Fixtures.CLOCK, Locale.GERMANY)) {
            assertThat(s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL))).isZero();
        }
    }

    @Test
    void intoADatabaseWithContactsOnlyTheContactsAreImportedAsDuplicatesOrNew() throws Exception {
        Path a = filledDatabase();
        Path export = tmp.resolve("all.json");
        run("--db", a.toString(), "export", "--format", "json", "--out", export.toString());
        Path c = tmp.resolve("c.db");
        try (TendServices s = TendServices.open(c, Fixtures.CLOCK, Locale.GERMANY)) {
            s.contacts().create(dev.tend.domain.Contact.builder().fullName("Jürgen Müller")
                    .email("j.mueller@mueller-soehne.de").build());
        }

        assertThat(run("--db", c.toString(), "import", export.toString())).isZero();

        assertThat(err.toString()).contains("only the export's contacts are imported")
                .contains("Import it alone into an empty database");
        assertThat(out.toString()).contains("merged 1");
        try (TendServices s = TendServices.open(c, Fixtures.CLOCK, Locale.GERMANY)) {
            assertThat(s.contacts().count(ContactQuery.text("Müller"))).isEqualTo(1);
            assertThat(s.events().all()).isEmpty();
        }
    }

    @Test
    void aDamagedExportImportsItsGoodContactsAndNamesWhatIsWrong() throws Exception {
        Path a = filledDatabase();
        Path export = tmp.resolve("all.json");
        run("--db", a.toString(), "export", "--format", "json", "--out", export.toString());
        String json = Files.readString(export);
        Path broken = Files.writeString(tmp.resolve("broken.json"),
                json.replaceFirst("\"circle\" : \"INNER\"", "\"circle\" : \"BEST_FRIENDS\""));
        Path dangling = Files.writeString(tmp.resolve("dangling.json"),
                json.replaceFirst("\"participantIds\" : \\[ 1, 2 \\]", "\"participantIds\" : [ 1, 999 ]"));

        assertThat(run("--db", tmp.resolve("x.db").toString(), "import", broken.toString())).isZero();
        // Contact 2 has a phone ("ext. 42") that Tend keeps when restoring but checks when merging.
        assertThat(out.toString()).contains("Imported 26, merged 0, skipped 0, rejected 2")
                .contains("broken.json, contact 1: contacts[0] (Jürgen Müller): unknown value BEST_FRIENDS");
        assertThat(run("--db", tmp.resolve("y.db").toString(), "import", dangling.toString())).isZero();
        assertThat(out.toString()).contains("dangling.json, contact: interactions[0]: \"participantIds\" is 999, "
                + "which the file does not hold");
        try (TendServices s = TendServices.open(tmp.resolve("y.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            assertThat(s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL))).isPositive();
            assertThat(s.events().all()).isEmpty();
        }
    }

    @Test
    void oneContactsDataAsJsonAndVCard() throws Exception {
        Path a = filledDatabase();
        assertThat(run("--db", a.toString(), "export", "--format", "json", "--contact", "2")).isZero();
        String json = out.toString();
        assertThat(json).contains("\"scope\" : \"contact\"", "Ayşe Yılmaz", "Stelle in Izmir", "\"participantIds\" : [ 2 ]")
                .doesNotContain("Nur Firma", "\"ui.language\"", "juergen@example.org");
        assertThat(run("--db", a.toString(), "export", "--format", "vcf", "--contact", "2")).isZero();
        assertThat(out.toString()).contains("FN:Ayşe Yılmaz").doesNotContain("Müller");
        assertThat(run("--db", a.toString(), "export", "--format", "json", "--contact", "4242")).isEqualTo(1);
        assertThat(err.toString()).contains("4242");
    }

    @Test
    void anExportOfVersionOneStillImportsWithItsContactsAndEvents() throws Exception {
        Path old = Files.writeString(tmp.resolve("old.json"), """
                {"format": "tend", "version": 1, "exportedAt": "2026-01-05T10:00:00Z",
                 "events": [{"id": 4, "name": "Messe", "city": "Köln", "country": null, "startDate": "2025-10-01",
                             "endDate": null, "notes": null}],
                 "contacts": [{"id": 9, "uid": "0b6c3f2e-0000-4000-8000-000000000009", "fullName": "Lena Roth",
                               "emails": [{"address": "lena@example.org", "label": null}], "phones": [],
                               "addresses": [], "urls": [], "tags": ["Köln"], "circle": "CLOSE",
                               "howMet": "IN_PERSON", "metAtEventId": 4, "archived": false,
                               "createdAt": "2025-10-01T12:00:00Z", "updatedAt": "2025-10-02T12:00:00Z"}]}
                """);
        Path db = tmp.resolve("v1.db");

        assertThat(run("--db", db.toString(), "import", old.toString())).isZero();

        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            var lena = s.contacts().get(9L);
            assertThat(lena.uid()).isEqualTo("0b6c3f2e-0000-4000-8000-000000000009");
            assertThat(lena.metAtEventId()).isEqualTo(4L);
            assertThat(lena.tags()).containsExactly("Köln");
            assertThat(s.events().all()).singleElement().satisfies(e -> assertThat(e.city()).isEqualTo("Köln"));
        }
    }

    /** Every row of every exported table as text, columns named, derived columns left out. */
    private static Map<String, List<List<String>>> tables(Path file) throws Exception {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (Database db = Database.open(file)) {
            db.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                + "AND name NOT LIKE 'contact_fts%' ORDER BY name")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String t : names) {
                    if (NOT_EXPORTED.contains(t)) {
                        continue;
                    }
                    List<String> cols = new ArrayList<>();
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + t + "')")) {
                        while (rs.next()) {
                            if (!DERIVED.contains(t + "." + rs.getString(1))) {
                                cols.add(rs.getString(1));
                            }
                        }
                    }
                    tables.put(t, rows(c, "SELECT " + String.join(", ", cols) + " FROM " + t + " ORDER BY 1, 2"));
                }
                tables.put("tag", rows(c, "SELECT name FROM tag ORDER BY name"));
                tables.put("contact_tag", rows(c, "SELECT ct.contact_id, t.name FROM contact_tag ct "
                        + "JOIN tag t ON t.id = ct.tag_id ORDER BY 1, 2"));
                tables.put("search", rows(c, "SELECT rowid, name, organisation, title, emails, notes, state "
                        + "FROM contact_fts ORDER BY rowid"));
                return null;
            });
        }
        return tables;
    }

    private static List<List<String>> rows(Connection c, String sql) throws java.sql.SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
