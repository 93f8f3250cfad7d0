package dev.tend.store;

import static dev.tend.store.Jdbc.date;
import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Circle;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up rules as one SQL query over indexes (V2, V4): every rule yields its candidate items,
 * the done and snoozed state in follow_up filters them, and SQLite ranks, counts and caps the
 * rest. The dates the rules hang on come from the caller ({@link Window}); what they mean is
 * documented in docs/reminders.md.
 */
public final class FollowUpStore {
    /** How long after a declined request the user is reminded to make good, if nothing was given since. */
    public static final int DECLINED_DAYS = 30;
    /** How long after a fair's end the post-fair note is due. */
    public static final int AFTER_EVENT_DAYS = 2;

    /**
     * Which items to read.
     *
     * @param asOf the day the list is seen from: snoozes up to it have run out, help received after
     *     it does not count yet
     * @param to items due up to this day (the week's Sunday, or further for the calendar)
     * @param birthdaysFrom the first day whose birthdays count
     * @param week true: the week's list, snoozed items hidden; false: every open item whose due day,
     *     or the day it is snoozed to, is up to {@code to} (the calendar)
     * @param limit at most this many items
     */
    public record Window(LocalDate asOf, LocalDate to, LocalDate birthdaysFrom, boolean week, int limit) {
    }

    /** Ranked items and how many there were before the limit. */
    public record Items(List<FollowUpItem> items, int total) {
    }

    /** A contact as the planner checks it before setting a follow-up. */
    public record ContactState(long id, String name, boolean archived) {
    }

