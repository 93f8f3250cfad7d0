package dev.tend.importer;

import java.nio.file.Path;

/**
 * A file that cannot be read at all (missing, binary, empty, too large, not the format it claims):
 * nothing of it is imported. The message names the file.
 */
public class UnreadableFileException extends Exception {
    private final Path file;

    public UnreadableFileException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public UnreadableFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
