package dev.tend.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.Archive;
import dev.tend.domain.Archive.ContactEntry;
import dev.tend.domain.Archive.EventEntry;
import dev.tend.domain.Archive.ExchangeEntry;
import dev.tend.domain.Archive.FollowUpEntry;
import dev.tend.domain.Archive.InteractionEntry;
import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.FollowUp;
import dev.tend.domain.FollowUpReason;
import dev.tend.domain.Interaction;
import dev.tend.domain.Photo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tend's full JSON export, version 2 (docs/export-format.md): everything in the database as an
 * {@link Archive}, with ids, so that export, import into an empty database and export again give
 * the same bytes. Reading checks every entry and every reference between entries, and names the
 * entry that is wrong.
 */
public final class ArchiveJson {
    public static final String FORMAT = Exporter.JSON_FORMAT;
    public static final int VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArchiveJson() {
    }

    /** What the file is: the whole database, or one contact's share of it (privacy export). */
    public enum Scope { DATABASE, CONTACT }

    public static void write(Archive a, Scope scope, Instant exportedAt, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("scope", scope.name().toLowerCase(java.util.Locale.ROOT));
        root.put("exportedAt", exportedAt.toString());
        ObjectNode settings = root.putObject("settings");
        a.settings().forEach(settings::put);
        ArrayNode tags = root.putArray("tags");
        a.tags().forEach(tags::add);
        ArrayNode events = root.putArray("events");
        for (EventEntry e : a.events()) {
            Event ev = e.event();
            ObjectNode n = events.addObject();
            n.put("id", ev.id());
            n.put("name", ev.name()).put("city", ev.city()).put("country", ev.country())
                    .put("startDate", str(ev.startDate())).put("endDate", str(ev.endDate())).put("notes", ev.notes())
                    .put("createdAt", str(e.createdAt())).put("updatedAt", str(e.updatedAt()));
        }
        ArrayNode contacts = root.putArray("contacts");
        for (ContactEntry e : a.contacts()) {
            ObjectNode n = ContactJson.toNode(e.contact());
            putLong(n, "introducedById", e.introducedById());
            if (e.photo() == null) {
                n.putNull("photo");
            } else {
                n.putObject("photo").put("mimeType", e.photo().mimeType()).put("source", e.photoSource())
                        .put("data", Base64.getEncoder().encodeToString(e.photo().data()));
            }
            contacts.add(n);
        }
        ArrayNode interactions = root.putArray("interactions");
        for (InteractionEntry e : a.interactions()) {
            Interaction in = e.interaction();
            ObjectNode n = interactions.addObject();
            n.put("id", in.id());
            n.put("occurredOn", str(in.occurredOn())).put("channel", in.channel().name());
            putLong(n, "eventId", in.eventId());
            n.put("summary", in.summary());
            ArrayNode people = n.putArray("participantIds");
            in.participantIds().forEach(people::add);
            n.put("createdAt", str(e.createdAt()));
        }
        ArrayNode exchanges = root.putArray("exchanges");
        for (ExchangeEntry e : a.exchanges()) {
            Exchange x = e.exchange();
            ObjectNode n = exchanges.addObject();
            n.put("id", x.id());
            n.put("contactId", x.contactId());
            putLong(n, "interactionId", x.interactionId());
            n.put("occurredOn", str(x.occurredOn())).put("direction", x.direction().name()).put("kind", x.kind().name())
                    .put("weight", x.weight()).put("description", x.description()).put("status", x.status().name())
                    .put("declinedReason", x.declinedReason()).put("dueOn", str(x.dueOn())).put("thanked", x.thanked())
                    .put("thankedOn", str(x.thankedOn())).put("madeGoodOn", str(x.madeGoodOn()))
                    .put("createdAt", str(e.createdAt()));
        }
        ArrayNode followUps = root.putArray("followUps");
        for (FollowUpEntry e : a.followUps()) {
            FollowUp f = e.followUp();
            ObjectNode n = followUps.addObject();
            n.put("id", f.id());
            n.put("contactId", f.contactId());
            n.put("reason", f.reason().name()).put("dueOn", str(f.dueOn())).put("note", f.note());
            putLong(n, "exchangeId", f.exchangeId());
            putLong(n, "eventId", f.eventId());
            n.put("snoozedUntil", str(f.snoozedUntil())).put("doneOn", str(f.doneOn()))
                    .put("createdAt", str(e.createdAt()));
        }
        out.write(MAPPER.writeValueAsBytes(root));
        out.write('\n');
        out.flush();
    }

