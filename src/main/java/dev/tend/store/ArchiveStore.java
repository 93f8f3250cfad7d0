package dev.tend.store;

import static dev.tend.store.Jdbc.date;
import static dev.tend.store.Jdbc.instant;
import static dev.tend.store.Jdbc.nullableLong;
import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a whole database (or one contact's share of it) as an {@link Archive}, and writes an
 * archive back with its own ids into an empty database.
 *
 * <p>Extension point: a migration that adds a table or column of user data adds it to
 * {@link Archive}, here (read and restore) and to {@code export.ArchiveJson}; the full-export
 * round-trip test compares every column of every table and fails until it is carried.
 */
public final class ArchiveStore {
    private final ContactStore contacts;

    public ArchiveStore(ContactStore contacts) {
        this.contacts = contacts;
    }

    /** Whether the database holds no contacts, events or interactions (settings may exist). */
    public boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM event) "
                        + "+ (SELECT count(*) FROM interaction)")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    public Archive read(Connection c) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> tags = strings(c, "SELECT name FROM tag ORDER BY name COLLATE NOCASE, name");
        List<EventEntry> events = events(c, "SELECT * FROM event ORDER BY id");
        List<ContactEntry> contactEntries = new ArrayList<>();
        for (long id : longs(c, "SELECT id FROM contact ORDER BY id")) {
            contactEntries.add(contact(c, id));
        }
        List<InteractionEntry> interactions = interactions(c, "SELECT * FROM interaction ORDER BY id", null);
        List<ExchangeEntry> exchanges = exchanges(c, "SELECT * FROM exchange ORDER BY id");
        List<FollowUpEntry> followUps = followUps(c, "SELECT * FROM follow_up ORDER BY id");
        return new Archive(new TreeMap<>(settings), tags, events, contactEntries, interactions, exchanges, followUps);
    }

    /**
     * One contact's share: the contact, their photo and tags, the events they were met at or had
     * interactions at, their interactions (listing them as the only participant, so the file says
     * nothing about who else was there), exchanges and follow-ups. No settings.
     */
    public Archive readContact(Connection c, long id) throws SQLException {
        ContactEntry entry = contact(c, id);
        Contact contact = entry.contact();
        ContactEntry alone = new ContactEntry(contact, entry.photo(), entry.photoSource(), null);
        String ofContact = " WHERE id IN (SELECT interaction_id FROM interaction_participant WHERE contact_id = " + id + ")";
        List<InteractionEntry> interactions = interactions(c, "SELECT * FROM interaction" + ofContact + " ORDER BY id", id);
        List<EventEntry> events = events(c, "SELECT * FROM event WHERE id = " + (contact.metAtEventId() == null ? -1
                : contact.metAtEventId()) + " OR id IN (SELECT event_id FROM interaction" + ofContact + ")"
                + " OR id IN (SELECT event_id FROM follow_up WHERE contact_id = " + id + ") ORDER BY id");
        List<ExchangeEntry> exchanges = exchanges(c, "SELECT * FROM exchange WHERE contact_id = " + id + " ORDER BY id");
        List<FollowUpEntry> followUps = followUps(c, "SELECT * FROM follow_up WHERE contact_id = " + id + " ORDER BY id");
        return new Archive(new TreeMap<>(), contact.tags(), events, List.of(alone), interactions, exchanges, followUps);
    }

    /**
     * Writes the archive with its own ids, uids and times into an empty database, in the caller's
     * transaction; contacts are recorded as added by {@code importBatchId}. Returns the contact ids.
     */
    public List<Long> restore(Connection c, Archive a, Long importBatchId) throws SQLException {
        for (Map.Entry<String, String> s : a.settings().entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, s.getKey());
                ps.setString(2, s.getValue());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO tag (name) VALUES (?)")) {
            for (String t : a.tags()) {
                ps.setString(1, t);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, name, city, country, start_date, "
                + "end_date, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EventEntry e : a.events()) {
                Event ev = e.event();
                ps.setLong(1, ev.id());
                ps.setString(2, ev.name());
                setText(ps, 3, ev.city());
                setText(ps, 4, ev.country());
                setDate(ps, 5, ev.startDate());
                setDate(ps, 6, ev.endDate());
                setText(ps, 7, ev.notes());
                setInstant(ps, 8, e.createdAt());
                setInstant(ps, 9, e.updatedAt());
                ps.executeUpdate();
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO contact (given_name, family_name, full_name, sort_name, name_prefix, organisation,
                    department, title, birthday, notes, circle, how_met, met_at_event_id, first_met, archived,
                    id, uid, created_at, updated_at, import_batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ContactEntry e : a.contacts()) {
                Contact ct = e.contact();
                int i = ContactStore.bindFields(ps, ct);
                ps.setLong(i++, ct.id());
                ps.setString(i++, ct.uid());
                setInstant(ps, i++, ct.createdAt());
                setInstant(ps, i++, ct.updatedAt());
                setLong(ps, i, importBatchId);
                ps.executeUpdate();
                ContactStore.insertChildren(c, ct.id(), ct);
                if (e.photo() != null) {
                    contacts.setPhoto(c, ct.id(), e.photo(), e.photoSource());
                }
                ids.add(ct.id());
            }
        }
        // Who introduced whom, once every contact exists.
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET introduced_by_id = ? WHERE id = ?")) {
            for (ContactEntry e : a.contacts()) {
                if (e.introducedById() != null) {
                    ps.setLong(1, e.introducedById());
                    ps.setLong(2, e.contact().id());
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (id, occurred_on, channel, event_id, "
                + "summary, created_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement pp = c.prepareStatement(
                     "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)")) {
            for (InteractionEntry e : a.interactions()) {
                Interaction in = e.interaction();
                ps.setLong(1, in.id());
                setDate(ps, 2, in.occurredOn());
                ps.setString(3, in.channel().name());
                setLong(ps, 4, in.eventId());
                setText(ps, 5, in.summary());
                setInstant(ps, 6, e.createdAt());
                ps.executeUpdate();
                for (long p : in.participantIds()) {
                    pp.setLong(1, in.id());
                    pp.setLong(2, p);
                    pp.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO exchange (id, contact_id, interaction_id, occurred_on, direction, kind, weight, description,
                    status, declined_reason, due_on, thanked, thanked_on, made_good_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ExchangeEntry e : a.exchanges()) {
                Exchange x = e.exchange();
                ps.setLong(1, x.id());
                ps.setLong(2, x.contactId());
                setLong(ps, 3, x.interactionId());
                setDate(ps, 4, x.occurredOn());
                ps.setString(5, x.direction().name());
                ps.setString(6, x.kind().name());
                ps.setInt(7, x.weight());
                setText(ps, 8, x.description());
                ps.setString(9, x.status().name());
                setText(ps, 10, x.declinedReason());
                setDate(ps, 11, x.dueOn());
                ps.setInt(12, x.thanked() ? 1 : 0);
                setDate(ps, 13, x.thankedOn());
                setDate(ps, 14, x.madeGoodOn());
                setInstant(ps, 15, e.createdAt());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO follow_up (id, contact_id, reason, due_on, note, exchange_id, event_id, snoozed_until,
                    done_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (FollowUpEntry e : a.followUps()) {
                FollowUp f = e.followUp();
                ps.setLong(1, f.id());
                ps.setLong(2, f.contactId());
                ps.setString(3, f.reason().name());
                setDate(ps, 4, f.dueOn());
                setText(ps, 5, f.note());
                setLong(ps, 6, f.exchangeId());
                setLong(ps, 7, f.eventId());
                setDate(ps, 8, f.snoozedUntil());
                setDate(ps, 9, f.doneOn());
                setInstant(ps, 10, e.createdAt());
                ps.executeUpdate();
            }
        }
        return ids;
    }

    private ContactEntry contact(Connection c, long id) throws SQLException {
        Contact contact = contacts.find(c, id).orElseThrow(() -> new SQLException("No contact with id " + id));
        Photo photo = null;
        String source = null;
        Long introducedBy = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT p.mime_type, p.data, p.source, c.introduced_by_id "
                + "FROM contact c LEFT JOIN contact_photo p ON p.contact_id = c.id WHERE c.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(1) != null) {
                        photo = new Photo(rs.getString(1), rs.getBytes(2));
                        source = rs.getString(3);
                    }
                    introducedBy = nullableLong(rs, "introduced_by_id");
                }
            }
        }
        return new ContactEntry(contact, photo, source, introducedBy);
    }

    private static List<EventEntry> events(Connection c, String sql) throws SQLException {
        List<EventEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new EventEntry(new Event(rs.getLong("id"), rs.getString("name"), rs.getString("city"),
                        rs.getString("country"), date(rs, "start_date"), date(rs, "end_date"), rs.getString("notes")),
                        instant(rs, "created_at"), instant(rs, "updated_at")));
            }
        }
        return out;
    }

    /** Interactions with their participants; with {@code onlyParticipant}, that one alone. */
    private static List<InteractionEntry> interactions(Connection c, String sql, Long onlyParticipant)
            throws SQLException {
        Map<Long, List<Long>> participants = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT interaction_id, contact_id FROM interaction_participant ORDER BY interaction_id, contact_id")) {
            while (rs.next()) {
                participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        List<InteractionEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong("id");
                List<Long> people = onlyParticipant != null ? List.of(onlyParticipant)
                        : participants.getOrDefault(id, List.of());
                out.add(new InteractionEntry(new Interaction(id, date(rs, "occurred_on"),
                        Channel.valueOf(rs.getString("channel")), nullableLong(rs, "event_id"), rs.getString("summary"),
                        people), instant(rs, "created_at")));
            }
        }
        return out;
    }

    private static List<ExchangeEntry> exchanges(Connection c, String sql) throws SQLException {
        List<ExchangeEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new ExchangeEntry(new Exchange(rs.getLong("id"), rs.getLong("contact_id"),
                        nullableLong(rs, "interaction_id"), date(rs, "occurred_on"),
                        Direction.valueOf(rs.getString("direction")), ExchangeKind.valueOf(rs.getString("kind")),
                        rs.getInt("weight"), rs.getString("description"), ExchangeStatus.valueOf(rs.getString("status")),
                        rs.getString("declined_reason"), date(rs, "due_on"), rs.getInt("thanked") == 1,
                        date(rs, "thanked_on"), date(rs, "made_good_on")), instant(rs, "created_at")));
            }
        }
        return out;
    }

    private static List<FollowUpEntry> followUps(Connection c, String sql) throws SQLException {
        List<FollowUpEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new FollowUpEntry(new FollowUp(rs.getLong("id"), rs.getLong("contact_id"),
                        FollowUpReason.valueOf(rs.getString("reason")), date(rs, "due_on"), rs.getString("note"),
                        nullableLong(rs, "exchange_id"), nullableLong(rs, "event_id"), date(rs, "snoozed_until"),
                        date(rs, "done_on")), instant(rs, "created_at")));
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
