package dev.tend.ui.contacts;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Event;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.service.ContactService;
import dev.tend.service.ContactService.PhotoChange;
import dev.tend.service.EventService;
import dev.tend.service.FieldError;
import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The detail pane's state: every field of one contact as properties, validation messages per
 * field, and whether anything changed since it was loaded. Saving goes through the service, which
 * validates; its field errors come back here and the view marks the fields.
 */
public final class ContactEditorViewModel {
    private final ContactService contacts;
    private final EventService events;
    private final DialogService dialogs;
    private final I18n i18n;
    private Consumer<Contact> onSaved = c -> { };

    private Contact baseline;
    private Photo baselinePhoto;
    private boolean loading;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Long> contactId = new ReadOnlyObjectWrapper<>(this, "contactId");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");

    private final StringProperty namePrefix = new SimpleStringProperty(this, "namePrefix", "");
    private final StringProperty givenName = new SimpleStringProperty(this, "givenName", "");
    private final StringProperty familyName = new SimpleStringProperty(this, "familyName", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>(this, "birthday");
    private final ObjectProperty<LocalDate> firstMet = new SimpleObjectProperty<>(this, "firstMet");
    private final ObjectProperty<Circle> circle = new SimpleObjectProperty<>(this, "circle", Circle.NONE);
    private final ObjectProperty<HowMet> howMet = new SimpleObjectProperty<>(this, "howMet", HowMet.UNKNOWN);
    private final ObjectProperty<Event> metAt = new SimpleObjectProperty<>(this, "metAt");
    private final BooleanProperty archived = new SimpleBooleanProperty(this, "archived");
    private final ObjectProperty<Photo> photo = new SimpleObjectProperty<>(this, "photo");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<ValueRow> emails = FXCollections.observableArrayList();
    private final ObservableList<ValueRow> phones = FXCollections.observableArrayList();
    private final ObservableList<ValueRow> urls = FXCollections.observableArrayList();
    private final ObservableList<AddressRow> addresses = FXCollections.observableArrayList();
    private final ObservableList<Event> eventChoices = FXCollections.observableArrayList();

    private final StringProperty nameError = new SimpleStringProperty(this, "nameError");
    private final StringProperty birthdayError = new SimpleStringProperty(this, "birthdayError");
    private final StringProperty firstMetError = new SimpleStringProperty(this, "firstMetError");
    private final StringProperty photoError = new SimpleStringProperty(this, "photoError");

    public ContactEditorViewModel(ContactService contacts, EventService events, DialogService dialogs, I18n i18n) {
        this.contacts = contacts;
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        track(namePrefix, givenName, familyName, fullName, organisation, department, title, notes, birthday,
                firstMet, circle, howMet, metAt, archived, photo, tags);
        trackRows(emails);
        trackRows(phones);
        trackRows(urls);
        addresses.addListener((ListChangeListener<AddressRow>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(r -> track(r.properties()));
            }
            changed();
        });
        for (StringProperty p : List.of(givenName, familyName, fullName, organisation)) {
            p.addListener((o, a, b) -> heading.set(headingText()));
        }
    }

    /** Called with the stored contact after each successful save. */
    public void setOnSaved(Consumer<Contact> onSaved) {
        this.onSaved = onSaved;
    }

    /** Shows the stored contact for editing. */
    public void load(long id) {
        contacts.find(id).ifPresentOrElse(c -> load(c, contacts.photo(id).orElse(null)), this::clear);
    }

    /** Starts a new, empty contact. */
    public void newContact() {
        load(Contact.builder().build(), null);
    }

    /** Shows nothing: no contact is selected. */
    public void clear() {
        load(null, null);
    }

    private void load(Contact c, Photo p) {
        loading = true;
        try {
            baseline = c;
            baselinePhoto = p;
            active.set(c != null);
            Contact v = c == null ? Contact.builder().build() : c;
            contactId.set(v.id());
            refreshEvents();
            namePrefix.set(nz(v.namePrefix()));
            givenName.set(nz(v.givenName()));
            familyName.set(nz(v.familyName()));
            // A full name that is just given + family is derived, so edits to either keep it right.
            fullName.set(isDerivedFullName(v) ? "" : nz(v.fullName()));
            organisation.set(nz(v.organisation()));
            department.set(nz(v.department()));
            title.set(nz(v.title()));
            notes.set(nz(v.notes()));
            birthday.set(v.birthday());
            firstMet.set(v.firstMet());
            circle.set(v.circle());
            howMet.set(v.howMet());
            metAt.set(eventChoices.stream().filter(e -> e.id().equals(v.metAtEventId())).findFirst().orElse(null));
            archived.set(v.archived());
            photo.set(p);
            tags.setAll(v.tags());
            emails.setAll(v.emails().stream().map(e -> new ValueRow(e.address(), e.label())).toList());
            phones.setAll(v.phones().stream().map(e -> new ValueRow(e.raw(), e.label())).toList());
            urls.setAll(v.urls().stream().map(e -> new ValueRow(e.url(), null)).toList());
            addresses.setAll(v.addresses().stream().map(AddressRow::new).toList());
            clearErrors();
        } finally {
            loading = false;
        }
        heading.set(headingText());
        dirty.set(false);
    }

