package dev.tend.store;

import dev.tend.domain.ContactQuery.Archived;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user types into an FTS5 query: every word must match as a prefix, and nothing the
 * user types can be read as FTS5 syntax (quotes, operators, column filters).
 */
final class FtsQuery {
    /** The columns of contact_fts that users' words are matched against: all but {@code state}. */
    private static final String SEARCHED_COLUMNS = "{name organisation title emails notes}";

    private FtsQuery() {
    }

    /** The MATCH expression, or null when the text holds nothing to search for. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        // Anything but letters (with their combining marks), digits and the few characters of
        // names and email addresses separates words: "Müller,Anna" is two words, not one.
        String query = Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}@._+'-]+"))
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit))
                .map(FtsQuery::term)
                .collect(Collectors.joining(" AND "));
        return query.isEmpty() ? null : query;
    }

    /**
     * The MATCH expression for the contact list: the words of {@link #of}, matched in the searched
     * columns only, and the archive state through contact_fts's {@code state} column, so the index
     * alone answers "which and how many" without visiting contact rows. Null when the text holds
     * nothing to search for.
     */
    static String forContacts(String text, Archived archived) {
        String words = of(text);
        if (words == null) {
            return null;
        }
        return switch (archived) {
            // No column filter needed (and none paid for): a word that matches the "archived" in
            // state matches only rows that NOT drops anyway.
            case ACTIVE -> "(" + words + ") NOT state : archived";
            case ARCHIVED -> SEARCHED_COLUMNS + " : (" + words + ") AND state : archived";
            case ALL -> SEARCHED_COLUMNS + " : (" + words + ")";
        };
    }

    /**
     * One word as a prefix term. A word with umlauts also matches its German spelling without
     * them, so "Müller" finds a card that says "Mueller" (the index holds the other direction).
     */
    private static String term(String word) {
        String plain = transliterate(word);
        return plain.equals(word) ? quoted(word) : "(" + quoted(word) + " OR " + quoted(plain) + ")";
    }

    private static String quoted(String word) {
        return "\"" + word + "\"*";
    }

    /** German transliteration as the index's view applies it. */
    static String transliterate(String word) {
        return word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }
}
