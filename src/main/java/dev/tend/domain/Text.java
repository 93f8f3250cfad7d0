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
        // Letters that are not a base letter plus an accent, so NFD leaves them alone.
        String letters = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("æ", "ae").replace("Æ", "AE")
                .replace("œ", "oe").replace("Œ", "OE").replace("đ", "d").replace("Đ", "D");
        String n = Normalizer.normalize(letters, Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
