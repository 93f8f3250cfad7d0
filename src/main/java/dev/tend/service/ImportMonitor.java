package dev.tend.service;

/**
 * Follows an import while it is stored, from another thread: told how far it is, and asked whether
 * the user cancelled. A cancelled import is rolled back whole ({@link ImportCancelledException}).
 */
public interface ImportMonitor {
    /** Follows nothing and never cancels. */
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are written (both grow no more once writing starts). */
    void progress(int done, int total);

    /** Asked between steps; true rolls the whole import back. */
    boolean isCancelled();
}
