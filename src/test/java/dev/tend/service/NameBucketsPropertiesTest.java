package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Bucketing names (NameBuckets, DuplicateIndex) finds exactly what comparing every name at the
 * organisation finds. Names come from a small alphabet so that similar pairs are common.
 */
class NameBucketsPropertiesTest {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcé ").ofMinLength(1).ofMaxLength(9);
    }

    /** A name and one edit of it: a substitution, an insertion or a deletion, at any position. */
    @Provide
    Arbitrary<List<String>> editedPairs() {
        return Combinators.combine(names(), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
                Arbitraries.of('a', 'b', 'x', 'ü')).as((a, kind, at, ch) -> {
                    int i = Math.min(at, a.length() - (kind == 1 ? 0 : 1));
                    StringBuilder b = new StringBuilder(a);
                    switch (kind) {
                        case 0 -> b.setCharAt(i, ch);
                        case 1 -> b.insert(i, ch);
                        default -> b.deleteCharAt(i);
                    }
                    return List.of(a, b.toString());
                });
    }

    @Property(tries = 3000)
    void similarNamesShareABucket(@ForAll("editedPairs") List<String> pair) {
        check(pair.get(0), pair.get(1));
    }

    @Property(tries = 3000)
    void anyTwoNamesThatAreSimilarShareABucket(@ForAll("names") String a, @ForAll("names") String b) {
        check(a, b);
    }

    /** The rule itself against a textbook edit distance. */
    @Property(tries = 3000)
    void similarNamesAreEqualOrOneEditApartWhenLongEnough(@ForAll("editedPairs") List<String> pair,
                                                         @ForAll("names") String other) {
        for (String b : List.of(pair.get(1), other)) {
            String a = pair.get(0);
            boolean expected = a.equals(b) || (Math.min(a.length(), b.length()) >= DuplicateKeys.FUZZY_NAME_MIN_LENGTH
                    && levenshtein(a, b) <= 1);
            assertThat(DuplicateKeys.similarNames(a, b)).as("%s ~ %s", a, b).isEqualTo(expected);
        }
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static void check(String a, String b) {
        if (DuplicateKeys.similarNames(a, b)) {
            Set<String> shared = new HashSet<>(NameBuckets.keys(a));
            shared.retainAll(NameBuckets.keys(b));
            assertThat(shared).as("%s ~ %s", a, b).isNotEmpty();
        }
    }

    /**
     * Every probe finds, among names put in at one organisation, the same target (the first similar
     * one put in that the filter accepts) with buckets as by comparing all names.
     */
    @Property(tries = 300)
    void bucketedIndexFindsWhatComparingEveryNameFinds(@ForAll("nameLists") List<String> stored,
                                                      @ForAll("nameLists") List<String> probes,
                                                      @ForAll @IntRange(min = 1, max = 3) int keepEvery) {
        DuplicateIndex<Integer> bucketed = new DuplicateIndex<>(0);
        DuplicateIndex<Integer> bruteForce = new DuplicateIndex<>(Integer.MAX_VALUE);
        for (int i = 0; i < stored.size(); i++) {
            bucketed.putName(person(stored.get(i)), i);
            bruteForce.putName(person(stored.get(i)), i);
        }
        for (String probe : probes) {
            Optional<DuplicateIndex.Match<Integer>> expected =
                    bruteForce.find(person(probe), t -> t % keepEvery == 0);
            assertThat(bucketed.find(person(probe), t -> t % keepEvery == 0)).as(probe).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<String>> nameLists() {
        return Arbitraries.strings().withChars("abé").ofMinLength(3).ofMaxLength(7)
                .map(s -> "anna " + s).list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void anOrganisationCrossingTheBucketSizeStillFindsItsFirstNames(@ForAll("nameLists") List<String> stored) {
        DuplicateIndex<Integer> grows = new DuplicateIndex<>();
        DuplicateIndex<Integer> bruteForce = new DuplicateIndex<>(Integer.MAX_VALUE);
        for (int i = 0; i < stored.size() * 2; i++) {
            String name = stored.isEmpty() ? "anna x" : stored.get(i % stored.size());
            grows.putName(person(name), i);
            bruteForce.putName(person(name), i);
        }
        for (String probe : stored) {
            assertThat(grows.find(person(probe), t -> true)).isEqualTo(bruteForce.find(person(probe), t -> true));
        }
    }

    private static Contact person(String name) {
        return Contact.builder().fullName(name).organisation("Nordlicht GmbH").build();
    }
}
