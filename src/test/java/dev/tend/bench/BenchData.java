package dev.tend.bench;

import dev.tend.domain.Text;
import dev.tend.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Fills a real Tend database (created by {@link Database#open} and the real migrations) with N
 * made-up but realistic contacts: German, English and other names with umlauts and accents,
 * organisations with legal forms, titles, e-mails, phones, addresses, tags, circles and notes.
 *
 * <p>Rows go in through plain JDBC batches in one transaction, so the FTS triggers of the schema
 * fire exactly as they do for the app. The result is cached under {@code target/bench-data/} under
 * a name that carries N, the generator version and a checksum of the migrations, so a schema
 * change produces a fresh file and repeated benchmark runs reuse the old one.
 *
 * <p>{@link #networkDatabase} adds a million interactions and 300,000 exchanges to a copy, for the
 * network checks and the timeline.
 *
 * <p>Run {@code main} to generate ahead of a benchmark run (the benchmarks also generate on demand).
 */
public final class BenchData {
    /** Bump when the generated data changes, so cached files are not reused. */
    private static final int GENERATOR_VERSION = 1;
    private static final long SEED = 20_240_601L;

    public static void main(String[] args) {
        quietLogging();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean network = args.length > 1 && args[1].equals("network");
        long t0 = System.nanoTime();
        Path db = network ? networkDatabase(n) : database(n);
        System.out.printf(Locale.ROOT, "%s ready in %.1f s (%.1f MB)%n", db, (System.nanoTime() - t0) / 1e9,
                size(db) / 1e6);
    }

    /** The cached database with {@code n} contacts, generated first if it is not there yet. */
    public static synchronized Path database(int n) {
        Path dir = Paths.get(System.getProperty("tend.bench.dir", "target/bench-data")).toAbsolutePath();
        Path file = dir.resolve("tend-" + n + "-g" + GENERATOR_VERSION + "-m" + migrationsChecksum() + ".db");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Paths.get(tmp + suffix));
            }
            long t0 = System.nanoTime();
            generate(tmp, n);
            System.err.printf(Locale.ROOT, "[bench-data] generated %,d contacts in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code n} contacts into a new database at {@code file}. */
    public static void generate(Path file, int n) {
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    // Generation only: the file is thrown away if this process dies.
                    s.execute("PRAGMA synchronous = OFF");
                    s.execute("PRAGMA cache_size = -262144");
                }
                return null;
            });
            db.inTransaction(c -> new Generator(new Random(SEED)).fill(c, n));
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
    }

    /** Logback without a configuration logs at DEBUG; benchmarks want only warnings. */
    public static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** CRC32 of every migration script, so the cache follows the schema. */
    private static String migrationsChecksum() {
        CRC32 crc = new CRC32();
        URL url = Database.class.getResource("/db/migration");
        if (url == null) {
            throw new IllegalStateException("db/migration not on the class path");
        }
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            for (Path p : files.sorted().toList()) {
                crc.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(p)) {
                    crc.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException("db/migration must be a folder (run from target/classes)", e);
        }
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    // ---------------------------------------------------------------------------------------------
    // Word lists. Weighted toward the front: names are drawn Zipf-like, so "Müller" and "Schmidt"
    // are common and the tail is rare, as in a real address book.

    static final String[] GIVEN = {
        "Anna", "Thomas", "Maria", "Michael", "Julia", "Andreas", "Laura", "Stefan", "Sarah", "Christian",
        "Katharina", "Markus", "Lena", "Jürgen", "Sophie", "Jörg", "Lisa", "Matthias", "Hannah", "Björn",
        "Lea", "Sören", "Marie", "Günter", "Johanna", "Uwe", "Käthe", "Tobias", "Anja", "Frank",
        "Jan", "Sabine", "Lukas", "Petra", "Felix", "Claudia", "Maximilian", "Susanne", "Paul", "Nicole",
        "Jonas", "Birgit", "Niklas", "Ute", "Moritz", "Dörte", "Florian", "Bärbel", "Sebastian", "Jürgen",
        "James", "Emily", "Oliver", "Charlotte", "George", "Amelia", "Harry", "Olivia", "Jack", "Isla",
        "William", "Emma", "Noah", "Grace", "Thomas", "Chloe", "Daniel", "Megan", "David", "Hannah",
        "Samuel", "Lucy", "Benjamin", "Jessica", "Joseph", "Eleanor", "Matthew", "Abigail", "Ryan", "Holly",
        "François", "Amélie", "José", "Zoë", "Renée", "Łukasz", "Søren", "Ana", "Mateo", "Chiara",
        "Noémie", "Ayşe", "Mehmet", "Hiroshi", "Priya", "Raúl", "Inês", "João", "Małgorzata", "Jiří",
        "Björk", "Åsa", "Zoltán", "Ñuño", "Çağla", "Élodie", "Stéphane", "Nuño", "Gaëlle", "Anaïs",
        "Mustafa", "Fatma", "Wei", "Yuki", "Aiko", "Olga", "Dmitri", "Ivana", "Marek", "Agnieszka",
    };

    static final String[] FAMILY = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
        "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
        "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel",
        "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
        "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
        "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt",
        "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel",
        "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Mühlbauer",
        "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Johnson", "Roberts",
        "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis",
        "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Cooper", "Hill", "Ward", "Morris",
        "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Scott", "Phillips",
        "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
        "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Khan",
        "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Wilkinson", "Foster", "Chapman", "Powell",
        "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Dubois", "Lefèvre", "Moreau",
        "Girard", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Nowak", "Kowalski", "Wiśniewski", "Novák",
        "Dvořák", "Yılmaz", "Kaya", "Demir", "Jensen", "Nielsen", "Hansen", "Søndergaard", "Andersson", "Johansson",
        "Öberg", "Ångström", "Silva", "Santos", "Oliveira", "Costa", "Nguyễn", "Tanaka", "Suzuki", "Kim",
        "Park", "Chen", "Wang", "Li", "Zhang", "Kumar", "Sharma", "Papadopoulos", "O'Brien", "van der Berg",
        "de Jong", "Jansen", "Müller-Lüdenscheidt", "Großmann", "Weißenberger", "Straßburger", "Kößler", "Bünger",
    };

    static final String[] ORG_ROOT = {
        "Nordlicht", "Alpen", "Rhein", "Elbe", "Isar", "Sonnen", "Blau", "Grün", "Stern", "Hafen",
        "Brücken", "Löwen", "Adler", "Eichen", "Weiden", "Lindenhof", "Bergblick", "Seeblick", "Morgenrot", "Falken",
        "Atlas", "Apex", "Bright", "Bluewater", "Silverline", "Harbor", "Summit", "Pioneer", "Vertex", "Quantum",
        "Nova", "Orion", "Lumen", "Cobalt", "Meridian", "Northwind", "Evergreen", "Redwood", "Kingfisher", "Oakridge",
        "Müller", "Schmidt", "Becker", "Schäfer", "Krüger", "Köhler", "Hoffmann", "Wagner", "Fischer", "Weber",
        "Brightside", "Hudson", "Thames", "Pembroke", "Ashford", "Whitmore", "Lumière", "Soleil", "Étoile", "Aurora",
        "Fratelli", "Bella Vista", "Española", "Nørre", "Fjord", "Polaris", "Zenit", "Horizont", "Kompass", "Anker",
    };

    static final String[] ORG_SECTOR = {
        "Software", "Bau", "Logistik", "Consulting", "Beratung", "Maschinenbau", "Medien", "Immobilien",
        "Analytics", "Labs", "Systems", "Partners", "Design", "Energie", "Solutions", "Versicherung", "Handel",
        "Technik", "Holdings", "Digital", "Steuerberatung", "Architekten", "Bäckerei", "Gärtnerei", "Druckerei",
        "Kommunikation", "Ventures", "Capital", "Robotics", "Biotech", "Pharma", "Reisen", "Verlag", "Spedition",
    };

    static final String[] LEGAL_FORM = {
        "GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "e.K.", "UG (haftungsbeschränkt)", "mbB", "OHG",
        "Ltd", "Ltd", "LLC", "Inc.", "PLC", "LLP", "SA", "SAS", "S.r.l.", "B.V.", "AB", "Sp. z o.o.", "s.r.o.",
        "A/S", "GmbH", "e.V.", "gGmbH",
    };

    static final String[] TITLE = {
        "Geschäftsführerin", "Geschäftsführer", "Head of Sales", "Softwareentwicklerin", "Softwareentwickler",
        "CTO", "CEO", "CFO", "Projektleiterin", "Projektleiter", "Product Manager", "Vertriebsleiterin",
        "Data Scientist", "Rechtsanwältin", "Rechtsanwalt", "Steuerberater", "Professorin", "Ärztin", "Architekt",
        "Einkäuferin", "Marketing Manager", "Consultant", "Senior Consultant", "Software Engineer", "Partner",
        "Founder", "Co-Founder", "Personalreferentin", "Teamleiter IT", "Bürgermeisterin", "Journalistin",
        "Redakteur", "Key Account Manager", "UX Designerin", "Account Executive", "Head of People", "Prokurist",
        "Vorstand", "Investor Relations", "Doktorandin", "Research Engineer", "Ingénieure", "Directora Comercial",
    };

    static final String[] PREFIX = {"Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dipl.-Kfm.", "Mag."};

    static final String[] TAGS = {
        "Kunde", "Lieferant", "Konferenz", "Alumni", "Investor", "Freelancer", "Presse", "Nachbarschaft",
        "Verein", "Golf", "Recruiting", "Mentor", "Familie", "Schule", "Uni", "Meetup", "Berlin", "München",
        "Hamburg", "London", "Podcast", "Open Source", "Board", "Speaker", "Startup", "Ehemalige Kollegen",
        "Sport", "Chor", "Elternabend", "Interessent", "Partner", "Netzwerk", "Kochkurs", "Yoga", "Laufgruppe",
        "Tech", "Finanzen", "Rechtsberatung", "Handwerk", "Gesundheit",
    };

    static final String[] CITY = {
        "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
        "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Münster", "Freiburg im Breisgau",
        "Wien", "Zürich", "Graz", "London", "Manchester", "Edinburgh", "Paris", "Lyon", "Madrid", "Barcelona",
        "Milano", "Warszawa", "Praha", "København", "Malmö", "Amsterdam", "Lisboa", "Istanbul",
    };

    static final String[] STREET = {
        "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Lindenstraße",
        "Kirchstraße", "Am Mühlbach", "Goethestraße", "Schillerstraße", "Königsallee", "Große Bleichen",
        "High Street", "Station Road", "Church Lane", "Rue de la Paix", "Calle Mayor", "Via Roma",
    };

    static final String[] EVENT = {
        "re:publica", "CeBIT", "Web Summit", "FOSDEM", "JavaLand", "Hannover Messe", "Frankfurter Buchmesse",
        "IAA", "bauma", "Sommerfest", "Weihnachtsfeier", "Hochzeit von Lena", "Alumni-Treffen", "DevOpsDays",
        "Startup Night", "Kongress der Steuerberater", "Leipziger Buchmesse", "SXSW", "Gamescom",
    };

    static final String[] TOPIC = {
        "Elektromobilität", "Fördermittel", "KI im Mittelstand", "Nachhaltigkeit", "Photovoltaik", "Recruiting",
        "Datenschutz", "Open Source", "Immobilienfinanzierung", "Exportgeschäft", "Wärmepumpen", "Gründung",
        "machine learning", "supply chains", "fundraising", "board seats", "hiring engineers", "cycling",
    };

    static final String[] MAIL_HOST = {
        "gmail.com", "web.de", "gmx.de", "gmx.net", "outlook.com", "t-online.de", "posteo.de", "icloud.com",
        "yahoo.co.uk", "hotmail.com", "mailbox.org", "freenet.de",
    };

    /** Generates rows; one instance per database. */
    private static final class Generator {
        private final Random rnd;
        private final String[] organisations;
        private final String[] orgDomains;
        private final java.util.Map<Integer, double[]> zipfTables = new java.util.HashMap<>();

        Generator(Random rnd) {
            this.rnd = rnd;
            // A fixed pool of organisations, so several contacts share one as in real life.
            int orgs = 4_000;
            organisations = new String[orgs];
            orgDomains = new String[orgs];
            for (int i = 0; i < orgs; i++) {
                String root = pick(ORG_ROOT);
                String sector = pick(ORG_SECTOR);
                String form = pick(LEGAL_FORM);
                organisations[i] = rnd.nextInt(10) == 0 ? root + " & Partner " + form
                        : rnd.nextInt(6) == 0 ? sector + " " + root + " " + form
                        : root + " " + sector + " " + form;
                String tld = form.startsWith("Ltd") || form.equals("PLC") || form.equals("LLP") ? ".co.uk"
                        : form.equals("Inc.") || form.equals("LLC") ? ".com" : ".de";
                orgDomains[i] = ascii(root + "-" + sector).replaceAll("[^a-z-]", "") + tld;
            }
        }

        void fill(Connection c, int n) throws SQLException {
            Instant base = Instant.parse("2019-01-01T08:00:00Z");
            try (PreparedStatement contact = c.prepareStatement("""
                    INSERT INTO contact (id, given_name, family_name, full_name, sort_name, name_prefix, organisation,
                        department, title, birthday, notes, circle, how_met, first_met, archived, uid,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement email = c.prepareStatement(
                         "INSERT INTO contact_email (contact_id, address, label, position) VALUES (?, ?, ?, ?)");
                 PreparedStatement phone = c.prepareStatement(
                         "INSERT INTO contact_phone (contact_id, raw, e164, label, position) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement address = c.prepareStatement("""
                         INSERT INTO contact_address (contact_id, label, street, postal_code, city, country, position)
                         VALUES (?, ?, ?, ?, ?, ?, 0)""");
                 PreparedStatement url = c.prepareStatement(
                         "INSERT INTO contact_url (contact_id, url, kind, position) VALUES (?, ?, ?, 0)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO tag (id, name) VALUES (?, ?)");
                 PreparedStatement contactTag = c.prepareStatement(
                         "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)")) {
                for (int t = 0; t < TAGS.length; t++) {
                    tag.setInt(1, t + 1);
                    tag.setString(2, TAGS[t]);
                    tag.addBatch();
                }
                tag.executeBatch();
                for (int id = 1; id <= n; id++) {
                    row(id, base, contact, email, phone, address, url, contactTag);
                    if (id % 2_000 == 0 || id == n) {
                        // Contacts first (the FTS insert trigger), then their e-mails (the e-mail triggers
                        // re-index the contact), as the app's ContactStore.insert does.
                        for (PreparedStatement ps : List.of(contact, email, phone, address, url, contactTag)) {
                            ps.executeBatch();
                        }
                    }
                }
            }
        }

        private void row(int id, Instant base, PreparedStatement contact, PreparedStatement email,
                         PreparedStatement phone, PreparedStatement address, PreparedStatement url,
                         PreparedStatement contactTag) throws SQLException {
            String given = zipf(GIVEN);
            String family = zipf(FAMILY);
            boolean hasOrg = rnd.nextInt(100) < 70;
            int org = rnd.nextInt(organisations.length);
            String prefix = rnd.nextInt(100) < 7 ? pick(PREFIX) : null;
            String title = rnd.nextInt(100) < 60 ? pick(TITLE) : null;
            String department = hasOrg && rnd.nextInt(100) < 15
                    ? pick(new String[] {"Vertrieb", "Einkauf", "IT", "Personal", "Marketing", "Sales", "R&D"}) : null;
            String notes = rnd.nextInt(100) < 25 ? note() : null;
            String circle = circle();
            Instant created = base.plusSeconds(rnd.nextInt(5 * 365 * 24 * 3600));
            int i = 1;
            contact.setInt(i++, id);
            contact.setString(i++, given);
            contact.setString(i++, family);
            contact.setString(i++, given + " " + family);
            contact.setString(i++, Text.fold(family + " " + given));
            contact.setString(i++, prefix);
            contact.setString(i++, hasOrg ? organisations[org] : null);
            contact.setString(i++, department);
            contact.setString(i++, title);
            contact.setString(i++, rnd.nextInt(100) < 30
                    ? LocalDate.of(1950 + rnd.nextInt(55), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).toString() : null);
            contact.setString(i++, notes);
            contact.setString(i++, circle);
            contact.setString(i++, pick(new String[] {"IN_PERSON", "IN_PERSON", "ONLINE", "INTRODUCTION", "UNKNOWN"}));
            contact.setString(i++, rnd.nextInt(100) < 40
                    ? LocalDate.of(2005 + rnd.nextInt(19), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).toString() : null);
            contact.setInt(i++, rnd.nextInt(100) < 3 ? 1 : 0);
            contact.setString(i++, new UUID(rnd.nextLong(), rnd.nextLong()).toString());
            contact.setString(i++, created.toString());
            contact.setString(i, created.plusSeconds(rnd.nextInt(90 * 24 * 3600)).toString());
            contact.addBatch();

            // 1-2 e-mails, lower-case as ContactService stores them.
            String local = ascii(given) + "." + ascii(family).replace(" ", "");
            int emails = 1 + (rnd.nextInt(100) < 35 ? 1 : 0);
            for (int p = 0; p < emails; p++) {
                String host = p == 0 && hasOrg ? orgDomains[org] : pick(MAIL_HOST);
                String addr = p == 0 ? local : ascii(given).charAt(0) + ascii(family).replace(" ", "")
                        + (rnd.nextInt(3) == 0 ? Integer.toString(rnd.nextInt(99)) : "");
                email.setInt(1, id);
                email.setString(2, addr + "@" + host);
                email.setString(3, p == 0 && hasOrg ? "work" : "home");
                email.setInt(4, p);
                email.addBatch();
            }
            int phones = rnd.nextInt(100) < 80 ? 1 + (rnd.nextInt(100) < 30 ? 1 : 0) : 0;
            for (int p = 0; p < phones; p++) {
                boolean uk = rnd.nextInt(100) < 20;
                String subscriber = Integer.toString(1_000_000 + rnd.nextInt(9_000_000));
                String area = uk ? "20" : pick(new String[] {"30", "40", "89", "221", "69", "151", "171", "176"});
                phone.setInt(1, id);
                phone.setString(2, uk ? "+44 " + area + " " + subscriber.substring(0, 4) + " " + subscriber.substring(4)
                        : "0" + area + " " + subscriber);
                phone.setString(3, (uk ? "+44" : "+49") + area + subscriber);
                phone.setString(4, p == 0 ? "mobile" : "work");
                phone.setInt(5, p);
                phone.addBatch();
            }
            if (rnd.nextInt(100) < 30) {
                address.setInt(1, id);
                address.setString(2, "work");
                address.setString(3, pick(STREET) + " " + (1 + rnd.nextInt(150)));
                address.setString(4, String.format(Locale.ROOT, "%05d", rnd.nextInt(100_000)));
                address.setString(5, pick(CITY));
                address.setString(6, "DE");
                address.addBatch();
            }
            if (rnd.nextInt(100) < 20) {
                url.setInt(1, id);
                url.setString(2, "https://www.linkedin.com/in/" + local.replace('.', '-') + "-" + id);
                url.setString(3, "LINKEDIN");
                url.addBatch();
            }
            int tags = rnd.nextInt(100) < 40 ? 1 + rnd.nextInt(3) : 0;
            for (int t = 0; t < tags; t++) {
                contactTag.setInt(1, id);
                contactTag.setInt(2, 1 + zipfIndex(TAGS.length));
                contactTag.addBatch();
            }
        }

        private String note() {
            return switch (rnd.nextInt(4)) {
                case 0 -> "Kennengelernt auf der " + pick(EVENT) + " in " + pick(CITY) + ". Interessiert an "
                        + pick(TOPIC) + ".";
                case 1 -> "Met at " + pick(EVENT) + " in " + pick(CITY) + "; wants an intro about " + pick(TOPIC) + ".";
                case 2 -> "Kinder: " + pick(GIVEN) + " und " + pick(GIVEN) + ". Trinkt keinen Kaffee, lieber Tee.";
                default -> "Hat mir bei " + pick(TOPIC) + " geholfen. Nächstes Treffen in " + pick(CITY)
                        + " vorschlagen; Grüße an " + pick(GIVEN) + ".";
            };
        }

        private String circle() {
            int r = rnd.nextInt(100);
            return r < 1 ? "INNER" : r < 5 ? "CLOSE" : r < 20 ? "REGULAR" : r < 50 ? "LOOSE" : "NONE";
        }

        private String pick(String[] words) {
            return words[rnd.nextInt(words.length)];
        }

        /** Zipf-like pick: the first entries are common, the tail is rare. */
        private String zipf(String[] words) {
            return words[zipfIndex(words.length)];
        }

        private int zipfIndex(int n) {
            double[] cumulative = zipfTables.computeIfAbsent(n, Generator::zipfTable);
            int k = java.util.Arrays.binarySearch(cumulative, rnd.nextDouble() * cumulative[n - 1]);
            return Math.min(n - 1, k >= 0 ? k : -k - 1);
        }

        /** Cumulative weights 1 / (k + 10): shifted Zipf, so the head is common but not absurdly so. */
        private static double[] zipfTable(int n) {
            double[] cumulative = new double[n];
            double sum = 0;
            for (int k = 1; k <= n; k++) {
                sum += 1.0 / (k + 10);
                cumulative[k - 1] = sum;
            }
            return cumulative;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The ledger: interactions and exchanges for the network checks and the timeline.

    /** The day the network database's dates are relative to; the network benchmarks ask "as of" it. */
    public static final LocalDate NETWORK_AS_OF = LocalDate.of(2026, 3, 2);
    /** Interactions, exchanges, and the contact every ten-thousandth interaction also includes. */
    public static final int INTERACTIONS = 1_000_000;
    public static final int EXCHANGES = 300_000;
    /** A contact with many interactions (about 5,000), for the timeline benchmark. */
    public static final long BUSY_CONTACT = 4_711;
    private static final int LEDGER_VERSION = 1;

    /**
     * The cached database with {@code n} contacts plus {@link #INTERACTIONS} interactions (1-4
     * participants each) and {@link #EXCHANGES} exchanges over the six years up to
     * {@link #NETWORK_AS_OF}; made from a copy of {@link #database(int)} the first time.
     */
    public static synchronized Path networkDatabase(int n) {
        Path contacts = database(n);
        String name = contacts.getFileName().toString().replace("tend-", "tend-network-l" + LEDGER_VERSION + "-");
        Path file = contacts.resolveSibling(name);
        if (Files.exists(file)) {
            return file;
        }
        try {
            Path tmp = file.resolveSibling(name + ".tmp");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Paths.get(tmp + suffix));
            }
            Files.copy(contacts, tmp);
            long t0 = System.nanoTime();
            try (Database db = Database.open(tmp)) {
                db.read(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA synchronous = OFF");
                        s.execute("PRAGMA cache_size = -262144");
                    }
                    return null;
                });
                db.inTransaction(c -> new Ledger(new Random(SEED + 1), n).fill(c));
                db.read(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("ANALYZE");
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    return null;
                });
            }
            System.err.printf(Locale.ROOT, "[bench-data] generated %,d interactions and %,d exchanges in %.1f s%n",
                    INTERACTIONS, EXCHANGES, (System.nanoTime() - t0) / 1e9);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the ledger. People in close circles are met more often: a participant is drawn from
     * the contacts with a circle three times out of four. Dates spread over six years, more of
     * them recent, a few planned up to a month ahead. Participant rows carry the copied date and
     * channel, as the V2 triggers would set them.
     */
    private static final class Ledger {
        private static final String[] CHANNELS = {
            "EMAIL", "EMAIL", "EMAIL", "MESSAGE", "MESSAGE", "CALL", "CALL", "VIDEO", "IN_PERSON", "IN_PERSON",
            "SOCIAL"};
        private static final String[] KINDS = {
            "INTRODUCTION", "ADVICE", "REFERRAL", "RECOMMENDATION", "INFORMATION", "FAVOUR", "GIFT", "JOB_LEAD",
            "OTHER"};
        private final Random rnd;
        private final int n;
        private long[] circled;

        Ledger(Random rnd, int n) {
            this.rnd = rnd;
            this.n = n;
        }

        void fill(Connection c) throws SQLException {
            List<Long> ids = new java.util.ArrayList<>();
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT id FROM contact WHERE circle <> 'NONE' ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            circled = ids.stream().mapToLong(Long::longValue).toArray();
            String created = NETWORK_AS_OF.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toString();
            try (PreparedStatement interaction = c.prepareStatement(
                    "INSERT INTO interaction (id, occurred_on, channel, summary, created_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement participant = c.prepareStatement("INSERT OR IGNORE INTO interaction_participant "
                         + "(interaction_id, contact_id, occurred_on, channel) VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= INTERACTIONS; id++) {
                    String on = date().toString();
                    String channel = CHANNELS[rnd.nextInt(CHANNELS.length)];
                    interaction.setInt(1, id);
                    interaction.setString(2, on);
                    interaction.setString(3, channel);
                    interaction.setString(4, rnd.nextInt(4) == 0 ? null : "Talked about " + pick(TOPIC));
                    interaction.setString(5, created);
                    interaction.addBatch();
                    int people = 1 + (rnd.nextInt(100) < 60 ? 0 : rnd.nextInt(100) < 60 ? 1 : 1 + rnd.nextInt(2));
                    for (int p = 0; p < people; p++) {
                        participant.setInt(1, id);
                        participant.setLong(2, contact());
                        participant.setString(3, on);
                        participant.setString(4, channel);
                        participant.addBatch();
                    }
                    if (id % 200 == 0) {
                        participant.setInt(1, id);
                        participant.setLong(2, BUSY_CONTACT);
                        participant.setString(3, on);
                        participant.setString(4, channel);
                        participant.addBatch();
                    }
                    if (id % 5_000 == 0) {
                        interaction.executeBatch();
                        participant.executeBatch();
                    }
                }
                interaction.executeBatch();
                participant.executeBatch();
            }
            try (PreparedStatement exchange = c.prepareStatement("""
                    INSERT INTO exchange (contact_id, occurred_on, direction, kind, weight, description, status,
                        declined_reason, thanked, thanked_on, made_good_on, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 1; i <= EXCHANGES; i++) {
                    LocalDate on = date();
                    boolean gave = rnd.nextBoolean();
                    int r = rnd.nextInt(100);
                    String status = r < 85 ? "DONE" : r < 93 ? "PROMISED" : "DECLINED";
                    boolean thanked = !gave && status.equals("DONE") && rnd.nextInt(100) < 70;
                    exchange.setLong(1, i % 50 == 0 ? BUSY_CONTACT : contact());
                    exchange.setString(2, on.toString());
                    exchange.setString(3, gave ? "GAVE" : "RECEIVED");
                    exchange.setString(4, KINDS[rnd.nextInt(KINDS.length)]);
                    exchange.setInt(5, 1 + rnd.nextInt(3));
                    exchange.setString(6, rnd.nextInt(3) == 0 ? null : "About " + pick(TOPIC));
                    exchange.setString(7, status);
                    exchange.setString(8, status.equals("DECLINED") ? "No time at the moment" : null);
                    exchange.setInt(9, thanked ? 1 : 0);
                    exchange.setString(10, thanked ? on.plusDays(rnd.nextInt(10)).toString() : null);
                    exchange.setString(11, status.equals("DECLINED") && rnd.nextInt(100) < 30
                            ? on.plusDays(1 + rnd.nextInt(90)).toString() : null);
                    exchange.setString(12, created);
                    exchange.addBatch();
                    if (i % 5_000 == 0) {
                        exchange.executeBatch();
                    }
                }
                exchange.executeBatch();
            }
        }

        /** Six years back, the square root skewing toward recent; one in 200 up to a month ahead. */
        private LocalDate date() {
            if (rnd.nextInt(200) == 0) {
                return NETWORK_AS_OF.plusDays(1 + rnd.nextInt(30));
            }
            double back = 1 - Math.sqrt(rnd.nextDouble());
            return NETWORK_AS_OF.minusDays((long) (back * 6 * 365));
        }

        private long contact() {
            return rnd.nextInt(4) < 3 ? circled[rnd.nextInt(circled.length)] : 1 + rnd.nextInt(n);
        }

        private String pick(String[] words) {
            return words[rnd.nextInt(words.length)];
        }
    }

    /** Lower-case ASCII for e-mail local parts and domains: "Müller" -> "mueller", "José" -> "jose". */
    static String ascii(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("å", "a").replace("ı", "i");
        return Text.fold(t).replaceAll("[^a-z0-9.' -]", "").replace("'", "").replace(' ', '-');
    }

    private BenchData() {
    }
}
