package dev.tend.service;

import dev.tend.store.Database;
import dev.tend.store.DatabaseException;
import dev.tend.store.DatabaseLock;
import dev.tend.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the database in {@code backups/} beside it: one a day when Tend starts (the 7 newest
 * daily copies are kept, and the newest of each of the 4 weeks before them), one whenever the user
 * asks, and one of the current data before a restore replaces it. The rules are in
 * docs/data-safety.md.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final String FOLDER = "backups";
    public static final int DAILY_KEPT = 7;
    public static final int WEEKLY_KEPT = 4;
    private static final String DAILY = "-daily-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final Clock clock;

    public Backups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a restore did. */
    public record Restored(Path database, Path source, Optional<Path> previousData, int schemaVersion) {
    }

    /** The backup folder of the open database. */
    public Path folder() {
        return folderOf(db.file());
    }

    public static Path folderOf(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /**
     * Makes today's backup unless there is one already, then removes daily backups the retention
     * rule no longer keeps. Returns the new backup, or empty when today's existed.
     */
    public Optional<Path> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        Path target = folder().resolve(stem(db.file()) + DAILY + today + ".db");
        Optional<Path> made = Optional.empty();
        if (!Files.exists(target)) {
            createFolder(folder());
            db.backupTo(target);
            LOG.info("Daily backup {}", target);
            made = Optional.of(target);
        }
        prune();
        return made;
    }

    /** A backup the user asked for, in the backup folder (never removed by retention). */
    public Path backUpNow() {
        createFolder(folder());
        Path target = folder().resolve(stem(db.file()) + "-manual-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        db.backupTo(target);
        return target;
    }

    /** A backup written to a file the user chose. */
    public Path backUpTo(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IllegalStateException("Cannot write the backup to " + abs + ": it is a folder.");
        }
        db.backupTo(abs);
        return abs;
    }

    /** Deletes the daily backups that {@link #kept} does not keep; returns them. */
    public List<Path> prune() {
        TreeMap<LocalDate, Path> daily = new TreeMap<>();
        String prefix = stem(db.file()) + DAILY;
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*.db")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    daily.put(LocalDate.parse(name.substring(prefix.length(), name.length() - 3)), f);
                } catch (DateTimeParseException e) {
                    // not one of ours (renamed by the user): leave it
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", folder, e);
            return List.of();
        }
        Set<LocalDate> keep = kept(daily.keySet());
        List<Path> removed = new ArrayList<>();
        daily.forEach((date, file) -> {
            if (!keep.contains(date)) {
                try {
                    Files.deleteIfExists(file);
                    removed.add(file);
                } catch (IOException e) {
                    LOG.warn("Cannot remove the old backup {}", file, e);
                }
            }
        });
        return removed;
    }

    /**
     * The retention rule: the {@value #DAILY_KEPT} newest days, and of the older days the newest of
     * each of the {@value #WEEKLY_KEPT} newest ISO weeks that have no kept daily backup.
     */
    static Set<LocalDate> kept(Set<LocalDate> dates) {
        List<LocalDate> newestFirst = dates.stream().sorted((a, b) -> b.compareTo(a)).toList();
        Set<LocalDate> keep = new HashSet<>(newestFirst.subList(0, Math.min(DAILY_KEPT, newestFirst.size())));
        Set<Long> weeks = new HashSet<>();
        keep.forEach(d -> weeks.add(week(d)));
        int weekly = 0;
        for (LocalDate d : newestFirst.subList(keep.size(), newestFirst.size())) {
            if (weekly < WEEKLY_KEPT && weeks.add(week(d))) {
                keep.add(d);
                weekly++;
            }
        }
        return keep;
    }

    private static long week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /**
     * Replaces the database at {@code database} with the backup {@code source}, once the backup
     * passed {@link Database#checkCopy}. The current data is first copied to
     * {@code backups/<name>-before-restore-<time>.db}. Refused while the Tend window holds the
     * database ({@link DatabaseLock}); the caller must have closed its own connections.
     */
    public static Restored restore(Path database, Path source, Clock clock) {
        Path db = database.toAbsolutePath().normalize();
        Path src = source.toAbsolutePath().normalize();
        if (src.equals(db)) {
            throw new IllegalStateException("Cannot restore " + db + " from itself.");
        }
        Database.checkCopy(src);
        try (DatabaseLock lock = DatabaseLock.acquire(db)) {
            Path tmp = db.resolveSibling("." + db.getFileName() + ".restore-" + System.nanoTime() + ".tmp");
            try {
                // The copy is checked again where it will live: what is checked is what is installed.
                OwnerOnly.createFile(tmp);
                Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
                OwnerOnly.restrict(tmp);
                int version = Database.checkCopy(tmp);
                Optional<Path> previous = saveCurrent(db, clock);
                // A WAL left beside the old file would be replayed into the restored one.
                Files.deleteIfExists(Database.sidecar(db, "-wal"));
                Files.deleteIfExists(Database.sidecar(db, "-shm"));
                try {
                    Files.move(tmp, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, db, StandardCopyOption.REPLACE_EXISTING);
                }
                LOG.info("Restored {} from {}; the data before is in {}", db, src, previous.orElse(null));
                return new Restored(db, src, previous, version);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot restore " + db + " from " + src + ": " + e.getMessage()
                        + "; the database was not replaced.", e);
            } finally {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover hidden temporary file is harmless
                }
            }
        }
    }

    /** Checks a backup as {@link #restore} will, without changing anything; returns its schema version. */
    public static int check(Path backup) {
        return Database.checkCopy(backup);
    }

    /** A consistent copy of the data about to be replaced; a file Tend cannot open is copied as it is. */
    private static Optional<Path> saveCurrent(Path db, Clock clock) throws IOException {
        if (!Files.exists(db) || Files.size(db) == 0) {
            return Optional.empty();
        }
        Path folder = createFolder(folderOf(db));
        Path target = folder.resolve(stem(db) + "-before-restore-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        try (Database current = Database.open(db)) {
            current.backupTo(target);
        } catch (DatabaseException e) {
            LOG.warn("Cannot open {} to back it up; copying it as it is", db, e);
            OwnerOnly.createFile(target);
            Files.copy(db, target, StandardCopyOption.REPLACE_EXISTING);
            Path wal = Database.sidecar(db, "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Database.sidecar(target, "-wal"), StandardCopyOption.REPLACE_EXISTING);
                OwnerOnly.restrict(Database.sidecar(target, "-wal"));
            }
        }
        return Optional.of(target);
    }

    private static Path createFolder(Path folder) {
        try {
            return OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new DatabaseException(folder, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** "tend" for tend.db: backups of different databases in one folder stay apart. */
    static String stem(Path database) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
