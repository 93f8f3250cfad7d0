package dev.tend.importer;

import dev.tend.domain.Text;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names and codes as written in addresses ("Deutschland", "Austria", "CH", "USA") to regions. */
public final class Countries {
    private static final Map<String, String> BY_NAME = build();

    private Countries() {
    }

    public static Optional<String> regionOf(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(country)));
    }

    private static String key(String s) {
        return Text.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl")};
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            m.put(key(code), code);
            try {
                m.put(key(country.getISO3Country()), code);
            } catch (RuntimeException ignored) {
                // no three-letter code known
            }
            for (Locale language : languages) {
                m.put(key(country.getDisplayCountry(language)), code);
            }
        }
        String[][] aliases = {
            {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"United States of America", "US"},
            {"Vereinigte Staaten von Amerika", "US"}, {"UK", "GB"}, {"U.K.", "GB"}, {"England", "GB"},
            {"Great Britain", "GB"}, {"Grossbritannien", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"},
            {"BRD", "DE"}, {"Bundesrepublik Deutschland", "DE"}, {"Holland", "NL"},
            {"Czech Republic", "CZ"}, {"Tschechische Republik", "CZ"}, {"Russia", "RU"},
            {"South Korea", "KR"}, {"Korea", "KR"},
        };
        for (String[] a : aliases) {
            m.put(key(a[0]), a[1]);
        }
        return Map.copyOf(m);
    }
}
