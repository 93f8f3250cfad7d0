package dev.tend.store;

import static dev.tend.store.Jdbc.date;
import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events (trade fairs) in SQLite. */
public final class EventStore {

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

    private static Event map(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getString("name"), rs.getString("city"), rs.getString("country"),
                date(rs, "start_date"), date(rs, "end_date"), rs.getString("notes"));
    }
}
