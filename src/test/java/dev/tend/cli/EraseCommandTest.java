package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EraseCommandTest {
    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
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
