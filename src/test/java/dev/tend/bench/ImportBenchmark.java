package dev.tend.bench;

import dev.tend.importer.Importers;
import dev.tend.importer.ParsedFile;
import dev.tend.service.ImportOptions;
import dev.tend.service.ImportPreview;
import dev.tend.service.ImportReport;
import dev.tend.service.TendServices;
import dev.tend.store.Database;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a trade fair's card file of N vCards into an empty database, as `tend import` does
 * (read and check every card, match duplicates, store in one transaction with its batch record),
 * against the floor: ez-vcard's parse alone plus inserting the same rows with a plain JDBC batch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ImportBenchmark {
    @Param({"10000"})
    public int cards;

    private Path folder;
    private Path file;
    private Path db;

    @Setup(Level.Trial)
    public void writeCards() throws IOException {
        BenchData.quietLogging();
        folder = Files.createDirectories(Path.of("target/bench-data/import"));
        file = folder.resolve("cards-" + cards + ".vcf");
        if (!Files.exists(file)) {
            Files.writeString(file, cards(cards), StandardCharsets.UTF_8);
        }
    }

    @Setup(Level.Invocation)
    public void emptyDatabase() throws IOException {
        db = folder.resolve("import-" + UUID.randomUUID() + ".db");
        Database.open(db).close();
    }

    @TearDown(Level.Invocation)
    public void dropDatabase() throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    @Benchmark
    public ImportReport tendImport() throws Exception {
        try (TendServices s = TendServices.open(db, Clock.systemUTC(), Locale.GERMANY)) {
            ParsedFile parsed = Importers.read(file, "DE");
            ImportPreview preview = s.imports().preview(List.of(parsed), ImportOptions.NONE);
            return s.imports().apply(preview, Map.of());
        }
    }

    @Benchmark
    public int ezVcardParseAndJdbcBatch() throws Exception {
        List<VCard> vcards = parse(file);
        try (Database d = Database.open(db)) {
            return jdbcBatch(d, vcards);
        }
    }

    /**
     * A stricter floor: the same, but the search index is written once per contact at the end, as
     * Tend's import does (V3), instead of by the triggers on every contact and email row.
     */
    @Benchmark
    public int ezVcardParseAndJdbcBatchIndexedOnce() throws Exception {
        List<VCard> vcards = parse(file);
        try (Database d = Database.open(db)) {
            return jdbcBatchIndexedOnce(d, vcards);
        }
    }

    static int jdbcBatchIndexedOnce(Database d, List<VCard> vcards) {
        return d.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO contact_fts_deferred (id) VALUES (1)");
            }
            int n = jdbcBatch(d, vcards);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM contact_fts_deferred");
                s.executeUpdate("""
                        INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
                        SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source""");
            }
            return n;
        });
    }

    /** The floor's first half: ez-vcard's parse of the whole file, nothing else. */
    static List<VCard> parse(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Ezvcard.parse(in).all();
        }
    }

    /**
     * The floor's second half: the contact, email and phone rows in one transaction through plain
     * JDBC batches on statements prepared once (the schema's search-index triggers fire).
     */
    static int jdbcBatch(Database d, List<VCard> vcards) {
        return d.transaction(c -> {
            String now = Instant.now().toString();
            try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (given_name, family_name, "
                    + "full_name, sort_name, organisation, title, uid, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement email = c.prepareStatement(
                         "INSERT INTO contact_email (contact_id, address, position) VALUES (?, ?, 0)");
                 PreparedStatement phone = c.prepareStatement(
                         "INSERT INTO contact_phone (contact_id, raw, position) VALUES (?, ?, 0)")) {
                for (VCard v : vcards) {
                    var n = v.getStructuredName();
                    contact.setString(1, n.getGiven());
                    contact.setString(2, n.getFamily());
                    contact.setString(3, v.getFormattedName().getValue());
                    contact.setString(4, v.getFormattedName().getValue().toLowerCase(Locale.ROOT));
                    contact.setString(5, v.getOrganization().getValues().get(0));
                    contact.setString(6, v.getTitles().get(0).getValue());
                    contact.setString(7, UUID.randomUUID().toString());
                    contact.setString(8, now);
                    contact.setString(9, now);
                    contact.executeUpdate();
                    long id;
                    try (var keys = contact.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    email.setLong(1, id);
                    email.setString(2, v.getEmails().get(0).getValue());
                    email.addBatch();
                    phone.setLong(1, id);
                    phone.setString(2, v.getTelephoneNumbers().get(0).getText());
                    phone.addBatch();
                }
                email.executeBatch();
                phone.executeBatch();
            }
            return vcards.size();
        });
    }

    /** Cards as a card-scanner app writes them: vCard 3.0, a German address, one work email and phone. */
    static String cards(int count) {
        String[] given = {"Anna", "Jürgen", "Sophie", "Lukas", "Marie", "Mehmet", "Katharina", "Thomas", "Lena", "Ömer"};
        String[] family = {"Müller", "Weiß", "Becker", "Schäfer", "Dubois", "Yılmaz", "Hoffmann", "Schmidt", "Krüger"};
        String[] org = {"Ökotec GmbH", "Nordlicht AG", "Rheinwerk KG", "Brightwave Ltd", "Weiß & Söhne"};
        Random r = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String g = given[r.nextInt(given.length)];
            String f = family[r.nextInt(family.length)] + (i / 90 == 0 ? "" : "-" + i);
            String o = org[r.nextInt(org.length)];
            b.append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                    .append("N:").append(f).append(';').append(g).append(";;;\r\n")
                    .append("FN:").append(g).append(' ').append(f).append("\r\n")
                    .append("ORG:").append(o).append(";Vertrieb\r\n")
                    .append("TITLE:Key Account Manager\r\n")
                    .append("EMAIL;TYPE=INTERNET,WORK:person").append(i).append("@example.com\r\n")
                    .append("TEL;TYPE=WORK,VOICE:0511 ").append(1_000_000 + i).append("\r\n")
                    .append("ADR;TYPE=WORK:;;Messegelände ").append(1 + i % 200).append(";Hannover;;30521;Germany\r\n")
                    .append("END:VCARD\r\n");
        }
        return b.toString();
    }
}
