package dev.tend.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A file that cannot be read at all (missing, binary, empty, too large, not the format it claims):
 * nothing of it is imported. The message names the file, in English; {@link #code()} and
 * {@link #args()} let a window say the same in the user's language (the file name is not among the
 * args: the window shows it itself).
 */
public class UnreadableFileException extends Exception {
    private final Path file;
    private final String code;
    private final List<String> args;

    public UnreadableFileException(Path file, String message) {
        this(file, null, message, null);
    }

    public UnreadableFileException(Path file, String message, Throwable cause) {
        this(file, null, message, cause);
    }

    public UnreadableFileException(Path file, String code, String message, Throwable cause, String... args) {
        super(message, cause);
        this.file = file;
        this.code = code;
        this.args = List.of(args);
    }

    public Path file() {
        return file;
    }

    /** Why, as a stable key ("file.empty", "file.binary", ...); null when there is none. */
    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
