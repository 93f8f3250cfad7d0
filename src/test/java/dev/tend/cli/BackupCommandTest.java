package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.service.TendServices;
import dev.tend.store.DatabaseLock;
import dev.tend.testing.Fixtures;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tend backup and tend restore, in-process on real files. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path db() {
        return tmp.resolve("t.db");
    }

    private long contacts() {
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().count(dev.tend.domain.ContactQuery.all());
        }
    }

    @Test
    void backupWithoutOutGoesToTheBackupsFolderAndRestoreBringsItBack() throws Exception {
        assertThat(run("--db", db().toString(), "sample")).isZero();
        long sample = contacts();
        assertThat(run("--db", db().toString(), "backup")).isZero();
        Path backup = tmp.resolve("backups/t-manual-20260302-090000.db");
        assertThat(out.toString()).contains("Backed up").contains(backup.toString());
        try (TendServices s = TendServices.open(db(), Fixtures.CLOCK, Locale.GERMANY)) {
            s.contacts().delete(java.util.List.of(s.contacts().ids(dev.tend.domain.ContactQuery.all()).get(0)));
        }
        assertThat(contacts()).isEqualTo(sample - 1);

        assertThat(run("--db", db().toString(), "restore", backup.toString())).isZero();

        assertThat(out.toString()).contains("Restored " + db()).contains("before-restore");
        assertThat(contacts()).isEqualTo(sample);
    }

    @Test
    void backupToAChosenFileAndRestoreRefusedWhileTheWindowIsOpen() throws Exception {
        assertThat(run("--db", db().toString(), "sample")).isZero();
        Path copy = tmp.resolve("copy.db");
        assertThat(run("--db", db().toString(), "backup", "--out", copy.toString())).isZero();
        assertThat(copy).isRegularFile();
        String before = Fixtures.sha256(db());

        try (DatabaseLock window = DatabaseLock.acquire(db())) {
            assertThat(run("--db", db().toString(), "restore", copy.toString())).isEqualTo(1);
        }
        assertThat(err.toString()).contains("open in the Tend window").contains("Close the window first");
        assertThat(Fixtures.sha256(db())).isEqualTo(before);
    }

    @Test
    void restoreOfATextFileSaysWhyAndChangesNothing() throws Exception {
        assertThat(run("--db", db().toString(), "sample")).isZero();
        String before = Fixtures.sha256(db());
        Path text = Files.writeString(tmp.resolve("contacts.vcf"), "BEGIN:VCARD\nEND:VCARD\n");

        assertThat(run("--db", db().toString(), "restore", text.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("contacts.vcf").contains("not a Tend database");
        assertThat(Fixtures.sha256(db())).isEqualTo(before);
    }
}
