package dev.tend.cli;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.export.ExportFormat;
import dev.tend.export.Exporter;
import dev.tend.service.TendServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tend export}: every contact, archived ones too, as Tend JSON, vCard 4.0 or CSV. */
@Command(name = "export",
        description = {
            "Export every contact (archived ones too): json (Tend's versioned format with every field), "
                    + "vcf (vCard 4.0) or csv (one contact per line, several values joined with \" | \").",
            "The formats: docs/importing.md."})
final class ExportCommand extends DatabaseCommand {
    @Option(names = "--format", required = true, paramLabel = "json|vcf|csv",
            converter = FormatConverter.class, description = "json, vcf or csv.")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (replaced only once the export is complete); default: standard output.")
    private Path outFile;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not json, vcf or csv");
            }
        }
    }

    @Override
    protected int run(TendServices services) {
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
            String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalStateException("Cannot write " + (outFile == null ? "the export" : outFile) + ": "
                    + why + "; nothing was written.", e);
        }
        return 0;
    }
}
