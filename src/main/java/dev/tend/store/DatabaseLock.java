package dev.tend.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Says "the Tend window has this database open" to other Tend processes, through an OS file lock
 * on {@code <db>.lock} beside it. The command line may still read and write the database while the
 * window is open (SQLite shares it through WAL), but replacing the file under the window (restore)
 * would lose the window's writes, so restore takes this lock and is refused while the window has it.
 * The OS drops the lock when the process ends, even on a crash, so a stale lock file is harmless.
 */
public final class DatabaseLock implements AutoCloseable {
    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails with {@link DatabaseException.Reason#LOCKED} when another holder has it. */
    public static DatabaseLock acquire(Path database) {
        Path file = lockFile(database);
        FileChannel channel = null;
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.restrict(file);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw held(database, null);
            }
            return new DatabaseLock(database, channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw held(database, e);
        } catch (IOException e) {
            close(channel);
            throw new DatabaseException(database, DatabaseException.Reason.NOT_WRITABLE,
                    "Cannot lock " + database + ": " + e.getMessage(), e);
        } catch (DatabaseException e) {
            close(channel);
            throw e;
        }
    }

    public static Path lockFile(Path database) {
        Path abs = database.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    public Path database() {
        return database;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it as well.
        }
        close(channel);
    }

    private static DatabaseException held(Path database, Throwable cause) {
        return new DatabaseException(database, DatabaseException.Reason.LOCKED,
                database + " is open in the Tend window. Close the window first (or restore from its "
                        + "File menu); nothing was changed.", cause);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
