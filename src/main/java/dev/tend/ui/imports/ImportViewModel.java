package dev.tend.ui.imports;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Event;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.importer.ColumnMapping;
import dev.tend.importer.CsvReader;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.importer.UnreadableFileException;
import dev.tend.service.EventService;
import dev.tend.service.ImportCancelledException;
import dev.tend.service.ImportMonitor;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.ImportPreview.Item;
import dev.tend.service.ImportPreview.Status;
import dev.tend.service.ImportReport;
import dev.tend.service.ImportService;
import dev.tend.service.MergeDecision;
import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.store.ImportStore.Batch;
import dev.tend.ui.common.Background;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Import screen, step by step: files chosen (or dropped on the window) are read; CSV files of
 * an unknown layout go through a column-mapping step; the preview classifies every record (new,
 * duplicate of a stored contact and by which rule, duplicate within the import, rejected) and lets
 * the user decide each duplicate; the import is stored in the background with progress and
 * cancel; the report offers undo and the imported contacts. Reading, matching and storing run
 * through {@link Background}, never on the UI thread.
 */
public final class ImportViewModel {
    /** Where the screen is. */
    public enum Step { CHOOSE, MAPPING, PREVIEW, IMPORTING, REPORT }

    /** Which records the preview lists. */
    public enum Filter { ALL, NEW, DUPLICATE, DUPLICATE_IN_BATCH, REJECTED }

    private final ImportService imports;
    private final EventService events;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Background background;
    private final String defaultRegion;
    private final Importers importers = new Importers();
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();

    private final List<ParsedFile> parsed = new ArrayList<>();
    private final Deque<Mapping> pendingMappings = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Mapping> mapping = new ReadOnlyObjectWrapper<>(this, "mapping");

    private ImportPreview preview;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shownRows = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty eventText = new SimpleStringProperty(this, "eventText", "");
    private final StringProperty tagsText = new SimpleStringProperty(this, "tagsText", "");
    private final ObservableList<Event> eventChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** Counts decision changes; a dry run started for an older count is not run or not shown. */
    private final java.util.concurrent.atomic.AtomicLong dryRunSeq = new java.util.concurrent.atomic.AtomicLong();
    private boolean dryRunScheduled;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper reportUndone = new ReadOnlyBooleanWrapper(this, "reportUndone");
    private final ObservableList<String> reportProblems = FXCollections.observableArrayList();
    private ImportOptions reportOptions = ImportOptions.NONE;
    private final ObservableList<Batch> history = FXCollections.observableArrayList();

    private BiConsumer<Long, String> onShowContacts = (event, tag) -> { };
    private Runnable onScanCards = () -> { };

    public ImportViewModel(ImportService imports, EventService events, DialogService dialogs, I18n i18n,
                           Background background, String defaultRegion, ZoneId zone) {
        this.imports = imports;
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.background = background;
        this.defaultRegion = defaultRegion;
        this.zone = zone;
        filter.addListener((o, a, f) -> shownRows.setPredicate(r -> matches(r, f)));
    }

    /** Where "Show imported contacts" goes: the contact list filtered by this event id or tag. */
    public void setOnShowContacts(BiConsumer<Long, String> onShowContacts) {
        this.onShowContacts = Objects.requireNonNull(onShowContacts);
    }

    /** Where "Scan card photos…" leads: the card review queue, for printed cards read one by one. */
    public void setOnScanCards(Runnable onScanCards) {
        this.onScanCards = Objects.requireNonNull(onScanCards);
    }

    public void scanCards() {
        onScanCards.run();
    }

    /** Reloads what may have changed elsewhere: the events to choose from, the past imports. */
    public void refresh() {
        eventChoices.setAll(events.all());
        history.setAll(imports.batches());
    }

    // ---- choosing and reading files --------------------------------------------------------------

    /** Asks for files and reads them; nothing happens when the user cancels the chooser. */
    public void chooseFiles() {
        List<Path> files = dialogs.chooseContactFiles(i18n.get("import.choose.title"));
        if (!files.isEmpty()) {
            start(files);
        }
    }

    /**
     * Starts an import of these files (chosen, or dropped on the window), dropping any import not
     * yet stored. While one is being stored, the files are refused with a message.
     */
    public void start(List<Path> files) {
        if (step.get() == Step.IMPORTING) {
            message.set(i18n.get("import.busy"));
            return;
        }
        clear();
        refresh();
        busy.set(true);
        message.set(i18n.get("import.reading", files.size()));
        background.run(() -> readAll(List.copyOf(files)), this::read, this::failed);
    }

