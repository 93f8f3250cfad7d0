package dev.tend.service;

import dev.tend.store.ContactStore;
import dev.tend.store.Database;
import dev.tend.store.ErasureStore;

/**
 * Erases a contact completely, as someone may ask under data-protection law: every row about
 * them (contact, emails, phones, addresses, links, photo, tags only they had, their exchanges and
 * follow-ups, interactions with nobody else, the import records holding a copy of them) and their
 * search-index entry, in one transaction; then the file is rewritten with secure_delete and the
 * WAL emptied, so their bytes are gone from the database file. Backups made before keep them
 * until retention removes those backups (docs/data-safety.md).
 */
public final class Erasure {
    private final Database db;
    private final ContactStore contacts;
    private final ErasureStore store = new ErasureStore();

    public Erasure(Database db, ContactStore contacts) {
        this.db = db;
        this.contacts = contacts;
    }

    /** What erasing removed besides the contact. */
    public record Result(long contactId, String name, int interactions, int importRecords, int tags) {
    }

    public Result erase(long contactId) {
        return db.scrubbing(() -> {
            Result r = db.transaction(c -> {
                String name = contacts.find(c, contactId)
                        .orElseThrow(() -> new NotFoundException("No contact with id " + contactId)).displayName();
                ErasureStore.Erased e = store.erase(c, contactId);
                return new Result(contactId, name, e.interactions(), e.importRecords(), e.tags());
            });
            db.inTransaction(store::optimizeSearchIndex);
            return r;
        });
    }
}
