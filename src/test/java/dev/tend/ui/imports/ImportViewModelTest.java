package dev.tend.ui.imports;

import static dev.tend.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.Event;
import dev.tend.domain.HowMet;
import dev.tend.importer.ColumnMapping.Field;
import dev.tend.service.ImportPreview.Status;
import dev.tend.service.ImportReport;
import dev.tend.service.MergeDecision;
import dev.tend.service.TendServices;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.ui.common.Background;
import dev.tend.ui.common.I18n;
import dev.tend.ui.imports.ImportViewModel.Filter;
import dev.tend.ui.imports.ImportViewModel.Row;
import dev.tend.ui.imports.ImportViewModel.Step;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Import screen's view model on a real database with the real fixture files, without a
 * window: background work runs at once on the test's thread, dialogs answer as scripted.
 */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private TendServices services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ImportViewModel vm;
    private final List<Object[]> shown = new ArrayList<>();
    private long max;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"), CLOCK, Locale.GERMANY);
        // Max from the card scanner's file, stored earlier with his email and another phone.
        max = services.contacts().create(Contact.builder().givenName("Max").familyName("Mustermann")
                .organisation("Muster & Söhne KG").email("max@muster-soehne.example").phone("+49 30 9876543")
                .build()).id();
        vm = viewModel(Locale.ENGLISH, Background.SAME_THREAD);
    }

    private ImportViewModel viewModel(Locale language, Background background) {
        ImportViewModel m = new ImportViewModel(services.imports(), services.events(), dialogs, new I18n(language),
                background, "DE", ZoneOffset.UTC);
        m.setOnShowContacts((event, tag) -> shown.add(new Object[] {event, tag}));
        m.refresh();
        return m;
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ImportViewModelTest.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Row row(String name) {
        return vm.rows().stream().filter(r -> r.item().incoming() != null
                && r.item().incoming().displayName().equals(name)).findFirst().orElseThrow();
    }

    private int contacts() {
        return services.contacts().count(ContactQuery.all());
    }

    @Test
    void previewsEveryRecordWithItsStatusWithoutStoringAnything() {
        vm.start(List.of(fixture("card-scanner.vcf")));

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.rows()).extracting(r -> r.item().status())
                .containsExactly(Status.DUPLICATE, Status.REJECTED, Status.NEW, Status.REJECTED);
        assertThat(vm.rows()).extracting(r -> vm.statusText(r.item())).containsExactly(
                "Duplicate: same email",
                "Rejected: the card ends without END:VCARD and was left out",
                "New",
                "Rejected: the card has no name, organisation, email or phone");
        assertThat(vm.nameText(vm.rows().get(1).item())).isEqualTo("card-scanner.vcf, card 2");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.rows().get(0));
        assertThat(vm.summaryProperty().get()).isEqualTo("1 new, 1 merged, 0 skipped, 2 rejected");
        assertThat(contacts()).isEqualTo(1);
        assertThat(services.imports().batches()).isEmpty();
    }

    @Test
    void filtersThePreviewByStatus() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.filterProperty().set(Filter.REJECTED);
        assertThat(vm.shownRows()).extracting(r -> r.item().source().number()).containsExactly(2, 4);
        vm.filterProperty().set(Filter.NEW);
        assertThat(vm.shownRows()).extracting(r -> vm.nameText(r.item())).containsExactly("Jean Dupont");
        assertThat(vm.filterText(Filter.DUPLICATE)).isEqualTo("Duplicates (1)");
        assertThat(vm.filterText(Filter.DUPLICATE_IN_BATCH)).isEqualTo("Twice in the files (0)");
        vm.filterProperty().set(Filter.ALL);
        assertThat(vm.shownRows()).hasSize(4);
    }

    @Test
    void showsAStoredDuplicateSideBySideWithTheDefaultMerge() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        Row maxRow = row("Max Mustermann");
        List<ImportViewModel.MergeField> fields = vm.mergeFields(maxRow);
        ImportViewModel.MergeField phones = fields.stream().filter(f -> f.label().equals("Phones")).findFirst()
                .orElseThrow();
        assertThat(phones.stored()).isEqualTo("+49 30 9876543");
        assertThat(phones.incoming()).contains("+49-511-1234567").contains("0172 5556667");
        // Stored numbers stay, new ones are added.
        assertThat(phones.result()).startsWith("+49 30 9876543").contains("0172 5556667");
        assertThat(phones.changed()).isTrue();
        ImportViewModel.MergeField title = fields.stream().filter(f -> f.label().equals("Position")).findFirst()
                .orElseThrow();
        assertThat(title.stored()).isEmpty();
        assertThat(title.result()).isEqualTo("Einkauf; Logistik");

        vm.decide(maxRow, MergeDecision.SKIP);
        assertThat(vm.mergeFields(maxRow)).filteredOn(f -> f.label().equals("Phones")).singleElement()
                .extracting(ImportViewModel.MergeField::result).isEqualTo("+49 30 9876543");
        assertThat(vm.mergeFields(maxRow)).noneMatch(ImportViewModel.MergeField::changed);
    }

    @Test
    void aChangedDecisionUpdatesWhatTheImportWillDo() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.decide(row("Max Mustermann"), MergeDecision.KEEP_BOTH);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 new, 0 merged, 0 skipped, 2 rejected");
        vm.decide(row("Jean Dupont"), MergeDecision.SKIP);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 new, 0 merged, 1 skipped, 2 rejected");
        assertThat(vm.decisions()).hasSize(2);
        vm.mergeAll();
        assertThat(vm.summaryProperty().get()).isEqualTo("0 new, 1 merged, 1 skipped, 2 rejected");
    }

    @Test
    void aDryRunAnswerOvertakenByALaterChangeIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        Background deferred = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
                queued.add(() -> {
                    try {
                        onDone.accept(work.call());
                    } catch (Exception e) {
                        onFailed.accept(e);
                    }
                });
            }

            @Override
            public void later(Runnable update) {
                update.run();
            }
        };
        vm = viewModel(Locale.ENGLISH, deferred);
        vm.start(List.of(fixture("card-scanner.vcf")));
        queued.remove(0).run(); // reading
        queued.remove(0).run(); // matching
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        Runnable first = queued.remove(0);
        vm.decide(row("Jean Dupont"), MergeDecision.SKIP);
        Runnable second = queued.remove(0);
        // Nothing runs on the UI thread while a decision changes: the answers come later.
        assertThat(vm.summaryProperty().get()).isEmpty();
        second.run();
        first.run();
        assertThat(vm.summaryProperty().get()).isEqualTo("0 new, 1 merged, 1 skipped, 2 rejected");
    }

    @Test
    void manyDecisionsAtOnceStartOneDryRun() {
        List<Runnable> onUiThread = new ArrayList<>();
        int[] runs = {0};
        Background uiLike = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
                runs[0]++;
                try {
                    onDone.accept(work.call());
                } catch (Exception e) {
                    onFailed.accept(e);
                }
            }

            @Override
            public void later(Runnable update) {
                onUiThread.add(update);
            }
        };
        vm = viewModel(Locale.ENGLISH, uiLike);
        vm.start(List.of(fixture("hannover-messe-scans.vcf")));
        new ArrayList<>(onUiThread).forEach(Runnable::run);
        onUiThread.clear();
        int before = runs[0];
        vm.rows().stream().filter(r -> r.item().status() != Status.REJECTED)
                .forEach(r -> vm.decide(r, MergeDecision.SKIP));
        assertThat(runs[0]).isEqualTo(before);
        new ArrayList<>(onUiThread).forEach(Runnable::run);
        assertThat(runs[0]).isEqualTo(before + 1);
        assertThat(vm.summaryProperty().get()).isEqualTo("0 new, 0 merged, 7 skipped, 1 rejected");
    }

    @Test
    void importsWithTheDecisionsAndReports() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.decide(row("Max Mustermann"), MergeDecision.SKIP);
        vm.importNow();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.REPORT);
        ImportReport r = vm.reportProperty().get();
        assertThat(vm.countsText(r)).isEqualTo("1 new, 0 merged, 1 skipped, 2 rejected");
        assertThat(vm.reportProblems()).containsExactly(
                "card-scanner.vcf, card 2: the card ends without END:VCARD and was left out",
                "card-scanner.vcf, card 4: the card has no name, organisation, email or phone");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(contacts()).isEqualTo(2);
        assertThat(services.contacts().get(max).phones()).hasSize(1);
        assertThat(vm.history()).singleElement().satisfies(b -> assertThat(b.imported()).isEqualTo(1));
        assertThat(vm.batchText(vm.history().get(0))).startsWith("card-scanner.vcf · ").endsWith("1 added, 0 merged");
    }

    @Test
    void theDefaultMergeAddsNewPhonesToTheStoredContact() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        assertThat(vm.countsText(vm.reportProperty().get())).isEqualTo("1 new, 1 merged, 0 skipped, 2 rejected");
        assertThat(services.contacts().get(max).phones()).hasSize(3);
        assertThat(services.contacts().get(max).title()).isEqualTo("Einkauf; Logistik");
    }

    @Test
    void keepBothStoresTheDuplicateAsAContactOfItsOwn() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.decide(row("Max Mustermann"), MergeDecision.KEEP_BOTH);
        vm.importNow();
        assertThat(services.contacts().search(ContactQuery.text("Mustermann"), 0, 10)).hasSize(2);
        assertThat(services.contacts().get(max).phones()).hasSize(1);
    }

    @Test
    void theBatchMeetsANewEventByNameAndGetsTheTags() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.eventTextProperty().set("Hannover Messe 2026");
        vm.tagsTextProperty().set("messe, lead ,");
        assertThat(vm.eventIsNew()).isTrue();
        vm.importNow();

        ImportReport r = vm.reportProperty().get();
        Event fair = services.events().all().stream().filter(e -> e.name().equals("Hannover Messe 2026"))
                .findFirst().orElseThrow();
        assertThat(r.eventId()).isEqualTo(fair.id());
        Contact jean = services.contacts().search(ContactQuery.text("Dupont"), 0, 1).stream()
                .map(s -> services.contacts().get(s.id())).findFirst().orElseThrow();
        assertThat(jean.metAtEventId()).isEqualTo(fair.id());
        assertThat(jean.howMet()).isEqualTo(HowMet.IN_PERSON);
        assertThat(jean.tags()).contains("messe", "lead");
        assertThat(vm.reportDetailText()).isEqualTo("Met at Hannover Messe 2026 · Tags: messe, lead");
        assertThat(vm.canShowImported()).isTrue();
        vm.showImported();
        assertThat(shown).singleElement().satisfies(s -> assertThat(s).containsExactly(fair.id(), null));
    }

    @Test
    void anEventChosenFromTheListIsUsedByItsId() {
        Event fair = services.events().create(Event.named("embedded world", "Nürnberg", null, null));
        vm.refresh();
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.eventTextProperty().set("Embedded World");
        assertThat(vm.options().eventId()).isEqualTo(fair.id());
        assertThat(vm.eventIsNew()).isFalse();
        vm.importNow();
        assertThat(services.events().all()).hasSize(1);
        assertThat(vm.reportProperty().get().eventId()).isEqualTo(fair.id());
    }

    @Test
    void withOnlyATagShowImportedFiltersByTheTag() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.tagsTextProperty().set("scanner");
        vm.importNow();
        vm.showImported();
        assertThat(shown).singleElement().satisfies(s -> assertThat(s).containsExactly(null, "scanner"));
    }

    @Test
    void withoutEventOrTagThereIsNothingToFilterBy() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        assertThat(vm.reportDetailText()).isEmpty();
        assertThat(vm.canShowImported()).isFalse();
        vm.showImported();
        assertThat(shown).isEmpty();
    }

    @Test
    void cancellingWhileStoringRollsEverythingBack() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.eventTextProperty().set("Hannover Messe 2026");
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                vm.cancel();
            }
        });
        vm.importNow();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.messageProperty().get()).isEqualTo("The import was cancelled; nothing was stored.");
        assertThat(contacts()).isEqualTo(1);
        assertThat(services.contacts().get(max).phones()).hasSize(1);
        assertThat(services.events().all()).isEmpty();
        assertThat(services.imports().batches()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void undoRemovesWhatTheImportAddedAndRestoresTheMergedContact() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        assertThat(contacts()).isEqualTo(2);

        dialogs.confirmations.push(true);
        vm.undoReport();
        assertThat(dialogs.asked).last().asString()
                .isEqualTo("Remove the one contact this import added and restore the one contact it merged into "
                        + "as they were before? Changes made to them since are lost.");
        assertThat(contacts()).isEqualTo(1);
        assertThat(services.contacts().get(max).phones()).hasSize(1);
        assertThat(vm.reportUndoneProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Import undone: 1 removed, 1 restored.");
        assertThat(vm.history()).singleElement().satisfies(b -> assertThat(b.undoneAt()).isNotNull());
        assertThat(vm.batchText(vm.history().get(0))).endsWith(" · undone");
        assertThat(vm.canShowImported()).isFalse();
    }

    @Test
    void undoAsksFirstAndDoesNothingWhenTheUserSaysNo() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        dialogs.confirmations.push(false);
        vm.undoReport();
        assertThat(contacts()).isEqualTo(2);
        assertThat(vm.reportUndoneProperty().get()).isFalse();
    }

    @Test
    void aPastImportIsUndoneFromTheList() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        vm.startOver();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOOSE);
        dialogs.confirmations.push(true);
        vm.undo(vm.history().get(0));
        assertThat(contacts()).isEqualTo(1);
        // Undone already: nothing is asked again.
        int asked = dialogs.asked.size();
        vm.undo(vm.history().get(0));
        assertThat(dialogs.asked).hasSize(asked);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.importNow();
        vm.start(List.of(fixture("card-scanner.vcf")));
        assertThat(vm.rows()).extracting(r -> r.item().status())
                .containsExactly(Status.DUPLICATE, Status.REJECTED, Status.DUPLICATE, Status.REJECTED);
        vm.importNow();
        assertThat(vm.countsText(vm.reportProperty().get())).isEqualTo("0 new, 0 merged, 2 skipped, 2 rejected");
        assertThat(vm.reportProperty().get().batchId()).isNull();
        assertThat(contacts()).isEqualTo(2);
    }

    @Test
    void aRecordTwiceInTheFilesNamesTheEarlierOne() throws Exception {
        Path copy = Files.copy(fixture("apple-contacts.vcf"), dir.resolve("again.vcf"));
        vm.start(List.of(fixture("apple-contacts.vcf"), copy));
        assertThat(vm.count(Filter.DUPLICATE_IN_BATCH)).isEqualTo(2);
        Row twice = vm.rows().stream().filter(r -> r.item().status() == Status.DUPLICATE_IN_BATCH)
                .findFirst().orElseThrow();
        assertThat(vm.statusText(twice.item())).isEqualTo("Also apple-contacts.vcf, card 1: same email");
        assertThat(vm.mergeFields(twice)).filteredOn(f -> f.label().equals("Name")).singleElement()
                .satisfies(f -> assertThat(f.stored()).isEqualTo(f.incoming()));
    }

    @Test
    void aCardTwiceInOneFileNamesTheEarlierCardByNumber() {
        vm.start(List.of(fixture("hannover-messe-scans.vcf")));
        Row twice = vm.rows().stream().filter(r -> r.item().status() == Status.DUPLICATE_IN_BATCH)
                .findFirst().orElseThrow();
        assertThat(vm.statusText(twice.item())).isEqualTo("Also card 3: same email");
        assertThat(vm.rows()).filteredOn(r -> r.item().status() == Status.DUPLICATE)
                .extracting(r -> vm.statusText(r.item())).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("6 new, 1 merged, 0 skipped, 1 rejected");
    }

    @Test
    void anUnknownCsvGoesThroughTheColumnMappingStep() {
        vm.start(List.of(fixture("messe-liste.csv")));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        ImportViewModel.Mapping m = vm.mappingProperty().get();
        assertThat(m.fileName()).isEqualTo("messe-liste.csv");
        assertThat(m.columns()).extracting(ImportViewModel.Column::header)
                .startsWith("Nachname", "Vorname", "Firma");
        assertThat(m.columns()).extracting(ImportViewModel.Column::sample).startsWith("Schmidt", "Petra");
        assertThat(m.columns().get(0).fieldProperty().get()).isEqualTo(Field.FAMILY_NAME);
        assertThat(m.columns().get(1).fieldProperty().get()).isEqualTo(Field.GIVEN_NAME);
        ImportViewModel.Column notes = m.columns().stream().filter(c -> c.header().equals("Notizen"))
                .findFirst().orElseThrow();
        // The user leaves the notes column out.
        notes.fieldProperty().set(null);
        vm.confirmMapping();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        Row petra = row("Petra Schmidt");
        assertThat(petra.item().incoming().organisation()).isEqualTo("Schmidt & Partner");
        assertThat(petra.item().incoming().notes()).isNull();
        assertThat(vm.rows()).filteredOn(r -> r.item().status() == Status.REJECTED).singleElement()
                .satisfies(r -> assertThat(vm.statusText(r.item()))
                        .isEqualTo("Rejected: the line has no name, company, email or phone"));
    }

    @Test
    void aMappingWithoutANameOrContactColumnIsRefused() {
        vm.start(List.of(fixture("messe-liste.csv")));
        ImportViewModel.Mapping m = vm.mappingProperty().get();
        m.columns().forEach(c -> c.fieldProperty().set(null));
        assertThat(m.usableProperty().get()).isFalse();
        vm.confirmMapping();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Map at least one column to a name, organisation, email or phone.");
        m.columns().get(4).fieldProperty().set(Field.EMAIL);
        assertThat(m.usableProperty().get()).isTrue();
    }

    @Test
    void aSkippedMappingLeavesTheFileOutAndTheOthersGoOn() {
        vm.start(List.of(fixture("messe-liste.csv"), fixture("card-scanner.vcf")));
        vm.skipMapping();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.fileProblems()).containsExactly("messe-liste.csv: left out");
    }

    @Test
    void knownCsvLayoutsNeedNoMapping() {
        vm.start(List.of(fixture("Connections.csv")));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.count(Filter.NEW)).isGreaterThan(0);
    }

    @Test
    void aTendExportIsReadLikeAnyOtherFile() throws Exception {
        Path json = dir.resolve("tend-export.json");
        Contact nina;
        try (TendServices other = TendServices.open(dir.resolve("other.db"), CLOCK, Locale.GERMANY)) {
            other.contacts().create(Contact.builder().givenName("Max").build()); // Nina's id is not Max's
            nina = other.contacts().create(Contact.builder().givenName("Nina").familyName("Roth")
                    .email("nina@roth.example").build());
        }
        dev.tend.export.Exporter.writeFile(json, dev.tend.export.ExportFormat.JSON,
                List.of(services.contacts().get(max), nina), List.of(), java.time.Instant.now());
        vm.start(List.of(json));
        assertThat(vm.fileProblems()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.rows()).extracting(r -> vm.statusText(r.item())).containsExactly("Duplicate: same email", "New");
    }

    @Test
    void filesThatCannotBeReadAreNamedAndTheOthersImported() throws Exception {
        Path empty = Files.writeString(dir.resolve("leer.vcf"), "");
        Path pdf = Files.write(dir.resolve("flyer.csv"), "%PDF-1.7\n\u0000\u0001binary".getBytes());
        vm.start(List.of(empty, pdf, fixture("card-scanner.vcf")));
        assertThat(vm.fileProblems()).containsExactly(
                "leer.vcf: no contacts found (the file is empty)",
                "flyer.csv: is not a vCard or CSV file of contacts (it holds binary data)");
        vm.importNow();
        assertThat(vm.reportProblems()).startsWith("leer.vcf: no contacts found (the file is empty)");
    }

    @Test
    void whenNoFileCanBeReadTheScreenSaysSo() throws Exception {
        Path empty = Files.writeString(dir.resolve("leer.vcf"), "");
        vm.start(List.of(empty));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(vm.messageProperty().get()).isEqualTo("No contacts could be read from the files.");
        assertThat(vm.fileProblems()).hasSize(1);
    }

    @Test
    void problemsReadInGerman() throws Exception {
        vm = viewModel(Locale.GERMAN, Background.SAME_THREAD);
        Path empty = Files.writeString(dir.resolve("leer.vcf"), "");
        Path letter = Files.writeString(dir.resolve("brief.txt"), "Sehr geehrte Damen und Herren,\nbla\n");
        vm.start(List.of(empty, letter, fixture("card-scanner.vcf")));
        assertThat(vm.fileProblems()).containsExactly(
                "leer.vcf: keine Kontakte gefunden (die Datei ist leer)",
                "brief.txt: ist keine CSV-Datei mit Kontakten: Keine Spaltenüberschrift nennt Name, Firma, "
                        + "E-Mail oder Telefon");
        assertThat(vm.rows()).extracting(r -> vm.statusText(r.item())).containsExactly(
                "Dublette: gleiche E-Mail",
                "Abgelehnt: die Karte endet ohne END:VCARD und wurde weggelassen",
                "Neu",
                "Abgelehnt: die Karte hat weder Name noch Organisation, E-Mail oder Telefon");
        assertThat(vm.nameText(vm.rows().get(1).item())).isEqualTo("card-scanner.vcf, Karte 2");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 neu, 1 zusammengeführt, 0 übersprungen, 2 abgelehnt");
        vm.importNow();
        assertThat(vm.reportProblems()).contains(
                "card-scanner.vcf, Karte 4: die Karte hat weder Name noch Organisation, E-Mail oder Telefon");
    }

    @Test
    void choosingFilesStartsTheImportAndCancellingTheChooserDoesNothing() {
        vm.chooseFiles();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(vm.rows()).isEmpty();
        dialogs.fileChoices.add(List.of(fixture("card-scanner.vcf")));
        vm.chooseFiles();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
    }

    @Test
    void startingAnotherImportDropsThePreviewNotStored() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        vm.decide(row("Jean Dupont"), MergeDecision.SKIP);
        vm.start(List.of(fixture("apple-contacts.vcf")));
        assertThat(vm.rows()).extracting(r -> r.item().source().file()).containsOnly("apple-contacts.vcf");
        assertThat(vm.decisions()).isEmpty();
        assertThat(contacts()).isEqualTo(1);
    }

    @Test
    void aFailedImportIsReportedAndThePreviewStays() {
        vm.start(List.of(fixture("card-scanner.vcf")));
        services.close();
        vm.importNow();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(dialogs.errors).singleElement().asString().startsWith("The import failed: ");
        services = TendServices.open(dir.resolve("tend.db"), CLOCK, Locale.GERMANY);
    }
}
