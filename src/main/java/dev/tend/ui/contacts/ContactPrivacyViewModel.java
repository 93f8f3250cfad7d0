package dev.tend.ui.contacts;

import dev.tend.domain.Contact;
import dev.tend.export.ArchiveJson;
import dev.tend.export.ExportFormat;
import dev.tend.export.Exporter;
import dev.tend.service.ArchiveService;
import dev.tend.service.ContactService;
import dev.tend.service.Erasure;
import dev.tend.service.EventService;
import dev.tend.service.NotFoundException;
import dev.tend.store.DatabaseException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contact's menu for data-protection requests: "Export this contact's data…" (Tend JSON with
 * everything about them, or a vCard when the chosen name ends in .vcf) and "Erase completely…"
 * after a confirmation that says what goes and that it cannot be undone.
 */
public final class ContactPrivacyViewModel {
    private final ArchiveService archives;
    private final Erasure erasure;
    private final ContactService contacts;
    private final EventService events;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;

    public ContactPrivacyViewModel(ArchiveService archives, Erasure erasure, ContactService contacts,
                                   EventService events, DialogService dialogs, I18n i18n, Clock clock) {
        this.archives = archives;
        this.erasure = erasure;
        this.contacts = contacts;
        this.events = events;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Asks where, writes the contact's data there; empty when cancelled or failed. */
    public Optional<Path> exportData(long contactId) {
        String title = i18n.get("contact.exportData.title");
        Contact contact;
        try {
            contact = contacts.get(contactId);
        } catch (NotFoundException e) {
            dialogs.showError(title, i18n.get("contact.gone"));
            return Optional.empty();
        }
        String name = contact.displayName();
        Optional<Path> target = dialogs.chooseSaveFile(title, null, fileName(name) + ".json");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Path file = target.get();
        boolean vcard = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vcf");
        try {
            if (vcard) {
                var all = events.all();
                Exporter.writeAtomically(file, out -> Exporter.write(ExportFormat.VCF, List.of(contact), all,
                        clock.instant(), out));
            } else {
                var archive = archives.ofContact(contactId);
                Exporter.writeAtomically(file, out -> ArchiveJson.write(archive, ArchiveJson.Scope.CONTACT,
                        clock.instant(), out));
            }
        } catch (IOException | DatabaseException e) {
            dialogs.showError(title, i18n.get("contact.exportData.failed", file, e.getMessage()));
            return Optional.empty();
        }
        dialogs.showInfo(title, i18n.get("contact.exportData.done", name, file));
        return Optional.of(file);
    }

    /** Erases the contact after the user confirms; true when erased. */
    public boolean erase(long contactId) {
        String title = i18n.get("contact.erase.title");
        String name;
        try {
            name = contacts.get(contactId).displayName();
        } catch (NotFoundException e) {
            dialogs.showError(title, i18n.get("contact.gone"));
            return false;
        }
        if (!dialogs.confirm(title, i18n.get("contact.erase.confirm", name), i18n.get("contact.erase.action"))) {
            return false;
        }
        try {
            erasure.erase(contactId);
        } catch (DatabaseException | NotFoundException e) {
            dialogs.showError(title, e.getMessage());
            return false;
        }
        dialogs.showInfo(title, i18n.get("contact.erase.done", name));
        return true;
    }

    /** A file name from a person's name: letters, digits, dashes. */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "contact" : cleaned;
    }
}
