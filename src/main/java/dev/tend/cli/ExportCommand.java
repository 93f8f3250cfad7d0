package dev.tend.cli;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.Event;
import dev.tend.export.ArchiveJson;
import dev.tend.export.ExportFormat;
import dev.tend.export.Exporter;
import dev.tend.service.FollowUpPlanner;
import dev.tend.service.TendServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tend export}: the whole database as Tend JSON (everything, docs/export-format.md), or
 * every contact as vCard 4.0 or CSV, with {@code --contact} one contact's data; or the open
 * follow-ups as an iCalendar file ({@code ics}).
 */
@Command(name = "export",
        description = {
            "Export the database: json (Tend's versioned format with everything: contacts with photos, tags, "
                    + "events, interactions, exchanges, follow-ups, settings), "
                    + "vcf (vCard 4.0) or csv (one contact per line, several values joined with \" | \"); "
                    + "archived contacts too.",
            "With --contact ID, only that contact's data (json: with their interactions, exchanges and follow-ups).",
            "Or export the open follow-ups as iCalendar (ics): one to-do each, this week's and those of the next "
                    + "four weeks, and the weekly networking hour if it is set; importing the file again updates "
                    + "the entries.",
            "The formats: docs/export-format.md, docs/importing.md and docs/reminders.md."})
final class ExportCommand extends DatabaseCommand {
    @Option(names = "--format", required = true, paramLabel = "json|vcf|csv|ics",
            converter = FormatConverter.class, description = "json, vcf, csv or ics.")
    private Format format;

    /** A contact format, or the follow-up calendar. */
    record Format(ExportFormat contacts) {
        static final Format ICS = new Format(null);
    }

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (replaced only once the export is complete); default: standard output.")
    private Path outFile;

    @Option(names = "--contact", paramLabel = "ID", description = "Export only this contact's data (json, vcf, csv).")
    private Long contactId;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            if (value.strip().equalsIgnoreCase("ics")) {
                return Format.ICS;
            }
            try {
                return new Format(ExportFormat.parse(value));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not json, vcf, csv or ics");
            }
        }
    }

    @Override
    protected int run(TendServices services) {
        if (format == Format.ICS) {
            return calendar(services);
        }
        ExportFormat format = this.format.contacts();
        Exporter.Content content;
        int count;
        if (format == ExportFormat.JSON) {
            var archive = contactId == null ? services.archives().all() : services.archives().ofContact(contactId);
            var scope = contactId == null ? ArchiveJson.Scope.DATABASE : ArchiveJson.Scope.CONTACT;
            count = archive.contacts().size();
            content = out -> ArchiveJson.write(archive, scope, services.clock().instant(), out);
        } else {
            List<Contact> contacts = contactId == null
                    ? services.contacts().ids(ContactQuery.all().withArchived(ContactQuery.Archived.ALL)).stream()
                            .map(services.contacts()::get).toList()
                    : List.of(services.contacts().get(contactId));
            List<Event> events = services.events().all();
            count = contacts.size();
            content = out -> Exporter.write(format, contacts, events, services.clock().instant(), out);
        }
        try {
            if (outFile == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                content.writeTo(bytes);
                out().print(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
            } else {
                Exporter.writeAtomically(outFile, content);
                out().printf("Exported %d contact%s to %s%n", count, count == 1 ? "" : "s", outFile.toAbsolutePath());
                out().flush();
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return 0;
    }

    private int calendar(TendServices services) {
        try {
            if (outFile == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                services.followUps().writeCalendar(bytes, FollowUpPlanner.ENGLISH);
                out().print(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
            } else {
                int n = services.followUps().writeCalendar(outFile, FollowUpPlanner.ENGLISH);
                out().printf("Exported %d calendar entries to %s%n", n, outFile.toAbsolutePath());
                out().flush();
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return 0;
    }

    private IllegalStateException cannotWrite(IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IllegalStateException("Cannot write " + (outFile == null ? "the export" : outFile) + ": "
                + why + "; nothing was written.", e);
    }
}
