package dev.tend.service;

import dev.tend.domain.Contact;
import dev.tend.domain.Text;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import java.util.Locale;
import java.util.Set;

/**
 * The keys duplicates are found by (see {@link MatchRule}): normalised profile addresses, folded
 * person names and organisations without their legal form. Pure functions, no I/O.
 */
public final class DuplicateKeys {
    /** Names this long or longer may differ in one letter and still match. */
    static final int FUZZY_NAME_MIN_LENGTH = 5;

    /** Legal forms left out when organisations are compared: "Acme GmbH" is "ACME". */
    static final Set<String> LEGAL_FORMS = Set.of("gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ev",
            "se", "co", "ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "plc", "corp", "corporation",
            "company", "sa", "sarl", "sas", "srl", "spa", "bv", "nv", "ab", "as", "oy", "haftungsbeschrankt");

    private DuplicateKeys() {
    }

    /**
     * A LinkedIn or Xing profile address without scheme, "www." (or a country host such as
     * "de.linkedin.com"), query, fragment, trailing slash and case; null for other addresses.
     */
    public static String profileKey(WebLink link) {
        UrlKind kind = link.kind() == null ? UrlKind.of(link.url()) : link.kind();
        if (kind != UrlKind.LINKEDIN && kind != UrlKind.XING) {
            return null;
        }
        String host = kind == UrlKind.LINKEDIN ? "linkedin.com" : "xing.com";
        String u = link.url().strip().toLowerCase(Locale.ROOT);
        int at = u.indexOf(host + "/");
        if (at < 0) {
            return null;
        }
        String path = u.substring(at + host.length()).replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.isEmpty() ? null : host + path;
    }

    /** A web address compared loosely: no scheme, no "www.", no trailing slash, lower-case. */
    public static String urlKey(String url) {
        String key = profileKey(WebLink.of(url));
        if (key != null) {
            return key;
        }
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "")
                .replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }

    /** The person's name folded, one space between words; null when the contact names no person. */
    public static String nameKey(Contact c) {
        String name = c.fullName() != null && !c.fullName().equals(c.organisation())
                ? c.fullName() : Text.join(" ", c.givenName(), c.familyName());
        String key = Text.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.isEmpty() ? null : key;
    }

    /** The organisation folded, without punctuation and legal forms; null when nothing is left. */
    public static String organisationKey(String organisation) {
        if (organisation == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String word : Text.fold(organisation).replace("&", " ").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                b.append(b.isEmpty() ? "" : " ").append(word);
            }
        }
        // "e.V." and "S.A." split into letters; drop what is left of them.
        String key = b.toString().replaceAll("(^| )(e v|s a|s a s|b v|n v|s e)$", "").strip();
        return key.isEmpty() ? null : key;
    }

    /** Equal, or one edit apart when both are at least {@link #FUZZY_NAME_MIN_LENGTH} long. */
    public static boolean similarNames(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < FUZZY_NAME_MIN_LENGTH || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return withinOneEdit(a, b);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) {
            return withinOneEdit(b, a);
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // regionMatches, not substring: an import compares hundreds of thousands of name pairs.
        if (a.length() == b.length()) {
            return i >= a.length() || a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
        }
        return a.regionMatches(i, b, i + 1, a.length() - i);
    }
}
