package dev.tend.service;

import static dev.tend.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Event;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search as the contact list uses it, on one real database shared by the class: FTS5 with accent
 * folding, German transliteration and prefixes, ranking, filters and paging. Tests that change
 * contacts use contacts of their own, so the shared ones stay as set up.
 */
class ContactSearchTest {
    @TempDir
    static Path dir;

    static TendServices tend;
    static ContactService contacts;
    static long anna;
    static long juergen;
    static long lukas;
    static long zander;
    static long abel;
    static long maxArchived;
    static long annaMuller;
    static long hannover;

    @BeforeAll
    static void createNetwork() {
        tend = TendServices.open(dir.resolve("search.db"), CLOCK, Locale.GERMANY);
        contacts = tend.contacts();
        hannover = tend.events().create(Event.named("Hannover Messe 2025", "Hannover",
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 4))).id();
        anna = contacts.create(Contact.builder().givenName("Anna").familyName("Müller")
                .organisation("Ökotec Energiesysteme GmbH").title("Head of Procurement")
                .email("anna.mueller@oekotec.example").notes("Sails on the Steinhuder Meer every summer.")
                .tag("customer").metAtEventId(hannover).circle(Circle.CLOSE).build()).id();
        juergen = contacts.create(Contact.builder().givenName("Jürgen").familyName("Weiß")
                .organisation("Weiß & Söhne Maschinenbau KG").title("Managing Director")
                .tag("supplier").circle(Circle.INNER).build()).id();
        lukas = contacts.create(Contact.builder().givenName("Lukas").familyName("Schäfer")
                .organisation("RWR GmbH").title("CTO").email("lukas@rheinwerk.example").build()).id();
        zander = contacts.create(Contact.builder().givenName("Zoe").familyName("Zander").build()).id();
        abel = contacts.create(Contact.builder().givenName("Aaron").familyName("Abel")
                .notes("Studied with Zander in Aachen.").build()).id();
        maxArchived = contacts.create(Contact.builder().givenName("Max").familyName("Müller")
                .tag("customer").archived(true).build()).id();
        annaMuller = contacts.create(Contact.builder().givenName("Anna").familyName("Muller")
                .organisation("Muller Freight Ltd").circle(Circle.LOOSE).build()).id();
        for (int i = 1; i <= 30; i++) {
            contacts.create(Contact.builder().givenName("Page").familyName(String.format("Pager%02d", i))
                    .tag("paging").build());
        }
    }

    @AfterAll
    static void close() {
        tend.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"muller", "mul", "Mül", "mueller", "MÜLLER", "Müller", "anna müller", "müller anna",
            "Müller, Anna", "Müller,Anna", "  anna   MUL  "})
    void accentsCaseTransliterationAndPrefixesAllFindAnnaMueller(String text) {
        assertThat(ids(ContactQuery.text(text))).contains(anna);
    }

    @ParameterizedTest
    @ValueSource(strings = {"weiss", "weiß", "WEISS", "weis", "jurgen", "juergen", "Jürgen Weiß"})
    void sharpSAndUmlautsFindJuergenWeiss(String text) {
        assertThat(ids(ContactQuery.text(text))).containsExactly(juergen);
    }

    @Test
    void aWordThatMatchesNothingFindsNothing() {
        assertThat(ids(ContactQuery.text("müllerx"))).isEmpty();
        assertThat(ids(ContactQuery.text("anna weiß"))).as("every word must match").isEmpty();
    }

    @Test
    void organisationTitleEmailAndNotesAreSearched() {
        assertThat(ids(ContactQuery.text("Ökotec"))).containsExactly(anna);
        assertThat(ids(ContactQuery.text("oekotec energie"))).containsExactly(anna);
        assertThat(ids(ContactQuery.text("Söhne"))).containsExactly(juergen);
        assertThat(ids(ContactQuery.text("procurement"))).containsExactly(anna);
        assertThat(ids(ContactQuery.text("managing dir"))).containsExactly(juergen);
        // the email is the only place "rheinwerk" occurs
        assertThat(ids(ContactQuery.text("rheinwerk"))).containsExactly(lukas);
        assertThat(ids(ContactQuery.text("lukas@rhein"))).containsExactly(lukas);
        assertThat(ids(ContactQuery.text("lukas@rheinwerk.example"))).containsExactly(lukas);
        assertThat(ids(ContactQuery.text("anna@"))).contains(anna);
        assertThat(ids(ContactQuery.text("Steinhuder"))).containsExactly(anna);
        assertThat(ids(ContactQuery.text("sails summer"))).containsExactly(anna);
    }

    @Test
    void aNameMatchRanksAboveANotesOnlyMatch() {
        // without a text, Abel comes first (by name); with one, the name match goes on top
        assertThat(ids(ContactQuery.text("zander"))).containsExactly(zander, abel);
        List<Long> alphabetical = ids(ContactQuery.all());
        assertThat(alphabetical.indexOf(abel)).isLessThan(alphabetical.indexOf(zander));
        assertThat(contacts.ids(ContactQuery.text("zander"))).containsExactly(zander, abel);
    }

    @Test
    void filtersCombineWithText() {
        ContactQuery muller = ContactQuery.text("muller");
        assertThat(ids(muller)).containsExactlyInAnyOrder(anna, annaMuller);
        assertThat(ids(muller.withArchived(Archived.ARCHIVED))).containsExactly(maxArchived);
        assertThat(ids(muller.withArchived(Archived.ALL))).containsExactlyInAnyOrder(anna, annaMuller, maxArchived);
        assertThat(ids(muller.withTag("customer"))).containsExactly(anna);
        assertThat(ids(muller.withTag("CUSTOMER").withArchived(Archived.ALL)))
                .containsExactlyInAnyOrder(anna, maxArchived);
        assertThat(ids(muller.withEvent(hannover))).containsExactly(anna);
        assertThat(ids(muller.withCircle(Circle.LOOSE))).containsExactly(annaMuller);
        assertThat(ids(muller.withCircle(Circle.INNER))).isEmpty();
        assertThat(ids(ContactQuery.all().withCircle(Circle.INNER))).containsExactly(juergen);
        assertThat(ids(ContactQuery.all().withTag("supplier"))).containsExactly(juergen);
        assertThat(ids(ContactQuery.all().withTag("no such tag"))).isEmpty();
    }

    @Test
    void countMatchesSearchAndIdsForEveryKindOfQuery() {
        List<ContactQuery> queries = List.of(ContactQuery.all(), ContactQuery.all().withArchived(Archived.ALL),
                ContactQuery.all().withArchived(Archived.ARCHIVED), ContactQuery.text("muller"),
                ContactQuery.text("anna"), ContactQuery.text("pager"), ContactQuery.all().withTag("paging"),
                ContactQuery.text("muller").withTag("customer").withArchived(Archived.ALL),
                ContactQuery.text("zz-nothing"), ContactQuery.text("\"*()"));
        for (ContactQuery q : queries) {
            List<Long> found = ids(q);
            assertThat(contacts.count(q)).as("count of %s", q).isEqualTo(found.size());
            assertThat(contacts.ids(q)).as("ids of %s", q).isEqualTo(found);
        }
        assertThat(contacts.count(ContactQuery.all().withTag("paging"))).isEqualTo(30);
    }

    @Test
    void pagingWalksTheWholeListOnceInOrder() {
        ContactQuery paging = ContactQuery.all().withTag("paging");
        List<Long> all = ids(paging);
        List<Long> paged = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int offset = 0; offset < 35; offset += 7) {
            List<ContactSummary> page = contacts.search(paging, offset, 7);
            assertThat(page.size()).isLessThanOrEqualTo(7);
            page.forEach(s -> {
                paged.add(s.id());
                names.add(s.displayName());
            });
        }
        assertThat(paged).hasSize(30).doesNotHaveDuplicates().isEqualTo(all);
        assertThat(names).isSorted().startsWith("Page Pager01").endsWith("Page Pager30");
        assertThat(contacts.search(paging, 30, 7)).isEmpty();
        // ranked text search pages the same way
        List<Long> rankedAll = ids(ContactQuery.text("pager"));
        List<Long> rankedPaged = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            contacts.search(ContactQuery.text("pager"), offset, 10).forEach(s -> rankedPaged.add(s.id()));
        }
        assertThat(rankedPaged).isEqualTo(rankedAll).hasSize(30);
    }

    @Test
    void aSummaryCarriesTheListColumns() {
        ContactSummary s = contacts.search(ContactQuery.text("Steinhuder"), 0, 10).get(0);
        assertThat(s.id()).isEqualTo(anna);
        assertThat(s.displayName()).isEqualTo("Anna Müller");
        assertThat(s.organisation()).isEqualTo("Ökotec Energiesysteme GmbH");
        assertThat(s.title()).isEqualTo("Head of Procurement");
        assertThat(s.primaryEmail()).isEqualTo("anna.mueller@oekotec.example");
        assertThat(s.circle()).isEqualTo(Circle.CLOSE);
        assertThat(s.archived()).isFalse();
    }

    @Test
    void theIndexFollowsARename() {
        Contact c = contacts.create(Contact.builder().givenName("Theodor").familyName("Quast").build());
        assertThat(ids(ContactQuery.text("quast"))).containsExactly(c.id());

        contacts.update(c.toBuilder().fullName("Theodor Quendel").familyName("Quendel").build());

        assertThat(ids(ContactQuery.text("quast"))).isEmpty();
        assertThat(ids(ContactQuery.text("quendel"))).containsExactly(c.id());
        assertThat(ids(ContactQuery.text("theodor"))).containsExactly(c.id());
        assertThat(ftsRows(c.id())).isOne();
        contacts.delete(List.of(c.id()));
    }

    @Test
    void theIndexFollowsEmailsAddedAndRemoved() {
        Contact c = contacts.create(Contact.builder().givenName("Wilma").familyName("Brandt")
                .email("wilma@alpha-mail.example").build());
        assertThat(ids(ContactQuery.text("alpha-mail"))).containsExactly(c.id());

        Contact added = contacts.update(c.toBuilder().email("w.brandt@betaworks.example").build());
        assertThat(added.emails()).hasSize(2);
        assertThat(ids(ContactQuery.text("betaworks"))).containsExactly(c.id());
        assertThat(ids(ContactQuery.text("alpha-mail"))).containsExactly(c.id());

        contacts.update(added.toBuilder().emails(List.of(added.emails().get(1))).build());
        assertThat(ids(ContactQuery.text("alpha-mail"))).isEmpty();
        assertThat(ids(ContactQuery.text("betaworks"))).containsExactly(c.id());

        contacts.update(contacts.get(c.id()).toBuilder().emails(List.of()).build());
        assertThat(ids(ContactQuery.text("betaworks"))).isEmpty();
        assertThat(ids(ContactQuery.text("wilma"))).containsExactly(c.id());
        assertThat(ftsRows(c.id())).isOne();
        contacts.delete(List.of(c.id()));
    }

    @Test
    void deletingAContactRemovesItsIndexRow() {
        Contact c = contacts.create(Contact.builder().givenName("Detlef").familyName("Gone")
                .email("detlef@gone.example").email("d.gone@elsewhere.example").notes("to be deleted").build());
        assertThat(ftsRows(c.id())).isOne();

        contacts.delete(List.of(c.id()));

        assertThat(ftsRows(c.id())).isZero();
        assertThat(ids(ContactQuery.text("detlef").withArchived(Archived.ALL))).isEmpty();
    }

    @Test
    void archivingHidesFromTheDefaultListButKeepsTheIndexRow() {
        Contact c = contacts.create(Contact.builder().givenName("Archibald").familyName("Stored").build());
        contacts.archive(List.of(c.id()));
        assertThat(ids(ContactQuery.text("archibald"))).isEmpty();
        assertThat(ids(ContactQuery.text("archibald").withArchived(Archived.ARCHIVED))).containsExactly(c.id());
        contacts.unarchive(List.of(c.id()));
        assertThat(ids(ContactQuery.text("archibald"))).containsExactly(c.id());
        contacts.delete(List.of(c.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "\"anna", "anna\"", "*", "anna*", "**", "NEAR(", "NEAR(anna müller)",
            "NEAR(anna, 2)", "-", "-anna", "anna -müller", ":", "name:anna", "name : anna", "{name}:anna",
            "OR", "anna OR weiss", "AND", "NOT", "anna NOT weiss", "(", ")", "()", "(anna)", "((anna", "^anna",
            "+", "'", "''", "anna' OR '1'='1", "\\", "%", "_", "@", ".", "a", "0", "\u0000", "\t\n",
            "; DROP TABLE contact; --", "contact_fts MATCH 'x'", "😀", "Mu\u0308ller", "ß", "İstanbul"})
    void ftsSyntaxInUserInputNeverThrows(String text) {
        ContactQuery q = ContactQuery.text(text);
        assertThatCode(() -> {
            List<ContactSummary> found = contacts.search(q, 0, 100);
            assertThat(contacts.count(q)).isEqualTo(found.size());
            contacts.ids(q);
            contacts.search(q.withArchived(Archived.ALL).withTag("customer"), 0, 10);
        }).doesNotThrowAnyException();
    }

    @Test
    void syntaxCharactersAreTakenAsText() {
        assertThat(ids(ContactQuery.text("anna*"))).containsExactlyInAnyOrder(anna, annaMuller);
        assertThat(ids(ContactQuery.text("\"anna müller\""))).contains(anna);
        assertThat(ids(ContactQuery.text("(weiß)"))).containsExactly(juergen);
        assertThat(ids(ContactQuery.text("Mu\u0308ller"))).contains(anna);
        assertThat(ids(ContactQuery.text("zoe(zander)"))).containsExactly(zander);
        assertThat(ids(ContactQuery.text("name:anna"))).as("no column filter: \"name\" is a word").isEmpty();
        assertThat(ids(ContactQuery.text("contact"))).isEmpty();
    }

    private static List<Long> ids(ContactQuery q) {
        return contacts.search(q, 0, 1_000).stream().map(ContactSummary::id).toList();
    }

    private static int ftsRows(long id) {
        return tend.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM contact_fts WHERE rowid = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
