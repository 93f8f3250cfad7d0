package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.Photo;
import dev.tend.export.ArchiveJson;
import dev.tend.importer.ImportProblem;
import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.UnreadableFileException;
import dev.tend.store.DatabaseException;
import dev.tend.testing.Fixtures;
import dev.tend.testing.Sql;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Tend's JSON export, mutated at random (bytes flipped, cut or doubled; values replaced by wrong
 * types, bad dates, unknown names, dangling ids; fields and entries removed or doubled), read and
 * imported into an empty database: never an exception but a named unreadable file, every problem
 * names its file and entry, and the database afterwards holds the import whole or nothing of it.
 */
class TendJsonPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Path dir;
    private static byte[] export;
    private static int counter;

    @BeforeContainer
    static void exportADatabase() throws IOException {
        dir = Files.createTempDirectory("tend-json-props");
        try (TendServices s = TendServices.open(dir.resolve("source.db"), Fixtures.CLOCK, Locale.GERMANY)) {
            long anna = s.contacts().create(Contact.builder().fullName("Anna Schmidt").email("anna@acme.de")
                    .phone("0511 123456").tag("Kunde").build()).id();
            long jan = s.contacts().create(Contact.builder().givenName("Jan").familyName("Berg")
                    .organisation("Berg AG").birthday(java.time.LocalDate.of(1980, 5, 1)).build()).id();
            s.contacts().setPhoto(anna, new Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
            long event = s.events().create(dev.tend.domain.Event.named("Messe", "Köln", Fixtures.TODAY, null)).id();
            s.ledger().logInteraction(new InteractionDraft(Fixtures.TODAY, Channel.IN_PERSON, event, "Stand",
                    List.of(anna, jan), List.of(ExchangeDraft.done(jan, Direction.GAVE, ExchangeKind.ADVICE, 2, "Tipp"))));
            s.followUps().add(anna, Fixtures.TODAY.plusDays(2), "Angebot");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ArchiveJson.write(s.archives().all(), ArchiveJson.Scope.DATABASE, Fixtures.NOW, out);
            export = out.toByteArray();
        }
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 80)
    void mutatedExportsImportWholeOrNotAtAllAndNameWhatIsWrong(@ForAll("mutations") byte[] bytes) throws Exception {
        Path file = dir.resolve("export-" + (++counter) + ".json");
        Files.write(file, bytes);
        Path db = dir.resolve("target-" + counter + ".db");
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            ParsedFile parsed;
            try {
                parsed = Importers.read(file, "DE");
            } catch (UnreadableFileException e) {
                assertThat(e.getMessage()).contains(file.getFileName().toString());
                return;
            }
            for (ImportProblem p : parsed.problems()) {
                assertThat(p.source().file()).isEqualTo(file.getFileName().toString());
                assertThat(p.message()).isNotBlank();
                // A contact is named by its number; a problem of the rest of the export by its entry
                // ("interactions[2]") or, for a whole list, by the list's name in quotes.
                assertThat(p.source().number() > 0 || p.message().contains("[") || p.message().contains("\""))
                        .as(p.toString()).isTrue();
            }
            ImportReport report;
            try {
                ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
                report = s.imports().apply(preview, Map.of());
            } catch (ValidationException | DatabaseException e) {
                assertThat(e.getMessage()).isNotBlank();
                assertThat(Sql.scalar(s.database(), "SELECT count(*) FROM contact")).isZero();
                assertThat(Sql.scalar(s.database(), "SELECT count(*) FROM import_batch")).isZero();
                return;
            }
            long stored = Sql.scalar(s.database(), "SELECT count(*) FROM contact");
            assertThat(stored).isEqualTo(report.imported());
            assertThat(Sql.scalar(s.database(), "SELECT count(*) FROM import_change")).isEqualTo(stored);
            if (parsed.archive() != null) {
                assertThat(stored).isEqualTo(parsed.archive().contacts().size());
                assertThat(Sql.scalar(s.database(), "SELECT count(*) FROM interaction"))
                        .isEqualTo(parsed.archive().interactions().size());
            }
            assertThat(Sql.column(s.database(), "PRAGMA integrity_check")).containsExactly("ok");
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            }
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<byte[]> bytes = Combinators.combine(Arbitraries.of("truncate", "flip", "double"),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 7)).as((kind, where, bit) -> {
                    int at = (int) (where * (export.length - 1));
                    return switch (kind) {
                        case "truncate" -> Arrays.copyOf(export, at);
                        case "flip" -> {
                            byte[] c = export.clone();
                            c[at] ^= (byte) (1 << bit);
                            yield c;
                        }
                        default -> {
                            byte[] c = Arrays.copyOf(export, export.length + (export.length - at));
                            System.arraycopy(export, at, c, export.length, export.length - at);
                            yield c;
                        }
                    };
                });
        Arbitrary<JsonNode> wrongValues = Arbitraries.of(JsonNodeFactory.instance.nullNode(),
                JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("BEST_FRIENDS"),
                JsonNodeFactory.instance.textNode("2026-13-45"), JsonNodeFactory.instance.textNode("\u0000\ud800"),
                JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(999),
                JsonNodeFactory.instance.numberNode(new java.math.BigInteger("9".repeat(40))), JsonNodeFactory.instance.numberNode(4.5),
                JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
                JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.textNode("x".repeat(5000)));
        Arbitrary<byte[]> values = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.of("replace", "remove", "double"), wrongValues).as(this::mutateTree);
        return Arbitraries.oneOf(bytes, values, values);
    }

    /** The export with one value replaced, one field or entry removed, or one entry doubled. */
    private byte[] mutateTree(int pick, String kind, JsonNode value) {
        try {
            JsonNode root = MAPPER.readTree(export);
            List<Object[]> places = new ArrayList<>();
            collect(root, places);
            Object[] place = places.get(pick % places.size());
            JsonNode parent = (JsonNode) place[0];
            if (parent instanceof ObjectNode o) {
                String field = (String) place[1];
                switch (kind) {
                    case "remove" -> o.remove(field);
                    case "double" -> o.set(field, o.get(field).deepCopy());
                    default -> o.set(field, value);
                }
            } else if (parent instanceof ArrayNode a) {
                int i = (Integer) place[1];
                switch (kind) {
                    case "remove" -> a.remove(i);
                    case "double" -> a.insert(i, a.get(i).deepCopy());
                    default -> a.set(i, value);
                }
            }
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<Object[]> places) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> {
                places.add(new Object[] {o, f});
                collect(o.get(f), places);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                places.add(new Object[] {a, i});
                collect(a.get(i), places);
            }
        }
    }
}
