package dev.tend.importer;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.importer.ColumnMapping.Field;
import dev.tend.importer.ColumnMapping.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads contact CSV files: LinkedIn's Connections.csv (with the notes before its header), Google
 * Contacts, Outlook in English and German, and any other CSV through a {@link ColumnMapping}.
 * The delimiter (comma, semicolon, tab) and the encoding are detected; problems name the line.
 */
public final class CsvReader {
    public static final String LINKEDIN = "LinkedIn CSV";
    public static final String GOOGLE = "Google CSV";
    public static final String OUTLOOK = "Outlook CSV";
    public static final String GENERIC = "CSV";
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SNIFF_CHARS = 65536;
    private static final int SNIFF_RECORDS = 20;
    private final Limits limits;

    public CsvReader() {
        this(Limits.DEFAULT);
    }

    CsvReader(Limits limits) {
        this.limits = limits;
    }

    /** What the file's header looks like: for the column-mapping step. */
    public record Layout(char delimiter, java.nio.charset.Charset charset, int headerOffset, int headerLine,
                         List<String> headers,
                         String format, ColumnMapping suggested) {
    }

    /** Finds the delimiter, encoding and header row and suggests a mapping, without reading the rows. */
    public Layout layout(Path file) throws UnreadableFileException {
        return layout(FileText.check(file, limits));
    }

    Layout layout(FileText.Checked checked) throws UnreadableFileException {
        Path file = checked.file();
        String sample;
        try (BufferedReader in = checked.open()) {
            char[] buf = new char[SNIFF_CHARS];
            int n = in.read(buf);
            sample = n < 0 ? "" : new String(buf, 0, n);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(file, "file.unreadable", FileText.name(file) + " cannot be read: "
                    + e.getMessage(), e);
        }
        if (sample.isBlank()) {
            throw new UnreadableFileException(file, "file.empty", FileText.name(file)
                    + ": no contacts found (the file is empty)", null);
        }
        Layout best = null;
        int bestScore = -1;
        for (char d : DELIMITERS) {
            List<CSVRecord> records = sniff(sample, d);
            for (int i = 0; i < records.size(); i++) {
                List<String> headers = records.get(i).toList();
                ColumnMapping m = ColumnMapping.suggest(headers);
                int score = m.asMap().size() * 10 + Math.min(headers.size(), 9);
                if (m.isUsable() && score > bestScore) {
                    bestScore = score;
                    int offset = (int) records.get(i).getCharacterPosition();
                    best = new Layout(d, checked.charset(), offset, 1 + countLines(sample.substring(0, offset)),
                            headers, format(headers), m);
                }
            }
        }
        if (best == null) {
            throw new UnreadableFileException(file, "file.noHeader", FileText.name(file)
                    + " is not a contacts CSV file: no column header names a name, company, email or phone", null);
        }
        return best;
    }

    /** Reads the file with the suggested mapping. */
    public ParsedFile read(Path file, String defaultRegion) throws UnreadableFileException {
        return read(FileText.check(file, limits), defaultRegion);
    }

    ParsedFile read(FileText.Checked checked, String defaultRegion) throws UnreadableFileException {
        Layout layout = layout(checked);
        return read(checked, defaultRegion, layout, layout.suggested());
    }

    /** Reads the file with the user's mapping (from the column-mapping step). */
    public ParsedFile read(Path file, String defaultRegion, ColumnMapping mapping) throws UnreadableFileException {
        FileText.Checked checked = FileText.check(file, limits);
        return read(checked, defaultRegion, layout(checked), mapping);
    }