    /** The store keeps a display name in full_name; only a name the user typed is shown as such. */
    private static boolean isDerivedFullName(Contact v) {
        String joined = Text.join(" ", v.givenName(), v.familyName());
        if (!joined.isEmpty()) {
            return Objects.equals(v.fullName(), joined);
        }
        return v.fullName() == null || Objects.equals(v.fullName(), v.organisation())
                || v.emails().stream().anyMatch(e -> e.address().equals(v.fullName()));
    }

    private void refreshEvents() {
        eventChoices.setAll(events.all());
    }

    /**
     * Validates and stores the edits. Returns false, with the fields marked, when the input is not
     * valid; nothing is stored then.
     */
    public boolean save() {
        if (!active.get()) {
            return false;
        }
        clearErrors();
        Contact edited = toContact(false);
        PhotoChange photoChange = Objects.equals(photo.get(), baselinePhoto) ? PhotoChange.KEEP
                : PhotoChange.set(photo.get());
        try {
            Contact saved = contacts.save(edited, photoChange);
            load(saved, photo.get());
            onSaved.accept(saved);
            return true;
        } catch (ValidationException e) {
            showErrors(e.errors());
            return false;
        } catch (NotFoundException e) {
            dialogs.showError(i18n.get("contact.save.failed"), i18n.get("contact.gone"));
            clear();
            return false;
        }
    }

    /** Throws the edits away and shows the contact as stored. */
    public void revert() {
        if (baseline != null) {
            load(baseline, baselinePhoto);
        }
    }

    public void addEmail() { emails.add(new ValueRow("", "")); }
    public void addPhone() { phones.add(new ValueRow("", "")); }
    public void addUrl() { urls.add(new ValueRow("", "")); }
    public void addAddress() { addresses.add(new AddressRow(null)); }

    /** Adds a tag typed by the user; case-insensitive duplicates are ignored. */
    public void addTag(String tag) {
        String t = Text.blankToNull(tag);
        if (t != null && tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
            tags.add(t);
        }
    }

    /** Reads a picture file as the contact's new photo (stored on save). */
    public void choosePhoto() {
        dialogs.chooseImage(i18n.get("contact.photo.choose")).ifPresent(this::setPhotoFile);
    }

