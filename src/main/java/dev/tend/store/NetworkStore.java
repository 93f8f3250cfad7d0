package dev.tend.store;

import dev.tend.domain.Balance;
import dev.tend.domain.Circle;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network checks as SQL over active contacts: each check is one query that yields the flagged
 * contacts, counted or listed. The dates that bound each check come from the caller
 * ({@link Dates}); the rules behind them live in the service. Indexes: V2__network_indexes.sql.
 */
public final class NetworkStore {

    /**
     * The dates of one run of the checks.
     *
     * @param asOf the day the checks look from; anything dated later does not count yet
     * @param windowStart the first day of the balance window
     * @param dormantBefore per circle with a cadence: a contact whose last interaction is before
     *     this day is dormant (the first day that, plus the cadence, is not before {@code asOf})
     */
    public record Dates(LocalDate asOf, LocalDate windowStart, Map<Circle, LocalDate> dormantBefore) {
        LocalDate before(Circle c) {
            return dormantBefore.get(c);
        }
    }

    /**
     * Exchanges of active contacts only. Archived contacts are few, so SQLite builds their ids
     * into a small in-memory set once and checks each exchange against it, instead of looking up
     * the wide contact row of every exchange (that look-up was a third of the checks' time).
     */
    private static final String ACTIVE = "AND e.contact_id NOT IN (SELECT id FROM contact WHERE archived = 1)";
    /**
     * The same test in the {@code HAVING} of a grouping by contact: run once a contact instead of
     * once an exchange (the balance window holds about 140,000 done exchanges at scale).
     */
    private static final String ACTIVE_GROUP = ACTIVE;

    /** (contact_id, given, received, count, date, from_interaction) of each flagged contact. */
    private static String flagged(NetworkCheck check) {
        return switch (check) {
            case NET_TAKERS -> """
                    SELECT x.contact_id AS id, x.g AS given, x.r AS received, 0 AS n, NULL AS d, 0 AS fi
                    FROM (SELECT e.contact_id,
                                 sum(CASE WHEN e.direction = 'GAVE' THEN e.weight ELSE 0 END) AS g,
                                 sum(CASE WHEN e.direction = 'RECEIVED' THEN e.weight ELSE 0 END) AS r
                          FROM exchange e INDEXED BY exchange_done
                          WHERE e.status = 'DONE' AND e.occurred_on BETWEEN :windowStart AND :asOf
                          GROUP BY e.contact_id
                          HAVING r - g >= :margin %s) x""".formatted(ACTIVE_GROUP);
            case THANKS_OWED -> """
                    SELECT x.contact_id AS id, 0 AS given, 0 AS received, x.n AS n, x.d AS d, 0 AS fi
                    FROM (SELECT e.contact_id, count(*) AS n, min(e.occurred_on) AS d
                          FROM exchange e
                          WHERE e.status = 'DONE' AND e.direction = 'RECEIVED' AND e.thanked = 0
                            AND e.occurred_on <= :asOf %s
                          GROUP BY e.contact_id) x""".formatted(ACTIVE);
            case DECLINED_NOT_MADE_GOOD -> """
                    SELECT x.contact_id AS id, 0 AS given, 0 AS received, x.n AS n, x.d AS d, 0 AS fi
                    FROM (SELECT e.contact_id, count(*) AS n, max(e.occurred_on) AS d
                          FROM exchange e INDEXED BY exchange_open
                          WHERE e.status = 'DECLINED' AND e.direction = 'GAVE' AND e.made_good_on IS NULL
                            AND e.occurred_on <= :asOf %s
                            AND NOT EXISTS (SELECT 1 FROM exchange g
                                            WHERE g.contact_id = e.contact_id AND g.direction = 'GAVE'
                                              AND g.status = 'DONE' AND g.occurred_on > e.occurred_on
                                              AND g.occurred_on <= :asOf)
                          GROUP BY e.contact_id) x""".formatted(ACTIVE);
            case DORMANT -> """
                    SELECT y.id, 0 AS given, 0 AS received, 0 AS n, coalesce(y.last, y.since) AS d,
                           y.last IS NOT NULL AS fi
                    FROM (SELECT c.id, c.circle,
                                 (SELECT p.occurred_on FROM interaction_participant p
                                  WHERE p.contact_id = c.id AND p.occurred_on <= :asOf
                                  ORDER BY p.occurred_on DESC LIMIT 1) AS last,
                                 coalesce(c.first_met, substr(c.created_at, 1, 10)) AS since
                          FROM contact c
                          WHERE c.circle IN ('INNER', 'CLOSE', 'REGULAR', 'LOOSE') AND c.archived = 0) y
                    WHERE coalesce(y.last, y.since) < CASE y.circle WHEN 'INNER' THEN :inner
                        WHEN 'CLOSE' THEN :close WHEN 'REGULAR' THEN :regular ELSE :loose END""";
            case ONLINE_ONLY -> """
                    SELECT c.id AS id, 0 AS given, 0 AS received, 0 AS n,
                           (SELECT p.occurred_on FROM interaction_participant p
                            WHERE p.contact_id = c.id AND p.occurred_on <= :asOf
                            ORDER BY p.occurred_on DESC LIMIT 1) AS d, 0 AS fi
                    FROM contact c
                    WHERE c.how_met = 'ONLINE' AND c.archived = 0
                      AND NOT EXISTS (SELECT 1 FROM interaction_participant p
                                      WHERE p.contact_id = c.id AND p.channel = 'IN_PERSON'
                                        AND p.occurred_on <= :asOf)""";
        };
    }

