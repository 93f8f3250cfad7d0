package dev.tend.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small text helpers shared by the domain; no I/O. */
public final class Text {
    private Text() {
    }

    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Joins the non-blank parts with the separator. */
    public static String join(String separator, String... parts) {
        return Stream.of(parts).map(Text::blankToNull).filter(Objects::nonNull)
                .collect(Collectors.joining(separator));
    }

    /**
     * A sort and comparison key: lower-case, accents removed and German umlauts folded the way a
     * German reader alphabetises ("Müller" sorts with "Muller").
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
