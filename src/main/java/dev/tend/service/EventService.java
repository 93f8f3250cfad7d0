package dev.tend.service;

import dev.tend.domain.Event;
import dev.tend.domain.EventPage;
import dev.tend.domain.EventSummary;
import dev.tend.store.Database;
import dev.tend.store.EventStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Events (trade fairs) where contacts are met, and how well those first meetings were followed up.
 *
 * <p>Follow-up rule: a contact met at an event counts as followed up once there is an interaction
 * with them dated after the event's end date (its start date when it has no end date; any date
 * when it has neither), not later than today, and not logged at the event itself. An interaction on
 * the last day of the fair is still the fair. Only active (non-archived) contacts count.
 */
public final class EventService {
    private final Database db;
    private final EventStore store;
    private final Clock clock;

    public EventService(Database db, EventStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    public Event create(Event event) {
        validate(event);
        long id = db.transaction(c -> store.insert(c, event, clock.instant()));
        return find(id).orElseThrow();
    }

    /** Stores the edits; throws {@link NotFoundException} when the event was deleted meanwhile. */
    public Event update(Event event) {
        validate(event);
        db.inTransaction(c -> {
            if (event.id() == null || store.find(c, event.id()).isEmpty()) {
                throw new NotFoundException("Event " + event.id() + " no longer exists.");
            }
            store.update(c, event, clock.instant());
        });
        return find(event.id()).orElseThrow();
    }

    /** Creates a new event (no id) or updates a stored one. */
    public Event save(Event event) {
        return event.id() == null ? create(event) : update(event);
    }

    public Optional<Event> find(long id) {
        return db.read(c -> store.find(c, id));
    }

    public List<Event> all() {
        return db.read(store::all);
    }

    /** Every event, the most recent first, with how many people were met there and followed up. */
    public List<EventSummary> overview() {
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> store.overview(c, today));
    }

    /** The event with the people met there, by name, each with their latest follow-up. */
    public Optional<EventPage> page(long id) {
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> {
            Optional<Event> event = store.find(c, id);
            return event.isEmpty() ? Optional.<EventPage>empty()
                    : Optional.of(new EventPage(event.get(), store.people(c, id, today)));
        });
    }

    /**
     * Deletes the event. Contacts met there keep all their data and just lose the link to it
     * ({@code met_at_event_id} is SET NULL by the schema); interactions logged at it are kept
     * without the event; follow-ups created for it are removed with it.
     *
     * @throws NotFoundException when there is no such event
     */
    public void delete(long id) {
        db.inTransaction(c -> {
            if (!store.delete(c, id)) {
                throw new NotFoundException("Event " + id + " does not exist.");
            }
        });
    }

    private static void validate(Event e) {
        List<FieldError> errors = new ArrayList<>();
        if (e.name().isEmpty()) {
            errors.add(new FieldError("name", "event.name.required", "Enter the event's name."));
        }
        if (e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate())) {
            errors.add(new FieldError("endDate", "event.end.beforeStart", "The event ends before it starts."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
