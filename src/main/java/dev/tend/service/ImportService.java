package dev.tend.service;

import dev.tend.domain.Archive;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.HowMet;
import dev.tend.domain.Photo;
import dev.tend.export.ContactJson;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.service.ImportPreview.Item;
import dev.tend.service.ImportPreview.Status;
import dev.tend.store.ArchiveStore;
import dev.tend.store.ContactStore;
import dev.tend.store.Database;
import dev.tend.store.EventStore;
import dev.tend.store.ImportStore;
import dev.tend.store.ImportStore.Batch;
import dev.tend.store.ImportStore.Change;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports contacts read from files: a preview that classifies every record (new, duplicate of a
 * stored contact and by which {@link MatchRule}, duplicate of an earlier record, rejected) without
 * writing; applying it in one transaction recorded as an import batch; undoing a batch.
 * The rules are in docs/importing.md, "Duplicates, merge and undo".
 */
public final class ImportService {
    /** More records than this in one import are refused. */
    public static final int MAX_RECORDS = 100_000;

    private final Database db;
    private final ContactStore contacts;
    private final EventStore events;
    private final ImportStore store;
    private final ContactService contactService;
    private final Clock clock;
    private final ArchiveStore archives;

    public ImportService(Database db, ContactStore contacts, EventStore events, ImportStore store,
                         ContactService contactService, Clock clock) {
        this.db = db;
        this.contacts = contacts;
        this.events = events;
        this.store = store;
        this.contactService = contactService;
        this.clock = clock;
        this.archives = new ArchiveStore(contacts);
    }

    /** What undoing a batch did. */
    public record UndoResult(long batchId, int removed, int restored) {
    }

    /** Classifies every record of the files against the stored contacts; writes nothing. */
    public ImportPreview preview(List<ParsedFile> files, ImportOptions options) {
        long records = files.stream().mapToLong(f -> f.records().size()).sum();
        if (records > MAX_RECORDS) {
            throw new ValidationException(List.of(new FieldError("records", "import.tooMany",
                    "The import holds " + records + " records; at most " + MAX_RECORDS + " can be imported at once.")));
        }
        return db.read(c -> {
            long[] state = state(c);
            Event event = resolveEvent(c, options);
            Plan plan = plan(c, entries(files, event, options), Map.of());
            String format = files.stream().map(ParsedFile::format).distinct().collect(Collectors.joining(","));
            List<String> names = files.stream().map(f -> f.file().getFileName().toString()).toList();
            Archive archive = files.size() == 1 && event == null && options.tags().isEmpty()
                    ? files.get(0).archive() : null;
            return new ImportPreview(plan.items, names, format, event, options,
                    new ImportPreview.Basis(state[0], state[1], plan), archive);
        });
    }

    /** What {@link #apply} would report with these decisions, without writing (a dry run). */
    public ImportReport dryRun(ImportPreview preview, Map<Integer, MergeDecision> decisions) {
        return db.read(c -> {
            Plan plan = plan(c, entriesOf(preview, preview.event() == null ? null : preview.event().id()),
                    decisions);
            return plan.report(null, preview.event() == null ? null : preview.event().id(), List.of(), List.of(),
                    true);
        });
    }

    /**
     * Stores the preview with the user's decisions (by item index; MERGE where none is given) in
     * one transaction, recorded as an import batch. The preview's matches are stored as they are
     * when the database has not changed since the preview, every decision is MERGE and the event
     * (if any) is stored already; otherwise the records are matched again against the stored
     * contacts as they are now. When nothing would change (every record a duplicate with nothing
     * new, or rejected) nothing is written, not even the batch or a new event.
     */
    public ImportReport apply(ImportPreview preview, Map<Integer, MergeDecision> decisions) {
        return apply(preview, decisions, ImportMonitor.NONE);
    }

    /**
     * {@link #apply(ImportPreview, Map)}, telling {@code monitor} how far it got after matching and
     * after each contact written, and asking it between them whether to go on.
     *
     * @throws ImportCancelledException when the monitor cancelled: the transaction was rolled back,
     *                                  nothing of the import is stored
     */
    public ImportReport apply(ImportPreview preview, Map<Integer, MergeDecision> decisions, ImportMonitor monitor) {
        try {
            return db.transaction(c -> write(c, preview, decisions, monitor));
        } catch (NothingNew n) {
            return n.report;
        }
    }

    private static void step(ImportMonitor monitor, int done, int total) {
        if (monitor.isCancelled()) {
            throw new ImportCancelledException();
        }
        monitor.progress(done, total);
    }

