package dev.tend.ui.events;

import dev.tend.domain.Event;
import dev.tend.domain.EventPage;
import dev.tend.domain.EventPerson;
import dev.tend.domain.EventSummary;
import dev.tend.service.EventService;
import dev.tend.service.NotFoundException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Events screen: the events newest first with how many people were met at each and followed
 * up, and the selected event's page (its fields in {@link #editor()}, the people met there, the
 * counts). Switching events saves valid edits first, as the Contacts screen does.
 */
public final class EventsViewModel {
    private final EventService events;
    private final DialogService dialogs;
    private final I18n i18n;
    private final EventEditorViewModel editor;

    private final ObservableList<EventSummary> items = FXCollections.observableArrayList();
    private final ObservableList<EventPerson> people = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Long> selectedId = new ReadOnlyObjectWrapper<>(this, "selectedId");
    private final ReadOnlyIntegerWrapper met = new ReadOnlyIntegerWrapper(this, "met");
    private final ReadOnlyIntegerWrapper followedUp = new ReadOnlyIntegerWrapper(this, "followedUp");
    private final DoubleBinding progress;

    public EventsViewModel(EventService events, DialogService dialogs, I18n i18n) {
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.editor = new EventEditorViewModel(events, dialogs, i18n);
        editor.setOnSaved(this::saved);
        progress = Bindings.createDoubleBinding(
                () -> met.get() == 0 ? 0 : (double) followedUp.get() / met.get(), met, followedUp);
    }

    public EventEditorViewModel editor() {
        return editor;
    }

    /** Reloads the list and the selected event's page, e.g. when the screen is shown again. */
    public void refresh() {
        items.setAll(events.overview());
        Long id = selectedId.get();
        if (id != null && items.stream().noneMatch(s -> s.id() == id)) {
            showNothing();
        } else if (id != null && !editor.dirtyProperty().get()) {
            loadPage(id);
        } else if (id != null) {
            loadPeople(id);
        }
    }

    /**
     * Shows an event's page. Valid edits of the event shown so far are saved first; when they are
     * not valid the fields stay marked, nothing changes and this returns false.
     */
    public boolean select(Long id) {
        if (Objects.equals(id, selectedId.get()) && (id != null || !editor.activeProperty().get())) {
            return true;
        }
        if (editor.dirtyProperty().get() && !editor.save()) {
            return false;
        }
        if (id == null) {
            showNothing();
        } else {
            loadPage(id);
        }
        return true;
    }

    /** Starts a new event in the page (stored when saved), after saving valid edits of the shown one. */
    public boolean newEvent() {
        if (editor.dirtyProperty().get() && !editor.save()) {
            return false;
        }
        selectedId.set(null);
        people.clear();
        setCounts(0, 0);
        editor.newEvent();
        return true;
    }

    /**
     * Deletes the shown event after the user confirms. Contacts met there keep their data; the
     * question says so. Returns whether it was deleted.
     */
    public boolean deleteSelected() {
        Long id = selectedId.get();
        if (id == null) {
            if (editor.activeProperty().get()) {
                editor.clear(); // a new, unsaved event: nothing stored to delete
            }
            return false;
        }
        String name = items.stream().filter(s -> s.id() == id).map(s -> s.event().name()).findFirst()
                .orElse(editor.headingProperty().get());
        String message = met.get() == 0 ? i18n.get("event.delete.empty", name)
                : i18n.get("event.delete.people", name, met.get());
        if (!dialogs.confirm(i18n.get("event.delete.title"), message, i18n.get("action.delete"))) {
            return false;
        }
        try {
            events.delete(id);
        } catch (NotFoundException e) {
            // Already gone (another window or the command line): the list is refreshed below anyway.
        }
        showNothing();
        items.setAll(events.overview());
        return true;
    }

    private void saved(Event event) {
        selectedId.set(event.id());
        items.setAll(events.overview());
        loadPeople(event.id());
    }

    private void loadPage(long id) {
        Optional<EventPage> page = events.page(id);
        if (page.isEmpty()) {
            showNothing();
            items.setAll(events.overview());
            return;
        }
        selectedId.set(id);
        editor.load(page.get().event());
        showPeople(page.get());
    }

    private void loadPeople(long id) {
        events.page(id).ifPresent(this::showPeople);
    }

    private void showPeople(EventPage page) {
        people.setAll(page.people());
        setCounts(page.met(), page.followedUp());
    }

    private void showNothing() {
        selectedId.set(null);
        editor.clear();
        people.clear();
        setCounts(0, 0);
    }

    private void setCounts(int metCount, int followedUpCount) {
        met.set(metCount);
        followedUp.set(followedUpCount);
    }

    // Texts of the screen, here so that they are tested without a window.

    /** "20 Apr 2026 – 24 Apr 2026", one date for a one-day event, empty without dates. */
    public String dates(Event e) {
        if (e.startDate() == null && e.endDate() == null) {
            return "";
        }
        if (e.startDate() == null || e.endDate() == null || e.startDate().equals(e.endDate())) {
            return i18n.date(e.startDate() == null ? e.endDate() : e.startDate());
        }
        return i18n.get("event.dates", i18n.date(e.startDate()), i18n.date(e.endDate()));
    }

    /** "Hannover, Germany · 20 Apr 2026 – 24 Apr 2026", leaving out what is not known. */
    public String placeAndDates(Event e) {
        String place = e.country() == null ? e.city() : e.city() == null ? e.country() : e.city() + ", " + e.country();
        String dates = dates(e);
        if (place == null) {
            return dates;
        }
        return dates.isEmpty() ? place : place + " · " + dates;
    }

    /** "12 met · 8 followed up". */
    public String counts(int metCount, int followedUpCount) {
        return i18n.get("events.counts", metCount, followedUpCount);
    }

    /** "followed up on 3 Mar 2026" or "not yet". */
    public String status(EventPerson p) {
        return p.followedUp() ? i18n.get("event.person.followedUp", i18n.date(p.followedUpOn()))
                : i18n.get("event.person.notYet");
    }

    public ObservableList<EventSummary> items() { return items; }
    public ObservableList<EventPerson> people() { return people; }
    public ReadOnlyObjectProperty<Long> selectedIdProperty() { return selectedId.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty metProperty() { return met.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty followedUpProperty() { return followedUp.getReadOnlyProperty(); }
    public DoubleBinding progressProperty() { return progress; }
}
