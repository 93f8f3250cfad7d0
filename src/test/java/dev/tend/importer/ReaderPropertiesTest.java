package dev.tend.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes a file holds, the readers either read it (every problem naming its file and a
 * card or line from 1) or throw UnreadableFileException; nothing else escapes.
 */
class ReaderPropertiesTest {
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("tend-import-props");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** A fixture's bytes, mutated. */
    record Mutation(String fixture, String kind, int at, int bit, byte[] bytes) {
        @Override
        public String toString() {
            return fixture + " " + kind + " at " + at + " bit " + bit;
        }
    }

    @Provide
    Arbitrary<Mutation> mutatedFixtures() {
        return Combinators.combine(Arbitraries.of(Fixtures.ALL), Arbitraries.of("truncate", "flip", "drop", "duplicate"),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 7))
                .as((name, kind, where, bit) -> {
                    byte[] b = fixtureBytes(name);
                    int at = (int) (where * (b.length - 1));
                    byte[] out = switch (kind) {
                        case "truncate" -> Arrays.copyOf(b, at);
                        case "flip" -> {
                            byte[] c = b.clone();
                            c[at] ^= (byte) (1 << bit);
                            yield c;
                        }
                        case "drop" -> {
                            byte[] c = new byte[b.length - 1];
                            System.arraycopy(b, 0, c, 0, at);
                            System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                            yield c;
                        }
                        default -> {
                            byte[] c = Arrays.copyOf(b, b.length + (b.length - at));
                            System.arraycopy(b, at, c, b.length, b.length - at);
                            yield c;
                        }
                    };
                    return new Mutation(name, kind, at, bit, out);
                });
    }

    private static byte[] fixtureBytes(String name) {
        try {
            return Files.readAllBytes(Fixtures.path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void mutatedFixturesNeverCrashTheReaders(@ForAll("mutatedFixtures") Mutation m) throws IOException {
        String ext = m.fixture().substring(m.fixture().lastIndexOf('.'));
        readAllWays(m.bytes(), ext);
    }

    @Property(tries = 300)
    void randomBytesNeverCrashTheReaders(@ForAll("randomBytes") byte[] bytes, @ForAll("extensions") String ext)
            throws IOException {
        readAllWays(bytes, ext);
    }

    @Property(tries = 300)
    void randomTextNeverCrashesTheReaders(@ForAll("cardText") String text, @ForAll("extensions") String ext)
            throws IOException {
        readAllWays(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), ext);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".vcf", ".csv", ".txt", ".vcard");
    }

    /** Text made of the pieces vCard and CSV files are made of, in any order. */
    @Provide
    Arbitrary<String> cardText() {
        Arbitrary<String> piece = Arbitraries.of("BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0",
                "N:Lee;Ann", "FN:Ann", "TEL:0511 1", "TEL;CELL:+49 (0)171", "EMAIL:a@b", "ORG:;;", "ADR:;;;;;;",
                "PHOTO;ENCODING=b;TYPE=JPEG:/9j/", "PHOTO;ENCODING=BASE64:!!", "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=",
                "N;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:=F6", "BDAY:abc", "item1.X-ABLabel:", " folded",
                "X-SOCIALPROFILE;type=linkedin:", "\"", "\"\"", ",", ";", "\t", "First Name,Last Name",
                "Vorname;Nachname;E-Mail", "E-mail 1 - Value", "Connected On", "15-Mar-24", "Notes:", "=",
                "\u00e4", "\ufeff", "");
        return piece.list().ofMaxSize(40).map(l -> String.join(l.size() % 2 == 0 ? "\r\n" : "\n", l));
    }

    private static void readAllWays(byte[] bytes, String ext) throws IOException {
        Path file = dir.resolve("input" + ext);
        Files.write(file, bytes);
        check(file, () -> Importers.read(file, "DE"));
        check(file, () -> new VCardReader().read(file, "DE"));
        check(file, () -> new CsvReader().read(file, "DE"));
    }

    interface Read {
        ParsedFile read() throws UnreadableFileException;
    }

    private static void check(Path file, Read read) {
        try {
            ParsedFile f = read.read();
            assertThat(f.records().size() + f.problems().size()).isPositive();
            for (ImportProblem p : f.problems()) {
                assertThat(p.source().file()).isEqualTo(file.getFileName().toString());
                assertThat(p.source().number()).isPositive();
                assertThat(p.message()).isNotBlank();
            }
            for (ImportRecord r : f.records()) {
                assertThat(r.source().file()).isEqualTo(file.getFileName().toString());
                assertThat(r.source().number()).isPositive();
            }
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
            assertThat(e.file()).isEqualTo(file);
        }
    }
}