    private ImportReport write(Connection c, ImportPreview preview, Map<Integer, MergeDecision> decisions,
                               ImportMonitor monitor) throws SQLException {
        step(monitor, 0, 1);
        Instant now = clock.instant();
        if (restoresWhole(c, preview, decisions)) {
            return restore(c, preview, now, monitor);
        }
        Plan reused = reusablePlan(c, preview, decisions);
        Long eventId = null;
        if (preview.event() != null) {
            eventId = preview.event().id();
            if (eventId == null) {
                Optional<Long> existing = store.eventIdByName(c, preview.event().name());
                eventId = existing.isPresent() ? existing.get() : events.insert(c, preview.event(), now);
            }
        }
        Plan plan = reused != null ? reused : plan(c, entriesOf(preview, eventId), decisions);
        if (plan.added().isEmpty() && plan.changedSlots().isEmpty()) {
            throw new NothingNew(plan.report(null, preview.event() == null ? null : preview.event().id(),
                    List.of(), List.of(), false));
        }
        // Matching is the first step, each contact written one more, indexing and the batch record the last.
        int total = 2 + plan.added().size() + plan.changedSlots().size();
        int every = Math.max(1, total / 100);
        int done = 1;
        step(monitor, done, total);
        long batchId = store.startBatch(c, String.join(", ", preview.files()), preview.format(), now, eventId);
        // The full-text index is written once per contact at the end instead of by the triggers on
        // every row (decision 0019); the marker lives only inside this transaction.
        contacts.deferIndex(c);
        List<Long> addedIds = new ArrayList<>(plan.added().size());
        List<Long> mergedIds = new ArrayList<>(plan.changedSlots().size());
        try (ContactStore.Inserter inserter = contacts.inserter(c, batchId);
             ImportStore.ChangeWriter changes = store.changeWriter(c, batchId)) {
            for (Slot s : plan.added()) {
                if (++done % every == 0) {
                    step(monitor, done, total);
                }
                long id = inserter.insert(s.current, UUID.randomUUID().toString(), now);
                if (s.photo != null) {
                    inserter.photo(id, s.photo, "import");
                }
                addedIds.add(id);
                changes.add(new Change(id, "ADDED", null));
            }
            inserter.flush();
            for (Slot s : plan.changedSlots()) {
                if (++done % every == 0) {
                    step(monitor, done, total);
                }
                ObjectNode before = ContactJson.toNode(s.before);
                before.put("hasPhoto", s.storedHasPhoto);
                contacts.update(c, s.current, now);
                if (!s.storedHasPhoto && s.photo != null) {
                    contacts.setPhoto(c, s.storedId, s.photo, "import");
                }
                mergedIds.add(s.storedId);
                changes.add(new Change(s.storedId, "MERGED", before.toString()));
            }
        }
        step(monitor, total - 1, total);
        contacts.indexImport(c, batchId);
        ImportReport report = plan.report(batchId, eventId, addedIds, mergedIds, false);
        store.finishBatch(c, batchId, clock.instant(), report.imported(), report.merged(), report.skipped(),
                report.rejected());
        step(monitor, total, total);
        return report;
    }

    /**
     * Whether {@link #apply} would restore the whole Tend export the preview holds, with its ids,
     * events, interactions, exchanges, follow-ups and settings: only into a database without
     * contacts, events or interactions, and when no record is to be skipped. Otherwise only the
     * export's contacts are imported, through the duplicate rules like any file's.
     */
    public boolean restoresWhole(ImportPreview preview, Map<Integer, MergeDecision> decisions) {
        return db.read(c -> restoresWhole(c, preview, decisions));
    }

    private boolean restoresWhole(Connection c, ImportPreview preview, Map<Integer, MergeDecision> decisions)
            throws SQLException {
        return preview.archive() != null && decisions.values().stream().allMatch(d -> d == MergeDecision.MERGE)
                && archives.isEmpty(c);
    }

    /** The whole export into the empty database, recorded as one import batch that undo can remove. */
    private ImportReport restore(Connection c, ImportPreview preview, Instant now, ImportMonitor monitor)
            throws SQLException {
        Archive archive = preview.archive();
        long batchId = store.startBatch(c, String.join(", ", preview.files()), preview.format(), now, null);
        step(monitor, 1, 3);
        List<Long> ids = archives.restore(c, archive, batchId);
        step(monitor, 2, 3);
        try (ImportStore.ChangeWriter changes = store.changeWriter(c, batchId)) {
            for (long id : ids) {
                changes.add(new Change(id, "ADDED", null));
            }
        }
        store.finishBatch(c, batchId, clock.instant(), ids.size(), 0, 0, 0);
        step(monitor, 3, 3);
        return new ImportReport(batchId, ids.size(), 0, 0, 0, List.of(), ids, List.of(), null, false);
    }

