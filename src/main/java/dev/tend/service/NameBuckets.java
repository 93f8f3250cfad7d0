package dev.tend.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Bucket keys for the similar-name rule ({@link DuplicateKeys#similarNames}): any two similar
 * names share at least one key, so a name need only be compared with the names in its buckets
 * instead of with every name at its organisation.
 *
 * <p>Why it holds: similar names are equal or one edit apart, and both are at least
 * {@link DuplicateKeys#FUZZY_NAME_MIN_LENGTH} long. Let M be the shorter length and h = M / 2. An
 * edit at or after position h leaves the first h characters alike; an edit before h leaves the
 * last M - h characters alike. A name of length L cannot know its partner's length, but M is L or
 * L - 1, so it carries the prefix and the suffix key for both (at most four keys), each tagged
 * with M. Shorter names match only when equal and get one exact key.
 */
final class NameBuckets {
    private NameBuckets() {
    }

    static List<String> keys(String nameKey) {
        int length = nameKey.length();
        if (length < DuplicateKeys.FUZZY_NAME_MIN_LENGTH) {
            return List.of("=" + nameKey);
        }
        List<String> keys = new ArrayList<>(4);
        for (int m = length - 1; m <= length; m++) {
            if (m < DuplicateKeys.FUZZY_NAME_MIN_LENGTH) {
                continue;
            }
            int h = m / 2;
            keys.add("<" + m + ":" + nameKey.substring(0, h));
            keys.add(">" + m + ":" + nameKey.substring(length - (m - h)));
        }
        return keys;
    }
}
