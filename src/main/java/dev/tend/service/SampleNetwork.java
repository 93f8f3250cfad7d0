package dev.tend.service;

import dev.tend.domain.Channel;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Email;
import dev.tend.domain.Event;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.HowMet;
import dev.tend.domain.Interaction;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.store.ContactStore;
import dev.tend.store.Database;
import dev.tend.store.EventStore;
import dev.tend.store.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A fictional network of about 50 people met at trade fairs, with interactions and exchanges, for
 * trying Tend out and for screenshots. Dates are relative to the clock so it always looks current;
 * the same seed gives the same network.
 */
public final class SampleNetwork {
    private static final String[][] PEOPLE = {
        // given, family, organisation, title, city, circle, how met
        {"Anna", "Müller", "Ökotec Energiesysteme GmbH", "Head of Procurement", "Hannover", "CLOSE", "IN_PERSON"},
        {"Jürgen", "Weiß", "Weiß & Söhne Maschinenbau KG", "Managing Director", "Stuttgart", "INNER", "IN_PERSON"},
        {"Sophie", "Becker", "Nordlicht Analytics AG", "Data Scientist", "Hamburg", "REGULAR", "IN_PERSON"},
        {"Lukas", "Schäfer", "Rheinwerk Robotics GmbH", "CTO", "Köln", "CLOSE", "IN_PERSON"},
        {"Marie", "Dubois", "Atelier Lumière SARL", "Designer", "Lyon", "LOOSE", "IN_PERSON"},
        {"James", "Carter", "Brightwave Ltd", "Sales Director", "Manchester", "REGULAR", "ONLINE"},
        {"Elena", "Rossi", "Tessile Rossi S.p.A.", "Export Manager", "Milano", "LOOSE", "IN_PERSON"},
        {"Mehmet", "Yılmaz", "Anadolu Lojistik A.Ş.", "Operations Lead", "Istanbul", "REGULAR", "INTRODUCTION"},
        {"Katharina", "Hoffmann", "Hoffmann Consulting", "Founder", "München", "INNER", "IN_PERSON"},
        {"Thomas", "Schmidt", "Fraunhofer-Institut (fictional)", "Researcher", "Dresden", "REGULAR", "IN_PERSON"},
        {"Priya", "Sharma", "Lotus Software Pvt Ltd", "Product Manager", "Bengaluru", "LOOSE", "ONLINE"},
        {"Lars", "Nielsen", "Nordisk Vind A/S", "Engineer", "Aarhus", "LOOSE", "IN_PERSON"},
        {"Claire", "O'Brien", "Shamrock Ventures", "Partner", "Dublin", "CLOSE", "INTRODUCTION"},
        {"Felix", "Krüger", "Krüger Elektronik e.K.", "Owner", "Nürnberg", "REGULAR", "IN_PERSON"},
        {"Hannah", "Wagner", "Stadtwerke Beispielstadt", "Project Lead", "Kassel", "REGULAR", "IN_PERSON"},
        {"Ahmed", "Hassan", "Nile Trading Co.", "Buyer", "Cairo", "NONE", "ONLINE"},
        {"Julia", "Zimmermann", "Zimmermann Recht", "Lawyer", "Berlin", "CLOSE", "INTRODUCTION"},
        {"Pierre", "Lefèvre", "Lefèvre Automation", "Sales Engineer", "Strasbourg", "LOOSE", "IN_PERSON"},
        {"Sarah", "Johnson", "Northstar Media Inc", "Editor", "Boston", "LOOSE", "ONLINE"},
        {"Tobias", "Fischer", "Fischer Logistik GmbH", "Fleet Manager", "Bremen", "REGULAR", "IN_PERSON"},
        {"Lea", "Schulz", "Startup Campus e.V.", "Community Manager", "Leipzig", "CLOSE", "IN_PERSON"},
        {"Marco", "Bianchi", "Bianchi Meccanica S.r.l.", "Technical Director", "Torino", "LOOSE", "IN_PERSON"},
        {"Ingrid", "Larsson", "Svea Medtech AB", "Regulatory Affairs", "Göteborg", "REGULAR", "IN_PERSON"},
        {"Daniel", "Koch", "Koch Industrieservice", "Service Manager", "Dortmund", "LOOSE", "IN_PERSON"},
        {"Yuki", "Tanaka", "Sakura Precision K.K.", "Overseas Sales", "Osaka", "LOOSE", "IN_PERSON"},
        {"Olivia", "Brown", "Greenfield Partners LLP", "Recruiter", "London", "REGULAR", "ONLINE"},
        {"Stefan", "Richter", "Richter Sensorik GmbH", "Head of R&D", "Jena", "CLOSE", "IN_PERSON"},
        {"Nina", "Wolf", "Wolf Kommunikation", "PR Consultant", "Frankfurt am Main", "REGULAR", "IN_PERSON"},
        {"Carlos", "García", "Soluciones Ibéricas S.L.", "Country Manager", "Madrid", "LOOSE", "IN_PERSON"},
        {"Martina", "Neumann", "Neumann Steuerberatung", "Tax Advisor", "Hannover", "INNER", "INTRODUCTION"},
        {"Ben", "Schwarz", "Schwarzwald Solar GmbH", "Installer", "Freiburg", "LOOSE", "IN_PERSON"},
        {"Aylin", "Demir", "Demir Textil GmbH", "Buyer", "Düsseldorf", "REGULAR", "IN_PERSON"},
        {"Michael", "Braun", "Braun Immobilien", "Broker", "Düsseldorf", "NONE", "ONLINE"},
        {"Laura", "Hartmann", "Universität Beispielstadt", "Professor", "Göttingen", "CLOSE", "IN_PERSON"},
        {"Oliver", "Lange", "Lange Verpackung GmbH", "Purchasing", "Bielefeld", "LOOSE", "IN_PERSON"},
        {"Eva", "Krause", "Krause Events", "Event Manager", "Hannover", "REGULAR", "IN_PERSON"},
        {"Jonas", "Meier", "Alpenblick AG", "Controller", "Zürich", "LOOSE", "ONLINE"},
        {"Mia", "Walter", "Walter & Partner", "Architect", "Hamburg", "REGULAR", "INTRODUCTION"},
        {"Paul", "Schmitt", "Schmitt Werkzeuge", "Sales", "Saarbrücken", "LOOSE", "IN_PERSON"},
        {"Zoë", "Van den Berg", "Dutch Greenhouse BV", "Director", "Rotterdam", "REGULAR", "IN_PERSON"},
        {"Florian", "Maier", "Maier Digital", "Freelance Developer", "Regensburg", "CLOSE", "ONLINE"},
        {"Sandra", "Köhler", "Köhler Medizintechnik GmbH", "Quality Manager", "Tuttlingen", "LOOSE", "IN_PERSON"},
        {"Andreas", "Vogel", "Vogel Spedition", "Dispatcher", "Hannover", "NONE", "IN_PERSON"},
        {"Isabel", "Ferreira", "Lusitana Cork Lda", "Export Lead", "Porto", "LOOSE", "IN_PERSON"},
        {"Tim", "Jung", "Jung Kältetechnik", "Technician", "Kiel", "LOOSE", "IN_PERSON"},
        {"Amelie", "Roth", "Roth Verlag", "Editor", "Mainz", "REGULAR", "INTRODUCTION"},
        {"Noah", "Friedrich", "Friedrich Gießerei GmbH", "Plant Manager", "Chemnitz", "LOOSE", "IN_PERSON"},
        {"Emily", "Clarke", "Clarke & Co Accountants", "Partner", "Edinburgh", "LOOSE", "ONLINE"},
        {"Moritz", "Graf", "Graf Photonics AG", "Business Development", "Wetzlar", "REGULAR", "IN_PERSON"},
        {"Lena", "Peters", "Peters Personalberatung", "Headhunter", "Hamburg", "CLOSE", "IN_PERSON"},
    };