    /** How many active contacts the check flags. */
    public int count(Connection c, NetworkCheck check, Dates dates) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM (" + flagged(check) + ")", dates);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The active contacts the check flags, by name. */
    public List<FlaggedContact> list(Connection c, NetworkCheck check, Dates dates) throws SQLException {
        String sql = "SELECT f.id, c.full_name, c.circle, f.given, f.received, f.n, f.d, f.fi FROM ("
                + flagged(check) + ") f JOIN contact c ON c.id = f.id ORDER BY c.sort_name, c.id";
        List<FlaggedContact> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, dates); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String d = rs.getString(7);
                out.add(new FlaggedContact(rs.getLong(1), rs.getString(2), Circle.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), d == null ? null : LocalDate.parse(d),
                        rs.getInt(8) == 1));
            }
        }
        return out;
    }

    /** Active contacts per circle, every circle present. */
    public Map<Circle, Integer> circleSizes(Connection c) throws SQLException {
        Map<Circle, Integer> sizes = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            sizes.put(circle, 0);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT circle, count(*) FROM contact WHERE archived = 0 GROUP BY circle");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sizes.put(Circle.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        return sizes;
    }

    /** The overall balance of active contacts and how many of them are net takers: one pass. */
    public record BalanceAndTakers(Balance balance, int netTakers) {
    }

    /**
     * The balance of all active contacts together (done exchanges in the window, weights summed)
     * and the number of net takers among them, from one pass over the window's done exchanges
     * grouped by contact.
     */
    public BalanceAndTakers balanceAndTakers(Connection c, Dates dates) throws SQLException {
        try (PreparedStatement ps = prepare(c, """
                SELECT coalesce(sum(x.g), 0), coalesce(sum(x.r), 0), coalesce(sum(x.r - x.g >= :margin), 0)
                FROM (SELECT e.contact_id,
                             sum(CASE WHEN e.direction = 'GAVE' THEN e.weight ELSE 0 END) AS g,
                             sum(CASE WHEN e.direction = 'RECEIVED' THEN e.weight ELSE 0 END) AS r
                      FROM exchange e INDEXED BY exchange_done
                      WHERE e.status = 'DONE' AND e.occurred_on BETWEEN :windowStart AND :asOf
                      GROUP BY e.contact_id
                      HAVING 1 %s) x""".formatted(ACTIVE_GROUP), dates);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new BalanceAndTakers(new Balance(rs.getInt(1), rs.getInt(2)), rs.getInt(3));
        }
    }

    /**
     * Month by month from {@code first} to {@code asOf}'s month: weights given and received in done
     * exchanges with active contacts, and interactions, up to {@code asOf}. Months without any
     * are there with zeros.
     *
     * <p>Exchanges: all of the range from the date index, minus those of archived contacts (a
     * few), which is cheaper than looking up the contact of every exchange. Interactions: one
     * range count a month, which SQLite answers from the date index without reading rows.
     */
    public List<MonthlyActivity> monthly(Connection c, YearMonth first, LocalDate asOf) throws SQLException {
        Map<YearMonth, int[]> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
            months.put(m, new int[3]);
        }
        String from = first.atDay(1).toString();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m, sum(g), sum(r) FROM (
                    SELECT substr(e.occurred_on, 1, 7) AS m,
                           coalesce(sum(CASE WHEN e.direction = 'GAVE' THEN e.weight END), 0) AS g,
                           coalesce(sum(CASE WHEN e.direction = 'RECEIVED' THEN e.weight END), 0) AS r
                    FROM exchange e INDEXED BY exchange_done_date
                    WHERE e.status = 'DONE' AND e.occurred_on BETWEEN ?1 AND ?2
                    GROUP BY 1
                    UNION ALL
                    SELECT substr(e.occurred_on, 1, 7),
                           -coalesce(sum(CASE WHEN e.direction = 'GAVE' THEN e.weight END), 0),
                           -coalesce(sum(CASE WHEN e.direction = 'RECEIVED' THEN e.weight END), 0)
                    FROM contact c JOIN exchange e INDEXED BY exchange_done
                        ON e.status = 'DONE' AND e.contact_id = c.id AND e.occurred_on BETWEEN ?1 AND ?2
                    WHERE c.archived = 1
                    GROUP BY 1)
                GROUP BY m""")) {
            ps.setString(1, from);
            ps.setString(2, asOf.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] m = months.get(YearMonth.parse(rs.getString(1)));
                    m[0] = rs.getInt(2);
                    m[1] = rs.getInt(3);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM interaction WHERE occurred_on >= ? AND occurred_on <= ?")) {
            for (Map.Entry<YearMonth, int[]> m : months.entrySet()) {
                LocalDate end = m.getKey().atEndOfMonth();
                ps.setString(1, m.getKey().atDay(1).toString());
                ps.setString(2, (end.isAfter(asOf) ? asOf : end).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    m.getValue()[2] = rs.getInt(1);
                }
            }
        }
        List<MonthlyActivity> out = new ArrayList<>();
        months.forEach((m, v) -> out.add(new MonthlyActivity(m, v[0], v[1], v[2])));
        return out;
    }

    /** Binds the named parameters of the check queries (:asOf, :windowStart, :margin, circles). */
    private static PreparedStatement prepare(Connection c, String sql, Dates dates) throws SQLException {
        Map<String, String> values = Map.of(
                "asOf", dates.asOf().toString(),
                "windowStart", dates.windowStart().toString(),
                "margin", Integer.toString(Balance.NET_TAKER_MARGIN),
                "inner", dates.before(Circle.INNER).toString(),
                "close", dates.before(Circle.CLOSE).toString(),
                "regular", dates.before(Circle.REGULAR).toString(),
                "loose", dates.before(Circle.LOOSE).toString());
        List<String> args = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile(":([a-zA-Z]+)").matcher(sql);
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("Unknown parameter :" + name);
            }
            args.add(name);
            m.appendReplacement(out, name.equals("margin") ? values.get(name) : "?");
        }
        m.appendTail(out);
        PreparedStatement ps = c.prepareStatement(out.toString());
        int i = 1;
        for (String name : args) {
            if (!name.equals("margin")) {
                ps.setString(i++, values.get(name));
            }
        }
        return ps;
    }
}
