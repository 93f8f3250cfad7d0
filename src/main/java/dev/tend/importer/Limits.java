package dev.tend.importer;

/**
 * What a reader refuses: files over {@code maxFileBytes}, more than {@code maxRecords} records,
 * photos over {@code maxPhotoBytes}. Tests lower them through the readers' package-private
 * constructors.
 */
record Limits(long maxFileBytes, int maxRecords, long maxPhotoBytes) {
    static final Limits DEFAULT = new Limits(50L * 1024 * 1024, 100_000, 10L * 1024 * 1024);

    /** "50 MB", "10 MB", "2 KB": the limit in words for messages. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
