package dev.tend.service;

import dev.tend.store.ContactStore;
import dev.tend.store.Database;
import dev.tend.store.EventStore;
import dev.tend.store.FollowUpStore;
import dev.tend.store.ImportStore;
import dev.tend.store.LedgerStore;
import dev.tend.store.NetworkStore;
import dev.tend.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The one place where stores and services are wired for a database file; the window and the
 * command line both start here. Closing it closes the database.
 */
public record TendServices(Database database, ContactService contacts, EventService events,
                           LedgerService ledger, SettingsService settings, SampleNetwork sampleNetwork,
                           NetworkHealth network, ImportService imports, Backups backups, CardPhotoService cards,
                           ArchiveService archives, Erasure erasure, Clock clock,
                           FollowUpPlanner followUps)
        implements AutoCloseable {

    /** Opens (creating and migrating if need be) the database file and wires the services on it. */
    public static TendServices open(Path dbFile, Clock clock, Locale locale) {
        Database db = Database.open(dbFile);
        ContactStore contactStore = new ContactStore();
        ContactService contacts = new ContactService(db, contactStore, PhoneNumbers.forLocale(locale), clock);
        EventService events = new EventService(db, new EventStore(), clock);
        LedgerStore ledgerStore = new LedgerStore();
        LedgerService ledger = new LedgerService(db, ledgerStore, clock);
        SettingsService settings = new SettingsService(db, new SettingsStore());
        SampleNetwork sample = new SampleNetwork(db, contacts, events, ledgerStore, clock);
        NetworkHealth network = new NetworkHealth(db, new NetworkStore(), clock);
        ImportService imports = new ImportService(db, contactStore, new EventStore(), new ImportStore(), contacts, clock);
        CardPhotoService cards = new CardPhotoService(imports, contacts);
        return new TendServices(db, contacts, events, ledger, settings, sample, network, imports,
                new Backups(db, clock), cards, new ArchiveService(db, contactStore),
                new Erasure(db, contactStore), clock,
                new FollowUpPlanner(db, new FollowUpStore(), ledger, settings, clock));
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
