package dev.tend.store;

import java.nio.file.Path;

/**
 * The database file could not be opened or used. The message names the file and says what is
 * wrong in words a user understands.
 */
public class DatabaseException extends RuntimeException {
    /** What kind of trouble, so callers can react (e.g. offer another file) without parsing text. */
    public enum Reason { NOT_WRITABLE, LOCKED, NOT_SQLITE, NOT_TEND, NEWER_VERSION, FAILED }

    private final Path file;
    private final Reason reason;

    public DatabaseException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
