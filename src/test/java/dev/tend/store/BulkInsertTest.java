package dev.tend.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.testing.Fixtures;
import dev.tend.testing.Sql;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ContactStore.Inserter, the import's bulk path, against the one-contact insert it must equal. */
class BulkInsertTest {
    @TempDir
    Path dir;

    Database db;
    final ContactStore store = new ContactStore();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Contact full(int i) {
        Contact.Builder b = Contact.builder().givenName("Jürgen" + i).familyName("Weiß").namePrefix("Dr.")
                .organisation("Nordlicht GmbH").department("Vertrieb").title("Einkauf").notes("Notiz " + i)
                .birthday(LocalDate.of(1980, 1, 1 + i % 28)).circle(Circle.LOOSE).howMet(HowMet.IN_PERSON)
                .firstMet(LocalDate.of(2026, 3, 2))
                .email("j" + i + "@nordlicht.de").email("privat" + i + "@web.de")
                .phones(List.of(new Phone("0511 " + i, "+49511" + i, "work")))
                .address(new PostalAddress("work", "Messegelände " + i, "30521", "Hannover", null, "Germany"))
                .url("https://www.linkedin.com/in/j" + i).tag("hm26").tag(i % 2 == 0 ? "even" : "odd");
        return b.build();
    }

    @Test
    void bulkRowsEqualOneByOneRowsAcrossFlushes() {
        int n = ContactStore.Inserter.FLUSH_ROWS + 300; // several flushes of contacts and child rows
        List<Long> single = db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(store.insert(c, full(i), "single-" + i, Fixtures.NOW));
            }
            return ids;
        });
        List<Long> bulk = db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            try (ContactStore.Inserter ins = store.inserter(c, null)) {
                for (int i = 0; i < n; i++) {
                    ids.add(ins.insert(full(i), "bulk-" + i, Fixtures.NOW));
                }
            }
            return ids;
        });
        assertThat(bulk.get(0)).isEqualTo(single.get(n - 1) + 1);
        assertThat(bulk).doesNotHaveDuplicates().isSorted();
        for (int i = 0; i < n; i += 97) {
            int k = i;
            Contact a = db.read(c -> store.find(c, single.get(k))).orElseThrow();
            Contact b = db.read(c -> store.find(c, bulk.get(k))).orElseThrow();
            assertThat(b.toBuilder().id(null).uid(null).build()).isEqualTo(a.toBuilder().id(null).uid(null).build());
            assertThat(b.tags()).containsExactlyInAnyOrder("hm26", k % 2 == 0 ? "even" : "odd");
        }
        assertThat(Sql.scalar(db, "SELECT count(*) FROM contact_email")).isEqualTo(4L * n);
        assertThat(Sql.scalar(db, "SELECT count(*) FROM contact_tag")).isEqualTo(4L * n);
        assertThat(Sql.column(db, "SELECT name FROM tag ORDER BY name")).containsExactly("even", "hm26", "odd");
        // Without the deferral marker the triggers index every bulk row as they index single ones.
        assertThat(Sql.scalar(db, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'privat2000'")).isEqualTo(2);
    }

    @Test
    void contactsAreRecordedAsTheBatchsAndPhotosFollowThem() {
        long batch = db.transaction(c -> new ImportStore().startBatch(c, "f.vcf", "vcard", Fixtures.NOW, null));
        List<Long> ids = db.transaction(c -> {
            try (ContactStore.Inserter ins = store.inserter(c, batch)) {
                long a = ins.insert(full(1), "a", Fixtures.NOW);
                ins.photo(a, new Photo("image/png", new byte[] {1, 2, 3}), "import");
                long b = ins.insert(Contact.builder().fullName("Only A Name").build(), "b", Fixtures.NOW);
                return List.of(a, b);
            }
        });
        assertThat(Sql.column(db, "SELECT import_batch_id FROM contact ORDER BY id"))
                .containsExactly(Long.toString(batch), Long.toString(batch));
        assertThat(db.read(c -> store.photo(c, ids.get(0))).orElseThrow().data()).containsExactly(1, 2, 3);
        Optional<Photo> none = db.read(c -> store.photo(c, ids.get(1)));
        assertThat(none).isEmpty();
        assertThat(db.read(c -> store.find(c, ids.get(1))).orElseThrow().emails()).isEmpty();
    }

    @Test
    void aRowThatFailsRollsBackTheWholeTransaction() {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TRIGGER fail_phone BEFORE INSERT ON contact_phone WHEN new.raw = 'bad'
                        BEGIN SELECT RAISE(ABORT, 'forced failure'); END""");
            }
        });
        assertThatThrownBy(() -> db.inTransaction(c -> {
            try (ContactStore.Inserter ins = store.inserter(c, null)) {
                ins.insert(full(1), "a", Fixtures.NOW);
                ins.insert(Contact.builder().fullName("B").phone("bad").build(), "b", Fixtures.NOW);
            }
        })).hasMessageContaining("forced failure");
        assertThat(Sql.scalar(db, "SELECT count(*) FROM contact")).isZero();
        assertThat(Sql.scalar(db, "SELECT count(*) FROM contact_email")).isZero();
        assertThat(Sql.scalar(db, "SELECT count(*) FROM tag")).isZero();
    }
}
