package dev.tend.store;

import static dev.tend.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Interaction;
import dev.tend.service.TendServices;
import dev.tend.testing.Sql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V4's contact.last_interaction follows every way interactions change, through its triggers. */
class LastInteractionTest {
    @TempDir
    Path dir;
    TendServices tend;
    final LedgerStore ledger = new LedgerStore();
    long anna;
    long ben;

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("last.db"), CLOCK, Locale.GERMANY);
        anna = tend.contacts().create(Contact.builder().fullName("Anna").build()).id();
        ben = tend.contacts().create(Contact.builder().fullName("Ben").build()).id();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    long interaction(String on, long... who) {
        return tend.database().transaction(c -> ledger.insertInteraction(c, new Interaction(null, LocalDate.parse(on),
                Channel.CALL, null, null, java.util.Arrays.stream(who).boxed().toList()), CLOCK.instant()));
    }

    void update(String sql, Object... args) {
        tend.database().inTransaction(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
            }
        });
    }

    String last(long contact) {
        List<String> v = Sql.column(tend.database(), "SELECT coalesce(last_interaction, '-') FROM contact WHERE id = ?",
                contact);
        return v.get(0);
    }

    @Test
    void followsInsertsDateChangesMovesAndDeletes() {
        assertThat(last(anna)).isEqualTo("-");
        long older = interaction("2026-01-10", anna, ben);
        long newer = interaction("2026-02-10", anna);
        interaction("2025-12-01", anna); // older than the latest: no change
        assertThat(last(anna)).isEqualTo("2026-02-10");
        assertThat(last(ben)).isEqualTo("2026-01-10");

        update("UPDATE interaction SET occurred_on = '2025-11-11' WHERE id = ?", newer);
        assertThat(last(anna)).isEqualTo("2026-01-10");

        update("UPDATE interaction_participant SET contact_id = ? WHERE interaction_id = ? "
                + "AND contact_id = ?", ben, newer, anna);
        assertThat(last(ben)).isEqualTo("2026-01-10");

        update("DELETE FROM interaction WHERE id = ?", older);
        assertThat(last(anna)).isEqualTo("2025-12-01");
        assertThat(last(ben)).isEqualTo("2025-11-11");
    }
}
