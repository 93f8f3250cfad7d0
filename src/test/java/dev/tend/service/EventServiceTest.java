package dev.tend.service;

import static dev.tend.testing.Fixtures.CLOCK;
import static dev.tend.testing.Fixtures.NOW;
import static dev.tend.testing.Fixtures.TODAY;
import static dev.tend.testing.Sql.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Event;
import dev.tend.domain.EventPage;
import dev.tend.domain.EventPerson;
import dev.tend.domain.EventSummary;
import dev.tend.domain.FollowUp;
import dev.tend.domain.FollowUpReason;
import dev.tend.domain.Interaction;
import dev.tend.store.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events and their follow-up counts on a real database file, with the fixed clock of {@link dev.tend.testing.Fixtures}. */
class EventServiceTest {
    /** A fair that ended well before the fixed "today" (2 March 2026). */
    private static final LocalDate START = LocalDate.of(2026, 1, 20);
    private static final LocalDate END = LocalDate.of(2026, 1, 24);

    @TempDir
    Path dir;
    TendServices tend;
    EventService events;
    ContactService contacts;
    final LedgerStore ledger = new LedgerStore();

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("tend.db"), CLOCK, Locale.GERMANY);
        events = tend.events();
        contacts = tend.contacts();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    private Event fair(LocalDate start, LocalDate end) {
        return events.create(Event.named("Hannover Messe 2026", "Hannover", start, end));
    }

    private long metAt(Event e, String given, String family) {
        return contacts.create(Contact.builder().givenName(given).familyName(family).metAtEventId(e.id()).build()).id();
    }

    private void interaction(LocalDate on, Long eventId, long... contactIds) {
        tend.database().inTransaction(c -> ledger.insertInteraction(c, new Interaction(null, on, Channel.EMAIL,
                eventId, "Follow-up", java.util.Arrays.stream(contactIds).boxed().toList()), NOW));
    }

    private EventSummary summary(Event e) {
        return events.overview().stream().filter(s -> s.id() == e.id()).findFirst().orElseThrow();
    }

    private EventPerson person(Event e, long contactId) {
        return events.page(e.id()).orElseThrow().people().stream().filter(p -> p.contact().id() == contactId)
                .findFirst().orElseThrow();
    }

    @Test
    void aNameIsRequiredAndTheEndMayNotComeBeforeTheStart() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> events.create(Event.named("  ", null, END, START)));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "event.name.required"),
                org.assertj.core.groups.Tuple.tuple("endDate", "event.end.beforeStart"));
        assertThat(events.all()).isEmpty();

        Event stored = fair(START, END);
        assertThatThrownBy(() -> events.update(new Event(stored.id(), "Hannover Messe 2026", "Hannover", null,
                START, START.minusDays(1), null))).isInstanceOf(ValidationException.class);
        assertThat(events.find(stored.id()).orElseThrow().endDate()).isEqualTo(END);
        // A one-day event ends the day it starts.
        assertThat(events.update(new Event(stored.id(), "Hannover Messe", "Hannover", "DE", START, START, "Hall 7"))
                .endDate()).isEqualTo(START);
    }

    @Test
    void countsPeopleMetWithNoInteractionsAsNotFollowedUp() {
        Event e = fair(START, END);
        metAt(e, "Anna", "Müller");
        metAt(e, "Jürgen", "Weiß");
        contacts.create(Contact.builder().givenName("Sophie").familyName("Becker").build());
        Event empty = fair(START.minusYears(1), END.minusYears(1));

        assertThat(summary(e)).extracting(EventSummary::met, EventSummary::followedUp).containsExactly(2, 0);
        assertThat(summary(empty)).extracting(EventSummary::met, EventSummary::followedUp).containsExactly(0, 0);
        EventPage page = events.page(e.id()).orElseThrow();
        assertThat(page.people()).extracting(p -> p.contact().displayName())
                .containsExactly("Anna Müller", "Jürgen Weiß");
        assertThat(page.people()).allMatch(p -> p.followedUpOn() == null);
        assertThat(page.met()).isEqualTo(2);
        assertThat(page.followedUp()).isZero();
    }

    @Test
    void anInteractionOnTheEndDateIsNotAFollowUpButTheDayAfterIs() {
        Event e = fair(START, END);
        long anna = metAt(e, "Anna", "Müller");
        long jurgen = metAt(e, "Jürgen", "Weiß");
        interaction(START.plusDays(1), null, anna);
        interaction(END, null, anna, jurgen);
        assertThat(summary(e).followedUp()).isZero();
        assertThat(person(e, anna).followedUpOn()).isNull();

        interaction(END.plusDays(1), null, jurgen);
        interaction(END.plusDays(3), null, jurgen);
        assertThat(summary(e)).extracting(EventSummary::met, EventSummary::followedUp).containsExactly(2, 1);
        assertThat(person(e, jurgen).followedUpOn()).as("the latest one").isEqualTo(END.plusDays(3));
        assertThat(person(e, anna).followedUp()).isFalse();
        assertThat(events.page(e.id()).orElseThrow().followedUp()).isEqualTo(1);
    }

    @Test
    void withoutAnEndDateTheStartDateIsTheCutOff() {
        Event e = fair(START, null);
        long anna = metAt(e, "Anna", "Müller");
        long jurgen = metAt(e, "Jürgen", "Weiß");
        interaction(START, null, anna);
        interaction(START.plusDays(1), null, jurgen);

        assertThat(summary(e).followedUp()).isEqualTo(1);
        assertThat(person(e, anna).followedUpOn()).isNull();
        assertThat(person(e, jurgen).followedUpOn()).isEqualTo(START.plusDays(1));
    }

    @Test
    void interactionsAtTheEventItselfOrNotYetHappenedAreNoFollowUp() {
        Event e = fair(START, END);
        long anna = metAt(e, "Anna", "Müller");
        // Logged at the fair, though dated after it (a late entry), and a call planned for tomorrow.
        interaction(END.plusDays(1), e.id(), anna);
        interaction(TODAY.plusDays(1), null, anna);
        assertThat(summary(e).followedUp()).isZero();

        interaction(TODAY, null, anna);
        assertThat(summary(e).followedUp()).isEqualTo(1);
        assertThat(person(e, anna).followedUpOn()).isEqualTo(TODAY);
    }

    @Test
    void archivedContactsAreNotCounted() {
        Event e = fair(START, END);
        long anna = metAt(e, "Anna", "Müller");
        long jurgen = metAt(e, "Jürgen", "Weiß");
        interaction(END.plusDays(2), null, anna, jurgen);
        assertThat(summary(e)).extracting(EventSummary::met, EventSummary::followedUp).containsExactly(2, 2);

        contacts.archive(List.of(jurgen));
        assertThat(summary(e)).extracting(EventSummary::met, EventSummary::followedUp).containsExactly(1, 1);
        assertThat(events.page(e.id()).orElseThrow().people()).extracting(p -> p.contact().id())
                .containsExactly(anna);
    }

    @Test
    void theOverviewListsTheNewestEventFirst() {
        Event old = fair(START.minusYears(1), END.minusYears(1));
        Event recent = fair(START, END);
        Event middle = events.create(Event.named("embedded world", "Nürnberg", START.minusMonths(3), null));
        assertThat(events.overview()).extracting(EventSummary::id).containsExactly(recent.id(), middle.id(), old.id());
    }

    @Test
    void deletingAnEventKeepsItsContactsAndTheirInteractions() {
        Event e = fair(START, END);
        long anna = metAt(e, "Anna", "Müller");
        interaction(START, e.id(), anna);
        tend.database().inTransaction(c -> ledger.insertFollowUp(c, new FollowUp(null, anna,
                FollowUpReason.AFTER_EVENT, END.plusDays(7), null, null, e.id(), null, null), NOW));

        events.delete(e.id());

        assertThat(events.find(e.id())).isEmpty();
        assertThat(events.page(e.id())).isEmpty();
        Contact kept = contacts.get(anna);
        assertThat(kept.displayName()).isEqualTo("Anna Müller");
        assertThat(kept.metAtEventId()).isNull();
        assertThat(scalar(tend.database(), "SELECT count(*) FROM interaction WHERE event_id IS NULL")).isEqualTo(1);
        assertThat(scalar(tend.database(), "SELECT count(*) FROM follow_up")).isZero();
        assertThatThrownBy(() -> events.delete(e.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updatingADeletedEventIsReported() {
        Event e = fair(START, END);
        events.delete(e.id());
        assertThatThrownBy(() -> events.update(e)).isInstanceOf(NotFoundException.class);
        assertThat(events.all()).isEmpty();
    }
}
