package dev.tend.service;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.store.ContactStore;
import dev.tend.store.ContactStore.TagCount;
import dev.tend.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Use cases on contacts: validation and normalisation happen here, each write is one transaction,
 * and bulk actions on a selection are one transaction for the whole selection.
 */
public final class ContactService {
    /** Photos larger than this are refused: a contact picture, not an archive. */
    public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final Database db;
    private final ContactStore store;
    private final PhoneNumbers phones;
    private final Clock clock;

    public ContactService(Database db, ContactStore store, PhoneNumbers phones, Clock clock) {
        this.db = db;
        this.store = store;
        this.phones = phones;
        this.clock = clock;
    }

    /** A change to a contact's photo that goes with a save. */
    public record PhotoChange(boolean changed, Photo photo) {
        public static final PhotoChange KEEP = new PhotoChange(false, null);

        public static PhotoChange set(Photo photo) {
            return new PhotoChange(true, photo);
        }
    }

    /**
     * Creates or updates the contact together with its photo in one transaction, as the editor
     * saves: either all of it is stored or none.
     */
    public Contact save(Contact contact, PhotoChange photo) {
        checkPhoto(photo.photo());
        long id = db.transaction(conn -> {
            Contact saved = contact.id() == null ? create(contact) : update(contact);
            if (photo.changed()) {
                store.setPhoto(conn, saved.id(), photo.photo(), "user");
            }
            return saved.id();
        });
        return get(id);
    }

    /** Validates, normalises and stores a new contact; returns it as stored. */
    public Contact create(Contact draft) {
        Contact c = normalise(draft);
        long id = db.transaction(conn -> store.insert(conn, c, UUID.randomUUID().toString(), now()));
        return get(id);
    }

    /** Validates, normalises and stores the changes to an existing contact; returns it as stored. */
    public Contact update(Contact contact) {
        if (contact.id() == null) {
            throw new IllegalArgumentException("update needs a stored contact");
        }
        long id = contact.id();
        db.inTransaction(conn -> {
            Contact stored = store.find(conn, id)
                    .orElseThrow(() -> new NotFoundException("Contact " + id + " no longer exists."));
            store.update(conn, normalise(followNameChanges(stored, contact)), now());
        });
        return get(id);
    }

    /**
     * A full name that was only derived from the given and family name (or the organisation)
     * follows edits of those; one the user typed stays as typed.
     */
    private static Contact followNameChanges(Contact stored, Contact edited) {
        boolean derived = Objects.equals(stored.fullName(), derivedName(stored));
        boolean untouched = Objects.equals(edited.fullName(), stored.fullName());
        return derived && untouched ? edited.toBuilder().fullName(derivedName(edited)).build() : edited;
    }

    private static String derivedName(Contact c) {
        String joined = Text.join(" ", c.givenName(), c.familyName());
        return joined.isEmpty() ? c.organisation() : joined;
    }

    public Optional<Contact> find(long id) {
        return db.read(conn -> store.find(conn, id));
    }

    /** The contact with this email address, case-insensitive; the oldest if several share it. */
    public Optional<Contact> findByEmail(String address) {
        return db.read(c -> {
            List<Long> ids = store.idsByEmail(c, address);
            return ids.isEmpty() ? Optional.<Contact>empty() : store.find(c, ids.get(0));
        });
    }

