package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EraseCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var cmd = TendCommand.commandLine(new CliEnvironment(p -> { }, Map.of(), Fixtures.CLOCK, Locale.GERMANY));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void eraseAsksForYesThenErasesAndSaysWhat() {
        Path db = tmp.resolve("t.db");
        long id;
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            id = s.contacts().create(Contact.builder().fullName("Lena Roth").email("lena@example.org").build()).id();
        }

        assertThat(run("--db", db.toString(), "erase", Long.toString(id))).isEqualTo(1);
        assertThat(err.toString()).contains("would erase Lena Roth").contains("--yes").contains("nothing was erased");
        assertThat(run("--db", db.toString(), "erase", Long.toString(id), "--yes")).isZero();
        assertThat(out.toString()).contains("Erased Lena Roth (contact " + id + ")");
        assertThat(run("--db", db.toString(), "erase", Long.toString(id), "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains(Long.toString(id));
    }
}
