package dev.tend.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Event;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.WebLink;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes contacts as Tend JSON (versioned, every field), vCard 4.0 or CSV. The formats are
 * described in docs/importing.md, "Export".
 */
public final class Exporter {
    /** The JSON format's name and version; a reader checks both. */
    public static final String JSON_FORMAT = "tend";
    public static final int JSON_VERSION = 1;
    /** Joins several values in one CSV cell. */
    public static final String CSV_SEPARATOR = " | ";
    public static final List<String> CSV_HEADER = List.of("uid", "full_name", "name_prefix", "given_name",
            "family_name", "organisation", "department", "title", "emails", "phones", "addresses", "urls", "birthday",
            "notes", "tags", "circle", "how_met", "met_at_event", "first_met", "archived");

    private Exporter() {
    }

    public static void write(ExportFormat format, List<Contact> contacts, List<Event> events, Instant now,
                             OutputStream out) throws IOException {
        switch (format) {
            case JSON -> writeJson(contacts, events, now, out);
            case VCF -> writeVCard(contacts, events, out);
            case CSV -> writeCsv(contacts, events, out);
        }
    }

    /**
     * Writes to a temporary file beside {@code target} and moves it into place, so a failed export
     * leaves no half-written file (and an existing file unchanged).
     */
    public static void writeFile(Path target, ExportFormat format, List<Contact> contacts, List<Event> events,
                                 Instant now) throws IOException {
        writeAtomically(target, out -> write(format, contacts, events, now, out));
    }

    /** Writes what {@code content} writes to {@code target}, whole or not at all. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to a temporary file beside {@code target} and moves it into place. The temporary
     * file, and so the export, is readable by the user only (createTempFile's POSIX default): an
     * export holds personal data.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void writeJson(List<Contact> contacts, List<Event> events, Instant now, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", JSON_FORMAT);
        root.put("version", JSON_VERSION);
        root.put("exportedAt", now.toString());
        ArrayNode ev = root.putArray("events");
        for (Event e : events) {
            ev.addObject().put("id", e.id()).put("name", e.name()).put("city", e.city()).put("country", e.country())
                    .put("startDate", e.startDate() == null ? null : e.startDate().toString())
                    .put("endDate", e.endDate() == null ? null : e.endDate().toString()).put("notes", e.notes());
        }
        ArrayNode cs = root.putArray("contacts");
        contacts.forEach(c -> cs.add(ContactJson.toNode(c)));
        mapper.writeValue(new NoCloseStream(out), root);
        out.write('\n');
        out.flush();
    }

    static void writeVCard(List<Contact> contacts, List<Event> events, OutputStream out) throws IOException {
        Map<Long, String> eventNames = eventNames(events);
        List<VCard> cards = new ArrayList<>();
        for (Contact c : contacts) {
            VCard v = new VCard();
            v.setUid(new Uid("urn:uuid:" + c.uid()));
            v.setFormattedName(c.displayName());
            if (c.givenName() != null || c.familyName() != null || c.namePrefix() != null) {
                StructuredName n = new StructuredName();
                n.setGiven(c.givenName());
                n.setFamily(c.familyName());
                if (c.namePrefix() != null) {
                    n.getPrefixes().add(c.namePrefix());
                }
                v.setStructuredName(n);
            }
            if (c.organisation() != null || c.department() != null) {
                Organization o = new Organization();
                o.getValues().add(c.organisation() == null ? "" : c.organisation());
                if (c.department() != null) {
                    o.getValues().add(c.department());
                }
                v.setOrganization(o);
            }
            if (c.title() != null) {
                v.addTitle(c.title());
            }
            for (Email e : c.emails()) {
                ezvcard.property.Email p = v.addEmail(e.address());
                if (e.label() != null) {
                    p.getTypes().add(EmailType.get(e.label()));
                }
            }
            for (Phone p : c.phones()) {
                Telephone t = new Telephone(p.raw());
                if (p.label() != null) {
                    t.getTypes().add(TelephoneType.get(p.label()));
                }
                v.addTelephoneNumber(t);
            }
            for (PostalAddress a : c.addresses()) {
                Address adr = new Address();
                adr.setStreetAddress(a.street());
                adr.setPostalCode(a.postalCode());
                adr.setLocality(a.city());
                adr.setRegion(a.region());
                adr.setCountry(a.country());
                if (a.label() != null) {
                    adr.getTypes().add(AddressType.get(a.label()));
                }
                v.addAddress(adr);
            }
            for (WebLink u : c.urls()) {
                v.addUrl(u.url());
            }
            if (c.birthday() != null) {
                v.setBirthday(new Birthday(c.birthday()));
            }
            if (c.notes() != null) {
                v.addNote(c.notes());
            }
            if (!c.tags().isEmpty()) {
                Categories cat = new Categories();
                cat.getValues().addAll(c.tags());
                v.setCategories(cat);
            }
            v.addExtendedProperty("X-TEND-CIRCLE", c.circle().name());
            v.addExtendedProperty("X-TEND-HOW-MET", c.howMet().name());
            if (c.firstMet() != null) {
                v.addExtendedProperty("X-TEND-FIRST-MET", c.firstMet().toString());
            }
            if (c.metAtEventId() != null && eventNames.containsKey(c.metAtEventId())) {
                v.addExtendedProperty("X-TEND-MET-AT", eventNames.get(c.metAtEventId()));
            }
            if (c.archived()) {
                v.addExtendedProperty("X-TEND-ARCHIVED", "true");
            }
            cards.add(v);
        }
        Writer w = new OutputStreamWriter(new NoCloseStream(out), StandardCharsets.UTF_8);
        Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go(w);
        w.flush();
    }

    static void writeCsv(List<Contact> contacts, List<Event> events, OutputStream out) throws IOException {
        Map<Long, String> eventNames = eventNames(events);
        Writer w = new OutputStreamWriter(new NoCloseStream(out), StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(CSV_HEADER);
            for (Contact c : contacts) {
                List<String> row = List.of(c.uid(), c.displayName(), s(c.namePrefix()), s(c.givenName()),
                        s(c.familyName()), s(c.organisation()), s(c.department()), s(c.title()),
                        join(c.emails(), Email::address), join(c.phones(), Phone::raw),
                        join(c.addresses(), Exporter::addressCell), join(c.urls(), WebLink::url),
                        c.birthday() == null ? "" : c.birthday().toString(), s(c.notes()),
                        String.join(CSV_SEPARATOR, c.tags()), c.circle().name(), c.howMet().name(),
                        c.metAtEventId() == null ? "" : s(eventNames.get(c.metAtEventId())),
                        c.firstMet() == null ? "" : c.firstMet().toString(), c.archived() ? "true" : "false");
                p.printRecord(row.stream().map(Exporter::guardFormula).toList());
            }
        }
    }

    /**
     * A cell a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage
     * return) gets a leading apostrophe, as OWASP advises against CSV injection.
     */
    public static String guardFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** "street; postcode; city; region; country" with empty parts left empty. */
    static String addressCell(PostalAddress a) {
        return String.join("; ", s(a.street()), s(a.postalCode()), s(a.city()), s(a.region()), s(a.country()));
    }

    private static <T> String join(List<T> values, Function<T, String> f) {
        return values.stream().map(f).collect(Collectors.joining(CSV_SEPARATOR));
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static Map<Long, String> eventNames(List<Event> events) {
        return events.stream().collect(Collectors.toMap(Event::id, Event::name, (a, b) -> a));
    }

    /** Keeps writers from closing the caller's stream (standard output). */
    private static final class NoCloseStream extends java.io.FilterOutputStream {
        NoCloseStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
