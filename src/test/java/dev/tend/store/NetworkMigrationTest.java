package dev.tend.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.testing.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** V2 copies interaction dates and channels onto participant rows, for old rows and new ones. */
class NetworkMigrationTest {
    @TempDir
    Path dir;

    @Test
    void participantsOfADatabaseWrittenBeforeV2GetTheirInteractionsDateAndChannel() throws Exception {
        Path file = dir.resolve("v1.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contact (id, full_name, sort_name, uid, created_at, updated_at) "
                    + "VALUES (1, 'A', 'a', 'u1', 'x', 'x'), (2, 'B', 'b', 'u2', 'x', 'x')");
            s.execute("INSERT INTO interaction (id, occurred_on, channel, created_at) "
                    + "VALUES (10, '2025-05-01', 'IN_PERSON', 'x'), (11, '2025-06-01', 'EMAIL', 'x')");
            s.execute("INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (10, 1), (10, 2), (11, 1)");
        }

        try (Database db = Database.open(file)) {
            assertThat(Sql.column(db, "SELECT interaction_id || ' ' || contact_id || ' ' || occurred_on || ' ' || channel "
                    + "FROM interaction_participant ORDER BY 1")).containsExactly(
                    "10 1 2025-05-01 IN_PERSON", "10 2 2025-05-01 IN_PERSON", "11 1 2025-06-01 EMAIL");

            // New participants get them too, and a moved or re-channelled interaction takes them along.
            Sql.execute(db, "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (11, 2)");
            assertThat(Sql.column(db, "SELECT occurred_on || ' ' || channel FROM interaction_participant "
                    + "WHERE interaction_id = 11 AND contact_id = 2")).containsExactly("2025-06-01 EMAIL");
            Sql.execute(db, "UPDATE interaction SET occurred_on = '2025-07-07', channel = 'VIDEO' WHERE id = 11");
            assertThat(Sql.column(db, "SELECT DISTINCT occurred_on || ' ' || channel FROM interaction_participant "
                    + "WHERE interaction_id = 11")).containsExactly("2025-07-07 VIDEO");
            Sql.execute(db, "INSERT INTO interaction (id, occurred_on, channel, created_at) "
                    + "VALUES (12, '2025-08-08', 'CALL', 'x')");
            Sql.execute(db, "UPDATE interaction_participant SET interaction_id = 12 WHERE interaction_id = 11 AND contact_id = 2");
            assertThat(Sql.column(db, "SELECT occurred_on || ' ' || channel FROM interaction_participant "
                    + "WHERE interaction_id = 12")).containsExactly("2025-08-08 CALL");
        }
    }
}
