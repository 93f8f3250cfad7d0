package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.Event;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.service.ImportPreview.Status;
import dev.tend.testing.Fixtures;
import dev.tend.testing.Sql;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path tmp;

    TendServices services;
    ImportService imports;

    @BeforeEach
    void open() {
        services = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY);
        imports = services.imports();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static ImportRecord card(int n, Contact c) {
        return new ImportRecord(SourceRef.card(Path.of("fair.vcf"), n), c, null);
    }

    static ParsedFile file(ImportRecord... records) {
        return new ParsedFile(Path.of("fair.vcf"), "vcard", Arrays.asList(records), List.of());
    }

    static Contact person(String given, String family, String org) {
        return Contact.builder().givenName(given).familyName(family).organisation(org).build();
    }

    private ImportPreview preview(ImportRecord... records) {
        return imports.preview(List.of(file(records)), ImportOptions.NONE);
    }

    private List<Contact> all() {
        return services.contacts().ids(ContactQuery.all().withArchived(ContactQuery.Archived.ALL)).stream()
                .map(services.contacts()::get).toList();
    }

    private int batchRows() {
        return imports.batches().size();
    }

    @Test
    void sameEmailIsADuplicateWhateverTheCase() {
        Contact anna = services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder()
                .email("anna@acme.de").build());
        ImportPreview p = preview(card(1, person("A.", "Schmidt", null).toBuilder().email("ANNA@Acme.de").build()));
        assertThat(p.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.DUPLICATE);
            assertThat(i.rule()).isEqualTo(MatchRule.SAME_EMAIL);
            assertThat(i.stored().id()).isEqualTo(anna.id());
        });
    }

    @Test
    void samePhoneInE164IsADuplicate() {
        services.contacts().create(person("Jan", "Berg", null).toBuilder().phone("+49 511 123456").build());
        ImportPreview p = preview(card(1, person("Johann", "Berg", null).toBuilder().phone("0511 / 12 34 56").build()));
        assertThat(p.items().get(0).status()).isEqualTo(Status.DUPLICATE);
        assertThat(p.items().get(0).rule()).isEqualTo(MatchRule.SAME_PHONE);
    }

    @Test
    void sameProfileUrlIgnoresSchemeWwwCaseAndTrailingSlash() {
        services.contacts().create(person("Eva", "Lang", null).toBuilder()
                .url("https://www.linkedin.com/in/eva-lang/").build());
        ImportPreview p = preview(
                card(1, person("Eva", "L.", null).toBuilder().url("http://de.LinkedIn.com/in/Eva-Lang").build()),
                card(2, person("Eva", "Other", null).toBuilder().url("linkedin.com/in/eva-langer").build()));
        assertThat(p.items().get(0).status()).isEqualTo(Status.DUPLICATE);
        assertThat(p.items().get(0).rule()).isEqualTo(MatchRule.SAME_PROFILE_URL);
        assertThat(p.items().get(1).status()).isEqualTo(Status.NEW);
    }

    @Test
    void similarNameAtTheSameOrganisationIgnoringLegalFormAndAccents() {
        services.contacts().create(person("Jürgen", "Müller", "Acme GmbH"));
        ImportPreview p = preview(
                card(1, person("Jurgen", "Muller", "ACME")),
                card(2, person("Jürgen", "Müler", "Acme AG")),
                card(3, person("Jürgen", "Müller", "Other GmbH")),
                card(4, person("Petra", "Müller", "Acme GmbH")));
        assertThat(p.items()).extracting(ImportPreview.Item::status)
                .containsExactly(Status.DUPLICATE, Status.DUPLICATE, Status.NEW, Status.NEW);
        assertThat(p.items().get(0).rule()).isEqualTo(MatchRule.SIMILAR_NAME_SAME_ORGANISATION);
        assertThat(p.items().get(1).rule()).isEqualTo(MatchRule.SIMILAR_NAME_SAME_ORGANISATION);
    }

    @Test
    void duplicatesWithinTheBatchPointAtTheEarlierRecordAndMergeIntoIt() {
        ImportPreview p = preview(
                card(1, person("Kai", "Wolf", null).toBuilder().email("kai@wolf.de").build()),
                card(2, person("Kai", "Wolf", null).toBuilder().email("KAI@wolf.de").phone("+49 30 1234567").build()));
        assertThat(p.items().get(1).status()).isEqualTo(Status.DUPLICATE_IN_BATCH);
        assertThat(p.items().get(1).matchesItem()).isEqualTo(0);
        assertThat(p.items().get(1).rule()).isEqualTo(MatchRule.SAME_EMAIL);
        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.merged()).isEqualTo(1);
        assertThat(all()).singleElement().satisfies(c -> {
            assertThat(c.emails()).extracting(e -> e.address()).containsExactly("kai@wolf.de");
            assertThat(c.phones()).extracting(Phone::e164).containsExactly("+49301234567");
        });
    }

    @Test
    void defaultMergeKeepsStoredValuesAddsNewOnesAndFillsEmptyFields() {
        Contact stored = services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder()
                .title("CEO").email("anna@acme.de").phone("+49 511 123456").build());
        Contact incoming = person("Anna", "Schmidt", "Acme Corp").toBuilder().title("Chief").department("Board")
                .email("anna@acme.de").email("anna@private.de").phone("0511 123456").phone("+49 170 1234567")
                .url("https://acme.de").birthday(LocalDate.of(1980, 5, 1)).build();
        ImportPreview p = preview(card(1, incoming));
        ImportPreview.Item item = p.items().get(0);
        assertThat(item.stored()).isEqualTo(stored);
        assertThat(item.changes()).isTrue();
        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.merged()).isEqualTo(1);
        assertThat(r.mergedIds()).containsExactly(stored.id());
        Contact after = services.contacts().get(stored.id());
        assertThat(after).isEqualTo(item.merged().toBuilder().updatedAt(after.updatedAt()).build());
        assertThat(after.organisation()).isEqualTo("Acme");
        assertThat(after.title()).isEqualTo("CEO");
        assertThat(after.department()).isEqualTo("Board");
        assertThat(after.birthday()).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(after.emails()).extracting(e -> e.address()).containsExactly("anna@acme.de", "anna@private.de");
        assertThat(after.phones()).extracting(Phone::e164).containsExactly("+49511123456", "+491701234567");
        assertThat(after.urls()).extracting(u -> u.url()).containsExactly("https://acme.de");
        assertThat(all()).hasSize(1);
    }

    @Test
    void keepBothImportsAsNewAndSkipLeavesOut() {
        Contact stored = services.contacts().create(person("Anna", "Schmidt", null).toBuilder()
                .email("anna@acme.de").build());
        ImportPreview p = preview(
                card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").title("CTO").build()),
                card(2, person("Bert", "Schmidt", null).toBuilder().email("anna@acme.de").title("CFO").build()));
        ImportReport r = imports.apply(p, Map.of(0, MergeDecision.KEEP_BOTH, 1, MergeDecision.SKIP));
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.merged()).isZero();
        assertThat(services.contacts().get(stored.id())).isEqualTo(stored);
        assertThat(all()).extracting(Contact::title).containsExactlyInAnyOrder(null, "CTO");
    }

    @Test
    void rejectedRecordsNameTheFileAndCardAndTheRestImport() {
        ParsedFile f = new ParsedFile(Path.of("fair.vcf"), "vcard",
                List.of(card(1, person("Ok", "One", null)), card(3, person("Bad", "Mail", null).toBuilder()
                        .email("not-an-address").build())),
                List.of(new ImportProblem(SourceRef.card(Path.of("fair.vcf"), 2), "The card has no END line.")));
        ImportPreview p = imports.preview(List.of(f), ImportOptions.NONE);
        assertThat(p.items()).extracting(ImportPreview.Item::status)
                .containsExactly(Status.NEW, Status.REJECTED, Status.REJECTED);
        assertThat(p.problems()).extracting(Object::toString).containsExactly(
                "fair.vcf, card 2: The card has no END line.",
                "fair.vcf, card 3: \"not-an-address\" is not a valid email address.");
        assertThat(all()).isEmpty();
        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(imports.batch(r.batchId()).orElseThrow().rejected()).isEqualTo(2);
    }

    @Test
    void previewWritesNothing() {
        String before = Fixtures.sha256(tmp.resolve("t.db"));
        preview(card(1, person("New", "Person", null)));
        imports.preview(List.of(file(card(1, person("A", "B", null)))), ImportOptions.event("Brand new fair", List.of("x")));
        assertThat(all()).isEmpty();
        assertThat(services.events().all()).isEmpty();
        assertThat(batchRows()).isZero();
        assertThat(before).isNotEmpty();
    }

    @Test
    void eventByNameIsCreatedDatedTodayAndContactsGetItTagsAndInPerson() {
        Contact stored = services.contacts().create(person("Old", "Friend", null).toBuilder().email("old@f.de")
                .firstMet(LocalDate.of(2020, 1, 1)).build());
        ImportPreview p = imports.preview(List.of(file(card(1, person("New", "Person", null)),
                card(2, person("Old", "Friend", null).toBuilder().email("old@f.de").build()))),
                ImportOptions.event("Hannover Messe 2026", List.of("hm26", "Messe")));
        assertThat(p.event().id()).isNull();
        ImportReport r = imports.apply(p, Map.of());
        List<Event> events = services.events().all();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Hannover Messe 2026");
            assertThat(e.startDate()).isEqualTo(Fixtures.TODAY);
            assertThat(e.endDate()).isNull();
            assertThat(e.city()).isNull();
        });
        long eventId = events.get(0).id();
        assertThat(r.eventId()).isEqualTo(eventId);
        Contact added = services.contacts().get(r.addedIds().get(0));
        assertThat(added.metAtEventId()).isEqualTo(eventId);
        assertThat(added.howMet()).isEqualTo(HowMet.IN_PERSON);
        assertThat(added.firstMet()).isEqualTo(Fixtures.TODAY);
        assertThat(added.tags()).containsExactlyInAnyOrder("hm26", "Messe");
        Contact merged = services.contacts().get(stored.id());
        assertThat(merged.firstMet()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(merged.metAtEventId()).isEqualTo(eventId);
        assertThat(merged.tags()).containsExactlyInAnyOrder("hm26", "Messe");
        assertThat(imports.batch(r.batchId()).orElseThrow().eventId()).isEqualTo(eventId);
    }

    @Test
    void storedEventByIdGivesItsStartDate() {
        Event fair = services.events().create(Event.named("CeBIT", "Hannover", LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 12)));
        ImportPreview p = imports.preview(List.of(file(card(1, person("A", "B", null)))),
                new ImportOptions(fair.id(), null, List.of()));
        ImportReport r = imports.apply(p, Map.of());
        Contact c = services.contacts().get(r.addedIds().get(0));
        assertThat(c.metAtEventId()).isEqualTo(fair.id());
        assertThat(c.firstMet()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(services.events().all()).hasSize(1);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        ParsedFile f = file(card(1, person("Anna", "Schmidt", "Acme").toBuilder().email("a@acme.de").build()),
                card(2, person("Bert", "Berg", "Acme").toBuilder().phone("+49 30 1234567").build()));
        ImportOptions options = ImportOptions.event("Fair", List.of("fair"));
        ImportReport first = imports.apply(imports.preview(List.of(f), options), Map.of());
        assertThat(first.imported()).isEqualTo(2);
        List<Contact> before = all();
        ImportPreview again = imports.preview(List.of(f), options);
        assertThat(again.items()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(Status.DUPLICATE);
            assertThat(i.changes()).isFalse();
        });
        ImportReport second = imports.apply(again, Map.of());
        assertThat(second.batchId()).isNull();
        assertThat(second.imported()).isZero();
        assertThat(second.merged()).isZero();
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(all()).isEqualTo(before);
        assertThat(batchRows()).isEqualTo(1);
        assertThat(services.events().all()).hasSize(1);
    }

    @Test
    void undoRemovesExactlyWhatWasAddedAndRestoresMergedContacts() {
        Event fair = services.events().create(Event.named("Old fair", null, LocalDate.of(2025, 5, 1), null));
        Contact untouched = services.contacts().create(person("Un", "Touched", null).toBuilder().email("u@t.de").build());
        Contact stored = services.contacts().save(person("Anna", "Schmidt", "Acme").toBuilder()
                .email("anna@acme.de").phone("+49 511 123456").tag("kunde").metAtEventId(fair.id())
                .build(), ContactService.PhotoChange.KEEP);
        services.contacts().save(person("Pic", "Owner", null).toBuilder().email("pic@o.de").build(),
                ContactService.PhotoChange.set(new Photo("image/png", new byte[] {1, 2, 3})));
        List<Contact> before = all();
        ImportPreview p = imports.preview(List.of(file(
                        new ImportRecord(SourceRef.card(Path.of("fair.vcf"), 1), person("Anna", "Schmidt", null)
                                .toBuilder().phone("0511 123456").email("anna@new.de").phone("+49 170 7654321").notes("met again")
                                .build(), new Photo("image/jpeg", new byte[] {9})),
                        card(2, person("New", "One", null)),
                        new ImportRecord(SourceRef.card(Path.of("fair.vcf"), 3), person("Pic", "Owner", null)
                                .toBuilder().email("pic@o.de").title("Boss").build(), new Photo("image/jpeg", new byte[] {7})))),
                ImportOptions.event("New fair", List.of("hm26")));
        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.merged()).isEqualTo(2);
        assertThat(services.contacts().photo(stored.id())).isPresent();
        assertThat(services.contacts().get(stored.id()).tags()).containsExactlyInAnyOrder("kunde", "hm26");

        ImportService.UndoResult undo = imports.undo(r.batchId());
        assertThat(undo.removed()).isEqualTo(1);
        assertThat(undo.restored()).isEqualTo(2);
        assertThat(all()).isEqualTo(before);
        assertThat(services.contacts().photo(stored.id())).isEmpty();
        assertThat(services.contacts().photo(before.stream().filter(c -> "Pic Owner".equals(c.fullName()))
                .findFirst().orElseThrow().id()).orElseThrow().data()).containsExactly(1, 2, 3);
        assertThat(services.contacts().tags()).extracting(t -> t.name()).containsExactly("kunde");
        assertThat(untouched).isIn(all());
        assertThat(imports.batch(r.batchId()).orElseThrow().undoneAt()).isEqualTo(Fixtures.NOW);
    }

    /** The full-text index row by row, as the triggers would have written it: text of every column. */
    private List<String> ftsRows() {
        return Sql.column(services.database(), """
                SELECT rowid || '|' || name || '|' || organisation || '|' || title || '|' || emails || '|' || notes
                    || '|' || state FROM contact_fts ORDER BY rowid""");
    }

    private List<String> ftsSourceRows() {
        return Sql.column(services.database(), """
                SELECT id || '|' || name || '|' || organisation || '|' || title || '|' || emails || '|' || notes
                    || '|' || state FROM contact_fts_source ORDER BY id""");
    }

    private List<String> found(String text) {
        return services.contacts().search(ContactQuery.text(text), 0, 100).stream()
                .map(s -> s.displayName()).toList();
    }

    @Test
    void theSearchIndexIsRightAfterAnImportAndAfterItsUndo() {
        services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder().email("anna@acme.de").build());
        services.contacts().create(person("Bert", "Brandt", null).toBuilder().email("bert@b.de").build());
        List<String> indexBefore = ftsRows();
        ImportPreview p = preview(
                card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").email("anna@zweit.de")
                        .notes("Wärmepumpen").build()),
                card(2, person("Jürgen", "Weiß", "Nordlicht GmbH").toBuilder().email("jw@nordlicht.de")
                        .title("Einkauf").build()),
                card(3, person("Käthe", "Yılmaz", null).toBuilder().email("k@y.de").email("kaethe@y.de").build()),
                card(4, person("Jurgen", "Weiss", "Nordlicht").toBuilder().phone("+49 511 123456").build()));
        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.merged()).isEqualTo(2);

        assertThat(ftsRows()).hasSize(4).isEqualTo(ftsSourceRows());
        assertThat(Sql.scalar(services.database(), "SELECT count(*) FROM contact_fts_deferred")).isZero();
        assertThat(found("zweit")).containsExactly("Anna Schmidt");
        assertThat(found("wärmepumpen")).containsExactly("Anna Schmidt");
        assertThat(found("mueller nordlicht")).isEmpty();
        assertThat(found("weiss nordlicht")).containsExactly("Jürgen Weiß");
        assertThat(found("yilmaz")).containsExactly("Käthe Yılmaz");
        assertThat(found("kaethe@y")).containsExactly("Käthe Yılmaz");
        assertThat(services.contacts().count(ContactQuery.text("einkauf"))).isEqualTo(1);

        // Edits after the import go through the triggers again.
        Contact kaethe = services.contacts().get(services.contacts().ids(ContactQuery.text("yilmaz")).get(0));
        services.contacts().update(kaethe.toBuilder().title("Vorstand").build());
        assertThat(found("vorstand")).containsExactly("Käthe Yılmaz");
        assertThat(ftsRows()).isEqualTo(ftsSourceRows());

        imports.undo(r.batchId());
        assertThat(ftsRows()).isEqualTo(ftsSourceRows()).isEqualTo(indexBefore);
        assertThat(found("zweit")).isEmpty();
        assertThat(found("yilmaz")).isEmpty();
        assertThat(found("anna")).containsExactly("Anna Schmidt");
    }

    @Test
    void aFailedImportLeavesTheSearchIndexAndItsTriggersAsTheyWere() throws Exception {
        services.contacts().create(person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build());
        List<String> indexBefore = ftsRows();
        services.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TRIGGER fail_merge BEFORE INSERT ON import_change WHEN new.action = 'MERGED'
                        BEGIN SELECT RAISE(ABORT, 'forced failure'); END""");
            }
        });
        ImportPreview p = preview(card(1, person("New", "One", null)),
                card(2, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").title("CEO").build()));
        assertThatThrownBy(() -> imports.apply(p, Map.of())).hasMessageContaining("forced failure");
        assertThat(ftsRows()).isEqualTo(indexBefore);
        assertThat(Sql.scalar(services.database(), "SELECT count(*) FROM contact_fts_deferred")).isZero();
        services.contacts().create(person("Later", "Added", null));
        assertThat(found("later")).containsExactly("Later Added");
    }

    @Test
    void applyStoresThePreviewsOwnMatchesOnlyWhileNothingChanged() {
        services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder().email("anna@acme.de").build());
        ImportPreview p = preview(card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build()),
                card(2, person("New", "One", null)));
        assertThat(p.basis()).isNotNull();
        assertThat(imports.canReuse(p, Map.of())).isTrue();
        assertThat(imports.canReuse(p, Map.of(0, MergeDecision.MERGE))).isTrue();
        assertThat(imports.canReuse(p, Map.of(0, MergeDecision.KEEP_BOTH))).isFalse();
        assertThat(imports.canReuse(new ImportPreview(p.items(), p.files(), p.format(), p.event(), p.options()),
                Map.of())).isFalse();
        ImportPreview withNewEvent = imports.preview(List.of(file(card(1, person("X", "Y", null)))),
                ImportOptions.event("Not yet stored", List.of()));
        assertThat(imports.canReuse(withNewEvent, Map.of())).isFalse();

        services.contacts().create(person("Unrelated", "Edit", null));
        assertThat(imports.canReuse(p, Map.of())).isFalse();
    }

    @Test
    void aContactStoredBetweenPreviewAndApplyIsMatchedAgain() {
        ImportPreview p = preview(card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build()));
        assertThat(p.items().get(0).status()).isEqualTo(Status.NEW);
        Contact stored = services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder()
                .email("ANNA@acme.de").build());

        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isZero();
        assertThat(all()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(stored.id()));
    }

    @Test
    void aContactStoredByAnotherConnectionBetweenPreviewAndApplyIsMatchedAgain() {
        ImportPreview p = preview(card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de")
                .title("CEO").build()));
        // The command line, say, while the window shows the preview: another connection to the file.
        try (TendServices other = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            other.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder().email("anna@acme.de").build());
        }
        assertThat(imports.canReuse(p, Map.of())).isFalse();

        ImportReport r = imports.apply(p, Map.of());
        assertThat(r.imported()).isZero();
        assertThat(r.merged()).isEqualTo(1);
        assertThat(all()).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("CEO"));
    }

    @Test
    void storingThePreviewsMatchesGivesWhatMatchingAgainGives() {
        ImportRecord[] records = {
                card(1, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").phone("+49 511 1").build()),
                card(2, person("Jürgen", "Weiß", "Nordlicht GmbH").toBuilder().email("jw@n.de").build()),
                card(3, person("Jurgen", "Weiss", "Nordlicht AG").toBuilder().phone("+49 511 2").build()),
                card(4, person("A.", "Schmidt", null).toBuilder().phone("+49 511 1").notes("again").build()),
                card(5, person("Bert", "Brandt", "Acme").toBuilder().email("anna@acme.de").build())};
        services.contacts().create(person("Anna", "Schmidt", "Acme").toBuilder().email("anna@acme.de").build());
        ImportPreview reusing = preview(records);
        ImportReport reused = imports.apply(reusing, Map.of());
        List<Contact> afterReuse = all();
        imports.undo(reused.batchId());

        ImportPreview fresh = preview(records);
        ImportReport matchedAgain = imports.apply(new ImportPreview(fresh.items(), fresh.files(), fresh.format(),
                fresh.event(), fresh.options()), Map.of());
        assertThat(List.of(matchedAgain.imported(), matchedAgain.merged(), matchedAgain.skipped()))
                .isEqualTo(List.of(reused.imported(), reused.merged(), reused.skipped()));
        assertThat(all()).usingElementComparator((x, y) -> x.toBuilder().id(null).uid(null).createdAt(null)
                        .updatedAt(null).build().equals(y.toBuilder().id(null).uid(null).createdAt(null)
                        .updatedAt(null).build()) ? 0 : 1)
                .containsExactlyInAnyOrderElementsOf(afterReuse);
    }

    @Test
    void undoTwiceIsRefused() {
        ImportReport r = imports.apply(preview(card(1, person("A", "B", null))), Map.of());
        imports.undo(r.batchId());
        assertThatThrownBy(() -> imports.undo(r.batchId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Import " + r.batchId() + " was already undone on 2026-03-02; nothing to undo.");
        assertThatThrownBy(() -> imports.undo(999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailureMidApplyLeavesNothing() throws Exception {
        services.contacts().create(person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build());
        List<Contact> before = all();
        services.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TRIGGER fail_last BEFORE INSERT ON import_change WHEN new.action = 'MERGED'
                        BEGIN SELECT RAISE(ABORT, 'forced failure'); END""");
            }
        });
        ImportPreview p = imports.preview(List.of(file(card(1, person("New", "One", null)),
                card(2, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").title("CEO").build()))),
                ImportOptions.event("Fresh fair", List.of("t")));
        assertThatThrownBy(() -> imports.apply(p, Map.of())).hasMessageContaining("forced failure");
        assertThat(all()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
        assertThat(batchRows()).isZero();
        assertThat(services.contacts().tags()).isEmpty();
    }

    @Test
    void moreThanTheLimitIsRefused() {
        List<ImportRecord> many = new ArrayList<>();
        Contact c = person("A", "B", null);
        for (int i = 0; i <= ImportService.MAX_RECORDS; i++) {
            many.add(card(i + 1, c));
        }
        ParsedFile f = new ParsedFile(Path.of("big.vcf"), "vcard", many, List.of());
        assertThatThrownBy(() -> imports.preview(List.of(f), ImportOptions.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 100000");
    }

    @Test
    void dryRunCountsWithoutWriting() {
        services.contacts().create(person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build());
        ImportPreview p = preview(card(1, person("New", "One", null)),
                card(2, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").title("CEO").build()),
                card(3, person("Anna", "Schmidt", null).toBuilder().email("anna@acme.de").build()));
        ImportReport r = imports.dryRun(p, Map.of());
        assertThat(List.of(r.imported(), r.merged(), r.skipped(), r.rejected())).containsExactly(1, 1, 1, 0);
        assertThat(r.dryRun()).isTrue();
        assertThat(all()).hasSize(1);
        assertThat(batchRows()).isZero();
    }
}