    /** Whether the JSON is a Tend export (any version), by its "format" field. */
    public static boolean isTendExport(JsonNode root) {
        return root != null && root.isObject() && FORMAT.equals(root.path("format").asText(null));
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadEntry("the file is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")", e);
        }
    }

    /** An entry that cannot be read, named in the message ("contacts[3] (Anna Schmidt): …"). */
    public static final class BadEntry extends RuntimeException {
        public BadEntry(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The contacts of a Tend export, each read on its own so one bad entry does not cost the others:
     * the readable ones, and for each bad one its index and why.
     */
    public record Contacts(List<ContactEntry> read, Map<Integer, String> bad) {
    }

    public static Contacts contacts(JsonNode root) {
        checkHeader(root);
        List<ContactEntry> read = new ArrayList<>();
        Map<Integer, String> bad = new TreeMap<>();
        JsonNode list = root.path("contacts");
        if (!list.isArray()) {
            throw new BadEntry("it has no \"contacts\" list", null);
        }
        Instant fallback = exportedAt(root);
        for (int i = 0; i < list.size(); i++) {
            try {
                read.add(contact(list.get(i), fallback));
            } catch (RuntimeException e) {
                bad.put(i, "contacts[" + i + "]" + who(list.get(i)) + ": " + reason(e));
            }
        }
        return new Contacts(read, bad);
    }

    /**
     * The whole archive; any entry that cannot be read, or refers to an id the file does not hold,
     * fails the whole file with a {@link BadEntry} naming it, since a database restored without it
     * would not be the one exported.
     */
    public static Archive archive(JsonNode root) {
        checkHeader(root);
        Instant fallback = exportedAt(root);
        Map<String, String> settings = new TreeMap<>();
        root.path("settings").fields().forEachRemaining(f -> settings.put(f.getKey(), f.getValue().asText()));
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(t -> tags.add(t.asText()));
        List<EventEntry> events = each(root, "events", n -> new EventEntry(new Event(id(n, "id"), need(n, "name"),
                text(n, "city"), text(n, "country"), date(n, "startDate"), date(n, "endDate"), text(n, "notes")),
                instant(n, "createdAt", fallback), instant(n, "updatedAt", fallback)));
        List<ContactEntry> contacts = each(root, "contacts", n -> contact(n, fallback));
        List<InteractionEntry> interactions = each(root, "interactions", n -> {
            List<Long> people = new ArrayList<>();
            n.path("participantIds").forEach(p -> people.add(p.asLong()));
            return new InteractionEntry(new Interaction(id(n, "id"), needDate(n, "occurredOn"),
                    Channel.valueOf(need(n, "channel")), optId(n, "eventId"), text(n, "summary"), people),
                    instant(n, "createdAt", fallback));
        });
        List<ExchangeEntry> exchanges = each(root, "exchanges", n -> new ExchangeEntry(new Exchange(id(n, "id"),
                id(n, "contactId"), optId(n, "interactionId"), needDate(n, "occurredOn"),
                Direction.valueOf(need(n, "direction")), ExchangeKind.valueOf(need(n, "kind")), n.path("weight").asInt(1),
                text(n, "description"), ExchangeStatus.valueOf(n.path("status").asText("DONE")), text(n, "declinedReason"),
                date(n, "dueOn"), n.path("thanked").asBoolean(false), date(n, "thankedOn"), date(n, "madeGoodOn")),
                instant(n, "createdAt", fallback)));
        List<FollowUpEntry> followUps = each(root, "followUps", n -> new FollowUpEntry(new FollowUp(id(n, "id"),
                id(n, "contactId"), FollowUpReason.valueOf(need(n, "reason")), needDate(n, "dueOn"), text(n, "note"),
                optId(n, "exchangeId"), optId(n, "eventId"), date(n, "snoozedUntil"), date(n, "doneOn")),
                instant(n, "createdAt", fallback)));
        Archive a = new Archive(new TreeMap<>(settings), tags, events, contacts, interactions, exchanges, followUps);
        checkReferences(a);
        return a;
    }

    private static void checkReferences(Archive a) {
        Set<Long> events = ids(a.events().stream().map(e -> e.event().id()).toList(), "events");
        Set<Long> contacts = ids(a.contacts().stream().map(e -> e.contact().id()).toList(), "contacts");
        Set<Long> interactions = ids(a.interactions().stream().map(e -> e.interaction().id()).toList(), "interactions");
        Set<Long> exchanges = ids(a.exchanges().stream().map(e -> e.exchange().id()).toList(), "exchanges");
        ids(a.followUps().stream().map(e -> e.followUp().id()).toList(), "followUps");
        Set<String> uids = new HashSet<>();
        for (int i = 0; i < a.contacts().size(); i++) {
            ContactEntry e = a.contacts().get(i);
            String at = "contacts[" + i + "]" + who(e.contact().displayName());
            refer(events, e.contact().metAtEventId(), at, "metAtEventId");
            refer(contacts, e.introducedById(), at, "introducedById");
            if (!uids.add(e.contact().uid())) {
                throw new BadEntry(at + ": the uid " + e.contact().uid() + " is used twice", null);
            }
        }
        for (int i = 0; i < a.interactions().size(); i++) {
            Interaction in = a.interactions().get(i).interaction();
            refer(events, in.eventId(), "interactions[" + i + "]", "eventId");
            for (Long p : in.participantIds()) {
                refer(contacts, p, "interactions[" + i + "]", "participantIds");
            }
        }
        for (int i = 0; i < a.exchanges().size(); i++) {
            Exchange x = a.exchanges().get(i).exchange();
            refer(contacts, x.contactId(), "exchanges[" + i + "]", "contactId");
            refer(interactions, x.interactionId(), "exchanges[" + i + "]", "interactionId");
        }
        for (int i = 0; i < a.followUps().size(); i++) {
            FollowUp f = a.followUps().get(i).followUp();
            refer(contacts, f.contactId(), "followUps[" + i + "]", "contactId");
            refer(exchanges, f.exchangeId(), "followUps[" + i + "]", "exchangeId");
            refer(events, f.eventId(), "followUps[" + i + "]", "eventId");
        }
    }

    private static Set<Long> ids(List<Long> ids, String list) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new BadEntry(list + "[" + i + "]: the id " + ids.get(i) + " is used twice", null);
            }
        }
        return seen;
    }

    private static void refer(Set<Long> ids, Long id, String at, String field) {
        if (id != null && !ids.contains(id)) {
            throw new BadEntry(at + ": \"" + field + "\" is " + id + ", which the file does not hold", null);
        }
    }

    private static ContactEntry contact(JsonNode n, Instant fallback) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("it is not an object");
        }
        Contact c = ContactJson.fromNode(n);
        if (c.id() == null) {
            throw new IllegalArgumentException("\"id\" is missing");
        }
        if (c.uid() == null) {
            throw new IllegalArgumentException("\"uid\" is missing");
        }
        if (c.displayName() == null) {
            throw new IllegalArgumentException("it has no name, organisation or email");
        }
        Contact.Builder b = c.toBuilder();
        if (c.createdAt() == null) {
            b.createdAt(fallback);
        }
        if (c.updatedAt() == null) {
            b.updatedAt(c.createdAt() == null ? fallback : c.createdAt());
        }
        Photo photo = null;
        String source = null;
        JsonNode p = n.path("photo");
        if (p.isObject()) {
            photo = new Photo(need(p, "mimeType"), Base64.getDecoder().decode(need(p, "data")));
            source = text(p, "source");
        }
        return new ContactEntry(b.build(), photo, source, optId(n, "introducedById"));
    }

    private interface EntryReader<T> {
        T read(JsonNode n);
    }

    private static <T> List<T> each(JsonNode root, String list, EntryReader<T> reader) {
        List<T> out = new ArrayList<>();
        JsonNode entries = root.path(list);
        if (entries.isMissingNode() || entries.isNull()) {
            return out;
        }
        if (!entries.isArray()) {
            throw new BadEntry("\"" + list + "\" is not a list", null);
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode n = entries.get(i);
            try {
                if (!n.isObject()) {
                    throw new IllegalArgumentException("it is not an object");
                }
                out.add(reader.read(n));
            } catch (RuntimeException e) {
                throw new BadEntry(list + "[" + i + "]" + who(n) + ": " + reason(e), e);
            }
        }
        return out;
    }

    private static void checkHeader(JsonNode root) {
        if (!isTendExport(root)) {
            throw new BadEntry("it is not a Tend export (no \"format\": \"tend\")", null);
        }
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new BadEntry("it is a Tend export of version " + root.path("version").asText("?")
                    + "; this Tend reads versions 1 to " + VERSION, null);
        }
    }

    private static Instant exportedAt(JsonNode root) {
        try {
            return root.hasNonNull("exportedAt") ? Instant.parse(root.get("exportedAt").asText()) : Instant.EPOCH;
        } catch (RuntimeException e) {
            throw new BadEntry("\"exportedAt\" is not a time: " + root.get("exportedAt").asText(), e);
        }
    }

    private static String who(JsonNode n) {
        if (n == null || !n.isObject()) {
            return "";
        }
        String name = text(n, "fullName");
        if (name == null) {
            name = text(n, "name");
        }
        return who(name);
    }

    private static String who(String name) {
        return name == null ? "" : " (" + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + ")";
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        if (e instanceof java.time.format.DateTimeParseException d) {
            return "\"" + d.getParsedString() + "\" is not a date or time";
        }
        if (m != null && m.startsWith("No enum constant ")) {
            return "unknown value " + m.substring(m.lastIndexOf('.') + 1);
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static long id(JsonNode n, String field) {
        if (!n.path(field).canConvertToLong()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a number");
        }
        return n.get(field).asLong();
    }

    private static Long optId(JsonNode n, String field) {
        return n.hasNonNull(field) ? id(n, field) : null;
    }

    private static String need(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static LocalDate needDate(JsonNode n, String field) {
        return LocalDate.parse(need(n, field));
    }

    private static Instant instant(JsonNode n, String field, Instant fallback) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : fallback;
    }

    private static void putLong(ObjectNode n, String field, Long v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
