package dev.tend.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event overview and page find contacts and their interactions through indexes, not by scanning. */
class EventStorePlanTest {
    @TempDir
    Path dir;

    private static String plan(Database db, String sql, Object... args) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString("detail"));
                    }
                }
            }
            return String.join("\n", rows);
        });
    }

    @Test
    void theOverviewUsesTheContactEventAndParticipantIndexes() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            String plan = plan(db, EventStore.OVERVIEW, "2026-03-02");
            assertThat(plan).contains("USING INDEX contact_event")
                    .contains("USING COVERING INDEX interaction_participant_contact (contact_id=?)")
                    .doesNotContain("SCAN c")
                    .doesNotContain("SCAN i")
                    .doesNotContain("SCAN p");
        }
    }

    @Test
    void thePageUsesTheContactEventAndParticipantIndexes() {
        try (Database db = Database.open(dir.resolve("tend.db"))) {
            String plan = plan(db, EventStore.PEOPLE, "2026-03-02", 1L);
            assertThat(plan).contains("USING INDEX contact_event")
                    .contains("USING COVERING INDEX interaction_participant_contact (contact_id=?)")
                    .doesNotContain("contact_list")
                    .doesNotContain("SCAN c")
                    .doesNotContain("SCAN i")
                    .doesNotContain("SCAN p");
        }
    }
}