    /** Whether {@link #apply} would store the preview's own plan now instead of matching again. */
    boolean canReuse(ImportPreview preview, Map<Integer, MergeDecision> decisions) {
        return db.read(c -> reusablePlan(c, preview, decisions) != null);
    }

    /**
     * The preview's plan if it is what matching now would give: the database unchanged (call
     * before writing anything), the default decisions it was worked out with, and no event still
     * to create (its id, known only when stored, goes into the records and may fill merged ones).
     */
    private static Plan reusablePlan(Connection c, ImportPreview preview, Map<Integer, MergeDecision> decisions)
            throws SQLException {
        ImportPreview.Basis basis = preview.basis();
        if (basis == null || !(basis.plan instanceof Plan plan)
                || (preview.event() != null && preview.event().id() == null)
                || decisions.values().stream().anyMatch(d -> d != MergeDecision.MERGE)) {
            return null;
        }
        long[] now = state(c);
        return basis.sameState(now[0], now[1]) ? plan : null;
    }

    /** PRAGMA data_version and total_changes() of the connection: see {@link ImportPreview.Basis}. */
    private static long[] state(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long dataVersion;
            try (ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                rs.next();
                dataVersion = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT total_changes()")) {
                rs.next();
                return new long[] {dataVersion, rs.getLong(1)};
            }
        }
    }

    /**
     * Undoes a batch in one transaction: deletes the contacts it added (with anything logged with
     * them since) and restores the contacts it merged into exactly as they were before (every field,
     * emails, phones, tags; a photo the import gave them is removed). Edits made to a merged
     * contact after the import are lost with it. The batch stays, marked undone.
     *
     * @throws NotFoundException when there is no such batch
     * @throws IllegalStateException when the batch was undone already
     */
    public UndoResult undo(long batchId) {
        return db.transaction(c -> {
            Batch batch = store.batch(c, batchId)
                    .orElseThrow(() -> new NotFoundException("Import " + batchId + " does not exist."));
            if (batch.undoneAt() != null) {
                throw new IllegalStateException("Import " + batchId + " was already undone on "
                        + batch.undoneAt().atZone(clock.getZone()).toLocalDate() + "; nothing to undo.");
            }
            List<Long> added = new ArrayList<>();
            int restored = 0;
            for (Change ch : store.changes(c, batchId)) {
                if (ch.action().equals("ADDED")) {
                    added.add(ch.contactId());
                } else if (contacts.exists(c, ch.contactId())) {
                    Contact before = ContactJson.fromJson(ch.beforeJson());
                    boolean hadPhoto = hadPhoto(ch.beforeJson());
                    contacts.update(c, before, before.updatedAt() != null ? before.updatedAt() : clock.instant());
                    if (!hadPhoto) {
                        contacts.setPhoto(c, ch.contactId(), null, null);
                    }
                    restored++;
                }
            }
            int removed = contacts.delete(c, added);
            store.deleteUnusedTags(c);
            store.markUndone(c, batchId, clock.instant());
            return new UndoResult(batchId, removed, restored);
        });
    }

    /** The "hasPhoto" member of a before_json (true when missing: then the photo is left alone). */
    private static boolean hadPhoto(String beforeJson) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(beforeJson).path("hasPhoto").asBoolean(true);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The import's record of a merged contact is damaged.", e);
        }
    }

    /** Every import batch, newest first. */
    public List<Batch> batches() {
        return db.read(store::batches);
    }

    public Optional<Batch> batch(long id) {
        return db.read(c -> store.batch(c, id));
    }

    // ---- planning -------------------------------------------------------------------------------

    /** A record ready to plan: normalised with the batch's event and tags, or a problem. */
    private record Entry(SourceRef source, Contact contact, Photo photo, ImportProblem problem) {
    }

    private Event resolveEvent(Connection c, ImportOptions options) throws SQLException {
        if (options.eventId() != null) {
            return events.find(c, options.eventId())
                    .orElseThrow(() -> new NotFoundException("Event " + options.eventId() + " does not exist."));
        }
        if (options.eventName() != null) {
            Optional<Long> id = store.eventIdByName(c, options.eventName());
            if (id.isPresent()) {
                return events.find(c, id.get()).orElseThrow();
            }
            LocalDate today = LocalDate.now(clock);
            return new Event(null, options.eventName(), null, null, today, null, null);
        }
        return null;
    }

    private List<Entry> entries(List<ParsedFile> files, Event event, ImportOptions options) {
        List<Entry> entries = new ArrayList<>();
        for (ParsedFile f : files) {
            List<Entry> ofFile = new ArrayList<>();
            for (ImportRecord r : f.records()) {
                ofFile.add(entry(r, event, options));
            }
            for (ImportProblem p : f.problems()) {
                ofFile.add(new Entry(p.source(), null, null, p));
            }
            ofFile.sort(Comparator.comparingInt(e -> e.source().number()));
            entries.addAll(ofFile);
        }
        return entries;
    }

    private Entry entry(ImportRecord r, Event event, ImportOptions options) {
        if (r.photo() != null && r.photo().data() != null && r.photo().data().length > ContactService.MAX_PHOTO_BYTES) {
            return new Entry(r.source(), null, null, ImportProblem.of(r.source(), "record.photoTooLarge", "The photo is larger than 10 MB."));
        }
        Contact normalised;
        try {
            normalised = contactService.normalise(r.contact().toBuilder().id(null).uid(null).build());
        } catch (ValidationException e) {
            String message = e.errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
            String[] codes = e.errors().stream().map(FieldError::code).toArray(String[]::new);
            return new Entry(r.source(), null, null, ImportProblem.of(r.source(), "record.invalid", message, codes));
        }
        Contact.Builder b = normalised.toBuilder();
        List<String> tags = new ArrayList<>(normalised.tags());
        tags.addAll(options.tags());
        b.tags(tags);
        if (event != null) {
            b.metAtEventId(event.id()).howMet(HowMet.IN_PERSON)
                    .firstMet(event.startDate() != null ? event.startDate() : LocalDate.now(clock));
        }
        return new Entry(r.source(), b.build(), r.photo(), null);
    }

    /** The preview's records again, with the event id known now. */
    private static List<Entry> entriesOf(ImportPreview preview, Long eventId) {
        List<Entry> entries = new ArrayList<>();
        for (Item i : preview.items()) {
            if (i.status() == Status.REJECTED) {
                entries.add(new Entry(i.source(), null, null, i.problem()));
            } else {
                Contact c = i.incoming();
                if (eventId != null && c.metAtEventId() == null && preview.event() != null) {
                    c = c.toBuilder().metAtEventId(eventId).build();
                }
                entries.add(new Entry(i.source(), c, i.photo(), null));
            }
        }
        return entries;
    }

    /** Where records go: a new contact, or a stored one they are merged into. */
    private static final class Slot {
        final Long storedId;
        final Contact before;
        final boolean storedHasPhoto;
        Contact current;
        Photo photo;

        Slot(Long storedId, Contact before, boolean storedHasPhoto, Contact current, Photo photo) {
            this.storedId = storedId;
            this.before = before;
            this.storedHasPhoto = storedHasPhoto;
            this.current = current;
            this.photo = photo;
        }

        boolean changed() {
            return storedId != null && (ContactMerge.changes(before, current) || (!storedHasPhoto && photo != null));
        }
    }

    /** A match target: a stored contact or an earlier record of this import. */
    private record Target(Long storedId, Integer item) {
    }

    private enum Outcome { ADDED, MERGED, UNCHANGED, SKIPPED, REJECTED }

    private record Plan(List<Item> items, List<Outcome> outcomes, List<Slot> added, List<Slot> changedSlots) {
        ImportReport report(Long batchId, Long eventId, List<Long> addedIds, List<Long> mergedIds, boolean dryRun) {
            int imported = 0;
            int merged = 0;
            int skipped = 0;
            int rejected = 0;
            for (Outcome o : outcomes) {
                switch (o) {
                    case ADDED -> imported++;
                    case MERGED -> merged++;
                    case UNCHANGED, SKIPPED -> skipped++;
                    case REJECTED -> rejected++;
                }
            }
            List<ImportProblem> problems = items.stream().filter(i -> i.problem() != null).map(Item::problem).toList();
            return new ImportReport(batchId, imported, merged, skipped, rejected, problems, addedIds, mergedIds,
                    eventId, dryRun);
        }
    }

    /**
     * Matches each record against the stored contacts (first) and the records before it, in the
     * order of {@link MatchRule}, and merges it where its decision says.
     */
    private Plan plan(Connection c, List<Entry> entries, Map<Integer, MergeDecision> decisions) throws SQLException {
        DuplicateIndex<Target> index = new DuplicateIndex<>();
        for (ImportStore.ValueRow r : store.emails(c)) {
            index.putEmail(r.value(), new Target(r.contactId(), null));
        }
        for (ImportStore.ValueRow r : store.phones(c)) {
            index.putPhone(r.value(), new Target(r.contactId(), null));
        }
        for (ImportStore.ValueRow r : store.profileUrls(c)) {
            index.putProfile(r.value(), new Target(r.contactId(), null));
        }
        for (ImportStore.NameRow r : store.namesWithOrganisation(c)) {
            Contact n = Contact.builder().fullName(r.fullName()).givenName(r.givenName()).familyName(r.familyName())
                    .organisation(r.organisation()).build();
            index.putName(n, new Target(r.contactId(), null));
        }
        Map<Long, Slot> storedSlots = new LinkedHashMap<>();
        Map<Integer, Slot> itemSlots = new HashMap<>();
        List<Slot> added = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.problem() != null) {
                items.add(new Item(i, e.source(), Status.REJECTED, null, null, null, null, null, null, false, e.problem()));
                outcomes.add(Outcome.REJECTED);
                continue;
            }
            Contact incoming = e.contact();
            Optional<DuplicateIndex.Match<Target>> stored = index.find(incoming, t -> t.storedId() != null);
            Optional<DuplicateIndex.Match<Target>> earlier = stored.isPresent() ? Optional.empty()
                    : index.find(incoming, t -> t.item() != null);
            MergeDecision decision = decisions.getOrDefault(i, MergeDecision.MERGE);
            Slot slot = null;
            Status status;
            MatchRule rule = null;
            Contact storedContact = null;
            Integer matchesItem = null;
            if (stored.isPresent()) {
                status = Status.DUPLICATE;
                rule = stored.get().rule();
                long id = stored.get().target().storedId();
                slot = storedSlots.get(id);
                if (slot == null) {
                    Optional<Contact> found = contacts.find(c, id);
                    if (found.isPresent()) {
                        slot = new Slot(id, found.get(), contacts.photo(c, id).isPresent(), found.get(), null);
                        storedSlots.put(id, slot);
                    }
                }
                storedContact = slot == null ? null : slot.before;
            } else if (earlier.isPresent()) {
                status = Status.DUPLICATE_IN_BATCH;
                rule = earlier.get().rule();
                matchesItem = earlier.get().target().item();
                slot = itemSlots.get(matchesItem);
            } else {
                status = Status.NEW;
            }
            Contact merged;
            boolean changes;
            Outcome outcome;
            boolean mergeHere = status != Status.NEW && slot != null && decision == MergeDecision.MERGE;
            if (status != Status.NEW && slot != null) {
                merged = ContactMerge.merge(slot.current, incoming);
                boolean addsPhoto = e.photo() != null && slot.photo == null && !slot.storedHasPhoto;
                changes = ContactMerge.changes(slot.current, merged) || addsPhoto;
                if (mergeHere) {
                    slot.current = merged;
                    if (addsPhoto) {
                        slot.photo = e.photo();
                    }
                    outcome = changes ? Outcome.MERGED : Outcome.UNCHANGED;
                } else {
                    outcome = decision == MergeDecision.SKIP ? Outcome.SKIPPED : Outcome.ADDED;
                }
            } else {
                merged = incoming;
                changes = true;
                outcome = decision == MergeDecision.SKIP ? Outcome.SKIPPED : Outcome.ADDED;
            }
            if (outcome == Outcome.ADDED) {
                Slot own = new Slot(null, null, false, incoming, e.photo());
                added.add(own);
                itemSlots.put(i, own);
                index.putAll(incoming, new Target(null, i));
            } else if (mergeHere) {
                if (slot.storedId != null) {
                    index.putAll(incoming, new Target(slot.storedId, null));
                } else {
                    itemSlots.put(i, slot);
                    index.putAll(incoming, new Target(null, matchesItem));
                }
            }
            items.add(new Item(i, e.source(), status, incoming, e.photo(), storedContact, matchesItem, rule, merged,
                    changes, null));
            outcomes.add(outcome);
        }
        List<Slot> changed = storedSlots.values().stream().filter(Slot::changed).toList();
        return new Plan(items, outcomes, added, changed);
    }

    /** Thrown inside the transaction to roll back an import that would change nothing. */
    private static final class NothingNew extends RuntimeException {
        final transient ImportReport report;

        NothingNew(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
