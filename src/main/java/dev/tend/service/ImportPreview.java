package dev.tend.service;

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
 */
public record ImportPreview(List<Item> items, List<String> files, String format, Event event,
                            ImportOptions options) {
    public ImportPreview {
        items = List.copyOf(items);
        files = List.copyOf(files);
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
