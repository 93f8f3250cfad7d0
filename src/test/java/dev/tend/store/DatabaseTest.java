package dev.tend.store;

import static dev.tend.testing.Fixtures.sha256;
import static dev.tend.testing.Fixtures.sidecar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, refusing and transacting on real SQLite files. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void openingANewFileCreatesItAndMigratesTheSchema() throws Exception {
        Path file = dir.resolve("not/yet/there/tend.db");

        try (Database db = Database.open(file)) {
            assertThat(file).isRegularFile();
            assertThat(db.file()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(query(db, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, Database.SCHEMA_VERSION)
                            .mapToObj(Integer::toString).toList());
            assertThat(query(db,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('contact', 'contact_fts')"))
                    .containsExactlyInAnyOrder("contact", "contact_fts");
        }
    }

    @Test
    void theWorkingConnectionEnforcesForeignKeysUsesWalAndWaitsWhenBusy() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            assertThat(query(db, "PRAGMA foreign_keys")).containsExactly("1");
            assertThat(query(db, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(Integer.parseInt(query(db, "PRAGMA busy_timeout").get(0))).isPositive();
            // foreign keys are not only switched on but enforced
            assertThatThrownBy(() -> db.inTransaction(c -> exec(c,
                    "INSERT INTO contact_tag (contact_id, tag_id) VALUES (424242, 424242)")))
                    .isInstanceOf(DatabaseException.class);
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("tend.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> exec(c, "INSERT INTO setting (key, value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(file)) {
            assertThat(query(db, "SELECT value FROM setting WHERE key = 'k'")).containsExactly("v");
            assertThat(query(db, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                    .containsExactly(Integer.toString(Database.SCHEMA_VERSION));
        }
    }

    @Test
    void anEmptyFileIsTreatedAsANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(query(db, "SELECT count(*) FROM contact")).containsExactly("0");
        }
    }

    @Test
    void aFolderIsRefusedAsNotWritableNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> Database.open(folder));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_WRITABLE);
        assertThat(e.file()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(e.getMessage()).contains(folder.toAbsolutePath().normalize().toString());
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aTextFileIsRefusedAsNotSqliteAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("x.db");
        Files.writeString(file, "Dear diary,\nthis is not a database.\n", StandardCharsets.UTF_8);
        String before = sha256(file);

        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> Database.open(file));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_SQLITE);
        assertThat(e.getMessage()).contains(file.toString());
        assertThat(sha256(file)).isEqualTo(before);
        assertNoSidecars(file);
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedAsNotTendAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("someone-else.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(c, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
            exec(c, "INSERT INTO recipe (name) VALUES ('Apfelstrudel')");
        }
        String before = sha256(file);

        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> Database.open(file));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_TEND);
        assertThat(e.getMessage()).contains(file.toString());
        assertThat(sha256(file)).isEqualTo(before);
        assertNoSidecars(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'")).containsExactly("recipe");
        }
    }

    @Test
    void aForeignSqliteDatabaseInWalModeIsAlsoLeftUnchanged() throws Exception {
        Path file = dir.resolve("someone-else-wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(c, "PRAGMA journal_mode = WAL");
            exec(c, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)");
            exec(c, "INSERT INTO note (body) VALUES ('hello')");
        }
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_TEND));

        assertThat(sha256(file)).isEqualTo(before);
        assertNoPendingWal(file);
    }

    @Test
    void aDatabaseFromANewerTendIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> exec(c, """
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                        checksum, installed_by, execution_time, success)
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql',
                        0, 'test', 1, 1)"""));
        }
        assertNoSidecars(file); // closing checkpointed everything into the file
        String before = sha256(file);

        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> Database.open(file));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NEWER_VERSION);
        assertThat(e.getMessage()).contains(file.toString()).contains("999");
        assertThat(sha256(file)).isEqualTo(before);
        assertNoPendingWal(file);
    }

    @Test
    void aFileAnotherProgramHoldsExclusivelyIsRefusedAsLocked() throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(other, "PRAGMA journal_mode = DELETE");
            exec(other, "PRAGMA locking_mode = EXCLUSIVE");
            // the first write takes the exclusive lock, and exclusive locking mode keeps it
            exec(other, "INSERT INTO setting (key, value) VALUES ('owner', 'other program')");

            long start = System.nanoTime();
            DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> Database.open(file, 200));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED);
            assertThat(e.getMessage()).contains(file.toString());
            assertThat(millis).as("gives up after about the busy timeout").isLessThan(4_000);
        }
    }

    @Test
    void aWriteWhileAnotherProgramHoldsTheWriteLockFailsAsLockedWithoutRunningTheWork() throws Exception {
        Path file = dir.resolve("busy.db");
        try (Database db = Database.open(file, 200);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(other, "BEGIN EXCLUSIVE");
            exec(other, "INSERT INTO setting (key, value) VALUES ('owner', 'other program')");
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> db.inTransaction(c -> ran.set(true)))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED));
            assertThat(ran).isFalse();

            exec(other, "ROLLBACK");
            db.inTransaction(c -> ran.set(true));
            assertThat(ran).isTrue();
        }
    }

    @Test
    void anExceptionInsideATransactionRollsBackEveryRowWritten() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            RuntimeException boom = new IllegalStateException("boom");

            assertThatThrownBy(() -> db.inTransaction(c -> {
                exec(c, "INSERT INTO setting (key, value) VALUES ('a', '1')");
                exec(c, "INSERT INTO event (name, created_at, updated_at) VALUES ('Fair', 'x', 'x')");
                throw boom;
            })).isSameAs(boom);

            assertThat(count(db, "setting")).isZero();
            assertThat(count(db, "event")).isZero();
            // and the connection is usable afterwards, outside any transaction
            db.inTransaction(c -> exec(c, "INSERT INTO setting (key, value) VALUES ('b', '2')"));
            assertThat(count(db, "setting")).isOne();
        }
    }

    @Test
    void anSqlErrorInsideATransactionRollsBackAndIsTranslated() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> db.inTransaction(c -> {
                exec(c, "INSERT INTO setting (key, value) VALUES ('a', '1')");
                exec(c, "INSERT INTO no_such_table VALUES (1)");
            }));

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(DatabaseException.Reason.FAILED);
            assertThat(e.getMessage()).contains(db.file().toString());
            assertThat(count(db, "setting")).isZero();
        }
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            assertThatThrownBy(() -> db.inTransaction(outer -> {
                exec(outer, "INSERT INTO setting (key, value) VALUES ('outer', '1')");
                db.inTransaction(inner -> exec(inner, "INSERT INTO setting (key, value) VALUES ('inner', '1')"));
                // the inner one did not commit: another connection sees nothing yet
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
                    assertThat(strings(other, "SELECT count(*) FROM setting")).containsExactly("0");
                }
                throw new IllegalStateException("outer fails after the inner one finished");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(count(db, "setting")).isZero();

            db.inTransaction(outer -> {
                exec(outer, "INSERT INTO setting (key, value) VALUES ('outer', '1')");
                db.inTransaction(inner -> exec(inner, "INSERT INTO setting (key, value) VALUES ('inner', '1')"));
            });
            assertThat(count(db, "setting")).isEqualTo(2);
        }
    }

    private static void assertNoSidecars(Path file) {
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            assertThat(sidecar(file, suffix)).as("leftover " + suffix).doesNotExist();
        }
    }

    /**
     * A WAL-mode file checked through a read-only connection may keep an empty -wal and -shm beside
     * it (SQLite creates them to read and a read-only connection cannot remove them); the -wal must
     * hold no frames that would later change the database.
     */
    private static void assertNoPendingWal(Path file) throws Exception {
        Path wal = sidecar(file, "-wal");
        if (Files.exists(wal)) {
            assertThat(Files.size(wal)).as("frames in " + wal).isZero();
        }
        assertThat(sidecar(file, "-journal")).doesNotExist();
    }

    private static List<String> query(Database db, String sql) {
        return db.read(c -> strings(c, sql));
    }

    private static int count(Database db, String table) {
        return Integer.parseInt(query(db, "SELECT count(*) FROM " + table).get(0));
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
