package dev.tend.importer;

import java.util.List;

/**
 * A record that could not be read, with where it stands and why, in words a user understands.
 * {@code message} is English (for the command line and logs); {@code code} with {@code args} is
 * what a window translates, so the reason reads in the user's language. Code null: no translation,
 * show the message.
 */
public record ImportProblem(SourceRef source, String message, String code, List<String> args) {
    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public ImportProblem(SourceRef source, String message) {
        this(source, message, null, List.of());
    }

    /** A problem the window can say in its own language: {@code code} names the reason, {@code args} fill it in. */
    public static ImportProblem of(SourceRef source, String code, String message, String... args) {
        return new ImportProblem(source, message, code, List.of(args));
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
