package dev.tend.importer;

/** A record that could not be read, with where it stands and why, in words a user understands. */
public record ImportProblem(SourceRef source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
