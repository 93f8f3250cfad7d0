package dev.tend.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The start-up warm-up never migrates: the window does that, exactly once. */
class StartupWarmUpTest {
    @TempDir
    Path tmp;

    @Test
    void theWarmUpLeavesAnOldSchemaForTheWindowToMigrate() throws Exception {
        Path db = tmp.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        assertThat(Database.schemaVersionOf(db)).isEqualTo(1);

        Thread warm = JavaFxWindow.warmUp(db);
        warm.join(10_000);

        assertThat(warm.isAlive()).isFalse();
        assertThat(Database.schemaVersionOf(db)).isEqualTo(1);
        try (Database opened = Database.open(db)) {
            assertThat(Database.schemaVersionOf(db)).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void theWarmUpCreatesNoDatabase() throws Exception {
        Path db = tmp.resolve("new.db");
        JavaFxWindow.warmUp(db).join(10_000);
        assertThat(Files.exists(db)).isFalse();
    }
}
