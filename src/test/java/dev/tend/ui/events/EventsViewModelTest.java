package dev.tend.ui.events;

import static dev.tend.testing.Fixtures.CLOCK;
import static dev.tend.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.EventPerson;
import dev.tend.domain.EventSummary;
import dev.tend.domain.Interaction;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.service.TendServices;
import dev.tend.store.LedgerStore;
import dev.tend.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events screen's view models on a real database, without a window: dialogs answer as scripted. */
class EventsViewModelTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 20);
    private static final LocalDate END = LocalDate.of(2026, 1, 24);

    @TempDir
    Path dir;
    private TendServices services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EventsViewModel vm;
    private Event hannover;
    private Event embedded;
    private long anna;
    private long jurgen;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"), CLOCK, Locale.GERMANY);
        hannover = services.events().create(Event.named("Hannover Messe 2026", "Hannover", START, END));
        embedded = services.events().create(Event.named("embedded world 2025", "Nürnberg",
                LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 13)));
        anna = metAt(hannover, "Anna", "Müller");
        jurgen = metAt(hannover, "Jürgen", "Weiß");
        services.database().inTransaction(c -> new LedgerStore().insertInteraction(c, new Interaction(null,
                END.plusDays(8), Channel.EMAIL, null, "Thanks for the visit", List.of(jurgen)), NOW));
        vm = new EventsViewModel(services.events(), dialogs, new I18n(Locale.ENGLISH));
        vm.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long metAt(Event e, String given, String family) {
        return services.contacts().create(Contact.builder().givenName(given).familyName(family)
                .metAtEventId(e.id()).build()).id();
    }

    @Test
    void listsEventsNewestFirstAndShowsThePageOfTheSelectedOne() {
        assertThat(vm.items()).extracting(s -> s.event().name())
                .containsExactly("Hannover Messe 2026", "embedded world 2025");
        EventSummary first = vm.items().get(0);
        assertThat(vm.counts(first.met(), first.followedUp())).isEqualTo("2 met · 1 followed up");
        assertThat(vm.placeAndDates(first.event())).isEqualTo("Hannover · Jan 20, 2026 – Jan 24, 2026");

        assertThat(vm.select(hannover.id())).isTrue();
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Hannover Messe 2026");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        assertThat(vm.people()).extracting(p -> p.contact().displayName()).containsExactly("Anna Müller", "Jürgen Weiß");
        assertThat(vm.people()).extracting(vm::status).containsExactly("not yet", "followed up on Feb 1, 2026");
        assertThat(vm.metProperty().get()).isEqualTo(2);
        assertThat(vm.followedUpProperty().get()).isEqualTo(1);
        assertThat(vm.progressProperty().get()).isEqualTo(0.5);

        vm.select(embedded.id());
        assertThat(vm.people()).isEmpty();
        assertThat(vm.progressProperty().get()).isZero();
    }

    @Test
    void textsFollowTheLanguage() {
        EventsViewModel de = new EventsViewModel(services.events(), dialogs, new I18n(Locale.GERMAN));
        assertThat(de.counts(1234, 8)).isEqualTo("1.234 getroffen · 8 nachgefasst");
        assertThat(de.placeAndDates(hannover)).isEqualTo("Hannover · 20.01.2026 – 24.01.2026");
        assertThat(de.dates(Event.named("Tag der Logistik", null, START, START))).isEqualTo("20.01.2026");
        EventPerson met = new EventPerson(null, LocalDate.of(2026, 3, 3));
        assertThat(de.status(met)).isEqualTo("nachgefasst am 03.03.2026");
    }

    @Test
    void invalidEditsAreMarkedAtTheFieldsAndNothingIsSaved() {
        vm.select(hannover.id());
        vm.editor().nameProperty().set("  ");
        vm.editor().endDateProperty().set(START.minusDays(1));
        assertThat(vm.editor().dirtyProperty().get()).isTrue();

        assertThat(vm.editor().save()).isFalse();
        assertThat(vm.editor().nameErrorProperty().get()).isEqualTo("Enter the event’s name.");
        assertThat(vm.editor().endDateErrorProperty().get()).isEqualTo("The end lies before the start.");
        assertThat(services.events().find(hannover.id()).orElseThrow())
                .extracting(Event::name, Event::endDate).containsExactly("Hannover Messe 2026", END);

        // Another event cannot be selected while the shown one cannot be saved.
        assertThat(vm.select(embedded.id())).isFalse();
        assertThat(vm.selectedIdProperty().get()).isEqualTo(hannover.id());

        vm.editor().nameProperty().set("Hannover Messe");
        vm.editor().endDateProperty().set(END.plusDays(1));
        assertThat(vm.select(embedded.id())).as("valid edits are saved on the way").isTrue();
        assertThat(vm.editor().nameErrorProperty().get()).isNull();
        assertThat(services.events().find(hannover.id()).orElseThrow())
                .extracting(Event::name, Event::endDate).containsExactly("Hannover Messe", END.plusDays(1));
        assertThat(vm.items()).extracting(s -> s.event().name()).contains("Hannover Messe");
    }

    @Test
    void revertThrowsEditsAway() {
        vm.select(hannover.id());
        vm.editor().cityProperty().set("Berlin");
        vm.editor().revert();
        assertThat(vm.editor().cityProperty().get()).isEqualTo("Hannover");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewEventIsStoredOnSaveAndSelected() {
        vm.select(hannover.id());
        assertThat(vm.newEvent()).isTrue();
        assertThat(vm.selectedIdProperty().get()).isNull();
        assertThat(vm.editor().headingProperty().get()).isEqualTo("New event");
        assertThat(vm.people()).isEmpty();
        assertThat(vm.editor().save()).as("no name yet").isFalse();
        assertThat(services.events().all()).hasSize(2);

        vm.editor().nameProperty().set("Logistics Expo");
        vm.editor().cityProperty().set("Bremen");
        vm.editor().startDateProperty().set(LocalDate.of(2026, 2, 17));
        assertThat(vm.editor().save()).isTrue();

        Event stored = services.events().all().stream().filter(e -> e.name().equals("Logistics Expo")).findFirst()
                .orElseThrow();
        assertThat(stored.city()).isEqualTo("Bremen");
        assertThat(vm.selectedIdProperty().get()).isEqualTo(stored.id());
        assertThat(vm.items()).extracting(s -> s.event().name())
                .containsExactly("Logistics Expo", "Hannover Messe 2026", "embedded world 2025");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void deletingAsksFirstAndSaysThePeopleKeepTheirData() {
        vm.select(hannover.id());
        dialogs.confirmations.push(false);
        assertThat(vm.deleteSelected()).isFalse();
        assertThat(services.events().find(hannover.id())).isPresent();
        assertThat(dialogs.asked).last().asString()
                .contains("Hannover Messe 2026").contains("The 2 people met there stay in your contacts");

        dialogs.confirmations.push(true);
        assertThat(vm.deleteSelected()).isTrue();
        assertThat(services.events().find(hannover.id())).isEmpty();
        assertThat(vm.items()).extracting(EventSummary::id).containsExactly(embedded.id());
        assertThat(vm.selectedIdProperty().get()).isNull();
        assertThat(vm.editor().activeProperty().get()).isFalse();
        assertThat(services.contacts().get(anna).metAtEventId()).isNull();
        assertThat(services.contacts().get(jurgen).displayName()).isEqualTo("Jürgen Weiß");
    }

    @Test
    void deletingAnEventWithoutPeopleSaysSo() {
        vm.select(embedded.id());
        dialogs.confirmations.push(true);
        assertThat(vm.deleteSelected()).isTrue();
        assertThat(dialogs.asked).last().asString().contains("No contacts are linked to it");
    }

    @Test
    void anEventDeletedElsewhereDisappearsOnRefresh() {
        vm.select(embedded.id());
        services.events().delete(embedded.id());
        vm.refresh();
        assertThat(vm.items()).extracting(EventSummary::id).containsExactly(hannover.id());
        assertThat(vm.editor().activeProperty().get()).isFalse();
    }
}
