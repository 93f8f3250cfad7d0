package dev.tend.service;

import dev.tend.domain.Archive;
import dev.tend.store.ArchiveStore;
import dev.tend.store.ContactStore;
import dev.tend.store.Database;

/**
 * Everything in the database as one {@link Archive} (Tend's full JSON export), or one contact's
 * share of it (the privacy export). Reading happens in one read, so the archive is consistent.
 * Restoring an archive is an import ({@link ImportService}), so it is recorded and can be undone.
 */
public final class ArchiveService {
    private final Database db;
    private final ArchiveStore store;
    private final ContactStore contacts;

    public ArchiveService(Database db, ContactStore contacts) {
        this.db = db;
        this.contacts = contacts;
        this.store = new ArchiveStore(contacts);
    }

    public Archive all() {
        return db.transaction(store::read);
    }

    /** One contact's data, for handing it to them; see {@link ArchiveStore#readContact}. */
    public Archive ofContact(long contactId) {
        return db.transaction(c -> {
            if (!contacts.exists(c, contactId)) {
                throw new NotFoundException("No contact with id " + contactId);
            }
            return store.readContact(c, contactId);
        });
    }
}
