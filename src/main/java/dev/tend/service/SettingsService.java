package dev.tend.service;

import dev.tend.store.Database;
import dev.tend.store.SettingsStore;
import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.NetworkingHour;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The user's settings, kept in the database. */
public final class SettingsService {
    public static final String LANGUAGE = "ui.language";
    public static final String WINDOW = "ui.window";
    public static final String FOLLOW_UP_CAP = "followUps.cap";
    public static final String DIGEST_DAY = "followUps.digestDay";
    public static final String DIGEST_TIME = "followUps.digestTime";
    /** "on|off,DAY,HH:MM,minutes". */
    public static final String NETWORKING_HOUR = "followUps.networkingHour";
    /** The ISO week ("2026-W10") whose digest the window last opened by itself. */
    public static final String DIGEST_SHOWN_WEEK = "followUps.digestShownWeek";
    /** The ISO week whose digest notification was last given. */
    public static final String DIGEST_NOTIFIED_WEEK = "followUps.digestNotifiedWeek";

    private final Database db;
    private final SettingsStore store;

    public SettingsService(Database db, SettingsStore store) {
        this.db = db;
        this.store = store;
    }

    public Optional<String> get(String key) {
        return db.read(c -> store.get(c, key));
    }

    public void put(String key, String value) {
        db.inTransaction(c -> store.put(c, key, value));
    }

    /** The language the user chose, if any; otherwise the OS locale applies. */
    public Optional<Locale> language() {
        return get(LANGUAGE).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        put(LANGUAGE, locale == null ? null : locale.toLanguageTag());
    }

    public Optional<WindowBounds> window() {
        return get(WINDOW).flatMap(WindowBounds::parse);
    }

    public void setWindow(WindowBounds bounds) {
        put(WINDOW, bounds.format());
    }

    /**
     * How the week's follow-ups reach the user; a stored value that cannot be read (edited by
     * hand, say) falls back to its default rather than failing the start.
     */
    public FollowUpSettings followUps() {
        FollowUpSettings d = FollowUpSettings.DEFAULTS;
        int cap = get(FOLLOW_UP_CAP).flatMap(SettingsService::parseInt)
                .filter(n -> n >= 1 && n <= FollowUpSettings.MAX_CAP).orElse(d.cap());
        DayOfWeek day = get(DIGEST_DAY).flatMap(SettingsService::parseDay).orElse(d.digestDay());
        LocalTime time = get(DIGEST_TIME).flatMap(SettingsService::parseTime).orElse(d.digestTime());
        NetworkingHour hour = get(NETWORKING_HOUR).flatMap(SettingsService::parseHour).orElse(d.networkingHour());
        return new FollowUpSettings(cap, day, time, hour);
    }

    /** Stores the follow-up settings together; a cap outside 1 to {@value FollowUpSettings#MAX_CAP} is refused. */
    public void setFollowUps(FollowUpSettings s) {
        if (s.cap() < 1 || s.cap() > FollowUpSettings.MAX_CAP) {
            throw new ValidationException(List.of(new FieldError("cap", "followUps.cap.range",
                    "Show between 1 and " + FollowUpSettings.MAX_CAP + " follow-ups a week, not " + s.cap() + ".")));
        }
        NetworkingHour h = s.networkingHour();
        db.inTransaction(c -> {
            store.put(c, FOLLOW_UP_CAP, Integer.toString(s.cap()));
            store.put(c, DIGEST_DAY, s.digestDay().name());
            store.put(c, DIGEST_TIME, s.digestTime().toString());
            store.put(c, NETWORKING_HOUR, (h.enabled() ? "on" : "off") + "," + h.day().name() + "," + h.start()
                    + "," + h.length().toMinutes());
        });
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<DayOfWeek> parseDay(String s) {
        try {
            return Optional.of(DayOfWeek.valueOf(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> parseTime(String s) {
        try {
            return Optional.of(LocalTime.parse(s.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<NetworkingHour> parseHour(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            return Optional.empty();
        }
        Optional<DayOfWeek> day = parseDay(p[1]);
        Optional<LocalTime> time = parseTime(p[2]);
        Optional<Integer> minutes = parseInt(p[3]).filter(m -> m > 0 && m <= 24 * 60);
        if (day.isEmpty() || time.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkingHour(p[0].equals("on"), day.get(), time.get(),
                java.time.Duration.ofMinutes(minutes.get())));
    }

    /** Where the main window was, so it opens there again. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        static Optional<WindowBounds> parse(String s) {
            String[] p = s.split(",");
            try {
                return Optional.of(new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        String format() {
            return x + "," + y + "," + width + "," + height + "," + maximized;
        }
    }
}
