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

    /**
     * The window's items, ranked and capped, and how many there are in all. Three steps, so that
     * the cost is one pass over the candidates and not a sort of all of them by name: every open
     * item counted per reason from the indexes alone; the first {@code limit} by reason and due
     * day, from only the reasons the limit reaches; then names, e-mails and details for those few.
     */
    public Items items(Connection c, Window w) throws SQLException {
        Map<FollowUpReason, Integer> counts = new java.util.EnumMap<>(FollowUpReason.class);
        try (PreparedStatement ps = c.prepareStatement(
                shown(w, java.util.EnumSet.allOf(FollowUpReason.class)) + " SELECT reason, count(*) FROM shown GROUP BY reason")) {
            bind(ps, w);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(FollowUpReason.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        java.util.Set<FollowUpReason> needed = java.util.EnumSet.noneOf(FollowUpReason.class);
        long left = w.limit();
        for (FollowUpReason r : FollowUpReason.ranked()) {
            if (left <= 0) {
                break;
            }
            int n = counts.getOrDefault(r, 0);
            if (n > 0) {
                needed.add(r);
                left -= n;
            }
        }
        if (needed.isEmpty()) {
            return new Items(List.of(), total);
        }
        String order = " ORDER BY CASE reason " + rankCases() + " END, due, contact_id";
        List<Row> rows = rows(c, w, shown(w, needed) + " SELECT * FROM shown" + order + " LIMIT ?3");
        if (rows.size() == w.limit() && total > w.limit()) {
            // Items due the same day are in name order: the rest of the last one's day join the sort.
            Row last = rows.get(rows.size() - 1);
            List<Row> tied = rows(c, w, shown(w, java.util.EnumSet.of(last.reason())) + " SELECT * FROM shown WHERE due = '"
                    + last.due() + "'" + order);
            java.util.Set<Row> all = new java.util.LinkedHashSet<>(rows);
            all.addAll(tied);
            rows = new ArrayList<>(all);
        }
        Map<Long, String[]> people = people(c, rows);
        Map<String, String> details = details(c, rows);
        List<FollowUpItem> items = new ArrayList<>();
        for (Row r : rows) {
            String[] p = people.get(r.contactId());
            if (p == null) {
                continue; // deleted by another process between the statements
            }
            items.add(new FollowUpItem(r.reason(), r.contactId(), p[0], p[1], p[2], r.due(), r.since(), r.exchangeId(),
                    r.eventId(), r.followUpId(), details.get(r.detailKey())));
        }
        java.util.Comparator<FollowUpItem> ranking = java.util.Comparator
                .comparingInt((FollowUpItem i) -> i.reason().rank()).thenComparing(FollowUpItem::dueOn)
                .thenComparing(i -> people.get(i.contactId())[3]).thenComparingLong(FollowUpItem::contactId);
        items.sort(ranking);
        return new Items(items.subList(0, (int) Math.min(items.size(), w.limit())), total);
    }

    /** One candidate before names are attached. */
    private record Row(FollowUpReason reason, long contactId, LocalDate due, LocalDate since, Long exchangeId,
                       Long eventId, Long followUpId) {
        String detailKey() {
            return exchangeId != null ? "x" + exchangeId : eventId != null ? "e" + eventId
                    : followUpId != null ? "f" + followUpId : "";
        }
    }

    private static void bind(PreparedStatement ps, Window w) throws SQLException {
        setDate(ps, 1, w.asOf());
        setDate(ps, 2, w.to());
    }

    private static List<Row> rows(Connection c, Window w, String sql) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w);
            if (sql.contains("?3")) {
                ps.setInt(3, w.limit());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(FollowUpReason.valueOf(rs.getString("reason")), rs.getLong("contact_id"),
                            date(rs, "due"), date(rs, "since"), nullable(rs, "exchange_id"), nullable(rs, "event_id"),
                            nullable(rs, "follow_up_id")));
                }
            }
        }
        return out;
    }

    /** Name, uid, first e-mail and sort name of the rows' contacts. */
    private static Map<Long, String[]> people(Connection c, List<Row> rows) throws SQLException {
        Map<Long, String[]> out = new java.util.HashMap<>();
        List<Long> ids = rows.stream().map(Row::contactId).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.id, c.full_name, c.uid,
                           (SELECT m.address FROM contact_email m WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1),
                           c.sort_name
                    FROM contact c WHERE c.id IN (%s)""".formatted(Jdbc.placeholders(part.size())))) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)});
                    }
                }
            }
        }
        return out;
    }

    /** The user's words behind each row: the exchange's description (or its kind), the event's name, the note. */
    private static Map<String, String> details(Connection c, List<Row> rows) throws SQLException {
        Map<String, String> out = new java.util.HashMap<>();
        detail(c, out, "x", "SELECT id, coalesce(description, replace(lower(kind), '_', ' ')) FROM exchange WHERE id IN (%s)",
                rows.stream().map(Row::exchangeId).filter(java.util.Objects::nonNull).distinct().toList());
        detail(c, out, "e", "SELECT id, name FROM event WHERE id IN (%s)",
                rows.stream().map(Row::eventId).filter(java.util.Objects::nonNull).distinct().toList());
        detail(c, out, "f", "SELECT id, note FROM follow_up WHERE id IN (%s)",
                rows.stream().map(Row::followUpId).filter(java.util.Objects::nonNull).distinct().toList());
        return out;
    }

    private static void detail(Connection c, Map<String, String> out, String prefix, String sql, List<Long> ids)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement(sql.formatted(Jdbc.placeholders(part.size())))) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(prefix + rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
    }

    /**
     * "WITH ... shown AS (...)": the open items of the window for the given reasons, with their
     * contact active. Parameters: ?1 as of, ?2 up to.
     */
    static String shown(Window w, java.util.Set<FollowUpReason> reasons) {
        List<String> branches = new ArrayList<>();
        for (FollowUpReason r : reasons) {
            branches.add(branch(r, w));
        }
        return """
                WITH items(reason, contact_id, due, since, exchange_id, event_id, follow_up_id, snoozed) AS (
                %s
                ),
                open AS (
                    -- Few contacts have a done or snoozed item: a set of them, built once, spares
                    -- the state look-ups of all others.
                    SELECT i.*,
                           CASE WHEN i.reason = 'CUSTOM' THEN i.snoozed
                                WHEN i.contact_id NOT IN (SELECT contact_id FROM follow_up WHERE reason <> 'CUSTOM')
                                    THEN NULL
                                ELSE (SELECT max(s.snoozed_until) FROM follow_up s INDEXED BY follow_up_state
                                      WHERE s.contact_id = i.contact_id AND s.reason = i.reason
                                        AND (i.reason = 'CADENCE' OR s.due_on = i.due)
                                        AND s.exchange_id IS i.exchange_id AND s.event_id IS i.event_id
                                        AND s.done_on IS NULL) END AS snoozed_until
                    FROM items i
                    WHERE (i.reason IN ('CUSTOM', 'CADENCE')
                           OR i.contact_id NOT IN (SELECT contact_id FROM follow_up WHERE reason <> 'CUSTOM')
                           OR NOT EXISTS (SELECT 1 FROM follow_up s INDEXED BY follow_up_state
                                          WHERE s.contact_id = i.contact_id AND s.reason = i.reason AND s.due_on = i.due
                                            AND s.exchange_id IS i.exchange_id AND s.event_id IS i.event_id
                                            AND s.done_on IS NOT NULL))
                      AND i.contact_id NOT IN (SELECT id FROM contact WHERE archived = 1)
                ),
                shown AS (SELECT * FROM open o WHERE %s)
                """.formatted(String.join("\n    UNION ALL\n", branches),
                w.week() ? "o.due <= ?2 AND (o.snoozed_until IS NULL OR o.snoozed_until <= ?1)"
                        : "max(o.due, coalesce(o.snoozed_until, '')) <= ?2");
    }

    /**
     * Contacts whose circle's cadence runs out by the window's end. Per circle, the last touch
     * (interaction, else first meeting or the day added) must lie before the first day whose
     * cadence runs out after the window ({@link #cadenceBefore}); with V4's last interaction in
     * the circle's index, that is an index range of just the contacts due, not a pass over all
     * contacts in circles. A cadence marked done since then counts as a touch.
     */
    private static String cadenceBranch(Window w) {
        List<String> parts = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            if (circle.cadence().isEmpty()) {
                continue;
            }
            String before = cadenceBefore(circle.cadence().get(), w.to()).toString();
            String filter = """
                    c.circle = '%1$s' AND c.archived = 0 AND %2$s
                    AND NOT EXISTS (SELECT 1 FROM follow_up f INDEXED BY follow_up_state
                                    WHERE f.contact_id = c.id AND f.reason = 'CADENCE' AND f.done_on >= '%3$s')""";
            parts.add("SELECT c.id, c.circle, c.last_interaction AS touch FROM contact c INDEXED BY contact_cadence WHERE "
                    + filter.formatted(circle.name(), "c.last_interaction < '" + before + "'", before));
            parts.add("SELECT c.id, c.circle, coalesce(c.first_met, substr(c.created_at, 1, 10)) AS touch "
                    + "FROM contact c INDEXED BY contact_cadence WHERE " + filter.formatted(circle.name(),
                    "c.last_interaction IS NULL AND coalesce(c.first_met, substr(c.created_at, 1, 10)) < '" + before + "'",
                    before));
        }
        return """
                SELECT 'CADENCE', t.id, %1$s, t.touch, NULL, NULL, NULL, NULL
                FROM (SELECT d.id, d.circle,
                             max(d.touch, coalesce((SELECT max(f.done_on) FROM follow_up f INDEXED BY follow_up_state
                                                    WHERE f.contact_id = d.id AND f.reason = 'CADENCE'), '')) AS touch
                      FROM (%2$s) d) t""".formatted(cadenceDue("t.touch", "t.circle"), String.join("\n UNION ALL\n", parts));
    }

    /**
     * The first day whose cadence runs out after {@code to}: a touch before it is due by then.
     * Found by stepping, since month arithmetic clamps at month ends and cannot be undone.
     */
    static LocalDate cadenceBefore(Period cadence, LocalDate to) {
        LocalDate d = to.minus(cadence).minusDays(4);
        while (!d.plus(cadence).isAfter(to)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** One rule's candidates: (reason, contact_id, due, since, exchange_id, event_id, follow_up_id, snoozed). */
    private static String branch(FollowUpReason reason, Window w) {
        return switch (reason) {
            case THANK_YOU -> """
                    SELECT 'THANK_YOU', e.contact_id, e.occurred_on, e.occurred_on, e.id, NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_open
                    WHERE e.status = 'DONE' AND e.direction = 'RECEIVED' AND e.thanked = 0 AND e.occurred_on <= ?1""";
            case PROMISE -> """
                    SELECT 'PROMISE', e.contact_id, e.due_on, e.occurred_on, e.id, NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_promised
                    WHERE e.status = 'PROMISED' AND e.direction = 'GAVE' AND e.due_on <= ?2""";
            case DECLINED_REQUEST -> """
                    SELECT 'DECLINED_REQUEST', e.contact_id, date(e.occurred_on, '+%1$d days'), e.occurred_on, e.id,
                           NULL, NULL, NULL
                    FROM exchange e INDEXED BY exchange_open
                    WHERE e.status = 'DECLINED' AND e.direction = 'GAVE' AND e.made_good_on IS NULL
                      AND e.occurred_on <= date(?2, '-%1$d days')
                      AND NOT EXISTS (SELECT 1 FROM exchange g INDEXED BY exchange_contact_kind
                                      WHERE g.contact_id = e.contact_id AND g.direction = 'GAVE'
                                        AND g.status = 'DONE' AND g.occurred_on > e.occurred_on
                                        AND g.occurred_on <= ?1)""".formatted(DECLINED_DAYS);
            case AFTER_EVENT -> """
                    SELECT 'AFTER_EVENT', c.id, date(coalesce(ev.end_date, ev.start_date), '+%1$d days'),
                           coalesce(ev.end_date, ev.start_date), NULL, ev.id, NULL, NULL
                    FROM event ev JOIN contact c INDEXED BY contact_event ON c.met_at_event_id = ev.id
                    WHERE coalesce(ev.end_date, ev.start_date) <= date(?2, '-%1$d days') AND c.archived = 0
                      AND (c.last_interaction IS NULL OR c.last_interaction <= coalesce(ev.end_date, ev.start_date))"""
                    .formatted(AFTER_EVENT_DAYS);
            case CADENCE -> cadenceBranch(w);
            case BIRTHDAY -> """
                    SELECT 'BIRTHDAY', c.id, %1$s, c.birthday, NULL, NULL, NULL, NULL
                    FROM contact c INDEXED BY contact_birthday
                    WHERE c.birthday IS NOT NULL AND substr(c.birthday, 6) IN (%2$s) AND c.archived = 0"""
                    .formatted(birthdayDue(w), birthdayDays(w));
            case CUSTOM -> """
                    SELECT 'CUSTOM', f.contact_id, f.due_on, NULL, NULL, NULL, f.id, f.snoozed_until
                    FROM follow_up f
                    WHERE f.reason = 'CUSTOM' AND f.done_on IS NULL AND f.due_on <= ?2""";
        };
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

    private static Long nullable(ResultSet rs, String column) throws SQLException {
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
