package dev.tend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardPhoto;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.ImportReport;
import dev.tend.service.PhoneNumbers;
import dev.tend.service.TendServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tend import FILE...}: reads the files, matches every record against the stored contacts,
 * applies the default merge in one transaction and prints a report. A file that cannot be read at
 * all is reported and the others are still imported; the exit code is then 1.
 */
@Command(name = "import",
        description = {
            "Import contacts from vCard or CSV files, or photos of cards and badges (.jpg, .png: their QR codes; "
                    + "with --ocr their printed text), in one step that can be undone: new contacts are added, "
                    + "duplicates (same email, phone, LinkedIn/Xing profile, or similar name at the same "
                    + "organisation) get the default merge, broken records are reported with file and card or line.",
            "The rules: docs/importing.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (problems with single records are in the report)",
            "1:a file could not be read at all (the others were imported), or the import failed, or the batch to undo does not exist or was undone already"})
final class ImportCommand extends DatabaseCommand {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "vCard (.vcf) or CSV files, or photos (.jpg, .png) of business cards and badges.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--history", description = "List the past imports, newest first, instead of importing.")
    private boolean history;

    @Option(names = "--undo", paramLabel = "BATCH",
            description = "Undo an import by its batch number (see --history): remove the contacts it added "
                    + "and restore the ones it merged into.")
    private Long undo;

    @Option(names = "--event", paramLabel = "NAME",
            description = "The event the contacts were met at; created, dated today, if there is none of that name.")
    private String event;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag for every imported contact; repeatable.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--ocr",
            description = "For photos without a QR code: read the printed text with Tesseract (German and English) "
                    + "and import what it proposes, tagged \"needs review\". QR codes are always imported as they are.")
    private boolean ocr;

    @Option(names = "--dry-run", description = "Report what would be imported, store nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    /** One problem for the report: a whole file (record null) or one record in it. */
    private record Problem(String file, String what, Integer record, String message) {
    }

    @Override
    protected int run(TendServices services) {
        int chosen = (history ? 1 : 0) + (undo != null ? 1 : 0) + (files.isEmpty() ? 0 : 1);
        if (chosen != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give files to import, or --history, or --undo BATCH (one of them).");
        }
        if (history) {
            new ImportHistoryPrinter(out(), json, root().environment().clock().getZone())
                    .history(services.imports().batches());
            return 0;
        }
        if (undo != null) {
            new ImportHistoryPrinter(out(), json, root().environment().clock().getZone())
                    .undone(services.imports().undo(undo));
            return 0;
        }
        String region = PhoneNumbers.forLocale(root().environment().locale()).defaultRegion();
        List<ParsedFile> parsed = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        if (ocr && !services.cards().ocrStatus().available()) {
            err().println("OCR is not available, so only QR codes are read: " + services.cards().ocrStatus().problem()
                    + " Install Tesseract: see docs/importing.md, \"Card photos\".");
            err().flush();
        }
        for (Path f : files) {
            try {
                parsed.add(read(services, f, region));
            } catch (UnreadableFileException e) {
                unreadable.add(new Problem(f.getFileName().toString(), null, null, e.getMessage()));
            }
        }
        ImportReport report = null;
        String note = null;
        if (!parsed.isEmpty()) {
            ImportPreview preview = services.imports().preview(parsed, new ImportOptions(null, event, tags));
            note = wholeExportNote(services, parsed, preview);
            report = dryRun ? services.imports().dryRun(preview, Map.of())
                    : services.imports().apply(preview, Map.of());
        }
        if (note != null && !json) {
            err().println(note);
            err().flush();
        }
        List<Problem> problems = new ArrayList<>(unreadable);
        if (report != null) {
            for (ImportProblem p : report.problems()) {
                problems.add(new Problem(p.source().file(), p.source().what(), p.source().number(), p.message()));
            }
        }
        if (json) {
            printJson(report, problems);
        } else {
            printText(report, problems);
        }
        return unreadable.isEmpty() ? 0 : CliErrors.FAILED;
    }

    /** What happens to the rest of a whole Tend export: restored with it, or left out (and why). */
    private String wholeExportNote(TendServices services, List<ParsedFile> parsed, ImportPreview preview) {
        var archive = parsed.stream().map(ParsedFile::archive).filter(java.util.Objects::nonNull).findFirst();
        if (archive.isEmpty()) {
            return null;
        }
        if (services.imports().restoresWhole(preview, Map.of())) {
            var a = archive.get();
            return (dryRun ? "Would restore" : "Restored") + " the whole export: " + a.contacts().size() + " contacts, "
                    + a.events().size() + " events, " + a.interactions().size() + " interactions, "
                    + a.exchanges().size() + " exchanges, " + a.followUps().size() + " follow-ups, "
                    + a.settings().size() + " settings.";
        }
        return "Note: this database is not empty (or the import has other files, an event or tags), so only the "
                + "export's contacts are imported, through the duplicate rules; its events, interactions, exchanges, "
                + "follow-ups and settings are not. Import it alone into an empty database to restore everything.";
    }

    /** The file readers; the only place that names them. Photos go through OCR when asked. */
    private ParsedFile read(TendServices services, Path file, String region) throws UnreadableFileException {
        if (ocr && CardPhoto.isPhotoName(file.getFileName().toString())) {
            return services.cards().toImport(services.cards().scan(file, region, true));
        }
        return Importers.read(file, region);
    }

    private void printText(ImportReport r, List<Problem> problems) {
        PrintWriter out = out();
        if (r == null) {
            out.println("Nothing imported.");
        } else {
            out.printf("%s %d, merged %d, skipped %d, rejected %d.%n", r.dryRun() ? "Dry run: would import" : "Imported",
                    r.imported(), r.merged(), r.skipped(), r.rejected());
            if (r.batchId() != null) {
                out.printf("Import batch %d.%n", r.batchId());
            }
        }
        for (Problem p : problems) {
            out.println(p.record() == null ? p.file() + ": " + p.message()
                    : p.file() + ", " + p.what() + (p.record() > 0 ? " " + p.record() : "") + ": " + p.message());
        }
        out.flush();
    }

    private void printJson(ImportReport r, List<Problem> problems) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dryRun", dryRun);
        if (r == null || r.batchId() == null) {
            root.putNull("batch");
        } else {
            root.put("batch", r.batchId());
        }
        root.put("imported", r == null ? 0 : r.imported());
        root.put("merged", r == null ? 0 : r.merged());
        root.put("skipped", r == null ? 0 : r.skipped());
        root.put("rejected", r == null ? 0 : r.rejected());
        ArrayNode errors = root.putArray("errors");
        for (Problem p : problems) {
            ObjectNode e = errors.addObject().put("file", p.file());
            if (p.record() == null) {
                e.putNull("record");
            } else {
                e.put("record", p.record());
            }
            e.put("message", p.message());
        }
        try {
            out().println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out().flush();
    }
}
