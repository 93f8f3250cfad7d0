package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.Direction;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.Photo;
import dev.tend.importer.Importers;
import dev.tend.testing.Fixtures;
import dev.tend.testing.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a contact leaves no row and no byte of them in the database file or its WAL: the test
 * scans the files' bytes for every word they were stored with, including old versions of edited
 * fields and the copies an import keeps for undo.
 */
class ErasureTest {
    private static final List<String> TRACES = List.of("Zebulon", "zebulon", "Quixotic", "quixotic",
            "zq@quixotic.example", "Xylophonpasswort", "xylophonpasswort", "Kaktusgeheimnis", "kaktusgeheimnis",
            "+4915199887766", "Quixotic-Stammtisch", "ALTE-NOTIZ-EINS", "PHOTOZEBULON");

    @TempDir
    Path dir;

    @Test
    void anErasedContactLeavesNoRowAndNoBytesInTheFile() throws Exception {
        Path db = dir.resolve("tend.db");
        long zebulon;
        long anna;
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            Path cards = Files.writeString(dir.resolve("fair.vcf"), """
                    BEGIN:VCARD
                    VERSION:3.0
                    N:Quixotic;Zebulon;;;
                    FN:Zebulon Quixotic
                    EMAIL:zq@quixotic.example
                    TEL:+49 151 99887766
                    NOTE:ALTE-NOTIZ-EINS
                    END:VCARD
                    BEGIN:VCARD
                    VERSION:3.0
                    N:Schmidt;Anna;;;
                    FN:Anna Schmidt
                    EMAIL:anna@acme.de
                    END:VCARD
                    """, StandardCharsets.UTF_8);
            var preview = s.imports().preview(List.of(Importers.read(cards, "DE")), ImportOptions.NONE);
            s.imports().apply(preview, Map.of());
            zebulon = s.contacts().ids(ContactQuery.text("zebulon")).get(0);
            anna = s.contacts().ids(ContactQuery.text("anna")).get(0);
            // A second import merges into Zebulon: its undo record holds him as he was, as JSON.
            Path again = Files.writeString(dir.resolve("again.vcf"), """
                    BEGIN:VCARD
                    VERSION:3.0
                    FN:Zebulon Quixotic
                    EMAIL:zq@quixotic.example
                    TITLE:Kaktusgeheimnis
                    END:VCARD
                    """, StandardCharsets.UTF_8);
            s.imports().apply(s.imports().preview(List.of(Importers.read(again, "DE")), ImportOptions.NONE), Map.of());
            Contact z = s.contacts().get(zebulon);
            for (int i = 0; i < 5; i++) {
                z = s.contacts().update(z.toBuilder().notes("Xylophonpasswort Version " + i).tag("Quixotic-Stammtisch").build());
            }
            s.contacts().setPhoto(zebulon, new Photo("image/png", ("PHOTOZEBULON".repeat(400)).getBytes(StandardCharsets.US_ASCII)));
            s.ledger().logInteraction(new InteractionDraft(Fixtures.TODAY, Channel.CALL, null,
                    "Kaktusgeheimnis besprochen mit Zebulon", List.of(zebulon),
                    List.of(ExchangeDraft.done(zebulon, Direction.GAVE, ExchangeKind.ADVICE, 2, "Xylophonpasswort"))));
            s.ledger().logInteraction(new InteractionDraft(Fixtures.TODAY, Channel.IN_PERSON, null,
                    "Abendessen zu dritt", List.of(zebulon, anna), List.of()));
            s.followUps().add(zebulon, Fixtures.TODAY.plusDays(3), "Kaktusgeheimnis nachfragen");
            assertThat(found(db)).as("the scan finds him before the erasure").contains("Zebulon", "PHOTOZEBULON");

            Erasure.Result r = s.erasure().erase(zebulon);

            assertThat(r.name()).isEqualTo("Zebulon Quixotic");
            assertThat(r.interactions()).isEqualTo(1);
            assertThat(r.importRecords()).isEqualTo(2);
            assertThat(r.tags()).isEqualTo(1);
            assertThat(s.contacts().find(zebulon)).isEmpty();
            assertThat(s.contacts().count(ContactQuery.text("zebulon"))).isZero();
            assertThat(s.contacts().count(ContactQuery.text("anna"))).isEqualTo(1);
            // The shared dinner stays, for Anna.
            assertThat(s.ledger().timeline(anna)).hasSize(1);
            for (String table : List.of("contact_email", "contact_phone", "contact_photo", "contact_tag",
                    "interaction_participant", "exchange", "follow_up", "import_change")) {
                assertThat(Sql.scalar(s.database(), "SELECT count(*) FROM " + table + " WHERE contact_id = ?", zebulon))
                        .as(table).isZero();
            }
            assertThat(Sql.column(s.database(), "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(found(db)).as("bytes left in the open database and its WAL").isEmpty();
        }
        assertThat(found(db)).as("bytes left after closing").isEmpty();
        assertThat(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1)).contains("Anna Schmidt");
    }

    @Test
    void erasingAContactThatIsNotThereSaysSo() {
        try (TendServices s = TendServices.open(dir.resolve("tend.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            assertThatThrownBy(() -> s.erasure().erase(4242)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("4242");
        }
    }

    /** The traces found in the database file, its WAL and its shared-memory file. */
    private static List<String> found(Path db) throws Exception {
        List<String> found = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path f = db.resolveSibling(db.getFileName() + suffix);
            if (!Files.exists(f)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String t : TRACES) {
                if (bytes.contains(t) && !found.contains(t)) {
                    found.add(t);
                }
            }
        }
        return found;
    }
}
