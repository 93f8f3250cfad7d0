package dev.tend.store;

import static dev.tend.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Text;
import dev.tend.service.ContactService;
import dev.tend.service.TendServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a user types into the search field, search answers and never throws; and stored names
 * are found in any case, with or without accents, and from word prefixes. One small real
 * database serves every try.
 */
class SearchPropertiesTest {
    /** A quoted prefix term, or a word and its German spelling as alternatives; terms joined by AND. */
    private static final String TERM = "(\"[^\"]+\"\\*|\\(\"[^\"]+\"\\* OR \"[^\"]+\"\\*\\))";
    private static final String ONLY_PREFIX_TERMS = TERM + "( AND " + TERM + ")*";

    /** Names with umlauts, ß, accents and letters unicode61 keeps as they are (ø, ł, æ). */
    private static final List<String> NAMES = List.of("Anna Müller", "Jürgen Weiß", "Zoë Van den Berg",
            "José García", "François Lefèvre", "Łukasz Dvořák", "Søren Ærø", "Claire O'Brien",
            "Hans-Peter Groß", "Ines Schäfer-Öztürk");
    private static final Map<String, Long> IDS = new LinkedHashMap<>();

    private static Path dir;
    private static TendServices tend;
    private static ContactService contacts;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("tend-search-properties");
        tend = TendServices.open(dir.resolve("search.db"), CLOCK, Locale.GERMANY);
        contacts = tend.contacts();
        for (String name : NAMES) {
            IDS.put(name, contacts.create(Contact.builder().fullName(name).organisation("Messe \"Quote\" (AG)")
                    .email(Text.fold(name).replaceAll("[^a-z]", "") + "@example.com")
                    .notes("NEAR(x) OR y: -z * ^w {name}").build()).id());
        }
        contacts.archive(List.of(IDS.get("Søren Ærø")));
    }

    @AfterContainer
    static void close() throws IOException {
        if (tend != null) {
            tend.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 300)
    void anyTextIsAnsweredWithoutError(@ForAll @StringLength(max = 60) String text) {
        assertAnswered(text);
    }

    @Property(tries = 300)
    void textFullOfFtsSyntaxIsAnsweredWithoutError(@ForAll("ftsSyntax") String text) {
        assertAnswered(text);
    }

    @Property(tries = 300)
    void theMatchExpressionIsNullOrOnlyQuotedPrefixTerms(@ForAll @StringLength(max = 60) String text) {
        String match = FtsQuery.of(text);
        if (match == null) {
            assertThat(text.codePoints().filter(cp -> cp < 128).anyMatch(Character::isLetterOrDigit))
                    .as("ASCII letters or digits always give a query").isFalse();
        } else {
            assertThat(match).matches(ONLY_PREFIX_TERMS);
        }
    }

    @Property(tries = 300)
    void theMatchExpressionOfSyntaxIsOnlyQuotedPrefixTerms(@ForAll("ftsSyntax") String text) {
        String match = FtsQuery.of(text);
        assertThat(match == null || match.matches(ONLY_PREFIX_TERMS)).as(match).isTrue();
    }

    @Property(tries = 300)
    void aStoredNameIsFoundInAnyCaseFoldedOrNotAndByPrefixes(@ForAll("nameQueries") Tuple2<String, String> nameAndQuery) {
        String name = nameAndQuery.get1();
        String query = nameAndQuery.get2();
        List<Long> found = contacts.search(ContactQuery.text(query).withArchived(Archived.ALL), 0, 100).stream()
                .map(ContactSummary::id).toList();
        assertThat(found).as("\"%s\" finds %s", query, name).contains(IDS.get(name));
    }

    private static void assertAnswered(String text) {
        ContactQuery q = ContactQuery.text(text).withArchived(Archived.ALL);
        List<ContactSummary> found = contacts.search(q, 0, 100);
        assertThat(contacts.count(q)).isEqualTo(found.size());
        assertThat(contacts.ids(q)).isEqualTo(found.stream().map(ContactSummary::id).toList());
        assertThat(contacts.search(q.withTag("x").withArchived(Archived.ACTIVE), 0, 10)).isEmpty();
    }

    @Provide
    Arbitrary<String> ftsSyntax() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("\"", "*", "(", ")", "-", "+", ":", "^", "{", "}", "'", ",", ".", "@", "\\", "%",
                        "_", "NEAR(", "NEAR", "OR", "AND", "NOT", "name:", "{name emails}:", "contact_fts",
                        "müller", "Weiß", "anna", "a", "0", " ", "\t", "\u0000", "😀", "\uD800", "\u0308", "ǅ"),
                Arbitraries.strings().withChars("\"*()-+:^{}',.@ aeNORß0").ofMaxLength(8));
        return tokens.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Tuple2<String, String>> nameQueries() {
        return Arbitraries.of(NAMES).flatMap(name -> {
            Arbitrary<Boolean> fold = Arbitraries.of(true, false);
            Arbitrary<List<Boolean>> upper = Arbitraries.of(true, false).list().ofSize(name.length());
            Arbitrary<List<Integer>> cut = Arbitraries.integers().between(1, 20).list().ofSize(12);
            return Combinators.combine(fold, upper, cut).as((f, up, lengths) -> {
                String text = f ? Text.fold(name) : name;
                StringBuilder cased = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    String ch = text.substring(i, i + 1);
                    cased.append(i < up.size() && up.get(i) ? ch.toUpperCase(Locale.ROOT) : ch.toLowerCase(Locale.ROOT));
                }
                String[] words = cased.toString().split("[\\s-]+");
                String query = java.util.stream.IntStream.range(0, words.length)
                        .mapToObj(i -> words[i].substring(0, Math.min(words[i].length(), lengths.get(i))))
                        .collect(Collectors.joining(" "));
                return Tuple.of(name, query);
            });
        });
    }
}