    /** What reading found: files read, files that need a column mapping, files that cannot be read. */
    private record ReadResult(List<ParsedFile> files, List<Mapping> mappings, List<String> problems) {
    }

    private ReadResult readAll(List<Path> files) {
        List<ParsedFile> read = new ArrayList<>();
        List<Mapping> mappings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                Optional<CsvReader.Layout> layout = importers.csvLayout(f);
                if (layout.isPresent() && CsvReader.GENERIC.equals(layout.get().format())) {
                    mappings.add(new Mapping(f, layout.get(), new CsvReader().firstRow(f, layout.get())));
                } else {
                    read.add(importers.readFile(f, defaultRegion));
                }
            } catch (UnreadableFileException e) {
                problems.add(fileProblemText(e));
            }
        }
        return new ReadResult(read, mappings, problems);
    }

    private void read(ReadResult result) {
        parsed.addAll(result.files());
        fileProblems.addAll(result.problems());
        pendingMappings.addAll(result.mappings());
        nextStep();
    }

    /** The next column mapping to confirm, or the preview once every file is read. */
    private void nextStep() {
        Mapping next = pendingMappings.poll();
        if (next != null) {
            busy.set(false);
            message.set("");
            mapping.set(next);
            step.set(Step.MAPPING);
            return;
        }
        mapping.set(null);
        if (parsed.isEmpty()) {
            busy.set(false);
            message.set(i18n.get("import.nothingRead"));
            step.set(Step.CHOOSE);
            return;
        }
        runPreview();
    }

    /** Reads the file of the mapping step with the columns as the user mapped them. */
    public void confirmMapping() {
        Mapping m = mapping.get();
        if (m == null) {
            return;
        }
        if (!m.usableProperty().get()) {
            message.set(i18n.get("import.mapping.unusable"));
            return;
        }
        busy.set(true);
        ColumnMapping chosen = m.toColumnMapping();
        background.run(() -> {
            try {
                return new ReadResult(List.of(importers.readCsv(m.file(), defaultRegion, chosen)), List.of(), List.of());
            } catch (UnreadableFileException e) {
                return new ReadResult(List.of(), List.of(), List.of(fileProblemText(e)));
            }
        }, this::read, this::failed);
    }

    /** Leaves the file of the mapping step out of this import. */
    public void skipMapping() {
        Mapping m = mapping.get();
        if (m != null) {
            fileProblems.add(i18n.get("import.mapping.skipped", m.fileName()));
            nextStep();
        }
    }

    // ---- preview -----------------------------------------------------------------------------------

    private void runPreview() {
        busy.set(true);
        message.set(i18n.get("import.matching"));
        ImportOptions options = options();
        List<ParsedFile> files = List.copyOf(parsed);
        background.run(() -> imports.preview(files, options), this::showPreview, this::failed);
    }

    private void showPreview(ImportPreview p) {
        preview = p;
        List<Row> list = new ArrayList<>();
        for (Item i : p.items()) {
            Row row = new Row(i);
            row.decision.addListener((o, a, b) -> decisionsChanged());
            list.add(row);
        }
        rows.setAll(list);
        filter.set(Filter.ALL);
        shownRows.setPredicate(r -> true);
        selected.set(rows.stream().filter(r -> r.item().isDuplicate()).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        busy.set(false);
        message.set("");
        step.set(Step.PREVIEW);
        decisionsChanged();
    }

    /**
     * Works out what the import would do with the decisions as they are now. It runs in the
     * background, since matching a large import takes a while; an answer that a later change
     * overtook is dropped.
     */
    private void decisionsChanged() {
        if (preview == null) {
            return;
        }
        dryRunSeq.incrementAndGet();
        // "Merge all" changes many rows at once: one dry run after the whole change, not one per row.
        if (dryRunScheduled) {
            return;
        }
        dryRunScheduled = true;
        background.later(this::startDryRun);
    }

    private void startDryRun() {
        dryRunScheduled = false;
        if (preview == null) {
            return;
        }
        long seq = dryRunSeq.get();
        ImportPreview p = preview;
        Map<Integer, MergeDecision> decisions = decisions();
        background.run(() -> seq == dryRunSeq.get() ? imports.dryRun(p, decisions) : null, r -> {
            if (r != null && seq == dryRunSeq.get()) {
                summary.set(countsText(r));
            }
        }, e -> {
            if (seq == dryRunSeq.get()) {
                summary.set("");
            }
        });
    }

    /** The user's decisions by item index; duplicates without one are merged. */
    public Map<Integer, MergeDecision> decisions() {
        Map<Integer, MergeDecision> m = new HashMap<>();
        for (Row r : rows) {
            if (r.decision.get() != MergeDecision.MERGE) {
                m.put(r.item().index(), r.decision.get());
            }
        }
        return m;
    }

    /** Sets what happens to a record (for a new one: import it, or SKIP it). */
    public void decide(Row row, MergeDecision decision) {
        row.decision.set(decision);
    }

    /** Merges every duplicate, as the default does. */
    public void mergeAll() {
        rows.stream().filter(r -> r.item().isDuplicate()).forEach(r -> r.decision.set(MergeDecision.MERGE));
    }

    private static boolean matches(Row r, Filter f) {
        return switch (f) {
            case ALL -> true;
            case NEW -> r.item().status() == Status.NEW;
            case DUPLICATE -> r.item().status() == Status.DUPLICATE;
            case DUPLICATE_IN_BATCH -> r.item().status() == Status.DUPLICATE_IN_BATCH;
            case REJECTED -> r.item().status() == Status.REJECTED;
        };
    }

    public long count(Filter f) {
        return rows.stream().filter(r -> matches(r, f)).count();
    }

    /** The event and tags as typed: an event chosen from the list by its id, any other name as new. */
    public ImportOptions options() {
        List<String> tags = Arrays.stream(tagsText.get() == null ? new String[0] : tagsText.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String name = Text.blankToNull(eventText.get());
        if (name == null) {
            return new ImportOptions(null, null, tags);
        }
        String trimmed = name.strip();
        Optional<Event> known = eventChoices.stream().filter(e -> e.name().equalsIgnoreCase(trimmed)).findFirst();
        return known.map(e -> new ImportOptions(e.id(), null, tags))
                .orElseGet(() -> new ImportOptions(null, trimmed, tags));
    }

    /** Whether the typed event is not stored yet, so importing creates it (dated today). */
    public boolean eventIsNew() {
        ImportOptions o = options();
        return o.eventName() != null;
    }

    // ---- storing -----------------------------------------------------------------------------------

    /**
     * Stores the import in the background with the decisions made, telling {@link #progressProperty()}
     * how far it is; {@link #cancel()} rolls it back. When the event or tags changed since the
     * preview, the records are matched again with them first (the indexes of the decisions stay).
     */
    public void importNow() {
        if (preview == null || step.get() != Step.PREVIEW) {
            return;
        }
        ImportOptions options = options();
        ImportPreview current = preview;
        List<ParsedFile> files = List.copyOf(parsed);
        Map<Integer, MergeDecision> decisions = decisions();
        cancelRequested.set(false);
        progress.set(-1);
        message.set(i18n.get("import.storing"));
        step.set(Step.IMPORTING);
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void progress(int done, int total) {
                double value = total == 0 ? 0 : (double) done / total;
                background.later(() -> progress.set(value));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };
        background.run(() -> {
            ImportPreview p = options.equals(current.options()) ? current : imports.preview(files, options);
            return imports.apply(p, decisions, monitor);
        }, r -> showReport(r, options), e -> {
            step.set(Step.PREVIEW);
            progress.set(-1);
            if (e instanceof ImportCancelledException) {
                message.set(i18n.get("import.cancelled"));
            } else {
                message.set("");
                dialogs.showError(i18n.get("import.failed.title"), errorText(e));
            }
        });
    }

    /** Asks the running import to stop; it rolls back at its next step. */
    public void cancel() {
        if (step.get() == Step.IMPORTING) {
            cancelRequested.set(true);
            message.set(i18n.get("import.cancelling"));
        }
    }

    private void showReport(ImportReport r, ImportOptions options) {
        // Options and undone state first: listeners of the report read them.
        reportOptions = options;
        reportUndone.set(false);
        report.set(r);
        List<String> problems = new ArrayList<>(fileProblems);
        r.problems().forEach(p -> problems.add(problemLine(p)));
        reportProblems.setAll(problems);
        progress.set(1);
        message.set("");
        step.set(Step.REPORT);
        refresh();
    }

    /** Undoes the import just reported, after the user confirms. */
    public void undoReport() {
        ImportReport r = report.get();
        if (r == null || r.batchId() == null || reportUndone.get()) {
            return;
        }
        if (undo(r.batchId(), r.imported(), r.merged())) {
            reportUndone.set(true);
        }
    }

    /** Undoes a past import from the list, after the user confirms. */
    public void undo(Batch batch) {
        if (batch.undoneAt() != null) {
            return;
        }
        if (undo(batch.id(), batch.imported(), batch.merged()) && report.get() != null
                && Objects.equals(report.get().batchId(), batch.id())) {
            reportUndone.set(true);
        }
    }

    private boolean undo(long batchId, int added, int merged) {
        if (!dialogs.confirm(i18n.get("import.undo.title"), i18n.get("import.undo.confirm", added, merged),
                i18n.get("import.undo"))) {
            return false;
        }
        try {
            ImportService.UndoResult u = imports.undo(batchId);
            message.set(i18n.get("import.undone", u.removed(), u.restored()));
            return true;
        } catch (IllegalStateException | NotFoundException e) {
            dialogs.showError(i18n.get("import.undo.title"), i18n.get("import.undo.notPossible"));
            return false;
        } finally {
            refresh();
        }
    }

    /** Whether "Show imported contacts" has something to filter by: the batch's event or a tag. */
    public boolean canShowImported() {
        ImportReport r = report.get();
        return r != null && r.batchId() != null && !reportUndone.get()
                && (r.eventId() != null || !reportOptions.tags().isEmpty());
    }

    /** Opens the contact list filtered by the import's event, else by its first tag. */
    public void showImported() {
        ImportReport r = report.get();
        if (!canShowImported()) {
            return;
        }
        if (r.eventId() != null) {
            onShowContacts.accept(r.eventId(), null);
        } else {
            onShowContacts.accept(null, reportOptions.tags().get(0));
        }
    }

    /** Back to the first step, dropping what was read and not stored. */
    public void startOver() {
        if (step.get() == Step.IMPORTING) {
            return;
        }
        clear();
        refresh();
    }

    private void clear() {
        parsed.clear();
        pendingMappings.clear();
        mapping.set(null);
        preview = null;
        dryRunSeq.incrementAndGet();
        rows.clear();
        selected.set(null);
        fileProblems.clear();
        summary.set("");
        report.set(null);
        reportProblems.clear();
        reportUndone.set(false);
        progress.set(-1);
        busy.set(false);
        message.set("");
        step.set(Step.CHOOSE);
    }

    private void failed(Exception e) {
        busy.set(false);
        message.set("");
        dialogs.showError(i18n.get("import.failed.title"), errorText(e));
        step.set(preview == null ? Step.CHOOSE : Step.PREVIEW);
    }

    private String errorText(Exception e) {
        if (e instanceof ValidationException v && !v.errors().isEmpty()) {
            var err = v.errors().get(0);
            return i18n.getOr("validation." + err.code(), err.message());
        }
        return i18n.get("import.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    // ---- texts, here so that they are tested without a window -------------------------------------

    /** "card 3" or "line 12" of a file, in the UI's language. */
    public String sourceText(SourceRef s) {
        return i18n.get("import.source." + s.kind().name().toLowerCase(java.util.Locale.ROOT), s.file(), s.number());
    }

    /** Why a record was rejected, in the UI's language. */
    public String problemText(ImportProblem p) {
        if (p.code() == null) {
            return p.message();
        }
        if (p.code().equals("record.invalid")) {
            String reasons = p.args().stream().map(c -> i18n.getOr("validation." + c, p.message()))
                    .distinct().collect(Collectors.joining(" "));
            return i18n.get("import.problem.record.invalid", reasons);
        }
        return i18n.get("import.problem." + p.code(), p.args().toArray());
    }

    /** "cards.vcf, card 3: the card has no name …". */
    public String problemLine(ImportProblem p) {
        return sourceText(p.source()) + ": " + problemText(p);
    }

    /** "notes.pdf: is not a vCard or CSV file of contacts", in the UI's language. */
    public String fileProblemText(UnreadableFileException e) {
        Path name = e.file() == null ? null : e.file().getFileName();
        String file = name == null ? String.valueOf(e.file()) : name.toString();
        if (e.code() == null) {
            return e.getMessage();
        }
        return file + ": " + i18n.get("import.problem." + e.code(), e.args().toArray());
    }

    /** The preview's status column: "New", "Duplicate: same email", "Also in this import …", "Rejected: …". */
    public String statusText(Item item) {
        return switch (item.status()) {
            case NEW -> i18n.get("import.status.NEW");
            case DUPLICATE -> i18n.get("import.status.DUPLICATE", i18n.label(item.rule()));
            case DUPLICATE_IN_BATCH -> i18n.get("import.status.DUPLICATE_IN_BATCH",
                    matchedSource(item), i18n.label(item.rule()));
            case REJECTED -> i18n.get("import.status.REJECTED", problemText(item.problem()));
        };
    }

    /** The earlier record's place: "card 3" in the same file, "other.vcf, card 3" in another. */
    private String matchedSource(Item item) {
        if (item.matchesItem() == null || preview == null || item.matchesItem() >= preview.items().size()) {
            return "";
        }
        SourceRef earlier = preview.items().get(item.matchesItem()).source();
        String placeKey = "import.place." + earlier.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (earlier.file().equals(item.source().file()) && i18n.bundle().containsKey(placeKey)) {
            return i18n.get(placeKey, earlier.number());
        }
        return sourceText(earlier);
    }

    /** The record's name as it would be stored, or its place in the file when it was rejected. */
    public String nameText(Item item) {
        return item.incoming() == null ? sourceText(item.source()) : item.incoming().displayName();
    }

    /** The record's organisation, or empty. */
    public String organisationText(Item item) {
        return item.incoming() == null || item.incoming().organisation() == null ? ""
                : item.incoming().organisation();
    }

    /** "Met at Hannover Messe 2026 · Tags: messe, lead" for the report; empty without either. */
    public String reportDetailText() {
        ImportReport r = report.get();
        if (r == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (r.eventId() != null) {
            events.find(r.eventId()).ifPresent(e -> parts.add(i18n.get("import.report.event", e.name())));
        }
        if (!reportOptions.tags().isEmpty()) {
            parts.add(i18n.get("import.report.tags", String.join(", ", reportOptions.tags())));
        }
        return String.join(" · ", parts);
    }

    /** "12 new, 3 merged, 1 skipped, 2 rejected": what the import does (or did). */
    public String countsText(ImportReport r) {
        return i18n.get("import.counts", r.imported(), r.merged(), r.skipped(), r.rejected());
    }

    /** "New (12)" for the filter buttons. */
    public String filterText(Filter f) {
        return i18n.get("import.filter." + f.name(), count(f));
    }

    /** A past import: "Hannover.vcf · 27 Nov 2026, 14:02 · 12 added, 3 merged" (and "undone"). */
    public String batchText(Batch b) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).format(b.startedAt().atZone(zone));
        String text = i18n.get("import.history.entry", b.source(), when, b.imported(), b.merged());
        return b.undoneAt() == null ? text : text + " · " + i18n.get("import.history.undone");
    }

    /** One line of the side-by-side merge: a field as stored, as incoming, and what the import keeps. */
    public record MergeField(String label, String stored, String incoming, String result, boolean changed) {
    }

    /**
     * The side-by-side view of a record: its fields as stored (or in the earlier record), as read,
     * and as they will be after the import with the row's decision. Only fields that are set on
     * either side are listed.
     */
    public List<MergeField> mergeFields(Row row) {
        Item item = row.item();
        if (item.incoming() == null) {
            return List.of();
        }
        Contact stored = item.stored();
        if (stored == null && item.matchesItem() != null && preview != null) {
            stored = preview.items().get(item.matchesItem()).incoming();
        }
        Contact incoming = item.incoming();
        Contact result = switch (row.decision.get()) {
            case MERGE -> item.isDuplicate() ? item.merged() : incoming;
            case KEEP_BOTH -> incoming;
            case SKIP -> stored;
        };
        List<MergeField> fields = new ArrayList<>();
        add(fields, "import.merge.name", stored, incoming, result, Contact::displayName);
        add(fields, "contact.field.organisation", stored, incoming, result, Contact::organisation);
        add(fields, "contact.field.department", stored, incoming, result, Contact::department);
        add(fields, "contact.field.title", stored, incoming, result, Contact::title);
        add(fields, "contact.field.emails", stored, incoming, result,
                c -> join(c.emails().stream().map(Email::address).toList()));
        add(fields, "contact.field.phones", stored, incoming, result,
                c -> join(c.phones().stream().map(Phone::raw).toList()));
        add(fields, "contact.field.addresses", stored, incoming, result,
                c -> join(c.addresses().stream().map(PostalAddress::oneLine).toList()));
        add(fields, "contact.field.urls", stored, incoming, result,
                c -> join(c.urls().stream().map(WebLink::url).toList()));
        add(fields, "contact.field.birthday", stored, incoming, result, c -> i18n.date(c.birthday()));
        add(fields, "contact.section.notes", stored, incoming, result, Contact::notes);
        add(fields, "contact.field.tags", stored, incoming, result, c -> join(c.tags()));
        return fields;
    }

    private static String join(List<String> values) {
        return String.join("\n", values);
    }

    private void add(List<MergeField> fields, String key, Contact stored, Contact incoming, Contact result,
                     Function<Contact, String> value) {
        String s = stored == null ? "" : Objects.toString(value.apply(stored), "");
        String i = Objects.toString(value.apply(incoming), "");
        String r = result == null ? "" : Objects.toString(value.apply(result), "");
        if (s.isEmpty() && i.isEmpty() && r.isEmpty()) {
            return;
        }
        fields.add(new MergeField(i18n.get(key), s, i, r, stored != null && !s.equals(r)));
    }

    // ---- state -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObservableList<String> fileProblems() { return fileProblems; }
    public ReadOnlyObjectProperty<Mapping> mappingProperty() { return mapping.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return rows; }
    public ObservableList<Row> shownRows() { return shownRows; }
    public ObjectProperty<Filter> filterProperty() { return filter; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty eventTextProperty() { return eventText; }
    public StringProperty tagsTextProperty() { return tagsText; }
    public ObservableList<Event> eventChoices() { return eventChoices; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImportReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty reportUndoneProperty() { return reportUndone.getReadOnlyProperty(); }
    public ObservableList<String> reportProblems() { return reportProblems; }
    public ObservableList<Batch> history() { return history; }
    public ImportPreview preview() { return preview; }

    /** One record of the preview and what the user decided for it. */
    public static final class Row {
        private final Item item;
        private final ObjectProperty<MergeDecision> decision = new SimpleObjectProperty<>(this, "decision",
                MergeDecision.MERGE);

        Row(Item item) {
            this.item = item;
        }

        public Item item() {
            return item;
        }

        /** MERGE (for a new record: import it), KEEP_BOTH or SKIP. */
        public ObjectProperty<MergeDecision> decisionProperty() {
            return decision;
        }
    }

    /** The column-mapping step for one CSV file of a layout Tend does not know. */
    public static final class Mapping {
        private final Path file;
        private final CsvReader.Layout layout;
        private final ObservableList<Column> columns = FXCollections.observableArrayList();
        private final ReadOnlyBooleanWrapper usable = new ReadOnlyBooleanWrapper(this, "usable");

        Mapping(Path file, CsvReader.Layout layout, List<String> firstRow) {
            this.file = file;
            this.layout = layout;
            List<String> headers = layout.headers();
            for (int i = 0; i < headers.size(); i++) {
                ColumnMapping.Target t = layout.suggested().target(i).orElse(null);
                Column c = new Column(i, headers.get(i), i < firstRow.size() ? firstRow.get(i) : "", t);
                c.field.addListener((o, a, b) -> usable.set(toColumnMapping().isUsable()));
                columns.add(c);
            }
            usable.set(toColumnMapping().isUsable());
        }

        public Path file() { return file; }
        public String fileName() { return String.valueOf(file.getFileName()); }
        public ObservableList<Column> columns() { return columns; }
        public ReadOnlyBooleanProperty usableProperty() { return usable.getReadOnlyProperty(); }
        public CsvReader.Layout layout() { return layout; }

        /** The suggested targets where the user kept them (with their labels and slots), plain fields elsewhere. */
        public ColumnMapping toColumnMapping() {
            Map<Integer, ColumnMapping.Target> m = new HashMap<>();
            for (Column c : columns) {
                ColumnMapping.Field f = c.field.get();
                if (f == null) {
                    continue;
                }
                m.put(c.index(), c.suggested != null && c.suggested.field() == f ? c.suggested
                        : ColumnMapping.Target.of(f));
            }
            return ColumnMapping.of(m);
        }
    }

    /** A CSV column: its header, its value in the first row, and the field it fills (null: left out). */
    public static final class Column {
        private final int index;
        private final String header;
        private final String sample;
        private final ColumnMapping.Target suggested;
        private final ObjectProperty<ColumnMapping.Field> field = new SimpleObjectProperty<>(this, "field");

        Column(int index, String header, String sample, ColumnMapping.Target suggested) {
            this.index = index;
            this.header = header;
            this.sample = sample;
            this.suggested = suggested;
            field.set(suggested == null ? null : suggested.field());
        }

        public int index() { return index; }
        public String header() { return header; }
        public String sample() { return sample; }
        public ObjectProperty<ColumnMapping.Field> fieldProperty() { return field; }
    }
}
