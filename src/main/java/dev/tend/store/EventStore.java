package dev.tend.store;

import static dev.tend.store.Jdbc.date;
import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Circle;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Event;
import dev.tend.domain.EventPerson;
import dev.tend.domain.EventSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events (trade fairs) in SQLite. */
public final class EventStore {
    /**
     * The date of the latest follow-up of contact {@code c} after event {@code e}: an interaction
     * with them dated after the event's end date (its start date when it has no end; any date when
     * it has neither), not after today (the one parameter), and not logged at the event itself.
     * NULL when there is none. Found through interaction_participant_contact and interaction's key.
     */
    private static final String FOLLOWED_UP_ON = """
            (SELECT max(i.occurred_on) FROM interaction_participant p
                 JOIN interaction i ON i.id = p.interaction_id
             WHERE p.contact_id = c.id
               AND i.occurred_on > coalesce(e.end_date, e.start_date, '')
               AND i.occurred_on <= ?
               AND i.event_id IS NOT e.id)""";

    /** Parameter: today. */
    static final String OVERVIEW = """
            SELECT e.*, count(c.id) AS met, count(%s) AS followed_up
            FROM event e
            LEFT JOIN contact c ON c.met_at_event_id = e.id AND +c.archived = 0
            GROUP BY e.id
            ORDER BY e.start_date DESC, e.name, e.id""".formatted(FOLLOWED_UP_ON);

    /** Parameters: today, the event's id. */
    static final String PEOPLE = """
            SELECT c.id, c.full_name, c.organisation, c.title, c.circle, c.archived,
                   (SELECT m.address FROM contact_email m WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1)
                       AS email,
                   %s AS followed_up_on
            FROM event e
            JOIN contact c ON c.met_at_event_id = e.id AND +c.archived = 0
            WHERE e.id = ?
            ORDER BY c.sort_name, c.id""".formatted(FOLLOWED_UP_ON);

    public long insert(Connection c, Event e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO event (name, city, country, start_date, end_date, notes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, e);
            setInstant(ps, 7, now);
            setInstant(ps, 8, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void update(Connection c, Event e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE event SET name = ?, city = ?, country = ?, start_date = ?, end_date = ?, notes = ?,
                    updated_at = ? WHERE id = ?""")) {
            bind(ps, e);
            setInstant(ps, 7, now);
            ps.setLong(8, e.id());
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Event e) throws SQLException {
        setText(ps, 1, e.name());
        setText(ps, 2, e.city());
        setText(ps, 3, e.country());
        setDate(ps, 4, e.startDate());
        setDate(ps, 5, e.endDate());
        setText(ps, 6, e.notes());
    }

    public Optional<Event> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** All events, the most recent first. */
    public List<Event> all(Connection c) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM event ORDER BY start_date DESC, name")) {
            while (rs.next()) {
                events.add(map(rs));
            }
        }
        return events;
    }

    /**
     * Every event, the most recent first, with how many active (non-archived) contacts were met
     * there and how many of them were followed up by {@code today}. One query: contact_event finds
     * each event's contacts (the unary + keeps the planner off contact_list, which would visit every
     * active contact), interaction_participant_contact their interactions.
     */
    public List<EventSummary> overview(Connection c, LocalDate today) throws SQLException {
        List<EventSummary> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OVERVIEW)) {
            setDate(ps, 1, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EventSummary(map(rs), rs.getInt("met"), rs.getInt("followed_up")));
                }
            }
        }
        return rows;
    }

    /** The active contacts met at the event, by name, each with their latest follow-up by {@code today}. */
    public List<EventPerson> people(Connection c, long eventId, LocalDate today) throws SQLException {
        List<EventPerson> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PEOPLE)) {
            setDate(ps, 1, today);
            ps.setLong(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EventPerson(new ContactSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString("email"), Circle.valueOf(rs.getString(5)), rs.getInt(6) == 1),
                            date(rs, "followed_up_on")));
                }
            }
        }
        return rows;
    }

    /**
     * Deletes the event; returns whether it was there. The schema keeps everything else: contacts
     * met there and interactions logged at it lose the link (SET NULL), follow-ups after it go.
     */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    private static Event map(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getString("name"), rs.getString("city"), rs.getString("country"),
                date(rs, "start_date"), date(rs, "end_date"), rs.getString("notes"));
    }
}
