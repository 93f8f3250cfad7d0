package dev.tend.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/**
 * Upgrades lose nothing: a database is built at every earlier schema version (Flyway stopped at
 * that version), filled with the fixtures of {@code src/test/resources/upgrade} up to that version
 * (every table and column holds a value), opened by this Tend (which migrates it), and every value
 * of every row is compared with what was written.
 *
 * <p>A new migration that adds tables or columns needs a {@code fixture-vN.sql} filling them, or
 * {@link #theFixtureFillsEveryTableAndColumn} fails once a later migration exists.
 */
class UpgradeTest {
    /** Tables that are empty by design; the search index is checked by searching. */
    private static final Set<String> EMPTY_BY_DESIGN = Set.of("contact_fts_deferred");

    @TempDir
    Path dir;

    static Stream<Integer> earlierVersions() {
        return IntStream.range(1, Database.SCHEMA_VERSION).boxed();
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("earlierVersions")
    void aDatabaseAtAnEarlierVersionUpgradesWithEveryValueKept(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        SQLiteDataSource ds = build(file, version);
        Map<String, Table> before;
        try (Connection c = ds.getConnection()) {
            before = tables(c);
        }

        try (Database db = Database.open(file)) {
            assertThat(Database.schemaVersionOf(file)).isEqualTo(Database.SCHEMA_VERSION);
            Map<String, Table> after = db.read(UpgradeTest::tables);
            for (Table old : before.values()) {
                assertThat(after).as("table %s after the upgrade", old.name).containsKey(old.name);
                List<List<String>> now = db.read(c -> rows(c, old.name, old.columns));
                assertThat(now)
                        .as("every value of %s after upgrading from version %d", old.name, version)
                        .containsExactlyElementsOf(old.rows);
            }
            List<List<String>> problems = db.read(c -> rows(c, "integrity", List.of()));
            assertThat(problems).isEmpty();
        }
        checkThroughTheServices(file);
    }

    /** The upgraded file works as a Tend database: contacts read whole, search finds them, V2 copies exist. */
    private static void checkThroughTheServices(Path file) {
        try (TendServices s = TendServices.open(file, Fixtures.CLOCK, Locale.GERMANY)) {
            Contact j = s.contacts().get(1L);
            assertThat(j.fullName()).isEqualTo("Jürgen Müller");
            assertThat(j.namePrefix()).isEqualTo("Dr.-Ing.");
            assertThat(j.birthday()).isEqualTo(LocalDate.of(1970, 2, 28));
            assertThat(j.emails()).extracting(e -> e.address())
                    .containsExactly("j.mueller@mueller-soehne.de", "juergen@example.org");
            assertThat(j.phones()).extracting(p -> p.e164()).containsExactly("+49511123456");
            assertThat(j.tags()).containsExactlyInAnyOrder("Kunde", "Messe 2025");
            assertThat(j.metAtEventId()).isEqualTo(1L);
            assertThat(s.contacts().photo(1L)).isPresent();
            for (String word : List.of("müller", "mueller", "muller", "yilmaz", "tekstil")) {
                assertThat(s.contacts().count(ContactQuery.text(word))).as("search for %s", word).isPositive();
            }
            assertThat(s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ARCHIVED))).isEqualTo(1);
            assertThat(s.ledger().timeline(2L)).isNotEmpty();
            assertThat(s.ledger().lastInteraction(1L)).isPresent();
            assertThat(s.settings().language()).contains(Locale.GERMAN);
        }
    }

    @Test
    void theFixtureFillsEveryTableAndColumn() throws Exception {
        // Checked at the newest version before this Tend's, where the upgrade test starts from.
        int version = Math.max(1, Database.SCHEMA_VERSION - 1);
        SQLiteDataSource ds = build(dir.resolve("check.db"), version);
        try (Connection c = ds.getConnection()) {
            for (Table t : tables(c).values()) {
                if (EMPTY_BY_DESIGN.contains(t.name)) {
                    continue;
                }
                assertThat(t.rows).as("rows of %s in the fixtures up to version %d", t.name, version).isNotEmpty();
                for (int i = 0; i < t.columns.size(); i++) {
                    int col = i;
                    assertThat(t.rows).as("%s.%s holds a value in the fixtures", t.name, t.columns.get(i))
                            .anyMatch(r -> r.get(col) != null);
                }
            }
        }
    }

    @Test
    void aDatabaseFromANewerTendIsRefusedByTheCommandLineAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("newer.db");
        SQLiteDataSource ds = build(file, Database.SCHEMA_VERSION);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (900, '" + (Database.SCHEMA_VERSION + 1)
                    + "', 'next', 'SQL', 'V" + (Database.SCHEMA_VERSION + 1) + "__next.sql', 0, 'test', 1, 1)");
        }
        String before = Fixtures.sha256(file);

        java.io.StringWriter err = new java.io.StringWriter();
        var cmd = dev.tend.cli.TendCommandAccess.commandLine();
        cmd.setErr(new java.io.PrintWriter(err, true));
        cmd.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        int code = cmd.execute("--db", file.toString(), "export", "--format", "json");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file.toString()).contains("newer version of Tend")
                .contains("nothing in it was changed");
        assertThat(Fixtures.sha256(file)).isEqualTo(before);
        assertThat(Fixtures.sidecar(file, "-wal")).doesNotExist();
    }

    /** A database at {@code version} with the fixtures of versions 1 to {@code version}. */
    private static SQLiteDataSource build(Path file, int version) throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(Integer.toString(version))
                .load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                String sql = fixture(v);
                if (sql != null) {
                    s.executeUpdate(sql);
                }
            }
        }
        return ds;
    }

    private static String fixture(int version) throws IOException {
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/fixture-v" + version + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Table(String name, List<String> columns, List<List<String>> rows) {
    }

    /** Every user table but Flyway's and the search index's, with its rows as text. */
    private static Map<String, Table> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND name <> 'flyway_schema_history' AND name NOT LIKE 'contact_fts%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.addAll(List.of("contact_fts_deferred"));
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            List<String> columns = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + name + "')")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            if (!columns.isEmpty()) {
                tables.put(name, new Table(name, columns, rows(c, name, columns)));
            }
        }
        return tables;
    }

    /** The rows of the given columns, sorted by all of them; "integrity" runs the integrity check instead. */
    private static List<List<String>> rows(Connection c, String table, List<String> columns) throws SQLException {
        String sql = table.equals("integrity")
                ? "SELECT * FROM pragma_integrity_check WHERE integrity_check <> 'ok'"
                : "SELECT " + String.join(", ", columns.stream().map(col -> "\"" + col + "\"").toList())
                        + " FROM \"" + table + "\" ORDER BY "
                        + String.join(", ", IntStream.rangeClosed(1, columns.size()).mapToObj(Integer::toString).toList());
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'"
                            : v.getClass().getSimpleName() + ":" + v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
