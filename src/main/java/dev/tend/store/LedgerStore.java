package dev.tend.store;

import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Exchange;
import dev.tend.domain.FollowUp;
import dev.tend.domain.Interaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Interactions, exchanges and follow-ups: the writes the sample network needs today. */
public final class LedgerStore {

    public long insertInteraction(Connection c, Interaction i, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO interaction (occurred_on, channel, event_id, summary, created_at)
                VALUES (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            setDate(ps, 1, i.occurredOn());
            ps.setString(2, i.channel().name());
            setLong(ps, 3, i.eventId());
            setText(ps, 4, i.summary());
            setInstant(ps, 5, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)")) {
            for (long contactId : i.participantIds()) {
                ps.setLong(1, id);
                ps.setLong(2, contactId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    public long insertExchange(Connection c, Exchange e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO exchange (contact_id, interaction_id, occurred_on, direction, kind, weight, description,
                    status, declined_reason, due_on, thanked, thanked_on, made_good_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.contactId());
            setLong(ps, 2, e.interactionId());
            setDate(ps, 3, e.occurredOn());
            ps.setString(4, e.direction().name());
            ps.setString(5, e.kind().name());
            ps.setInt(6, e.weight());
            setText(ps, 7, e.description());
            ps.setString(8, e.status().name());
            setText(ps, 9, e.declinedReason());
            setDate(ps, 10, e.dueOn());
            ps.setInt(11, e.thanked() ? 1 : 0);
            setDate(ps, 12, e.thankedOn());
            setDate(ps, 13, e.madeGoodOn());
            setInstant(ps, 14, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public long insertFollowUp(Connection c, FollowUp f, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO follow_up (contact_id, reason, due_on, note, exchange_id, event_id, snoozed_until,
                    done_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, f.contactId());
            ps.setString(2, f.reason().name());
            setDate(ps, 3, f.dueOn());
            setText(ps, 4, f.note());
            setLong(ps, 5, f.exchangeId());
            setLong(ps, 6, f.eventId());
            setDate(ps, 7, f.snoozedUntil());
            setDate(ps, 8, f.doneOn());
            setInstant(ps, 9, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public int countInteractions(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM interaction")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
