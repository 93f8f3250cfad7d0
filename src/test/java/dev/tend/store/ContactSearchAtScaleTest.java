package dev.tend.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.bench.BenchData;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contact list's search on a generated database large enough for both of its orders: by bm25
 * rank, and by name when a query has more than {@link ContactStore#RANKED_MAX_HITS} hits. Each
 * result is checked against a plain reference query that joins every row. Correctness only; speed
 * is measured by the JMH benchmarks in dev.tend.bench.
 */
class ContactSearchAtScaleTest {
    @TempDir
    static Path dir;
    static Database db;
    final ContactStore store = new ContactStore();

    @BeforeAll
    static void generate() {
        Path file = dir.resolve("scale.db");
        BenchData.generate(file, 8_000);
        db = Database.open(file);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aQueryWithManyHitsIsListedByNameAndPagesThroughAllOfThem() {
        ContactQuery q = ContactQuery.text("de");
        List<Long> expected = reference("\"de\"*", Archived.ACTIVE, false);
        assertThat(expected).hasSizeGreaterThan(ContactStore.RANKED_MAX_HITS);

        assertThat(count(q)).isEqualTo(expected.size());
        assertThat(ids(q)).isEqualTo(expected);
        assertThat(pages(q)).isEqualTo(expected);
    }

    @Test
    void aQueryWithFewHitsIsRankedAsBefore() {
        for (String text : List.of("müller", "mueller", "anna mül", "@gmx.de", "xyzzy")) {
            ContactQuery q = ContactQuery.text(text);
            List<Long> expected = reference(FtsQuery.of(text), Archived.ACTIVE, true);
            assertThat(expected).hasSizeLessThanOrEqualTo(ContactStore.RANKED_MAX_HITS);

            assertThat(count(q)).as(text).isEqualTo(expected.size());
            assertThat(pages(q)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void theArchiveFilterFollowsArchivingThroughTheIndex() {
        ContactQuery active = ContactQuery.text("müller");
        ContactQuery archived = active.withArchived(Archived.ARCHIVED);
        ContactQuery all = active.withArchived(Archived.ALL);
        int activeBefore = count(active);
        int archivedBefore = count(archived);
        long id = page(active, 0).get(0).id();

        db.inTransaction(c -> store.setArchived(c, List.of(id), true, Instant.now()));
        try {
            assertThat(count(active)).isEqualTo(activeBefore - 1);
            assertThat(count(archived)).isEqualTo(archivedBefore + 1);
            assertThat(count(all)).isEqualTo(activeBefore + archivedBefore);
            assertThat(ids(active)).doesNotContain(id);
            assertThat(ids(archived)).contains(id);
            for (Archived a : Archived.values()) {
                assertThat(ids(active.withArchived(a)))
                        .isEqualTo(reference(FtsQuery.of("müller"), a, true));
            }
        } finally {
            db.inTransaction(c -> store.setArchived(c, List.of(id), false, Instant.now()));
        }
        assertThat(count(active)).isEqualTo(activeBefore);
    }

    @Test
    void wordsDoNotMatchTheArchiveStateColumn() {
        int archivedContacts = count(ContactQuery.all().withArchived(Archived.ARCHIVED));
        assertThat(archivedContacts).isPositive();
        for (Archived a : Archived.values()) {
            for (String text : List.of("archived", "arch", "a")) {
                ContactQuery q = ContactQuery.text(text).withArchived(a);
                List<Long> expected = reference(FtsQuery.of(text), a, null);
                assertThat(count(q)).as(text + " " + a).isEqualTo(expected.size());
                assertThat(ids(q)).as(text + " " + a).isEqualTo(expected);
            }
        }
    }

    @Test
    void filtersBesideTextKeepTheirMeaning() {
        ContactQuery q = ContactQuery.text("de").withTag("Kunde");
        List<Long> ids = ids(q);
        assertThat(ids).isNotEmpty();
        assertThat(count(q)).isEqualTo(ids.size());
        List<Long> tagged = ids(ContactQuery.all().withTag("Kunde"));
        assertThat(tagged).containsAll(ids);
    }

    private int count(ContactQuery q) {
        Integer n = db.read(c -> store.count(c, q));
        return n;
    }

    private List<Long> ids(ContactQuery q) {
        List<Long> ids = db.read(c -> store.ids(c, q));
        return ids;
    }

    private List<ContactSummary> page(ContactQuery q, int offset) {
        List<ContactSummary> page = db.read(c -> store.search(c, q, offset, 100));
        return page;
    }

    private List<Long> pages(ContactQuery q) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            int from = offset;
            List<ContactSummary> page = page(q, from);
            page.forEach(r -> ids.add(r.id()));
            if (page.size() < 100) {
                return ids;
            }
        }
    }

    /**
     * Every match in list order, by joining each contact row: the words in the searched columns
     * only, ranked (true), by name (false), or as the store chooses by hit count (null).
     */
    private List<Long> reference(String words, Archived archived, Boolean ranked) {
        String where = switch (archived) {
            case ACTIVE -> "c.archived = 0";
            case ARCHIVED -> "c.archived = 1";
            case ALL -> "1 = 1";
        };
        String from = " FROM contact c JOIN contact_fts f ON f.rowid = c.id AND contact_fts MATCH ? WHERE " + where;
        String match = "{name organisation title emails notes} : (" + words + ")";
        return db.read(c -> {
            boolean rank = ranked != null ? ranked : countRows(c, "SELECT count(*)" + from, match)
                    <= ContactStore.RANKED_MAX_HITS;
            String order = rank ? " ORDER BY bm25(contact_fts, 10.0, 5.0, 2.0, 3.0, 1.0, 0.0), c.sort_name, c.id"
                    : " ORDER BY c.sort_name, c.id";
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id" + from + order)) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static int countRows(Connection c, String sql, String match) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
