package dev.tend.service;

import dev.tend.domain.Balance;
import dev.tend.domain.Circle;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import dev.tend.store.Database;
import dev.tend.store.NetworkStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The network's five checks (docs/network-checks.md), circle sizes against their soft limits, the
 * overall give/take balance and the last year's activity, over active (not archived) contacts.
 * Every question is asked "as of" a day: anything dated later does not count yet.
 */
public final class NetworkHealth {
    /** How many months the monthly series covers, the as-of month included. */
    public static final int MONTHS = 12;

    private final Database db;
    private final NetworkStore store;
    private final Clock clock;

    public NetworkHealth(Database db, NetworkStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    /** Today, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One circle's size against its soft limit (0: no limit). */
    public record CircleSize(Circle circle, int size, int softLimit) {
        public boolean overLimit() {
            return softLimit > 0 && size > softLimit;
        }
    }

    /** Everything the Network screen shows at a glance: counts, not lists. */
    public record Summary(LocalDate asOf, Map<NetworkCheck, Integer> counts, List<CircleSize> circles,
                          Balance balance, List<MonthlyActivity> months) {
        public int count(NetworkCheck check) {
            return counts.get(check);
        }
    }

    /** One check: how many contacts it flags and which. */
    public record CheckResult(NetworkCheck check, int count, List<FlaggedContact> contacts) {
    }

    /** Counts of the five checks, circle sizes, overall balance and the monthly series, in one read. */
    public Summary summary(LocalDate asOf) {
        NetworkStore.Dates dates = dates(asOf);
        return db.read(c -> {
            // The overall balance and the net takers come from the same pass over the window.
            NetworkStore.BalanceAndTakers balance = store.balanceAndTakers(c, dates);
            Map<NetworkCheck, Integer> counts = new EnumMap<>(NetworkCheck.class);
            for (NetworkCheck check : NetworkCheck.values()) {
                counts.put(check, check == NetworkCheck.NET_TAKERS ? balance.netTakers() : store.count(c, check, dates));
            }
            return new Summary(asOf, counts, circles(store.circleSizes(c)), balance.balance(),
                    store.monthly(c, YearMonth.from(asOf).minusMonths(MONTHS - 1), asOf));
        });
    }

    /** How many active contacts one check flags. */
    public int count(NetworkCheck check, LocalDate asOf) {
        return db.read(c -> store.count(c, check, dates(asOf)));
    }

    /** The contacts behind one check, by name. */
    public CheckResult check(NetworkCheck check, LocalDate asOf) {
        List<FlaggedContact> contacts = db.read(c -> store.list(c, check, dates(asOf)));
        return new CheckResult(check, contacts.size(), contacts);
    }

    /** All five checks with their contacts. */
    public List<CheckResult> checks(LocalDate asOf) {
        NetworkStore.Dates dates = dates(asOf);
        return db.read(c -> {
            List<CheckResult> out = new ArrayList<>();
            for (NetworkCheck check : NetworkCheck.values()) {
                List<FlaggedContact> contacts = store.list(c, check, dates);
                out.add(new CheckResult(check, contacts.size(), contacts));
            }
            return out;
        });
    }

    public List<CircleSize> circleSizes() {
        return circles(db.read(store::circleSizes));
    }

    /** The balance of all active contacts together, by the rule of {@link Balance}. */
    public Balance balance(LocalDate asOf) {
        return db.read(c -> store.balanceAndTakers(c, dates(asOf)).balance());
    }

    /** The last {@link #MONTHS} months up to {@code asOf}: give/take weights and interactions. */
    public List<MonthlyActivity> monthly(LocalDate asOf) {
        return db.read(c -> store.monthly(c, YearMonth.from(asOf).minusMonths(MONTHS - 1), asOf));
    }

    /**
     * The first day that, plus the circle's cadence, is on or after {@code asOf}: a last
     * interaction before it means the cadence has run out ({@code last + cadence < asOf}).
     * Computed by stepping, not by subtracting, because month arithmetic clamps at month ends
     * (31 January plus a month is 28 February).
     */
    public static LocalDate dormantBefore(Circle circle, LocalDate asOf) {
        Period cadence = circle.cadence().orElseThrow(() -> new IllegalArgumentException(circle + " has no cadence"));
        LocalDate d = asOf.minus(cadence).minusDays(4);
        while (d.plus(cadence).isBefore(asOf)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A short English description of what a check found for a contact (command line, logs). */
    public static String detail(NetworkCheck check, FlaggedContact f) {
        return switch (check) {
            case NET_TAKERS -> "received " + f.received() + ", gave " + f.given();
            case THANKS_OWED -> f.count() + " not thanked, oldest " + f.date();
            case DECLINED_NOT_MADE_GOOD -> f.count() + " declined, last " + f.date();
            case DORMANT -> f.circle().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + (f.fromInteraction() ? "last interaction " + f.date() : "no interaction since " + f.date());
            case ONLINE_ONLY -> f.date() == null ? "no interaction yet" : "last interaction " + f.date() + ", never in person";
        };
    }

    private static NetworkStore.Dates dates(LocalDate asOf) {
        Map<Circle, LocalDate> before = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            if (circle.cadence().isPresent()) {
                before.put(circle, dormantBefore(circle, asOf));
            }
        }
        return new NetworkStore.Dates(asOf, Balance.windowStart(asOf), before);
    }

    private static List<CircleSize> circles(Map<Circle, Integer> sizes) {
        List<CircleSize> out = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            out.add(new CircleSize(circle, sizes.getOrDefault(circle, 0), circle.softLimit()));
        }
        return out;
    }
}
