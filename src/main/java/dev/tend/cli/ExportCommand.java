package dev.tend.cli;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
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
 * {@code tend export}: every contact, archived ones too, as Tend JSON, vCard 4.0 or CSV; or the
 * open follow-ups as an iCalendar file ({@code ics}).
 */
@Command(name = "export",
        description = {
            "Export every contact (archived ones too): json (Tend's versioned format with every field), "
                    + "vcf (vCard 4.0) or csv (one contact per line, several values joined with \" | \").",
            "Or export the open follow-ups as iCalendar (ics): one to-do each, this week's and those of the next "
                    + "four weeks, and the weekly networking hour if it is set; importing the file again updates "
                    + "the entries.",
            "The formats: docs/importing.md and docs/reminders.md."})
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
        List<Contact> contacts = services.contacts()
                .ids(ContactQuery.all().withArchived(ContactQuery.Archived.ALL)).stream()
                .map(services.contacts()::get).toList();
        try {
            if (outFile == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Exporter.write(format, contacts, services.events().all(), services.clock().instant(), bytes);
                out().print(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
            } else {
                Exporter.writeFile(outFile, format, contacts, services.events().all(), services.clock().instant());
                out().printf("Exported %d contacts to %s%n", contacts.size(), outFile.toAbsolutePath());
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