    private ParsedFile read(FileText.Checked checked, String defaultRegion, Layout layout, ColumnMapping mapping)
            throws UnreadableFileException {
        Path file = checked.file();
        boolean tend = TendCsv.FORMAT.equals(layout.format());
        if (!tend && !mapping.isUsable()) {
            throw new UnreadableFileException(file, "file.notMapped", FileText.name(file)
                    + ": no column is mapped to a name, company, email or phone", null);
        }
        String name = FileText.name(file);
        List<ImportRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        boolean linkedIn = LINKEDIN.equals(layout.format());
        boolean google = GOOGLE.equals(layout.format());
        int headerLineNo;
        int rows = 0;
        try (BufferedReader in = checked.open()) {
            // Everything before the header (LinkedIn's notes) is skipped, counting its lines.
            char[] skip = new char[layout.headerOffset()];
            int read = 0;
            while (read < skip.length) {
                int n = in.read(skip, read, skip.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            headerLineNo = 1 + countLines(new String(skip, 0, read));
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format(layout.delimiter())).get()) {
                Iterator<CSVRecord> it = parser.iterator();
                long previousEnd = headerLineNo - 1;
                boolean header = true;
                while (true) {
                    CSVRecord rec;
                    long startLine = previousEnd + 1;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        rec = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        problems.add(ImportProblem.of(new SourceRef(name, SourceRef.Kind.LINE, (int) startLine), "line.unclosedQuote",
                                "this line and the rest of the file cannot be read: a quoted field is not closed"));
                        break;
                    }
                    previousEnd = headerLineNo - 1 + parser.getCurrentLineNumber();
                    if (header) {
                        header = false;
                        continue;
                    }
                    List<String> values = rec.toList().stream().map(CsvReader::unguard).toList();
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    rows++;
                    if (rows > limits.maxRecords()) {
                        throw new UnreadableFileException(file, "file.tooMany", name + " has more than "
                                + Limits.count(limits.maxRecords()) + " contacts; split it into smaller files", null,
                                Limits.count(limits.maxRecords()));
                    }
                    SourceRef ref = new SourceRef(name, SourceRef.Kind.LINE, (int) startLine);
                    try {
                        Contact c = tend ? TendCsv.contact(layout.headers(), values, defaultRegion)
                                : toContact(values, mapping, defaultRegion, linkedIn, google);
                        if (VCardReader.hasSomethingToKeep(c)) {
                            records.add(new ImportRecord(ref, c, null));
                        } else {
                            problems.add(ImportProblem.of(ref, "line.empty", "the line has no name, company, email or phone"));
                        }
                    } catch (RuntimeException e) {
                        problems.add(ImportProblem.of(ref, "line.unreadable", "the line cannot be read: " + e.getMessage()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(file, "file.unreadable", name + " cannot be read: " + e.getMessage(), e);
        }
        if (records.isEmpty() && problems.isEmpty()) {
            throw new UnreadableFileException(file, "file.onlyHeader", name
                    + ": no contacts found (only a header line)", null);
        }
        return new ParsedFile(file, layout.format(), records, problems);
    }

    /**
     * The first row under the header (values as read, blank rows passed over), for the column-mapping
     * step to show what each column holds; empty when there is none.
     */
    public List<String> firstRow(Path file, Layout layout) throws UnreadableFileException {
        FileText.Checked checked = FileText.check(file, limits);
        try (BufferedReader in = checked.open()) {
            long skipped = in.skip(layout.headerOffset());
            if (skipped < layout.headerOffset()) {
                return List.of();
            }
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format(layout.delimiter())).get()) {
                boolean header = true;
                for (CSVRecord rec : parser) {
                    if (header) {
                        header = false;
                        continue;
                    }
                    List<String> values = rec.toList().stream().map(CsvReader::unguard).toList();
                    if (!values.stream().allMatch(String::isBlank)) {
                        return values;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // A broken first row shows as no sample; reading the file reports it with its line.
        }
        return List.of();
    }

    private static int countLines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrailingData(true)
                .setAllowMissingColumnNames(true).get();
    }

    private static List<CSVRecord> sniff(String sample, char delimiter) {
        List<CSVRecord> out = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(sample))
                .setFormat(format(delimiter)).get()) {
            for (CSVRecord r : p) {
                out.add(r);
                if (out.size() >= SNIFF_RECORDS) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a sample cut mid-field ends the sniffing; the records before it count
        }
        return out;
    }

    static String format(List<String> headers) {
        if (TendCsv.isHeader(headers)) {
            return TendCsv.FORMAT;
        }
        Set<String> keys = new LinkedHashSet<>();
        headers.forEach(h -> keys.add(ColumnMapping.key(h)));
        if (keys.contains("connected on") && keys.contains("first name")) {
            return LINKEDIN;
        }
        if (keys.contains("e mail 1 value") || keys.contains("phone 1 value") || keys.contains("group membership")
                || keys.contains("e mail 1 label") || keys.contains("given name") && keys.contains("family name")) {
            return GOOGLE;
        }
        if (keys.contains("e mail address") && keys.contains("job title") || keys.contains("business phone")
                || keys.contains("e mail adresse") || keys.contains("telefon geschaftlich")) {
            return OUTLOOK;
        }
        return GENERIC;
    }

    private static final class Slot {
        String value;
        String label;
        final Map<Field, String> parts = new LinkedHashMap<>();
    }

    private Contact toContact(List<String> values, ColumnMapping mapping, String defaultRegion, boolean linkedIn,
                              boolean google) {
        Contact.Builder b = Contact.builder();
        String given = null;
        String middle = null;
        Map<String, Slot> emails = new LinkedHashMap<>();
        Map<String, Slot> phones = new LinkedHashMap<>();
        Map<String, Slot> addresses = new LinkedHashMap<>();
        Set<String> urls = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Map.Entry<Integer, Target> e : mapping.asMap().entrySet()) {
            if (e.getKey() >= values.size()) {
                continue;
            }
            String v = Text.blankToNull(values.get(e.getKey()));
            if (v == null) {
                continue;
            }
            Target t = e.getValue();
            switch (t.field()) {
                case GIVEN_NAME -> given = v;
                case MIDDLE_NAME -> middle = v;
                case FAMILY_NAME -> b.familyName(v);
                case FULL_NAME -> b.fullName(v);
                case NAME_PREFIX -> b.namePrefix(v);
                case ORGANISATION -> b.organisation(v);
                case DEPARTMENT -> b.department(v);
                case TITLE -> b.title(v);
                case EMAIL -> slot(emails, t).value = v;
                case EMAIL_LABEL -> slot(emails, t).label = v;
                case PHONE -> slot(phones, t).value = v;
                case PHONE_LABEL -> slot(phones, t).label = v;
                case ADDRESS_LABEL -> slot(addresses, t).label = v;
                case STREET, POSTAL_CODE, CITY, REGION, COUNTRY -> {
                    Slot s = slot(addresses, t);
                    s.parts.merge(t.field(), v, (a, c) -> a + ", " + c);
                }
                case URL -> urls.addAll(split(v, google));
                case BIRTHDAY -> b.birthday(date(v));
                case NOTES -> notes.add(v);
                case TAGS -> java.util.Arrays.stream(v.split("\\s*(:::|;)\\s*"))
                        .map(x -> x.replaceFirst("^\\*\\s*", ""))
                        .filter(x -> !x.equalsIgnoreCase("myContacts") && !x.equalsIgnoreCase("starred"))
                        .forEach(tags::add);
                case CONNECTED_ON -> b.firstMet(date(v));
                default -> {
                }
            }
        }
        b.givenName(Text.join(" ", given, middle));
        List<Email> emailList = new ArrayList<>();
        for (Slot s : emails.values()) {
            if (s.value != null) {
                for (String address : split(s.value, google)) {
                    emailList.add(new Email(address, Labels.normalise(s.label)));
                }
            }
        }
        b.emails(emailList);
        List<PostalAddress> addressList = new ArrayList<>();
        for (Slot s : addresses.values()) {
            PostalAddress a = new PostalAddress(Labels.normalise(s.label), s.parts.get(Field.STREET),
                    s.parts.get(Field.POSTAL_CODE), s.parts.get(Field.CITY), s.parts.get(Field.REGION),
                    s.parts.get(Field.COUNTRY));
            if (!a.isEmpty()) {
                addressList.add(a);
            }
        }
        b.addresses(addressList);
        List<String[]> rawPhones = new ArrayList<>();
        for (Slot s : phones.values()) {
            if (s.value != null) {
                for (String raw : split(s.value, google)) {
                    rawPhones.add(new String[] {raw, Labels.normalise(s.label)});
                }
            }
        }
        String region = Phones.regionFor(rawPhones.stream().map(p -> p[0]).toList(),
                addressList.stream().map(PostalAddress::country).toList(), defaultRegion);
        List<Phone> phoneList = new ArrayList<>();
        for (String[] p : rawPhones) {
            phoneList.add(Phones.phone(p[0], p[1], region));
        }
        b.phones(phoneList);
        b.urls(urls.stream().map(u -> WebLink.of(u.startsWith("www.") ? "https://" + u : u)).toList());
        b.notes(String.join("\n\n", notes));
        b.tags(tags);
        if (linkedIn) {
            b.howMet(HowMet.ONLINE);
        }
        return b.build();
    }

    private static Slot slot(Map<String, Slot> slots, Target t) {
        Slot s = slots.computeIfAbsent(t.slot(), k -> new Slot());
        if (t.label() != null && s.label == null) {
            s.label = t.label();
        }
        return s;
    }

    /**
     * Spreadsheet exports (Tend's own among them) put an apostrophe before a cell that starts with
     * = + - @ so no spreadsheet runs it as a formula; the value is what follows it.
     */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** Google writes several values in one cell joined by " ::: ". */
    private static List<String> split(String v, boolean google) {
        if (!google && !v.contains(" ::: ")) {
            return List.of(v.strip());
        }
        return java.util.Arrays.stream(v.split("\\s*:::\\s*")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN));

    /** A date as exporters write it; null when it is not one (Outlook's "0.0.00", Google's "--03-15"). */
    static LocalDate date(String v) {
        String s = v.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(s, f);
                return d.getYear() < 1800 ? null : d;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
