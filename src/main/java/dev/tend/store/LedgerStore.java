package dev.tend.store;

import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Balance;
import dev.tend.domain.Channel;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.FollowUp;
import dev.tend.domain.Interaction;
import dev.tend.domain.TimelineEntry.InteractionEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interactions, exchanges and follow-ups. A contact's reads go through the indexes
 * {@code interaction_participant_contact} and {@code exchange_contact} and are capped with LIMIT,
 * so a timeline costs the same however many interactions the database holds.
 */
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

    /** A participant as the ledger's rules need it. */
    public record ParticipantState(long id, String name, boolean archived) {
    }

    /** The named contacts that exist, by id; ids of deleted contacts are missing from the map. */
    public Map<Long, ParticipantState> participants(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, ParticipantState> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, full_name, archived FROM contact WHERE id IN ("
                + Jdbc.placeholders(ids.size()) + ")")) {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new ParticipantState(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
                }
            }
        }
        return found;
    }

    public boolean eventExists(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The contact's newest {@code limit} interactions, newest first, each with the names of the
     * other participants and the event's name. Two indexed steps: the contact's participant rows in
     * date order from {@code interaction_participant_date} (the date is copied there by V2), joined
     * to their interactions by primary key, then the others of just this page.
     */
    public List<InteractionEntry> interactionsOf(Connection c, long contactId, int limit) throws SQLException {
        Map<Long, Interaction> page = new LinkedHashMap<>();
        Map<Long, String> events = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.id, i.occurred_on, i.channel, i.event_id, i.summary, e.name AS event_name
                FROM interaction_participant p
                JOIN interaction i ON i.id = p.interaction_id
                LEFT JOIN event e ON e.id = i.event_id
                WHERE p.contact_id = ?
                ORDER BY p.occurred_on DESC, p.interaction_id DESC
                LIMIT ?""")) {
            ps.setLong(1, contactId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    page.put(id, new Interaction(id, Jdbc.date(rs, "occurred_on"), Channel.valueOf(rs.getString("channel")),
                            Jdbc.nullableLong(rs, "event_id"), rs.getString("summary"), List.of(contactId)));
                    events.put(id, rs.getString("event_name"));
                }
            }
        }
        Map<Long, List<Long>> otherIds = new HashMap<>();
        Map<Long, List<String>> otherNames = new HashMap<>();
        if (!page.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.interaction_id, p.contact_id, c.full_name
                    FROM interaction_participant p JOIN contact c ON c.id = p.contact_id
                    WHERE p.interaction_id IN (%s) AND p.contact_id <> ?
                    ORDER BY c.sort_name, c.id""".formatted(Jdbc.placeholders(page.size())))) {
                int i = 1;
                for (long id : page.keySet()) {
                    ps.setLong(i++, id);
                }
                ps.setLong(i, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        otherIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        otherNames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                    }
                }
            }
        }
        List<InteractionEntry> result = new ArrayList<>(page.size());
        for (Interaction i : page.values()) {
            List<Long> all = new ArrayList<>();
            all.add(contactId);
            all.addAll(otherIds.getOrDefault(i.id(), List.of()));
            result.add(new InteractionEntry(new Interaction(i.id(), i.occurredOn(), i.channel(), i.eventId(),
                    i.summary(), all), otherNames.getOrDefault(i.id(), List.of()), events.get(i.id())));
        }
        return result;
    }

    /** The contact's newest {@code limit} exchanges, newest first (index exchange_contact, read backwards). */
    public List<Exchange> exchangesOf(Connection c, long contactId, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT * FROM exchange WHERE contact_id = ?
                ORDER BY occurred_on DESC, id DESC
                LIMIT ?""")) {
            ps.setLong(1, contactId);
            ps.setInt(2, limit);
            List<Exchange> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(exchange(rs));
                }
            }
            return result;
        }
    }

    public Optional<Exchange> findExchange(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM exchange WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(exchange(rs)) : Optional.empty();
            }
        }
    }

    /** Weights of the contact's DONE exchanges dated {@code from} to {@code to}, both inclusive. */
    public Balance balance(Connection c, long contactId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT coalesce(sum(weight) FILTER (WHERE direction = 'GAVE'), 0),
                       coalesce(sum(weight) FILTER (WHERE direction = 'RECEIVED'), 0)
                FROM exchange
                WHERE contact_id = ? AND occurred_on BETWEEN ? AND ? AND status = 'DONE'""")) {
            ps.setLong(1, contactId);
            setDate(ps, 2, from);
            setDate(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Balance(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    /** The date of the contact's newest interaction, if any. */
    public Optional<LocalDate> lastInteraction(Connection c, long contactId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT max(p.occurred_on) FROM interaction_participant p WHERE p.contact_id = ?""")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(Jdbc.date(rs, 1));
            }
        }
    }

    public void markThanked(Connection c, long exchangeId, LocalDate on) throws SQLException {
        update(c, "UPDATE exchange SET thanked = 1, thanked_on = ? WHERE id = ?", on, exchangeId);
    }

    /** A promise kept: done, and dated the day it was done. */
    public void markDone(Connection c, long exchangeId, LocalDate on) throws SQLException {
        update(c, "UPDATE exchange SET status = 'DONE', occurred_on = ? WHERE id = ?", on, exchangeId);
    }

    public void markMadeGood(Connection c, long exchangeId, LocalDate on) throws SQLException {
        update(c, "UPDATE exchange SET made_good_on = ? WHERE id = ?", on, exchangeId);
    }

    private static void update(Connection c, String sql, LocalDate on, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            setDate(ps, 1, on);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static Exchange exchange(ResultSet rs) throws SQLException {
        return new Exchange(rs.getLong("id"), rs.getLong("contact_id"), Jdbc.nullableLong(rs, "interaction_id"),
                Jdbc.date(rs, "occurred_on"), Direction.valueOf(rs.getString("direction")),
                ExchangeKind.valueOf(rs.getString("kind")), rs.getInt("weight"), rs.getString("description"),
                ExchangeStatus.valueOf(rs.getString("status")), rs.getString("declined_reason"),
                Jdbc.date(rs, "due_on"), rs.getInt("thanked") == 1, Jdbc.date(rs, "thanked_on"),
                Jdbc.date(rs, "made_good_on"));
    }
}
