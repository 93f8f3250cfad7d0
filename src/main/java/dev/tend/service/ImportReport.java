package dev.tend.service;

import dev.tend.importer.ImportProblem;
import java.util.List;

/**
 * The outcome of an import (or, for a dry run, what it would be). Every record counts once:
 * {@code imported} as a new contact, {@code merged} into a contact it changed, {@code skipped}
 * (chosen to skip, or a duplicate with nothing new) or {@code rejected} (see {@code problems}).
 *
 * @param batchId the import batch to undo, null when nothing was written (dry run, or nothing new)
 * @param eventId the event the contacts were met at, null without one (or in a dry run for an
 *                event that does not exist yet)
 */
public record ImportReport(Long batchId, int imported, int merged, int skipped, int rejected,
                           List<ImportProblem> problems, List<Long> addedIds, List<Long> mergedIds,
                           Long eventId, boolean dryRun) {
    public ImportReport {
        problems = List.copyOf(problems);
        addedIds = List.copyOf(addedIds);
        mergedIds = List.copyOf(mergedIds);
    }

    public int total() {
        return imported + merged + skipped + rejected;
    }
}
