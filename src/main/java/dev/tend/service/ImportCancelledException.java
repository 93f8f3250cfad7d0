package dev.tend.service;

/** The user cancelled an import while it was stored; its transaction was rolled back, nothing stayed. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("The import was cancelled; nothing was stored.");
    }
}