    void setPhotoFile(Path file) {
        photoError.set(null);
        try {
            long size = Files.size(file);
            if (size > ContactService.MAX_PHOTO_BYTES) {
                photoError.set(i18n.get("validation.photo.tooLarge"));
                return;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String mime = name.endsWith(".png") ? "image/png" : name.endsWith(".gif") ? "image/gif" : "image/jpeg";
            photo.set(new Photo(mime, Files.readAllBytes(file)));
        } catch (IOException e) {
            photoError.set(i18n.get("contact.photo.unreadable", file));
        }
    }

    public void removePhoto() {
        photo.set(null);
    }

    /** The contact as edited; rows are kept even when blank so error indexes match the rows shown. */
    Contact toContact(boolean forComparison) {
        Contact.Builder b = (baseline == null ? Contact.builder() : baseline.toBuilder())
                .namePrefix(namePrefix.get())
                .givenName(givenName.get())
                .familyName(familyName.get())
                .fullName(Text.isBlank(fullName.get()) ? Text.join(" ", givenName.get(), familyName.get())
                        : fullName.get())
                .organisation(organisation.get())
                .department(department.get())
                .title(title.get())
                .notes(notes.get())
                .birthday(birthday.get())
                .firstMet(firstMet.get())
                .circle(circle.get())
                .howMet(howMet.get())
                .metAtEventId(metAt.get() == null ? null : metAt.get().id())
                .archived(archived.get())
                .tags(List.copyOf(tags))
                .emails(emails.stream().filter(r -> !forComparison || !r.valueProperty().get().isBlank())
                        .map(r -> new Email(r.valueProperty().get(), r.labelProperty().get())).toList())
                .urls(urls.stream().filter(r -> !forComparison || !r.valueProperty().get().isBlank())
                        .map(r -> new WebLink(r.valueProperty().get(), null)).toList())
                .addresses(addresses.stream().map(AddressRow::toAddress)
                        .filter(a -> !forComparison || !a.isEmpty()).toList());
        List<Phone> phoneList = phones.stream().filter(r -> !forComparison || !r.valueProperty().get().isBlank())
                .map(r -> new Phone(r.valueProperty().get(), null, r.labelProperty().get())).toList();
        if (forComparison && baseline != null) {
            // Stored phones carry their E.164 form; compare what the user can edit.
            List<Phone> stored = baseline.phones().stream().map(p -> new Phone(p.raw(), null, p.label())).toList();
            if (stored.equals(phoneList)) {
                phoneList = baseline.phones();
            }
        }
        return b.phones(phoneList).build();
    }

    private void showErrors(List<FieldError> errors) {
        for (FieldError e : errors) {
            String text = i18n.getOr("validation." + e.code(), e.message());
            String[] parts = e.field().split("\\.");
            int index = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            switch (parts[0]) {
                case "name" -> nameError.set(text);
                case "birthday" -> birthdayError.set(text);
                case "firstMet" -> firstMetError.set(text);
                case "photo" -> photoError.set(text);
                case "email" -> emails.get(index).errorProperty().set(text);
                case "phone" -> phones.get(index).errorProperty().set(text);
                case "url" -> urls.get(index).errorProperty().set(text);
                default -> dialogs.showError(i18n.get("contact.save.failed"), text);
            }
        }
    }

    private void clearErrors() {
        nameError.set(null);
        birthdayError.set(null);
        firstMetError.set(null);
        photoError.set(null);
        for (List<ValueRow> rows : List.of(emails, phones, urls)) {
            rows.forEach(r -> r.errorProperty().set(null));
        }
    }

    private String headingText() {
        String name = Text.isBlank(fullName.get()) ? Text.join(" ", givenName.get(), familyName.get()) : fullName.get();
        if (name.isBlank()) {
            name = nz(organisation.get());
        }
        return name.isBlank() ? i18n.get("contact.new") : name;
    }

    private void track(Observable... observables) {
        for (Observable o : observables) {
            o.addListener(x -> changed());
        }
    }

    private void trackRows(ObservableList<ValueRow> rows) {
        rows.addListener((ListChangeListener<ValueRow>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(r -> track(r.valueProperty(), r.labelProperty()));
            }
            changed();
        });
    }

    private void changed() {
        if (loading || !active.get()) {
            return;
        }
        boolean photoChanged = !Objects.equals(photo.get(), baselinePhoto);
        dirty.set(baseline == null || baseline.id() == null || photoChanged
                || !toContact(true).equals(baseline));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Long> contactIdProperty() { return contactId.getReadOnlyProperty(); }
    public StringProperty headingProperty() { return heading; }
    public StringProperty namePrefixProperty() { return namePrefix; }
    public StringProperty givenNameProperty() { return givenName; }
    public StringProperty familyNameProperty() { return familyName; }
    public StringProperty fullNameProperty() { return fullName; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty departmentProperty() { return department; }
    public StringProperty titleProperty() { return title; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<LocalDate> birthdayProperty() { return birthday; }
    public ObjectProperty<LocalDate> firstMetProperty() { return firstMet; }
    public ObjectProperty<Circle> circleProperty() { return circle; }
    public ObjectProperty<HowMet> howMetProperty() { return howMet; }
    public ObjectProperty<Event> metAtProperty() { return metAt; }
    public BooleanProperty archivedProperty() { return archived; }
    public ObjectProperty<Photo> photoProperty() { return photo; }
    public ObservableList<String> tags() { return tags; }
    public ObservableList<ValueRow> emails() { return emails; }
    public ObservableList<ValueRow> phones() { return phones; }
    public ObservableList<ValueRow> urls() { return urls; }
    public ObservableList<AddressRow> addresses() { return addresses; }
    public ObservableList<Event> eventChoices() { return eventChoices; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty birthdayErrorProperty() { return birthdayError; }
    public StringProperty firstMetErrorProperty() { return firstMetError; }
    public StringProperty photoErrorProperty() { return photoError; }
}