    private static final String[] SUMMARIES = {
        "Coffee at the stand", "Call about the pilot project", "Lunch after the keynote",
        "Video call: roadmap", "Sent the article we talked about", "Dinner with the team",
        "Quick chat in the hall", "Catch-up call", "Met at the networking evening",
    };

    private final Database db;
    private final ContactService contacts;
    private final EventService events;
    private final LedgerStore ledger;
    private final Clock clock;

    public SampleNetwork(Database db, ContactService contacts, EventService events, LedgerStore ledger,
                         Clock clock) {
        this.db = db;
        this.contacts = contacts;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Writes the sample network into this (empty) database in one transaction and returns how many
     * contacts it added.
     *
     * @throws IllegalStateException when the database already holds contacts: the sample belongs
     *     in a database of its own, never mixed with real ones
     */
    public int write() {
        return db.transaction(conn -> {
            if (contacts.count(dev.tend.domain.ContactQuery.all().withArchived(
                    dev.tend.domain.ContactQuery.Archived.ALL)) > 0) {
                throw new IllegalStateException("The sample network goes into an empty database; "
                        + db.file() + " already holds contacts.");
            }
            Random random = new Random(42);
            LocalDate today = LocalDate.now(clock);
            Event hannover = events.create(Event.named("Hannover Messe " + today.minusMonths(7).getYear(), "Hannover",
                    today.minusMonths(7), today.minusMonths(7).plusDays(4)));
            Event embedded = events.create(Event.named("embedded world " + today.minusMonths(9).getYear(),
                    "Nürnberg", today.minusMonths(9), today.minusMonths(9).plusDays(2)));
            Event expo = events.create(Event.named("Logistics Expo", "Bremen",
                    today.minusDays(12), today.minusDays(10)));
            List<Event> fairs = List.of(hannover, embedded, expo);

            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PEOPLE.length; i++) {
                ids.add(contacts.create(person(i, fairs, random)).id());
            }
            writeLedger(conn, ids, fairs, random, today);
            return ids.size();
        });
    }

