package dev.tend.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user types into an FTS5 query: every word must match as a prefix, and nothing the
 * user types can be read as FTS5 syntax (quotes, operators, column filters).
 */
final class FtsQuery {
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
                .map(w -> "\"" + w + "\"*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }
}
