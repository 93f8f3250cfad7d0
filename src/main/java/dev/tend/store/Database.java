package dev.tend.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tend's one SQLite file. Opening checks the file before anything touches it, so a file that is
 * not Tend's, or is from a newer Tend, is refused unchanged; then Flyway brings the schema up to date.
 *
 * <p>One connection serves the whole process and a lock serialises its use: SQLite has a single
 * writer anyway, and the desktop app's reads are small. Other processes (the CLI while the window
 * is open) share the file through WAL and the busy timeout.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int DEFAULT_BUSY_TIMEOUT_MS = 5_000;
    /**
     * The newest migration this Tend ships (V{n}__*.sql; a test keeps the two in step). A database
     * already at this version opens without starting Flyway, which saves much of the start-up time.
     */
    public static final int SCHEMA_VERSION = 4;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if need be) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT_MS);
    }

    static Database open(Path file, int busyTimeoutMs) {
        Path path = file.toAbsolutePath().normalize();
        checkFile(path);
        boolean existed = Files.exists(path) && size(path) > 0;
        int version = 0;
        if (existed) {
            version = checkSchemaBeforeMigrating(path, busyTimeoutMs);
        } else {
            createParent(path);
        }
        if (version != SCHEMA_VERSION) {
            migrate(path, busyTimeoutMs);
        }
        try {
            Connection c = config(busyTimeoutMs, false).createConnection("jdbc:sqlite:" + path);
            restrictFiles(path);
            LOG.info("Opened {}", path);
            return new Database(path, c);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} with SQLite's
     * {@code VACUUM INTO}: a snapshot as of one moment, even while others write, compact, and
     * without the WAL. The copy is made under a temporary name and moved into place, so
     * {@code target} is either the complete copy or as it was; it is readable by the user only.
     */
    public void backupTo(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            // VACUUM INTO fills an existing empty file, so the copy is never readable by others.
            OwnerOnly.createFile(tmp);
            read(c -> {
                try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, tmp.toString());
                    ps.execute();
                }
                return null;
            });
            try {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DatabaseException(abs, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot write the backup " + abs + ": " + describe(e) + ".", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }

    /**
     * Checks, without changing it, that {@code file} is a whole Tend database this Tend can open:
     * an SQLite file, with Tend's schema history, at a schema version not newer than this Tend's,
     * passing {@code PRAGMA integrity_check}. Returns its schema version.
     */
    public static int checkCopy(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_SQLITE,
                    "Cannot use " + path + ": there is no such file.", null);
        }
        if (size(path) == 0 || !hasSqliteHeader(path)) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_SQLITE,
                    "Cannot use " + path + ": it is not a Tend database (not an SQLite file).", null);
        }
        int version = checkSchemaBeforeMigrating(path, DEFAULT_BUSY_TIMEOUT_MS);
        if (version <= 0) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_TEND,
                    "Cannot use " + path + ": it is "
                            + (version == 0 ? "an empty SQLite database" : "a Tend database whose upgrade failed")
                            + ", not a Tend backup.", null);
        }
        SQLiteDataSource ds = dataSource(path, DEFAULT_BUSY_TIMEOUT_MS, true);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
            if (!problems.equals(List.of("ok"))) {
                throw new DatabaseException(path, DatabaseException.Reason.FAILED,
                        "Cannot use " + path + ": the file is damaged (SQLite's integrity check: "
                                + String.join("; ", problems.subList(0, Math.min(3, problems.size()))) + ").", null);
            }
        } catch (SQLException e) {
            throw translate(path, e);
        }
        return version;
    }

    /** The schema version recorded in an existing Tend database, read without changing it. */
    public static int schemaVersionOf(Path file) {
        return checkSchemaBeforeMigrating(file.toAbsolutePath().normalize(), DEFAULT_BUSY_TIMEOUT_MS);
    }

    /** The database file and its WAL and shared-memory files, readable by the user only. */
    private static void restrictFiles(Path path) {
        for (Path p : List.of(path, sidecar(path, "-wal"), sidecar(path, "-shm"))) {
            OwnerOnly.restrict(p);
        }
    }

    /** SQLite's companion file of {@code db}, e.g. {@code tend.db-wal}. */
    public static Path sidecar(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * SQLite's {@code PRAGMA data_version}: changes when another connection (the command line
     * while the window is open) has committed since the last call on this one; this process's own
     * writes leave it as it was. The window polls it to notice outside changes.
     */
    public long dataVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Runs {@code work} (transactions on this database) with SQLite's secure_delete on, so deleted
     * content is overwritten with zeros in the file instead of lingering in free space, then
     * rewrites the file ({@code VACUUM}) and empties the WAL ({@code wal_checkpoint(TRUNCATE)}):
     * afterwards the deleted bytes are in neither. Used to erase a person completely.
     */
    public <T> T scrubbing(java.util.function.Supplier<T> work) {
        String before = read(c -> pragma("secure_delete"));
        read(c -> exec("PRAGMA secure_delete = ON"));
        try {
            T result = work.get();
            read(c -> {
                // The WAL holds old page images until checkpointed; VACUUM rebuilds every page.
                exec("PRAGMA wal_checkpoint(TRUNCATE)");
                exec("VACUUM");
                return exec("PRAGMA wal_checkpoint(TRUNCATE)");
            });
            return result;
        } finally {
            read(c -> exec("PRAGMA secure_delete = " + ("1".equals(before) ? "ON" : "OFF")));
        }
    }

    private Void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private String pragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    /** Runs read-only work (or a single-statement write) on the connection. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one transaction: all of it is stored or none. A nested call joins the
     * transaction around it, so services can compose.
     */
    public <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            try (Statement s = connection.createStatement()) {
                // IMMEDIATE takes the write lock up front, so a busy file fails before any work.
                s.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #transaction} for work without a result. */
    public void inTransaction(SqlVoidWork work) {
        transaction(c -> {
            work.run(c);
            return null;
        });
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface SqlVoidWork {
        void run(Connection connection) throws SQLException;
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("Rollback failed on {}", file, e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException e) {
                LOG.debug("PRAGMA optimize failed", e);
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }

    private static SQLiteConfig config(int busyTimeoutMs, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMs);
        // 32 MB of page cache instead of SQLite's 2 MB: a search visits contact and index pages
        // scattered over the file (about 100 MB for 100,000 contacts); see docs/performance.md.
        config.setCacheSize(-32 * 1024);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        return config;
    }

    private static SQLiteDataSource dataSource(Path path, int busyTimeoutMs, boolean readOnly) {
        SQLiteDataSource ds = new SQLiteDataSource(config(busyTimeoutMs, readOnly));
        ds.setUrl("jdbc:sqlite:" + path);
        return ds;
    }

    private static void checkFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot open " + path + ": it is a folder, not a database file.", null);
        }
        if (Files.exists(path)) {
            if (!Files.isReadable(path) || !Files.isWritable(path)) {
                throw new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                        "Cannot open " + path + ": Tend may not read and write this file.", null);
            }
            if (size(path) > 0 && !hasSqliteHeader(path)) {
                throw new DatabaseException(path, DatabaseException.Reason.NOT_SQLITE,
                        "Cannot open " + path + ": it is not a Tend database (not an SQLite file). "
                                + "Nothing in it was changed.", null);
            }
        }
    }

    private static void createParent(Path path) {
        Path parent = path.getParent();
        try {
            if (parent != null && !Files.isDirectory(parent)) {
                // A folder Tend creates is its own: only the user may look into it. A folder the
                // user chose (--db in their documents) keeps its permissions.
                OwnerOnly.createFolder(parent);
            }
        } catch (IOException e) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot create " + path + ": the folder " + parent + " cannot be created ("
                            + e.getMessage() + ").", e);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot create " + path + ": the folder " + parent + " is not writable.", null);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean hasSqliteHeader(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the schema history read-only, so a refused file stays exactly as it was. Returns the
     * schema version, or -1 when the history holds a failed migration (Flyway then reports it).
     */
    private static int checkSchemaBeforeMigrating(Path path, int busyTimeoutMs) {
        SQLiteDataSource ds = dataSource(path, busyTimeoutMs, true);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            boolean hasHistory;
            boolean hasTables;
            try (var rs = s.executeQuery(
                    "SELECT count(*) FILTER (WHERE name = 'flyway_schema_history'), count(*) "
                            + "FROM sqlite_master WHERE type = 'table'")) {
                rs.next();
                hasHistory = rs.getInt(1) > 0;
                hasTables = rs.getInt(2) > 0;
            }
            if (!hasTables) {
                return 0;
            }
            if (!hasHistory) {
                throw new DatabaseException(path, DatabaseException.Reason.NOT_TEND,
                        "Cannot open " + path + ": it is an SQLite database, but not one of Tend's. "
                                + "Nothing in it was changed.", null);
            }
            try (var rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FILTER (WHERE success = 1), "
                    + "count(*) FILTER (WHERE success = 0) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                int newest = rs.getInt(1);
                if (newest > SCHEMA_VERSION) {
                    throw new DatabaseException(path, DatabaseException.Reason.NEWER_VERSION,
                            "Cannot open " + path + ": it was written by a newer version of Tend (schema version "
                                    + newest + ", this Tend knows up to " + SCHEMA_VERSION
                                    + "). Update Tend to open it; nothing in it was changed.", null);
                }
                return rs.getInt(2) > 0 ? -1 : newest;
            }
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static void migrate(Path path, int busyTimeoutMs) {
        try {
            var result = flyway(dataSource(path, busyTimeoutMs, false)).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", path, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw flywayFailure(path, e);
        }
    }

    private static Flyway flyway(SQLiteDataSource ds) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    private static DatabaseException flywayFailure(Path path, FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return translate(path, sql);
            }
        }
        return new DatabaseException(path, DatabaseException.Reason.FAILED,
                "Cannot open " + path + ": " + e.getMessage(), e);
    }

    static DatabaseException translate(Path path, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new DatabaseException(path, DatabaseException.Reason.LOCKED,
                        "Cannot use " + path + ": another program holds a lock on it. "
                                + "Close the other program and try again.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return new DatabaseException(path, DatabaseException.Reason.NOT_SQLITE,
                        "Cannot open " + path + ": it is not a Tend database (not an SQLite file).", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                return new DatabaseException(path, DatabaseException.Reason.NOT_WRITABLE,
                        "Cannot write " + path + ": the file or its folder is read-only.", e);
            }
        }
        return new DatabaseException(path, DatabaseException.Reason.FAILED,
                "Database error in " + path + ": " + e.getMessage(), e);
    }
}
