package dev.tend.service;

import dev.tend.store.Database;
import dev.tend.store.SettingsStore;
import java.util.Locale;
import java.util.Optional;

/** The user's settings, kept in the database. */
public final class SettingsService {
    public static final String LANGUAGE = "ui.language";
    public static final String WINDOW = "ui.window";

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