    private Contact person(int i, List<Event> fairs, Random random) {
        String[] p = PEOPLE[i];
        HowMet howMet = HowMet.valueOf(p[6]);
        Event fair = howMet == HowMet.IN_PERSON ? fairs.get(i % fairs.size()) : null;
        String domain = ascii(p[2].split("[\\s&,-]+")[0]) + ".example";
        String local = ascii(p[0]) + "." + ascii(p[1]);
        Contact.Builder b = Contact.builder()
                .givenName(p[0]).familyName(p[1])
                .organisation(p[2]).title(p[3])
                .emails(List.of(new Email(local + "@" + domain, "work")))
                .phones(List.of(new Phone(String.format("+49 %d %07d", 30 + random.nextInt(900),
                        random.nextInt(10_000_000)), null, "work")))
                .address(new PostalAddress("work", "Musterstraße " + (1 + random.nextInt(120)),
                        String.format("%05d", 10_000 + random.nextInt(89_999)), p[4], null, null))
                .circle(Circle.valueOf(p[5]))
                .howMet(howMet)
                .tag(i % 3 == 0 ? "customer" : i % 3 == 1 ? "partner" : "supplier");
        if (i % 4 == 0) {
            b.url("https://www.linkedin.com/in/" + local.replace('.', '-'));
        }
        if (i % 5 == 0) {
            b.url("https://www.xing.com/profile/" + ascii(p[0]) + "_" + ascii(p[1]));
        }
        if (i % 7 == 0) {
            b.birthday(LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (i % 6 == 0) {
            b.notes("Interested in " + (i % 12 == 0 ? "energy storage and heat pumps." : "automation for small plants."));
        }
        if (fair != null) {
            b.metAtEventId(fair.id()).firstMet(fair.startDate()).tag(fair.name());
        } else {
            b.firstMet(LocalDate.now(clock).minusMonths(3 + random.nextInt(30)));
        }
        return b.build();
    }

    private void writeLedger(java.sql.Connection conn, List<Long> ids, List<Event> fairs, Random random,
                             LocalDate today) throws java.sql.SQLException {
        var now = clock.instant();
        // A dinner with several people at a fair is one interaction.
        ledger.insertInteraction(conn, new Interaction(null, fairs.get(0).startDate().plusDays(1), Channel.IN_PERSON,
                fairs.get(0).id(), "Exhibitors' dinner", List.of(ids.get(0), ids.get(1), ids.get(8), ids.get(29))), now);
        for (int i = 0; i < ids.size(); i++) {
            if (i % 9 == 8) {
                continue; // some contacts were never followed up: dormant ones for the checks
            }
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                LocalDate on = today.minusDays(3 + random.nextInt(600));
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                if (PEOPLE[i][6].equals("ONLINE") && channel == Channel.IN_PERSON) {
                    channel = Channel.VIDEO; // online-only contacts stay online-only
                }
                long interaction = ledger.insertInteraction(conn, new Interaction(null, on, channel, null,
                        SUMMARIES[random.nextInt(SUMMARIES.length)], List.of(ids.get(i))), now);
                if (random.nextInt(3) == 0) {
                    Direction d = random.nextInt(5) < 2 ? Direction.GAVE : Direction.RECEIVED;
                    ExchangeKind kind = ExchangeKind.values()[random.nextInt(ExchangeKind.values().length)];
                    boolean thanked = d == Direction.RECEIVED && random.nextBoolean();
                    ledger.insertExchange(conn, new Exchange(null, ids.get(i), interaction, on, d, kind,
                            1 + random.nextInt(3), null, ExchangeStatus.DONE, null, null, thanked,
                            thanked ? on.plusDays(1) : null, null), now);
                }
            }
        }
        // Unreliability on record: one honest "no" and one open promise.
        ledger.insertExchange(conn, new Exchange(null, ids.get(5), null, today.minusDays(40), Direction.GAVE,
                ExchangeKind.INTRODUCTION, 2, "Introduction to a buyer", ExchangeStatus.DECLINED,
                "No fitting contact at the time", null, false, null, null), now);
        ledger.insertExchange(conn, new Exchange(null, ids.get(2), null, today.minusDays(5), Direction.GAVE,
                ExchangeKind.INFORMATION, 1, "Send the market study", ExchangeStatus.PROMISED, null,
                today.plusDays(2), false, null, null), now);
        // A second "no" still open, and one the user made good later.
        ledger.insertExchange(conn, new Exchange(null, ids.get(27), null, today.minusDays(95), Direction.GAVE,
                ExchangeKind.REFERRAL, 2, "Referral to a print shop", ExchangeStatus.DECLINED,
                "Did not know a good one", null, false, null, null), now);
        ledger.insertExchange(conn, new Exchange(null, ids.get(13), null, today.minusDays(200), Direction.GAVE,
                ExchangeKind.ADVICE, 1, "Advice on a supplier", ExchangeStatus.DECLINED, "Conflict of interest",
                null, false, null, today.minusDays(150)), now);
        // Claire helped a lot and got little back: the user is the net taker there. Help received
        // lately still waits for a thank-you.
        for (int k = 0; k < 3; k++) {
            ledger.insertExchange(conn, new Exchange(null, ids.get(12), null, today.minusDays(20 + 60L * k),
                    Direction.RECEIVED, ExchangeKind.values()[k], 3 - k, "Help from Claire", ExchangeStatus.DONE,
                    null, null, true, today.minusDays(18 + 60L * k), null), now);
        }
        ledger.insertExchange(conn, new Exchange(null, ids.get(40), null, today.minusDays(9), Direction.RECEIVED,
                ExchangeKind.JOB_LEAD, 3, "Lead for a freelance project", ExchangeStatus.DONE, null, null, false,
                null, null), now);
        ledger.insertExchange(conn, new Exchange(null, ids.get(3), null, today.minusDays(6), Direction.RECEIVED,
                ExchangeKind.INTRODUCTION, 2, "Introduction to a robotics integrator", ExchangeStatus.DONE, null,
                null, false, null, null), now);
        // Steady activity over the last year: a monthly call with the inner circle, and help given.
        for (int m = 0; m < 12; m++) {
            LocalDate on = today.minusMonths(m).minusDays(2 + m % 5);
            ledger.insertInteraction(conn, new Interaction(null, on, m % 3 == 0 ? Channel.IN_PERSON : Channel.CALL,
                    null, "Monthly round-up", List.of(ids.get(1), ids.get(29))), now);
            if (m % 2 == 0) {
                ledger.insertExchange(conn, new Exchange(null, ids.get(1 + (m % 4 == 0 ? 0 : 28)), null, on,
                        Direction.GAVE, ExchangeKind.ADVICE, 1 + m % 3, "Advice on the round-up", ExchangeStatus.DONE,
                        null, null, false, null, null), now);
            }
        }
    }

    /** How German names become email addresses: Müller is mueller. */
    private static String ascii(String s) {
        String german = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return dev.tend.domain.Text.fold(german).replaceAll("[^a-z]", "");
    }
}
