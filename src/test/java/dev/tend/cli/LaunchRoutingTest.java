package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.store.DatabaseLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One launcher, two uses: what each kind of command line starts (the window, with files, or a command). */
class LaunchRoutingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private record Opened(Path database, List<Path> files) {
    }

    private final List<Opened> windows = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final WindowLauncher launcher = new WindowLauncher() {
        @Override
        public void accept(Path database) {
            windows.add(new Opened(database, List.of()));
        }

        @Override
        public void open(Path database, List<Path> files) {
            windows.add(new Opened(database, files));
        }
    };

    private int run(String... args) {
        Map<String, String> env = Map.of("TEND_DB", tmp.resolve("env.db").toString());
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(launcher, env, CLOCK, Locale.UK));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void noArgumentsOpenTheWindowOnTheDatabase() {
        assertThat(run()).isZero();
        assertThat(windows).containsExactly(new Opened(tmp.resolve("env.db"), List.of()));
    }

    @Test
    void filesWithoutACommandOpenTheWindowToImportThem() throws Exception {
        Path cards = Files.writeString(tmp.resolve("cards.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n");
        Path list = Files.writeString(tmp.resolve("list.csv"), "Name\nAnn\n");

        assertThat(run("--db", tmp.resolve("x.db").toString(), cards.toString(), list.toString())).isZero();

        assertThat(windows).containsExactly(new Opened(tmp.resolve("x.db"), List.of(cards, list)));
    }

    @Test
    void aRelativeFileIsPassedOnAbsolute() throws Exception {
        // The window may be another process with another working folder (a second start hands over).
        Path cards = Files.writeString(tmp.resolve("cards.vcf"), "BEGIN:VCARD\r\nEND:VCARD\r\n");
        Path relative = Path.of("").toAbsolutePath().relativize(cards);

        assertThat(run(relative.toString())).isZero();

        assertThat(windows).singleElement().satisfies(w -> assertThat(w.files()).containsExactly(cards));
    }

    @Test
    void aCommandRunsWithoutTheWindow() throws Exception {
        Path cards = Files.writeString(tmp.resolve("cards.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nN:Example;Ann;;;\r\nEND:VCARD\r\n");
        Path db = tmp.resolve("cli.db");

        assertThat(run("import", "--db", db.toString(), cards.toString())).isZero();

        assertThat(windows).isEmpty();
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void aFileNamedLikeACommandIsTheCommand() throws Exception {
        Files.writeString(tmp.resolve("export"), "not a card");
        assertThat(run("export", "--help")).isZero();
        assertThat(windows).isEmpty();
        assertThat(out.toString()).contains("Usage: tend export");
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAWindow() {
        assertThat(run("improt", "cards.vcf")).isEqualTo(2);

        assertThat(windows).isEmpty();
        assertThat(err.toString()).contains("Unknown command or missing file: 'improt'").contains("import");
    }

    @Test
    void versionAndHelpOpenNoWindow() {
        assertThat(run("--version")).isZero();
        assertThat(run("--help")).isZero();
        assertThat(windows).isEmpty();
        assertThat(out.toString()).contains("FILE");
    }

    @Test
    void theDefaultDatabaseIsUsedWithoutDbOrEnvironment() {
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(launcher, Map.of(), CLOCK, Locale.UK));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute()).isZero();
        assertThat(windows).singleElement().satisfies(w -> assertThat(w.database())
                .isEqualTo(DatabaseLocation.resolve(null, Map.of())));
    }
}
