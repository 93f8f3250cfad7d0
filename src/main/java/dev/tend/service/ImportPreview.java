package dev.tend.service;

import dev.tend.domain.Archive;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.Photo;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, before anything is stored: every record of every file, classified, with
 * the default merge worked out for each duplicate. Nothing is written by making a preview.
 *
 * @param files  the files' names, in the order given
 * @param format the files' formats, comma-separated when they differ
 * @param event  the batch's event: stored (with id), to be created (no id), or null for none
 * @param basis  the database state the preview was worked out on, or null when unknown; lets
 *               {@link ImportService#apply} reuse the preview's matches when nothing changed since
 * @param archive everything a whole Tend JSON export holds when the import is that one file, else
 *               null; applied to an empty database it is restored as it is (docs/export-format.md)
 */
public record ImportPreview(List<Item> items, List<String> files, String format, Event event,
                            ImportOptions options, Basis basis, Archive archive) {
    public ImportPreview {
        items = List.copyOf(items);
        files = List.copyOf(files);
    }

    public ImportPreview(List<Item> items, List<String> files, String format, Event event, ImportOptions options,
                         Basis basis) {
        this(items, files, format, event, options, basis, null);
    }

    /** A preview without a basis: applying it matches every record again. */
    public ImportPreview(List<Item> items, List<String> files, String format, Event event, ImportOptions options) {
        this(items, files, format, event, options, null);
    }

    /**
     * The database as the preview saw it: SQLite's data_version (changes by other connections,
     * such as the command line while the window is open) and total_changes() (changes by Tend's
     * own connection). When both are unchanged at apply, the stored contacts are as the preview
     * matched them and its plan can be stored as it is. Equal when the versions are.
     */
    public static final class Basis {
        private final long dataVersion;
        private final long totalChanges;
        /** The plan the preview worked out (ImportService's own type), reused by apply. */
        final transient Object plan;

        Basis(long dataVersion, long totalChanges, Object plan) {
            this.dataVersion = dataVersion;
            this.totalChanges = totalChanges;
            this.plan = plan;
        }

        public long dataVersion() {
            return dataVersion;
        }

        public long totalChanges() {
            return totalChanges;
        }

        boolean sameState(long dataVersion, long totalChanges) {
            return this.dataVersion == dataVersion && this.totalChanges == totalChanges;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Basis b && b.dataVersion == dataVersion && b.totalChanges == totalChanges;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(dataVersion) * 31 + Long.hashCode(totalChanges);
        }

        @Override
        public String toString() {
            return "Basis[dataVersion=" + dataVersion + ", totalChanges=" + totalChanges + "]";
        }
    }

    /** How a record stands against the stored contacts and the records before it. */
    public enum Status { NEW, DUPLICATE, DUPLICATE_IN_BATCH, REJECTED }

    /**
     * One record, side by side with what it matched.
     *
     * @param index      its position in {@link #items()}; decisions are keyed by it
     * @param incoming   the record as Tend would store it (normalised), null when rejected by a reader
     * @param stored     the stored contact it duplicates (DUPLICATE), else null
     * @param matchesItem the earlier record it duplicates (DUPLICATE_IN_BATCH), else null
     * @param rule       the rule that matched, null for NEW and REJECTED
     * @param merged     the default merge: stored (or the earlier record) with this one's new
     *                   values added and empty fields filled; for NEW the contact as it would be added
     * @param changes    whether merging changes anything (false: a duplicate with nothing new)
     * @param problem    why it was rejected, else null
     */
    public record Item(int index, SourceRef source, Status status, Contact incoming, Photo photo, Contact stored,
                       Integer matchesItem, MatchRule rule, Contact merged, boolean changes, ImportProblem problem) {
        public boolean isDuplicate() {
            return status == Status.DUPLICATE || status == Status.DUPLICATE_IN_BATCH;
        }
    }

    public List<Item> duplicates() {
        return items.stream().filter(Item::isDuplicate).toList();
    }

    public List<ImportProblem> problems() {
        return items.stream().filter(i -> i.problem() != null).map(Item::problem).toList();
    }

    public long count(Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** The default decisions: MERGE for every duplicate. */
    public static Map<Integer, MergeDecision> defaultDecisions() {
        return Map.of();
    }
}
