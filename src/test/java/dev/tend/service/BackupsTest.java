package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.store.Database;
import dev.tend.store.DatabaseException;
import dev.tend.store.DatabaseLock;
import dev.tend.testing.Fixtures;
import dev.tend.testing.MutableClock;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily backups and their retention, manual backups and restore, on real database files. */
class BackupsTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("tend.db");
    }

    private static void setting(TendServices s, String key, String value) {
        s.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        });
    }

    private static String settingIn(Path file, String key) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Set<String> backupNames() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayBesideTheDatabaseAndHoldsItsData() throws Exception {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (TendServices s = TendServices.open(db(), clock, Locale.GERMANY)) {
            setting(s, "probe", "before the backup");

            Path first = s.backups().dailyIfDue().orElseThrow();
            setting(s, "probe", "after the backup");
            clock.advance(Duration.ofHours(5));
            assertThat(s.backups().dailyIfDue()).isEmpty();

            assertThat(first).isEqualTo(dir.resolve("backups/tend-daily-2026-03-02.db"));
            assertThat(settingIn(first, "probe")).isEqualTo("before the backup");
            assertThat(Database.checkCopy(first)).isEqualTo(Database.SCHEMA_VERSION);
            clock.advance(Duration.ofDays(1));
            assertThat(s.backups().dailyIfDue()).contains(dir.resolve("backups/tend-daily-2026-03-03.db"));
        }
        assertThat(backupNames()).containsExactlyInAnyOrder("tend-daily-2026-03-02.db", "tend-daily-2026-03-03.db");
    }

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsAConsistentSnapshot() throws Exception {
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            setting(s, "committed", "yes");
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("INSERT INTO setting (key, value) VALUES ('uncommitted', 'no')");
                Path copy = s.backups().backUpTo(dir.resolve("copy.db"));
                st.execute("ROLLBACK");

                assertThat(settingIn(copy, "committed")).isEqualTo("yes");
                assertThat(settingIn(copy, "uncommitted")).isNull();
                assertThat(Fixtures.sidecar(copy, "-wal")).doesNotExist();
            }
        }
    }

    @Test
    void retentionKeepsSevenDailyAndFourWeeklyBackupsOverSixtyDaysOfStarts() throws Exception {
        LocalDate start = LocalDate.of(2026, 1, 1);
        MutableClock clock = new MutableClock(start.atTime(8, 0).toInstant(ZoneOffset.UTC));
        try (TendServices s = TendServices.open(db(), clock, Locale.GERMANY)) {
            for (int day = 0; day < 60; day++) {
                s.backups().dailyIfDue();
                clock.advance(Duration.ofDays(1));
            }
        }
        LocalDate last = start.plusDays(59);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add("tend-daily-" + last.minusDays(i) + ".db");
        }
        // Of the weeks before the oldest daily backup: each week's newest day, which is its Sunday.
        LocalDate oldestDaily = last.minusDays(6);
        LocalDate sunday = oldestDaily.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        for (int w = 0; w < 4; w++) {
            expected.add("tend-daily-" + sunday.minusWeeks(w) + ".db");
        }
        assertThat(backupNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void retentionRuleOnGapsKeepsTheNewestDaysAndOneDayPerOlderWeek() {
        // Starts on a few days only: the rule counts backups, not calendar days.
        Set<LocalDate> dates = Set.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 1, 5));
        assertThat(Backups.kept(dates)).isEqualTo(dates);
        assertThat(Backups.kept(Set.of())).isEmpty();
    }

    @Test
    void manualBackupsAndFilesTheUserRenamedAreNeverPruned() throws Exception {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (TendServices s = TendServices.open(db(), clock, Locale.GERMANY)) {
            Path manual = s.backups().backUpNow();
            Files.writeString(dir.resolve("backups/tend-daily-keep-me.db"), "mine");
            for (int day = 0; day < 80; day++) {
                s.backups().dailyIfDue();
                clock.advance(Duration.ofDays(1));
            }
            assertThat(manual).exists();
            assertThat(manual.getFileName().toString()).isEqualTo("tend-manual-20260302-090000.db");
        }
        assertThat(dir.resolve("backups/tend-daily-keep-me.db")).exists();
        assertThat(backupNames()).hasSize(1 + 1 + 7 + 4);
    }

    @Test
    void databaseWalBackupsAndTheirFolderAreReadableByTheUserOnly() throws Exception {
        try (TendServices s = TendServices.open(dir.resolve("new/tend.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            setting(s, "k", "v");
            Path backup = s.backups().dailyIfDue().orElseThrow();
            Path manual = s.backups().backUpTo(dir.resolve("elsewhere.db"));

            assertThat(mode(dir.resolve("new"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("new/tend.db"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("new/tend.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("new/backups"))).isEqualTo("rwx------");
            assertThat(mode(backup)).isEqualTo("rw-------");
            assertThat(mode(manual)).isEqualTo("rw-------");
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void restoreReplacesTheDataAfterSavingTheCurrentOne() throws Exception {
        Path backup;
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            setting(s, "probe", "old");
            backup = s.backups().backUpTo(dir.resolve("monday.db"));
            setting(s, "probe", "new");
        }

        Backups.Restored r = Backups.restore(db(), backup, Fixtures.CLOCK);

        assertThat(settingIn(db(), "probe")).isEqualTo("old");
        assertThat(r.previousData()).contains(dir.resolve("backups/tend-before-restore-20260302-090000.db"));
        assertThat(settingIn(r.previousData().orElseThrow(), "probe")).isEqualTo("new");
        assertThat(Fixtures.sidecar(db(), "-wal")).doesNotExist();
        assertThat(mode(db())).isEqualTo("rw-------");
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            assertThat(s.settings().language()).isEmpty();
        }
    }

    @Test
    void restoreIsRefusedWhileTheWindowHoldsTheDatabase() throws Exception {
        Path backup;
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            backup = s.backups().backUpTo(dir.resolve("monday.db"));
            setting(s, "probe", "kept");
        }
        String before = Fixtures.sha256(db());
        try (DatabaseLock window = DatabaseLock.acquire(db())) {
            assertThatThrownBy(() -> Backups.restore(db(), backup, Fixtures.CLOCK))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED);
                        assertThat(e.getMessage()).contains("open in the Tend window").contains("Close the window");
                    });
        }
        assertThat(Fixtures.sha256(db())).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void restoreRefusesFilesThatAreNotWholeTendBackupsAndChangesNothing() throws Exception {
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            setting(s, "probe", "kept");
        }
        String before = Fixtures.sha256(db());
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY)");
        }
        Path newer = dir.resolve("newer.db");
        try (Database d = Database.open(newer)) {
            d.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                            + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__f.sql', "
                            + "'t', 0, 1)");
                }
            });
        }
        Path damaged = damagedCopy();

        assertRefused(text, DatabaseException.Reason.NOT_SQLITE, "not an SQLite file");
        assertRefused(empty, DatabaseException.Reason.NOT_SQLITE, "not an SQLite file");
        assertRefused(foreign, DatabaseException.Reason.NOT_TEND, "not one of Tend's");
        assertRefused(newer, DatabaseException.Reason.NEWER_VERSION, "newer version of Tend");
        assertRefused(damaged, DatabaseException.Reason.FAILED, "damaged");
        assertThatThrownBy(() -> Backups.restore(db(), dir.resolve("missing.db"), Fixtures.CLOCK))
                .hasMessageContaining("no such file");

        assertThat(Fixtures.sha256(db())).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    private void assertRefused(Path file, DatabaseException.Reason reason, String why) {
        assertThatThrownBy(() -> Backups.restore(db(), file, Fixtures.CLOCK))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(file.getFileName().toString()).contains(why);
                });
    }

    /** A backup with many rows whose index pages are overwritten: the header and schema are fine. */
    private Path damagedCopy() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Database d = Database.open(file)) {
            d.inTransaction(c -> {
                try (var ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                    for (int i = 0; i < 3000; i++) {
                        ps.setString(1, "key-" + i);
                        ps.setString(2, "value " + "x".repeat(i % 50));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = size / 4096 - 3; page < size / 4096; page++) {
                raf.seek(page * 4096 + 8);
                raf.write(new byte[2000]);
            }
        }
        return file;
    }

    @Test
    void restoreIntoAMissingDatabaseNeedsNoPreviousCopy() throws Exception {
        Path backup;
        try (TendServices s = TendServices.open(dir.resolve("a/tend.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            setting(s, "probe", "from a");
            backup = s.backups().backUpNow();
        }
        Path target = dir.resolve("b.db");
        Backups.Restored r = Backups.restore(target, backup, Fixtures.CLOCK);
        assertThat(r.previousData()).isEmpty();
        assertThat(settingIn(target, "probe")).isEqualTo("from a");
        assertThat(List.of(r.schemaVersion())).containsExactly(Database.SCHEMA_VERSION);
    }
}
