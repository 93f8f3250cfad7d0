package dev.tend.ui.contacts;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Event;
import dev.tend.service.ContactService;
import dev.tend.service.EventService;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Contacts screen: the query (search text and filters), the list it selects, the user's
 * selection and the bulk actions on it. The detail pane has a view model of its own.
 */
public final class ContactsViewModel {
    private final ContactService contacts;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ContactEditorViewModel editor;
    private final EventService events;
    private boolean resetting;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>(this, "tagFilter");
    private final ObjectProperty<Event> eventFilter = new SimpleObjectProperty<>(this, "eventFilter");
    private final ObjectProperty<Circle> circleFilter = new SimpleObjectProperty<>(this, "circleFilter");
    private final ObjectProperty<Archived> archivedFilter =
            new SimpleObjectProperty<>(this, "archivedFilter", Archived.ACTIVE);
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<Event> eventChoices = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<ObservableList<ContactSummary>> items =
            new ReadOnlyObjectWrapper<>(this, "items", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper databaseEmpty = new ReadOnlyBooleanWrapper(this, "databaseEmpty");
    private final ObservableList<ContactSummary> selection = FXCollections.observableArrayList();
    private final IntegerProperty selectionSize = new SimpleIntegerProperty(this, "selectionSize");
    /** The contact the list should select after a refresh, e.g. one just saved. */
    private final ObjectProperty<Long> focusContact = new SimpleObjectProperty<>(this, "focusContact");

    private ContactPrivacyViewModel privacy;

    public ContactsViewModel(ContactService contacts, EventService events, DialogService dialogs, I18n i18n) {
        this.contacts = contacts;
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.editor = new ContactEditorViewModel(contacts, events, dialogs, i18n);
        editor.setOnSaved(this::saved);
        for (var filter : List.of(tagFilter, eventFilter, circleFilter, archivedFilter)) {
            filter.addListener((o, a, b) -> {
                if (!resetting) {
                    refresh();
                }
            });
        }
        selection.addListener((javafx.collections.ListChangeListener<ContactSummary>) c ->
                selectionSize.set(selection.size()));
    }

    public ContactEditorViewModel editor() {
        return editor;
    }

    /** The query the screen's controls describe. */
    public ContactQuery query() {
        return new ContactQuery(searchText.get(), tagFilter.get(),
                eventFilter.get() == null ? null : eventFilter.get().id(), circleFilter.get(), archivedFilter.get());
    }

    /** Runs the query again: after typing, a filter change, or a write. */
    public void refresh() {
        ContactQuery q = query();
        int count = contacts.count(q);
        List<ContactSummary> first = contacts.search(q, 0, LazyContactList.PAGE_SIZE);
        items.set(new LazyContactList((offset, limit) -> contacts.search(q, offset, limit), count, first));
        total.set(count);
        databaseEmpty.set(count == 0 && contacts.count(ContactQuery.all().withArchived(Archived.ALL)) == 0);
    }

    /** Reloads the filter choices (tags and events change as contacts are edited). */
    public void refreshChoices() {
        List<String> tags = contacts.tags().stream().map(t -> t.name()).toList();
        String currentTag = tagFilter.get();
        tagChoices.setAll(tags);
        if (currentTag != null && !tags.contains(currentTag)) {
            tagFilter.set(null);
        }
        eventChoices.setAll(events.all());
    }

    /**
     * The active contacts met at this event, or with this tag (either may be null), e.g. the ones
     * an import just added; the other filters and the search are cleared.
     */
    public void showOnly(Long eventId, String tag) {
        refreshChoices();
        resetting = true;
        try {
            searchText.set("");
            circleFilter.set(null);
            archivedFilter.set(Archived.ACTIVE);
            tagFilter.set(tag);
            eventFilter.set(eventId == null ? null
                    : eventChoices.stream().filter(e -> eventId.equals(e.id())).findFirst().orElse(null));
        } finally {
            resetting = false;
        }
        refresh();
    }

    /** Back to the whole active list, with one query rather than one per filter. */
    public void clearFilters() {
        resetting = true;
        try {
            searchText.set("");
            tagFilter.set(null);
            eventFilter.set(null);
            circleFilter.set(null);
            archivedFilter.set(Archived.ACTIVE);
        } finally {
            resetting = false;
        }
        refresh();
    }

    /**
     * The user selected rows. One row opens it in the detail pane; unsaved valid edits of the
     * previous contact are saved first so nothing typed is lost. Returns false when the edits are
     * invalid and the user chose to keep editing: the list should go back to that contact.
     */
    public boolean select(List<ContactSummary> rows) {
        if (rows.isEmpty()) {
            // Nothing selected (e.g. a new contact is being typed): the detail pane keeps its content.
            selection.clear();
            return true;
        }
        Long current = editor.contactIdProperty().get();
        boolean stays = rows.size() == 1 && rows.get(0).id() == (current == null ? -1 : current);
        if (!stays && editor.dirtyProperty().get() && !editor.save()) {
            if (!dialogs.confirm(i18n.get("contact.unsaved.title"), i18n.get("contact.unsaved.message"),
                    i18n.get("action.discard"))) {
                return false;
            }
            editor.revert();
        }
        selection.setAll(rows);
        if (rows.size() == 1) {
            if (!stays) {
                editor.load(rows.get(0).id());
            }
        } else {
            editor.clear();
        }
        return true;
    }

    public void newContact() {
        if (editor.dirtyProperty().get() && !editor.save()) {
            return;
        }
        selection.clear();
        editor.newContact();
    }

    private void saved(Contact c) {
        refreshChoices();
        refresh();
        focusContact.set(null);
        focusContact.set(c.id());
    }

    private List<Long> selectedIds() {
        return selection.stream().map(ContactSummary::id).toList();
    }

    /** Deletes the selected contacts after the user confirms. */
    public void deleteSelected() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            Long id = editor.contactIdProperty().get();
            if (id == null) {
                return;
            }
            ids = List.of(id);
        }
        String message = ids.size() == 1
                ? i18n.get("contact.delete.one", selection.isEmpty() ? editor.headingProperty().get()
                        : selection.get(0).displayName())
                : i18n.get("contact.delete.many", ids.size());
        if (!dialogs.confirm(i18n.get("contact.delete.title"), message, i18n.get("action.delete"))) {
            return;
        }
        contacts.delete(ids);
        afterBulk();
    }

    public void tagSelected() {
        dialogs.askText(i18n.get("bulk.tag.title"), i18n.get("bulk.tag.prompt", selection.size()), "")
                .ifPresent(tag -> {
                    contacts.tag(selectedIds(), tag);
                    afterBulk();
                });
    }

    public void untagSelected() {
        dialogs.askText(i18n.get("bulk.untag.title"), i18n.get("bulk.untag.prompt", selection.size()), "")
                .ifPresent(tag -> {
                    contacts.untag(selectedIds(), tag);
                    afterBulk();
                });
    }

    public void setCircleOfSelected(Circle circle) {
        contacts.setCircle(selectedIds(), circle);
        afterBulk();
    }

    public void archiveSelected() {
        contacts.archive(selectedIds());
        afterBulk();
    }

    public void unarchiveSelected() {
        contacts.unarchive(selectedIds());
        afterBulk();
    }

    /** The contact menu's export and erase; absent in tests and windows that do not offer them. */
    public void setPrivacy(ContactPrivacyViewModel privacy) {
        this.privacy = privacy;
    }

    public boolean offersPrivacy() {
        return privacy != null;
    }

    /** Exports the open contact's data (contact menu). */
    public void exportOpenContactData() {
        Long id = editor.contactIdProperty().get();
        if (privacy != null && id != null) {
            privacy.exportData(id);
        }
    }

    /** Erases the open contact completely after the user confirms (contact menu). */
    public void eraseOpenContact() {
        Long id = editor.contactIdProperty().get();
        if (privacy != null && id != null && privacy.erase(id)) {
            afterBulk();
        }
    }

    private void afterBulk() {
        selection.clear();
        editor.clear();
        refreshChoices();
        refresh();
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<String> tagFilterProperty() { return tagFilter; }
    public ObjectProperty<Event> eventFilterProperty() { return eventFilter; }
    public ObjectProperty<Circle> circleFilterProperty() { return circleFilter; }
    public ObjectProperty<Archived> archivedFilterProperty() { return archivedFilter; }
    public ObservableList<String> tagChoices() { return tagChoices; }
    public ObservableList<Event> eventChoices() { return eventChoices; }
    public ReadOnlyObjectProperty<ObservableList<ContactSummary>> itemsProperty() { return items.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty databaseEmptyProperty() { return databaseEmpty.getReadOnlyProperty(); }
    public ObservableList<ContactSummary> selection() { return selection; }
    public IntegerProperty selectionSizeProperty() { return selectionSize; }
    public ObjectProperty<Long> focusContactProperty() { return focusContact; }
}