    public Items items(Connection c, Window w) throws SQLException {
        String sql = """
                WITH items(reason, contact_id, due, since, exchange_id, event_id, follow_up_id, snoozed) AS (
                    SELECT 'THANK_YOU', e.contact_id, e.occurred_on, e.occurred_on, e.id, NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_open
                    WHERE e.status = 'DONE' AND e.direction = 'RECEIVED' AND e.thanked = 0 AND e.occurred_on <= ?1
                    UNION ALL
                    SELECT 'PROMISE', e.contact_id, e.due_on, e.occurred_on, e.id, NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_promised
                    WHERE e.status = 'PROMISED' AND e.direction = 'GAVE' AND e.due_on <= ?2
                    UNION ALL
                    SELECT 'DECLINED_REQUEST', e.contact_id, date(e.occurred_on, '+%1$d days'), e.occurred_on, e.id,
                           NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_open
                    WHERE e.status = 'DECLINED' AND e.direction = 'GAVE' AND e.made_good_on IS NULL
                      AND e.occurred_on <= date(?2, '-%1$d days')
                      AND NOT EXISTS (SELECT 1 FROM exchange g INDEXED BY exchange_contact_kind
                                      WHERE g.contact_id = e.contact_id AND g.direction = 'GAVE'
                                        AND g.status = 'DONE' AND g.occurred_on > e.occurred_on
                                        AND g.occurred_on <= ?1)
                    UNION ALL
                    SELECT 'AFTER_EVENT', c.id, date(coalesce(ev.end_date, ev.start_date), '+%2$d days'),
                           coalesce(ev.end_date, ev.start_date), NULL, ev.id, NULL, NULL
                    FROM event ev JOIN contact c ON c.met_at_event_id = ev.id
                    WHERE coalesce(ev.end_date, ev.start_date) <= date(?2, '-%2$d days') AND c.archived = 0
                      AND (c.last_interaction IS NULL OR c.last_interaction <= coalesce(ev.end_date, ev.start_date))
                    UNION ALL
                    SELECT 'CADENCE', x.id, x.due, x.touch, NULL, NULL, NULL, NULL
                    FROM (SELECT t.id, t.touch, %3$s AS due
                          FROM (SELECT c.id, c.circle,
                                       max(coalesce(c.last_interaction, c.first_met, substr(c.created_at, 1, 10)),
                                           coalesce((SELECT max(f.done_on) FROM follow_up f
                                                     WHERE f.contact_id = c.id AND f.reason = 'CADENCE'), '')) AS touch
                                FROM contact c INDEXED BY contact_cadence
                                WHERE c.circle IN (%4$s) AND c.archived = 0) t) x
                    WHERE x.due <= ?2
                    UNION ALL
                    SELECT 'BIRTHDAY', c.id, %5$s, c.birthday, NULL, NULL, NULL, NULL
                    FROM contact c INDEXED BY contact_birthday
                    WHERE c.birthday IS NOT NULL AND substr(c.birthday, 6) IN (%6$s) AND c.archived = 0
                    UNION ALL
                    SELECT 'CUSTOM', f.contact_id, f.due_on, NULL, NULL, NULL, f.id, f.snoozed_until
                    FROM follow_up f
                    WHERE f.reason = 'CUSTOM' AND f.done_on IS NULL AND f.due_on <= ?2
                ),
                open AS (
                    SELECT i.*,
                           CASE WHEN i.reason = 'CUSTOM' THEN i.snoozed
                                ELSE (SELECT max(s.snoozed_until) FROM follow_up s INDEXED BY follow_up_state
                                      WHERE s.contact_id = i.contact_id AND s.reason = i.reason
                                        AND (i.reason = 'CADENCE' OR s.due_on = i.due)
                                        AND s.exchange_id IS i.exchange_id AND s.event_id IS i.event_id
                                        AND s.done_on IS NULL) END AS snoozed_until
                    FROM items i
                    WHERE i.reason IN ('CUSTOM', 'CADENCE')
                       OR NOT EXISTS (SELECT 1 FROM follow_up s INDEXED BY follow_up_state
                                      WHERE s.contact_id = i.contact_id AND s.reason = i.reason AND s.due_on = i.due
                                        AND s.exchange_id IS i.exchange_id AND s.event_id IS i.event_id
                                        AND s.done_on IS NOT NULL)
                )
                SELECT o.reason, o.contact_id, c.full_name, c.uid, o.due, o.since, o.exchange_id, o.event_id,
                       o.follow_up_id,
                       (SELECT m.address FROM contact_email m WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1),
                       CASE WHEN o.exchange_id IS NOT NULL THEN
                                (SELECT coalesce(x.description, replace(lower(x.kind), '_', ' '))
                                 FROM exchange x WHERE x.id = o.exchange_id)
                            WHEN o.event_id IS NOT NULL THEN (SELECT ev.name FROM event ev WHERE ev.id = o.event_id)
                            WHEN o.follow_up_id IS NOT NULL THEN
                                (SELECT f.note FROM follow_up f WHERE f.id = o.follow_up_id)
                       END,
                       count(*) OVER ()
                FROM open o JOIN contact c ON c.id = o.contact_id AND c.archived = 0
                WHERE %7$s
                ORDER BY CASE o.reason %8$s END, o.due, c.sort_name, c.id
                LIMIT ?3""".formatted(DECLINED_DAYS, AFTER_EVENT_DAYS, cadenceDue("t.touch", "t.circle"),
                cadenceCircles(), birthdayDue(w), birthdayDays(w),
                w.week() ? "o.due <= ?2 AND (o.snoozed_until IS NULL OR o.snoozed_until <= ?1)"
                        : "max(o.due, coalesce(o.snoozed_until, '')) <= ?2",
                rankCases());
        List<FollowUpItem> out = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            setDate(ps, 1, w.asOf());
            setDate(ps, 2, w.to());
            ps.setInt(3, w.limit());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FollowUpItem(FollowUpReason.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(10), date(rs, 5), date(rs, 6), nullable(rs, 7),
                            nullable(rs, 8), nullable(rs, 9), rs.getString(11)));
                    total = rs.getInt(12);
                }
            }
        }
        if (out.isEmpty() && w.limit() == 0) {
            total = count(c, w);
        }
        return new Items(out, total);
    }

    /** Without items to carry the window count (a limit of 0), counts them on their own. */
    private int count(Connection c, Window w) throws SQLException {
        Items all = items(c, new Window(w.asOf(), w.to(), w.birthdaysFrom(), w.week(), Integer.MAX_VALUE));
        return all.items().size();
    }

    /**
     * The day a cadence runs out, in SQL: the circle's period added as Java adds it (months first,
     * a day past the month's end clamped to its last day, SQLite's {@code floor}; then days).
     */
    static String cadenceDue(String touch, String circle) {
        StringBuilder b = new StringBuilder("CASE ").append(circle);
        for (Circle c : Circle.values()) {
            c.cadence().ifPresent(p -> b.append(" WHEN '").append(c.name()).append("' THEN ").append(plus(touch, p)));
        }
        return b.append(" END").toString();
    }

    static String plus(String day, Period p) {
        return "date(" + day + ", '+" + p.toTotalMonths() + " months', 'floor', '+" + p.getDays() + " days')";
    }

    private static String cadenceCircles() {
        return java.util.Arrays.stream(Circle.values()).filter(c -> c.cadence().isPresent())
                .map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
    }

    /** Month-day to the day it falls on in the window; 29 February on the 28th in other years. */
    private static Map<String, LocalDate> birthdays(Window w) {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        for (LocalDate d = w.birthdaysFrom(); !d.isAfter(w.to()); d = d.plusDays(1)) {
            days.putIfAbsent(d.toString().substring(5), d);
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                days.putIfAbsent("02-29", d);
            }
            if (days.size() >= 367) {
                break;
            }
        }
        return days;
    }

    private static String birthdayDue(Window w) {
        Map<String, LocalDate> days = birthdays(w);
        if (days.isEmpty()) {
            return "NULL";
        }
        return days.entrySet().stream().map(e -> "WHEN '" + e.getKey() + "' THEN '" + e.getValue() + "'")
                .collect(Collectors.joining(" ", "CASE substr(c.birthday, 6) ", " END"));
    }

    private static String birthdayDays(Window w) {
        Map<String, LocalDate> days = birthdays(w);
        return days.isEmpty() ? "NULL" : days.keySet().stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
    }

    private static String rankCases() {
        return java.util.Arrays.stream(FollowUpReason.values())
                .map(r -> "WHEN '" + r.name() + "' THEN " + r.rank()).collect(Collectors.joining(" "));
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public Optional<ContactState> contact(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, full_name, archived FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ContactState(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1))
                        : Optional.empty();
            }
        }
    }

    /** A follow-up the user set by hand; returns its id. */
    public long insertCustom(Connection c, long contactId, LocalDate dueOn, String note, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO follow_up (contact_id, reason, due_on, note, created_at) VALUES (?, 'CUSTOM', ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, contactId);
            setDate(ps, 2, dueOn);
            setText(ps, 3, note);
            setInstant(ps, 4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Records that the item was done on {@code doneOn} or is snoozed until {@code snoozedUntil}
     * (one of them set): on the hand-set follow-up itself, else on the state row of the computed
     * item, made if it is not there yet. Returns false when the hand-set follow-up is gone.
     */
    public boolean setState(Connection c, FollowUpItem item, LocalDate snoozedUntil, LocalDate doneOn, Instant now)
            throws SQLException {
        if (item.reason() == FollowUpReason.CUSTOM) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE follow_up SET snoozed_until = ?, done_on = ? WHERE id = ? AND reason = 'CUSTOM'")) {
                setDate(ps, 1, snoozedUntil);
                setDate(ps, 2, doneOn);
                ps.setLong(3, item.followUpId());
                return ps.executeUpdate() == 1;
            }
        }
        Long existing = null;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM follow_up WHERE contact_id = ? AND reason = ? AND due_on = ?
                    AND exchange_id IS ? AND event_id IS ? ORDER BY id DESC LIMIT 1""")) {
            ps.setLong(1, item.contactId());
            ps.setString(2, item.reason().name());
            setDate(ps, 3, item.dueOn());
            setLong(ps, 4, item.exchangeId());
            setLong(ps, 5, item.eventId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                }
            }
        }
        if (existing != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE follow_up SET snoozed_until = ?, done_on = ? WHERE id = ?")) {
                setDate(ps, 1, snoozedUntil);
                setDate(ps, 2, doneOn);
                ps.setLong(3, existing);
                ps.executeUpdate();
            }
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO follow_up (contact_id, reason, due_on, exchange_id, event_id, snoozed_until, done_on,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, item.contactId());
            ps.setString(2, item.reason().name());
            setDate(ps, 3, item.dueOn());
            setLong(ps, 4, item.exchangeId());
            setLong(ps, 5, item.eventId());
            setDate(ps, 6, snoozedUntil);
            setDate(ps, 7, doneOn);
            setInstant(ps, 8, now);
            ps.executeUpdate();
        }
        return true;
    }
}
