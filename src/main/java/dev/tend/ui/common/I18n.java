package dev.tend.ui.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts in the user's language, and dates and numbers in the user's format. */
public final class I18n {
    public static final String BUNDLE = "dev.tend.ui.messages";
    /** The languages the UI speaks. */
    public static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN};

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The language to use when the user chose none: the OS's if the UI speaks it, else English. */
    public static Locale supported(Locale requested) {
        for (Locale l : LANGUAGES) {
            if (l.getLanguage().equals(requested.getLanguage())) {
                return requested;
            }
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} put in as {@link MessageFormat} does. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The text for {@code key} if the bundle has one, else {@code fallback}. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /** The translated name of an enum constant, e.g. {@code circle.INNER}. */
    public String label(Enum<?> value) {
        String prefix = Character.toLowerCase(value.getDeclaringClass().getSimpleName().charAt(0))
                + value.getDeclaringClass().getSimpleName().substring(1);
        return get(prefix + "." + value.name());
    }
}