    public Contact get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Contact " + id + " does not exist."));
    }

    public List<ContactSummary> search(ContactQuery query, int offset, int limit) {
        return db.read(conn -> store.search(conn, query, offset, limit));
    }

    public int count(ContactQuery query) {
        return db.read(conn -> store.count(conn, query));
    }

    /** Every id the query selects, in list order. */
    public List<Long> ids(ContactQuery query) {
        return db.read(conn -> store.ids(conn, query));
    }

    public List<TagCount> tags() {
        return db.read(store::tags);
    }

    public int archive(Collection<Long> ids) {
        return db.transaction(conn -> store.setArchived(conn, ids, true, now()));
    }

    public int unarchive(Collection<Long> ids) {
        return db.transaction(conn -> store.setArchived(conn, ids, false, now()));
    }

    /** Deletes the contacts for good; interactions shared with others stay for the others. */
    public int delete(Collection<Long> ids) {
        return db.transaction(conn -> store.delete(conn, ids));
    }

    public int tag(Collection<Long> ids, String tag) {
        String t = requireTag(tag);
        return db.transaction(conn -> store.addTag(conn, ids, t));
    }

    public int untag(Collection<Long> ids, String tag) {
        String t = requireTag(tag);
        return db.transaction(conn -> store.removeTag(conn, ids, t));
    }

    public int setCircle(Collection<Long> ids, Circle circle) {
        return db.transaction(conn -> store.setCircle(conn, ids, circle, now()));
    }

    public Optional<Photo> photo(long contactId) {
        return db.read(conn -> store.photo(conn, contactId));
    }

    /** Sets (or with null removes) the contact's photo. */
    public void setPhoto(long contactId, Photo photo) {
        checkPhoto(photo);
        db.inTransaction(conn -> store.setPhoto(conn, contactId, photo, "user"));
    }

    private static void checkPhoto(Photo photo) {
        if (photo != null && photo.data().length > MAX_PHOTO_BYTES) {
            throw new ValidationException(List.of(new FieldError("photo", "photo.tooLarge",
                    "The photo is larger than 10 MB.")));
        }
    }

    private static String requireTag(String tag) {
        String t = Text.blankToNull(tag);
        if (t == null) {
            throw new ValidationException(List.of(new FieldError("tag", "tag.required", "Enter a tag.")));
        }
        return t;
    }

    /**
     * Checks every field and returns the contact as Tend stores it: emails lower-case and unique,
     * phones with their E.164 form, web addresses with a scheme, empty rows dropped.
     */
    public Contact normalise(Contact c) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(c.fullName()) && Text.isBlank(c.givenName()) && Text.isBlank(c.familyName())
                && Text.isBlank(c.organisation())) {
            errors.add(new FieldError("name", "name.required", "Enter a name or an organisation."));
        }
        Set<String> seenEmails = new LinkedHashSet<>();
        List<Email> emails = new ArrayList<>();
        for (int i = 0; i < c.emails().size(); i++) {
            Email e = c.emails().get(i);
            if (e.address().isEmpty()) {
                continue;
            }
            if (!Emails.isValid(e.address())) {
                errors.add(new FieldError("email." + i, "email.invalid",
                        "\"" + e.address() + "\" is not a valid email address."));
            } else if (seenEmails.add(Emails.normalise(e.address()))) {
                emails.add(new Email(Emails.normalise(e.address()), e.label()));
            }
        }
        List<Phone> phoneList = new ArrayList<>();
        for (int i = 0; i < c.phones().size(); i++) {
            Phone p = c.phones().get(i);
            if (p.raw().isEmpty()) {
                continue;
            }
            // An importer may already know the number's country from the card itself; keep that.
            Optional<String> e164 = p.e164() != null && phones.belongsTo(p.raw(), p.e164())
                    ? Optional.of(p.e164()) : phones.toE164(p.raw());
            if (e164.isEmpty()) {
                errors.add(new FieldError("phone." + i, "phone.invalid",
                        "\"" + p.raw() + "\" is not a phone number Tend understands."));
            } else {
                phoneList.add(new Phone(p.raw(), e164.get(), p.label()));
            }
        }
        List<WebLink> urls = new ArrayList<>();
        for (int i = 0; i < c.urls().size(); i++) {
            String url = c.urls().get(i).url();
            if (url.isEmpty()) {
                continue;
            }
            if (url.matches(".*\\s.*") || !url.contains(".")) {
                errors.add(new FieldError("url." + i, "url.invalid", "\"" + url + "\" is not a web address."));
            } else {
                String withScheme = url.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? url : "https://" + url;
                urls.add(new WebLink(withScheme, c.urls().get(i).kind()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (c.birthday() != null && c.birthday().isAfter(today)) {
            errors.add(new FieldError("birthday", "birthday.future", "The birthday lies in the future."));
        }
        if (c.firstMet() != null && c.firstMet().isAfter(today)) {
            errors.add(new FieldError("firstMet", "firstMet.future", "The first meeting lies in the future."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<PostalAddress> addresses = c.addresses().stream().filter(a -> !a.isEmpty()).toList();
        return c.toBuilder().emails(emails).phones(phoneList).urls(urls).addresses(addresses).build();
    }

    private Instant now() {
        return clock.instant();
    }
}
