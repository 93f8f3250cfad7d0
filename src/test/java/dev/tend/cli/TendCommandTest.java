package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.store.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

class TendCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private final List<Path> windows = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(windows::add, env, CLOCK, Locale.GERMANY));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private static int contactCount(Path db) {
        try (TendServices services = TendServices.open(db, CLOCK, Locale.GERMANY)) {
            return services.contacts().count(ContactQuery.all().withArchived(ContactQuery.Archived.ALL));
        }
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("tend ").doesNotContain("null");
        assertThat(out.toString().strip()).isNotEqualTo("tend");
        assertThat(windows).isEmpty();
    }

    @Test
    void helpListsTheSubcommandsAndTheDatabaseOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("sample", "--db", "TEND_DB");
        assertThat(windows).isEmpty();
    }

    @Test
    void subcommandsHaveHelpAndVersionToo() {
        assertThat(run("sample", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: tend sample", "--db");
        out.getBuffer().setLength(0);
        assertThat(run("sample", "--version")).isZero();
        assertThat(out.toString()).startsWith("tend ");
        assertThat(windows).isEmpty();
    }

    @Test
    void withoutCommandOpensTheWindowOnTheGivenDatabase() {
        Path db = tmp.resolve("x.db");
        assertThat(run("--db", db.toString())).isZero();
        assertThat(windows).containsExactly(db.toAbsolutePath());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withoutDbOptionTheWindowOpensOnTendDb() {
        Path db = tmp.resolve("from-env.db");
        assertThat(run(Map.of(DatabaseLocation.ENV_VAR, db.toString()))).isZero();
        assertThat(windows).containsExactly(db.toAbsolutePath());
    }

    @Test
    void dbOptionWinsOverTendDb() {
        Path db = tmp.resolve("explicit.db");
        assertThat(run(Map.of(DatabaseLocation.ENV_VAR, tmp.resolve("env.db").toString()), "--db", db.toString()))
                .isZero();
        assertThat(windows).containsExactly(db.toAbsolutePath());
    }

    @Test
    void withNeitherTheWindowOpensOnThePerOsDefault() {
        assertThat(run()).isZero();
        assertThat(windows).containsExactly(DatabaseLocation.dataFolder().resolve(DatabaseLocation.FILE_NAME));
    }

    @Test
    void sampleWritesTheNetworkIntoAnEmptyDatabase() {
        Path db = tmp.resolve("sample.db");
        assertThat(run("sample", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote the sample network: 50 contacts to " + db.toAbsolutePath());
        assertThat(err.toString()).isEmpty();
        assertThat(contactCount(db)).isEqualTo(50);
        assertThat(windows).isEmpty();
    }

    @Test
    void dbOptionMayComeBeforeTheSubcommand() {
        Path db = tmp.resolve("before.db");
        assertThat(run("--db", db.toString(), "sample")).as(err.toString()).isZero();
        assertThat(contactCount(db)).isEqualTo(50);
    }

    @Test
    void sampleWithoutDbGoesBesideTendDbNotIntoIt() {
        Path everyday = tmp.resolve("tend.db");
        assertThat(run(Map.of(DatabaseLocation.ENV_VAR, everyday.toString()), "sample")).as(err.toString()).isZero();
        assertThat(contactCount(tmp.resolve(DatabaseLocation.SAMPLE_FILE_NAME))).isEqualTo(50);
        assertThat(everyday).doesNotExist();
    }

    @Test
    void sampleRefusesADatabaseWithContactsAndLeavesItAlone() {
        Path db = tmp.resolve("sample.db");
        assertThat(run("sample", "--db", db.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("sample", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(db.toAbsolutePath().toString()).doesNotContain("Exception", "\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
        assertThat(contactCount(db)).isEqualTo(50);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUnchanged() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Shopping: milk, bread\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(notes);

        assertThat(run("sample", "--db", notes.toString())).isNotZero();
        assertThat(err.toString()).contains(notes.toAbsolutePath().toString()).doesNotContain("\tat ");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate", "Usage:");
        assertThat(windows).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(windows).isEmpty();
    }
}
