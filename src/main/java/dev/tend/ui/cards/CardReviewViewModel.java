package dev.tend.ui.cards;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardPhoto;
import dev.tend.importer.card.CardReader.Scan;
import dev.tend.service.CardPhotoService;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportReport;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.Background;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card review queue: photos chosen or dropped (a folder of them, or several) are scanned one
 * ahead in the background; each card is shown with its photo and the proposed fields (from its QR
 * code, else from its printed text); the user corrects them and saves (Enter) or skips (Ctrl+Right)
 * and goes back (Ctrl+Left). Every saved card goes through the import with the chosen event, so a
 * duplicate is merged and the card can be undone from the import history.
 */
public final class CardReviewViewModel {
    /** Where a queued card stands. */
    public enum State { WAITING, SCANNING, READY, SAVED, SKIPPED, FAILED }

    /** One card to review: a photo, and which of its QR codes (0 for the first, or for its printed text). */
    public static final class Entry {
        private final Path photo;
        private final int code;
        private State state = State.WAITING;
        private Scan scan;
        private String message;

        Entry(Path photo, int code) {
            this.photo = photo;
            this.code = code;
        }

        public Path photo() {
            return photo;
        }

        public State state() {
            return state;
        }

        public String message() {
            return message;
        }
    }

    private final CardPhotoService cards;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Background background;
    private final String defaultRegion;

    private final List<Entry> queue = new ArrayList<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper(this, "saved");
    private final ReadOnlyIntegerWrapper skipped = new ReadOnlyIntegerWrapper(this, "skipped");
    private final ReadOnlyObjectWrapper<byte[]> photo = new ReadOnlyObjectWrapper<>(this, "photo");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper ocrAvailable = new ReadOnlyBooleanWrapper(this, "ocrAvailable");
    private final ObservableList<String> eventNames = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper waitingForReview = new ReadOnlyIntegerWrapper(this, "waitingForReview");
    private Runnable onShowWaiting = () -> { };

