package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tend.domain.ContactQuery;
import dev.tend.store.Database;
import dev.tend.testing.Fixtures;
import dev.tend.testing.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an import runs in a separate JVM and is killed with SIGKILL (no shutdown hooks,
 * no rollback, no close) at several moments of its write. Each time the database must open, pass
 * {@code PRAGMA integrity_check}, keep everything stored before, and hold the killed import's batch
 * either whole or not at all.
 */
class CrashSafetyTest {
    private static final int CARDS = 20_000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidWayLeavesTheBatchWholeOrAbsentAndTheFileIntact() throws Exception {
        Path db = dir.resolve("tend.db");
        long before;
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            s.sampleNetwork().write();
            before = s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL));
        }
        int absent = 0;
        int killedBeforeTheEnd = 0;
        long[] delaysMs = {0, 150, 500, 1200};
        for (int round = 0; round < delaysMs.length; round++) {
            Path cards = cards(round);
            Process child = start(db, cards);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("applying")) {
                    // reading and matching the file
                }
                if (!"applying".equals(line)) {
                    fail("The import process ended before writing: " + stderr(child));
                }
                Thread.sleep(delaysMs[round]);
                child.destroyForcibly(); // SIGKILL on Linux and macOS
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killedBeforeTheEnd += child.exitValue() != 0 ? 1 : 0;
            }

            try (Database d = Database.open(db)) {
                assertThat(Sql.column(d, "PRAGMA integrity_check")).containsExactly("ok");
                long ofRound = Sql.scalar(d, "SELECT count(*) FROM contact_email WHERE address LIKE ?",
                        "round" + round + "-%");
                long batches = Sql.scalar(d, "SELECT count(*) FROM import_batch WHERE source = ?",
                        cards.getFileName().toString());
                long changes = Sql.scalar(d, "SELECT count(*) FROM import_change c JOIN import_batch b "
                        + "ON b.id = c.import_batch_id WHERE b.source = ?", cards.getFileName().toString());
                assertThat(ofRound).as("contacts of round %d", round).isIn(0L, (long) CARDS);
                assertThat(batches).isEqualTo(ofRound == 0 ? 0 : 1);
                assertThat(changes).isEqualTo(ofRound);
                long indexed = Sql.scalar(d, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?",
                        "emails:round" + round);
                assertThat(indexed).as("search entries of round %d", round).isEqualTo(ofRound);
                if (ofRound == 0) {
                    absent++;
                }
            }
        }
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            long after = s.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL));
            assertThat((after - before) % CARDS).as("only whole batches were added").isZero();
        }
        // Otherwise every kill came after the commit and the test proved nothing.
        assertThat(killedBeforeTheEnd).as("imports killed before they ended").isPositive();
        assertThat(absent).as("kills that interrupted the write").isPositive();
    }

    private Path cards(int round) throws Exception {
        StringBuilder b = new StringBuilder(CARDS * 120);
        for (int i = 0; i < CARDS; i++) {
            b.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nachname").append(i).append(";Vorname;;;\r\nFN:Vorname Nachname")
                    .append(i).append("\r\nORG:Firma ").append(round).append('-').append(i).append("\r\nEMAIL:round").append(round).append('-')
                    .append(i).append("@example.org\r\nTEL:+49 511 ").append(round + 1).append(100_000 + i).append("\r\nEND:VCARD\r\n");
        }
        return Files.writeString(dir.resolve("round" + round + ".vcf"), b, StandardCharsets.UTF_8);
    }

    private static Process start(Path db, Path cards) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dtend.log.dir=" + db.getParent(), CrashImportChild.class.getName(), db.toString(), cards.toString()));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static String stderr(Process p) {
        try {
            p.waitFor(5, TimeUnit.SECONDS);
            return new String(p.getErrorStream().readNBytes(4000), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
