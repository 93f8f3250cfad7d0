package dev.tend.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.service.TendServices;
import dev.tend.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Contacts view models on a real database, without a window: dialogs answer as scripted. */
class ContactsViewModelTest {
    @TempDir
    Path dir;
    private TendServices services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ContactsViewModel vm;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/Berlin")), Locale.GERMANY);
        vm = new ContactsViewModel(services.contacts(), services.events(), dialogs, new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long add(String given, String family) {
        return services.contacts().create(Contact.builder().givenName(given).familyName(family).build()).id();
    }

    private ContactSummary row(String name) {
        return vm.itemsProperty().get().stream().filter(r -> r.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEmptyDatabaseIsReportedAsSuchButAnEmptySearchIsNot() {
        vm.refresh();
        assertThat(vm.databaseEmptyProperty().get()).isTrue();
        add("Anna", "Müller");
        vm.searchTextProperty().set("nobody");
        vm.refresh();
        assertThat(vm.totalProperty().get()).isZero();
        assertThat(vm.databaseEmptyProperty().get()).isFalse();
    }

    @Test
    void theListLoadsPagesOnlyWhenRowsAreShown() {
        for (int i = 0; i < 250; i++) {
            add("Person", String.format("%03d", i));
        }
        vm.refresh();
        var items = vm.itemsProperty().get();
        assertThat(items).hasSize(250);
        assertThat(items.get(249).displayName()).isEqualTo("Person 249");
        assertThat(items.get(100).displayName()).isEqualTo("Person 100");
    }

    @Test
    void validEditsAreSavedWhenAnotherContactIsSelected() {
        add("Anna", "Müller");
        add("Sophie", "Becker");
        vm.refresh();
        vm.select(List.of(row("Anna Müller")));
        vm.editor().titleProperty().set("Head of Procurement");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();

        assertThat(vm.select(List.of(row("Sophie Becker")))).isTrue();

        assertThat(services.contacts().search(ContactQuery.text("Procurement"), 0, 10))
                .extracting(ContactSummary::displayName).containsExactly("Anna Müller");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void invalidEditsAskBeforeTheyAreDiscarded() {
        long anna = add("Anna", "Müller");
        add("Sophie", "Becker");
        vm.refresh();
        vm.select(List.of(row("Anna Müller")));
        vm.editor().addEmail();
        vm.editor().emails().get(0).valueProperty().set("not an email");

        dialogs.confirmations.push(false);
        assertThat(vm.select(List.of(row("Sophie Becker")))).isFalse();
        assertThat(vm.editor().contactIdProperty().get()).isEqualTo(anna);
        assertThat(vm.editor().emails().get(0).errorProperty().get()).isEqualTo("This is not a valid email address.");

        dialogs.confirmations.push(true);
        assertThat(vm.select(List.of(row("Sophie Becker")))).isTrue();
        assertThat(services.contacts().get(anna).emails()).isEmpty();
    }

    @Test
    void deleteAsksFirstAndKeepsTheContactsWhenCancelled() {
        add("Anna", "Müller");
        add("Sophie", "Becker");
        vm.refresh();
        vm.select(List.of(row("Anna Müller"), row("Sophie Becker")));

        dialogs.confirmations.push(false);
        vm.deleteSelected();
        assertThat(services.contacts().count(ContactQuery.all())).isEqualTo(2);
        assertThat(dialogs.asked).containsExactly("Delete 2 contacts for good? Interactions shared with others stay for the others.");

        dialogs.confirmations.push(true);
        vm.deleteSelected();
        assertThat(services.contacts().count(ContactQuery.all())).isZero();
        assertThat(vm.totalProperty().get()).isZero();
    }

    @Test
    void bulkActionsApplyToTheWholeSelection() {
        add("Anna", "Müller");
        add("Sophie", "Becker");
        add("Lukas", "Schäfer");
        vm.refresh();
        vm.select(List.of(row("Anna Müller"), row("Lukas Schäfer")));

        vm.setCircleOfSelected(Circle.CLOSE);
        assertThat(services.contacts().count(ContactQuery.all().withCircle(Circle.CLOSE))).isEqualTo(2);

        vm.select(List.of(row("Anna Müller"), row("Lukas Schäfer")));
        dialogs.texts.add("Hannover Messe 2026");
        vm.tagSelected();
        assertThat(vm.tagChoices()).containsExactly("Hannover Messe 2026");
        vm.tagFilterProperty().set("Hannover Messe 2026");
        assertThat(vm.itemsProperty().get()).extracting(ContactSummary::displayName)
                .containsExactly("Anna Müller", "Lukas Schäfer");

        vm.select(List.of(row("Anna Müller"), row("Lukas Schäfer")));
        vm.archiveSelected();
        assertThat(vm.totalProperty().get()).isZero();
        assertThat(services.contacts().count(ContactQuery.all())).isEqualTo(1);
    }

    @Test
    void aNewContactIsSavedAndFocusedInTheList() {
        vm.refresh();
        vm.newContact();
        assertThat(vm.editor().activeProperty().get()).isTrue();
        vm.editor().givenNameProperty().set("Jürgen");
        vm.editor().familyNameProperty().set("Weiß");
        vm.editor().addPhone();
        vm.editor().phones().get(0).valueProperty().set("+49 (0)711 123456");

        assertThat(vm.editor().save()).isTrue();

        long id = vm.focusContactProperty().get();
        Contact stored = services.contacts().get(id);
        assertThat(stored.displayName()).isEqualTo("Jürgen Weiß");
        assertThat(stored.phones().get(0).e164()).isEqualTo("+49711123456");
        assertThat(vm.totalProperty().get()).isEqualTo(1);
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void aContactWithoutANameIsRefusedAtTheNameField() {
        vm.refresh();
        vm.newContact();
        vm.editor().notesProperty().set("met at the stand");
        assertThat(vm.editor().save()).isFalse();
        assertThat(vm.editor().nameErrorProperty().get()).isEqualTo("Enter a name or an organisation.");
        assertThat(services.contacts().count(ContactQuery.all())).isZero();
    }
}