    private final StringProperty event = new SimpleStringProperty(this, "event", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final StringProperty given = new SimpleStringProperty(this, "given", "");
    private final StringProperty family = new SimpleStringProperty(this, "family", "");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty jobTitle = new SimpleStringProperty(this, "jobTitle", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty mobile = new SimpleStringProperty(this, "mobile", "");
    private final StringProperty web = new SimpleStringProperty(this, "web", "");
    private final StringProperty street = new SimpleStringProperty(this, "street", "");
    private final StringProperty postcode = new SimpleStringProperty(this, "postcode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");

    public CardReviewViewModel(CardPhotoService cards, List<String> eventNames, DialogService dialogs, I18n i18n,
                               Background background, String defaultRegion) {
        this.cards = cards;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.background = background;
        this.defaultRegion = defaultRegion;
        this.eventNames.setAll(eventNames);
        ocrAvailable.set(cards.ocrStatus().available());
        refreshWaiting();
    }

    /** Contacts imported from printed text by {@code tend import --ocr}, still tagged "needs review". */
    public void refreshWaiting() {
        waitingForReview.set(cards.needsReview(1000).size());
    }

    public ReadOnlyIntegerProperty waitingForReviewProperty() {
        return waitingForReview.getReadOnlyProperty();
    }

    /** Where "… wait for review" leads: the contact list filtered by the tag. */
    public void setOnShowWaiting(Runnable onShowWaiting) {
        this.onShowWaiting = onShowWaiting;
    }

    public void showWaiting() {
        onShowWaiting.run();
    }

    public String waitingText() {
        return i18n.get("cards.waiting", waitingForReview.get(), CardPhotoService.NEEDS_REVIEW);
    }

    // ---- choosing photos --------------------------------------------------------------------------

    /** "Choose photos…": several photos at once. */
    public void choosePhotos() {
        add(dialogs.chooseCardPhotos(i18n.get("cards.choosePhotos")));
    }

    /** "Choose folder…": every photo in a folder, by name. */
    public void chooseFolder() {
        dialogs.chooseFolder(i18n.get("cards.chooseFolder")).ifPresent(f -> add(List.of(f)));
    }

    /** Photos and folders chosen or dropped; folders give their JPEG and PNG files, by name. */
    public void add(List<Path> paths) {
        List<Path> photos = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile).filter(f -> CardPhoto.isPhotoName(f.getFileName().toString()))
                            .sorted().forEach(photos::add);
                } catch (IOException e) {
                    dialogs.showError(i18n.get("cards.title"), i18n.get("cards.folderUnreadable", p.getFileName()));
                }
            } else if (CardPhoto.isPhotoName(p.getFileName().toString())) {
                photos.add(p);
            }
        }
        if (photos.isEmpty()) {
            if (!paths.isEmpty()) {
                status.set(i18n.get("cards.noPhotos"));
            }
            return;
        }
        boolean wasDone = position.get() < 0 || position.get() >= queue.size();
        int first = queue.size();
        photos.forEach(p -> queue.add(new Entry(p, 0)));
        size.set(queue.size());
        if (wasDone) {
            go(first);
        } else {
            prefetch();
        }
    }

    // ---- moving through the queue -----------------------------------------------------------------

    /** Enter: saves the card as corrected, through the import, and moves on. */
    public void confirm() {
        Entry e = current();
        if (e == null || e.state != State.READY || busy.get()) {
            return;
        }
        Contact contact = reviewed(e);
        if (contact.displayName().isEmpty() && contact.phones().isEmpty()) {
            error.set(i18n.get("cards.nothingToSave"));
            return;
        }
        error.set("");
        busy.set(true);
        ImportOptions options = new ImportOptions(null, Text.blankToNull(event.get()), List.of());
        background.run(() -> cards.save(e.scan, contact, options), report -> {
            busy.set(false);
            e.state = State.SAVED;
            e.message = contact.displayName();
            saved.set(saved.get() + 1);
            status.set(savedText(contact, report));
            if (options.eventName() != null && !eventNames.contains(options.eventName())) {
                eventNames.add(0, options.eventName());
            }
            go(position.get() + 1);
        }, ex -> {
            busy.set(false);
            error.set(ex instanceof ValidationException v && !v.errors().isEmpty()
                    ? i18n.getOr("validation." + v.errors().get(0).code(), v.getMessage())
                    : i18n.get("cards.saveFailed", String.valueOf(ex.getMessage())));
        });
    }

    /** Ctrl+Right: leaves the card unsaved and moves on. */
    public void skip() {
        Entry e = current();
        if (e == null || busy.get()) {
            return;
        }
        if (e.state != State.SAVED && e.state != State.SKIPPED) {
            e.state = State.SKIPPED;
            skipped.set(skipped.get() + 1);
        }
        go(position.get() + 1);
    }

    /** Ctrl+Left: back to the card before, to look at it again. */
    public void back() {
        if (position.get() > 0 && !busy.get()) {
            go(position.get() - 1);
        }
    }

    private void go(int index) {
        position.set(index);
        clearFields();
        error.set("");
        Entry e = current();
        if (e == null) {
            photo.set(null);
            ready.set(false);
            origin.set("");
            if (!queue.isEmpty()) {
                status.set(i18n.get("cards.done", saved.get(), skipped.get()));
            }
            return;
        }
        if (e.scan != null || e.state == State.FAILED) {
            show(e);
        } else {
            ready.set(false);
            photo.set(null);
            origin.set(i18n.get("cards.scanning", e.photo.getFileName()));
            scan(e);
        }
        prefetch();
    }

    /** Scans the next waiting card while the user reviews this one. */
    private void prefetch() {
        queue.stream().filter(x -> x.state == State.WAITING).findFirst().ifPresent(this::scan);
    }

    private void scan(Entry e) {
        if (e.state != State.WAITING) {
            return;
        }
        e.state = State.SCANNING;
        boolean ocr = ocrAvailable.get();
        background.run(() -> cards.scan(e.photo, defaultRegion, ocr), scan -> {
            scanned(e, scan);
            if (e == current()) {
                show(e);
            }
        }, ex -> {
            e.state = State.FAILED;
            e.message = ex instanceof UnreadableFileException u ? u.getMessage() : String.valueOf(ex.getMessage());
            if (e == current()) {
                show(e);
            }
        });
    }

    /** A photo with several QR codes becomes one card per code, one after another. */
    private void scanned(Entry e, Scan scan) {
        e.scan = scan;
        e.state = State.READY;
        int at = queue.indexOf(e);
        for (int i = 1; i < scan.codes().size(); i++) {
            Entry extra = new Entry(e.photo, i);
            extra.scan = scan;
            extra.state = State.READY;
            queue.add(at + i, extra);
        }
        size.set(queue.size());
        if (scan.foundNothing()) {
            e.message = CardPhotoService.nothingFound(scan);
        }
    }

    private void show(Entry e) {
        if (e.state == State.FAILED) {
            photo.set(null);
            ready.set(false);
            origin.set("");
            error.set(e.message);
            return;
        }
        photo.set(e.scan.photo().data());
        Contact proposal = proposal(e);
        if (proposal == null) {
            origin.set(ocrAvailable.get() ? i18n.get("cards.origin.nothing") : i18n.get("cards.origin.noOcr"));
        } else {
            origin.set(e.scan.codes().isEmpty() ? i18n.get("cards.origin.text")
                    : i18n.get("cards.origin.code", e.code + 1, e.scan.codes().size()));
            fill(proposal);
        }
        if (e.state == State.SAVED) {
            origin.set(i18n.get("cards.origin.saved"));
        }
        ready.set(e.state != State.SAVED);
    }

    private static Contact proposal(Entry e) {
        if (!e.scan.codes().isEmpty()) {
            return e.scan.codes().get(Math.min(e.code, e.scan.codes().size() - 1)).contact();
        }
        return e.scan.printed();
    }

    // ---- the form ---------------------------------------------------------------------------------

    private void fill(Contact c) {
        prefix.set(nz(c.namePrefix()));
        given.set(nz(c.givenName()));
        family.set(nz(c.familyName()));
        if (c.givenName() == null && c.familyName() == null && c.fullName() != null) {
            family.set(c.fullName());
        }
        organisation.set(nz(c.organisation()));
        jobTitle.set(nz(c.title()));
        email.set(c.emails().isEmpty() ? "" : c.emails().get(0).address());
        phone.set(c.phones().stream().filter(p -> !"mobile".equals(p.label()) && !"fax".equals(p.label()))
                .map(Phone::raw).findFirst().orElse(""));
        mobile.set(c.phones().stream().filter(p -> "mobile".equals(p.label())).map(Phone::raw).findFirst().orElse(""));
        web.set(String.join("  ", c.urls().stream().map(WebLink::url).toList()));
        if (!c.addresses().isEmpty()) {
            PostalAddress a = c.addresses().get(0);
            street.set(nz(a.street()));
            postcode.set(nz(a.postalCode()));
            city.set(nz(a.city()));
            country.set(nz(a.country()));
        }
    }

    private void clearFields() {
        for (StringProperty p : List.of(prefix, given, family, organisation, jobTitle, email, phone, mobile, web,
                street, postcode, city, country)) {
            p.set("");
        }
    }

    /** The proposal with the form's values: what the user saw and corrected is what is stored. */
    private Contact reviewed(Entry e) {
        Contact base = proposal(e);
        Contact.Builder b = base == null ? Contact.builder() : base.toBuilder();
        b.namePrefix(prefix.get()).givenName(given.get()).familyName(family.get())
                .fullName(Text.join(" ", given.get().strip(), family.get().strip()))
                .organisation(organisation.get()).title(jobTitle.get());
        List<Email> emails = new ArrayList<>();
        if (!email.get().isBlank()) {
            emails.add(Email.of(email.get().strip()));
        }
        if (base != null && base.emails().size() > 1) {
            emails.addAll(base.emails().subList(1, base.emails().size()));
        }
        b.emails(emails);
        List<Phone> phones = new ArrayList<>();
        if (!phone.get().isBlank()) {
            phones.add(phone(base, phone.get().strip(), "work"));
        }
        if (!mobile.get().isBlank()) {
            phones.add(phone(base, mobile.get().strip(), "mobile"));
        }
        if (base != null) {
            base.phones().stream().filter(p -> "fax".equals(p.label())).forEach(phones::add);
        }
        b.phones(phones);
        b.urls(Arrays.stream(web.get().split("[\\s,]+")).filter(s -> !s.isBlank()).map(WebLink::of).toList());
        PostalAddress a = new PostalAddress(null, street.get(), postcode.get(), city.get(), null, country.get());
        b.addresses(a.isEmpty() ? List.of() : List.of(a));
        List<String> tags = new ArrayList<>(base == null ? List.of() : base.tags());
        tags.remove(CardPhotoService.NEEDS_REVIEW);
        b.tags(tags);
        return b.build();
    }

    /** The proposal's phone when the user left it as read: it carries the E.164 form read in the card's country. */
    private static Phone phone(Contact base, String raw, String label) {
        if (base != null) {
            for (Phone p : base.phones()) {
                if (p.raw().equals(raw)) {
                    return new Phone(p.raw(), p.e164(), label);
                }
            }
        }
        return new Phone(raw, null, label);
    }

    private String savedText(Contact c, ImportReport r) {
        if (r.merged() > 0) {
            return i18n.get("cards.savedMerged", c.displayName());
        }
        if (r.imported() == 0) {
            return i18n.get("cards.savedNothingNew", c.displayName());
        }
        return i18n.get("cards.saved", c.displayName());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- what the view binds to -------------------------------------------------------------------

    private Entry current() {
        int i = position.get();
        return i >= 0 && i < queue.size() ? queue.get(i) : null;
    }

    /** The queue as it stands, for the view's list of cards. */
    public List<Entry> entries() {
        return List.copyOf(queue);
    }

    /** "Card 3 of 12 · 2 saved · 1 skipped". */
    public String progressText() {
        if (queue.isEmpty()) {
            return "";
        }
        int shown = Math.min(position.get() + 1, queue.size());
        return i18n.get("cards.progress", shown, queue.size(), saved.get(), skipped.get());
    }

    /** How to install Tesseract on each system, for the banner shown when OCR is not available. */
    public List<String> installHints() {
        return Stream.of("debian", "fedora", "macos", "windows").map(k -> i18n.get("cards.install." + k)).toList();
    }

    public String ocrProblem() {
        String p = cards.ocrStatus().problem();
        return p == null ? "" : p.toLowerCase(Locale.ROOT).contains("libtesseract") ? i18n.get("cards.ocr.noLibrary")
                : i18n.get("cards.ocr.noData");
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ocrAvailableProperty() {
        return ocrAvailable.getReadOnlyProperty();
    }

    /** For tests and for a window without Tesseract: read QR codes only. */
    public void setOcrAvailable(boolean available) {
        ocrAvailable.set(available && cards.ocrStatus().available());
    }

    public ObservableList<String> eventNames() {
        return eventNames;
    }

    public StringProperty eventProperty() {
        return event;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty givenProperty() {
        return given;
    }

    public StringProperty familyProperty() {
        return family;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public StringProperty webProperty() {
        return web;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    /** The records of the current photo's codes, for tests. */
    List<ImportRecord> currentCodes() {
        Entry e = current();
        return e == null || e.scan == null ? List.of() : e.scan.codes();
    }
}
