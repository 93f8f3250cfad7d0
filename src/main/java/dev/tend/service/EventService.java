package dev.tend.service;

import dev.tend.domain.Event;
import dev.tend.store.Database;
import dev.tend.store.EventStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Events (trade fairs) where contacts are met. */
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

    public Event update(Event event) {
        validate(event);
        db.inTransaction(c -> store.update(c, event, clock.instant()));
        return find(event.id()).orElseThrow();
    }

    public Optional<Event> find(long id) {
        return db.read(c -> store.find(c, id));
    }

    public List<Event> all() {
        return db.read(store::all);
    }

    private static void validate(Event e) {
        if (e.name().isEmpty()) {
            throw new ValidationException(List.of(new FieldError("name", "event.name.required",
                    "Enter the event's name.")));
        }
        if (e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate())) {
            throw new ValidationException(List.of(new FieldError("endDate", "event.end.beforeStart",
                    "The event ends before it starts.")));
        }
    }
}
