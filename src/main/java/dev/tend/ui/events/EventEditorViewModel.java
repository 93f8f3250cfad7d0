package dev.tend.ui.events;

import dev.tend.domain.Event;
import dev.tend.service.EventService;
import dev.tend.service.FieldError;
import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of one event as properties, their validation messages, and whether anything changed
 * since it was loaded. Saving goes through {@link EventService}, which validates; its field errors
 * come back here and the view marks the fields. Nothing is stored when there is an error.
 */
public final class EventEditorViewModel {
    private final EventService events;
    private final DialogService dialogs;
    private final I18n i18n;
    private Consumer<Event> onSaved = e -> { };

    private Event baseline;
    private boolean loading;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Long> eventId = new ReadOnlyObjectWrapper<>(this, "eventId");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final StringProperty nameError = new SimpleStringProperty(this, "nameError");
    private final StringProperty startDateError = new SimpleStringProperty(this, "startDateError");
    private final StringProperty endDateError = new SimpleStringProperty(this, "endDateError");

    public EventEditorViewModel(EventService events, DialogService dialogs, I18n i18n) {
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        track(name, city, country, startDate, endDate, notes);
        name.addListener((o, a, b) -> heading.set(headingText()));
    }

    /** Called with the stored event after each successful save. */
    public void setOnSaved(Consumer<Event> onSaved) {
        this.onSaved = onSaved;
    }

    /** Shows a stored event for editing. */
    public void load(Event event) {
        loading = true;
        try {
            baseline = event;
            active.set(event != null);
            Event v = event == null ? Event.named("", null, null, null) : event;
            eventId.set(v.id());
            name.set(v.name());
            city.set(nz(v.city()));
            country.set(nz(v.country()));
            startDate.set(v.startDate());
            endDate.set(v.endDate());
            notes.set(nz(v.notes()));
            clearErrors();
        } finally {
            loading = false;
        }
        heading.set(headingText());
        dirty.set(false);
    }

    /** Starts a new, empty event; it is stored on save. */
    public void newEvent() {
        load(Event.named("", null, null, null));
        dirty.set(true);
    }

    /** Shows nothing: no event is selected. */
    public void clear() {
        load(null);
    }

    /** Validates and stores the edits; false, with the fields marked, when they cannot be stored. */
    public boolean save() {
        if (!active.get()) {
            return false;
        }
        clearErrors();
        try {
            Event saved = events.save(toEvent());
            load(saved);
            onSaved.accept(saved);
            return true;
        } catch (ValidationException e) {
            showErrors(e.errors());
            return false;
        } catch (NotFoundException e) {
            dialogs.showError(i18n.get("event.save.failed"), i18n.get("event.gone"));
            clear();
            return false;
        }
    }

    /** Throws the edits away: a stored event shows as stored, a new one is dropped. */
    public void revert() {
        if (baseline != null && baseline.id() != null) {
            load(baseline);
        } else {
            clear();
        }
    }

    /** The event as edited. */
    Event toEvent() {
        return new Event(baseline == null ? null : baseline.id(), name.get(), city.get(), country.get(),
                startDate.get(), endDate.get(), notes.get());
    }

    private void showErrors(List<FieldError> errors) {
        for (FieldError e : errors) {
            String text = i18n.getOr("validation." + e.code(), e.message());
            switch (e.field()) {
                case "name" -> nameError.set(text);
                case "startDate" -> startDateError.set(text);
                case "endDate" -> endDateError.set(text);
                default -> dialogs.showError(i18n.get("event.save.failed"), text);
            }
        }
    }

    private void clearErrors() {
        nameError.set(null);
        startDateError.set(null);
        endDateError.set(null);
    }

    private String headingText() {
        return name.get() == null || name.get().isBlank() ? i18n.get("event.new") : name.get().strip();
    }

    private void track(Observable... observables) {
        for (Observable o : observables) {
            o.addListener(x -> changed());
        }
    }

    private void changed() {
        if (loading || !active.get()) {
            return;
        }
        dirty.set(baseline == null || baseline.id() == null || !Objects.equals(toEvent(), baseline));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Long> eventIdProperty() { return eventId.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty startDateErrorProperty() { return startDateError; }
    public StringProperty endDateErrorProperty() { return endDateError; }
}
