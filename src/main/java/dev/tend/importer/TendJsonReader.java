package dev.tend.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tend.domain.Archive;
import dev.tend.domain.Archive.ContactEntry;
import dev.tend.export.ArchiveJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Tend's own JSON export (docs/export-format.md). Its contacts become records like a
 * vCard's, each read on its own (a damaged entry is a problem naming it, the others are read);
 * the whole file is also read as an {@link Archive} so that an import into an empty database
 * restores everything with its ids. A file whose every entry cannot be read carries no archive.
 */
final class TendJsonReader {
    static final String FORMAT = "tend-json";
    private final Limits limits;

    TendJsonReader(Limits limits) {
        this.limits = limits;
    }

    /** Whether the text starts like a JSON object (after any white space). */
    static boolean looksLikeJson(FileText.Checked checked) throws UnreadableFileException {
        try (BufferedReader in = checked.open()) {
            int ch;
            while ((ch = in.read()) != -1) {
                if (!Character.isWhitespace(ch)) {
                    return ch == '{';
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(checked.file(), "file.unreadable", FileText.name(checked.file())
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    ParsedFile read(FileText.Checked checked) throws UnreadableFileException {
        String name = FileText.name(checked.file());
        JsonNode root;
        try (BufferedReader in = checked.open()) {
            StringBuilder text = new StringBuilder();
            char[] buf = new char[65536];
            int n;
            while ((n = in.read(buf)) != -1) {
                text.append(buf, 0, n);
            }
            root = ArchiveJson.parse(text.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(checked.file(), "file.unreadable", name + " cannot be read: "
                    + e.getMessage(), e);
        } catch (ArchiveJson.BadEntry e) {
            throw new UnreadableFileException(checked.file(), "file.badJson", name + ": " + e.getMessage(), e,
                    e.getMessage());
        }
        if (!ArchiveJson.isTendExport(root)) {
            throw new UnreadableFileException(checked.file(), "file.notTendJson", name
                    + " is JSON, but not a Tend export (no \"format\": \"tend\")", null);
        }
        ArchiveJson.Contacts contacts;
        try {
            contacts = ArchiveJson.contacts(root);
        } catch (ArchiveJson.BadEntry e) {
            throw new UnreadableFileException(checked.file(), "file.badJson", name + ": " + e.getMessage(), e,
                    e.getMessage());
        }
        int total = contacts.read().size() + contacts.bad().size();
        if (total > limits.maxRecords()) {
            throw new UnreadableFileException(checked.file(), "file.tooMany", name + " has more than "
                    + Limits.count(limits.maxRecords()) + " contacts; split it into smaller files", null,
                    Limits.count(limits.maxRecords()));
        }
        if (total == 0) {
            throw new UnreadableFileException(checked.file(), "file.noContacts", name + ": no contacts found", null);
        }
        List<ImportRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        boolean photosFit = true;
        int good = 0;
        for (int i = 0; i < total; i++) {
            SourceRef ref = SourceRef.record(checked.file(), i + 1);
            String bad = contacts.bad().get(i);
            if (bad != null) {
                problems.add(ImportProblem.of(ref, "record.unreadable", bad));
                continue;
            }
            ContactEntry e = contacts.read().get(good++);
            var photo = e.photo();
            if (photo != null && photo.data().length > limits.maxPhotoBytes()) {
                problems.add(ImportProblem.of(ref, "card.photoTooLarge", "the photo is larger than "
                        + Limits.size(limits.maxPhotoBytes()) + " and was left out; the contact was read without it",
                        Limits.size(limits.maxPhotoBytes())));
                photo = null;
                photosFit = false;
            }
            // Ids and event references belong to the exporting database; a merge matches by content.
            records.add(new ImportRecord(ref, e.contact().toBuilder().id(null).metAtEventId(null).build(), photo));
        }
        Archive archive = null;
        if (problems.isEmpty() && photosFit) {
            try {
                archive = ArchiveJson.archive(root);
            } catch (ArchiveJson.BadEntry e) {
                problems.add(ImportProblem.of(SourceRef.record(checked.file(), 0), "record.archiveDamaged",
                        e.getMessage() + "; only the contacts can be imported, not the rest of the export"));
            }
        }
        return new ParsedFile(checked.file(), FORMAT, records, problems, archive);
    }
}
