package dev.tend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.WebLink;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Export, then import into an empty database: the same contacts come back, field by field. */
class ExportRoundTripTest {
    @TempDir
    Path tmp;

    private int run(Path db, String... args) {
        CommandLine cmd = TendCommand.commandLine(new CliEnvironment(p -> { }, Map.of(), Fixtures.CLOCK, Locale.GERMANY));
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", db.toString()))
                .toArray(String[]::new);
        int code = cmd.execute(all);
        assertThat(err.toString()).as("stderr of " + String.join(" ", args)).doesNotContain("Exception");
        return code;
    }

    private static List<Contact> stored(Path db) {
        try (TendServices s = TendServices.open(db, Fixtures.CLOCK, Locale.GERMANY)) {
            return s.contacts().ids(ContactQuery.all()).stream().map(s.contacts()::get)
                    .sorted(java.util.Comparator.comparing(Contact::displayName)).toList();
        }
    }

    /** What a business card carries; ids, uids, times and Tend's own relationship fields aside. */
    private record Card(String given, String family, String organisation, String title, List<String> emails,
                        List<String> phones, List<String> urls, List<String> cities, String notes, LocalDate birthday) {
        static Card of(Contact c) {
            return new Card(c.givenName(), c.familyName(), c.organisation(), c.title(),
                    c.emails().stream().map(Email::address).toList(), c.phones().stream().map(Phone::e164).toList(),
                    c.urls().stream().map(WebLink::url).toList(),
                    c.addresses().stream().map(PostalAddress::city).toList(), c.notes(), c.birthday());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vcf", "csv"})
    void exportThenImportGivesTheSameContacts(String format) {
        Path source = tmp.resolve("source.db");
        try (TendServices s = TendServices.open(source, Fixtures.CLOCK, Locale.GERMANY)) {
            s.contacts().create(Contact.builder().givenName("Anna").familyName("Müller").organisation("Ökotec GmbH")
                    .title("Head of Procurement").email("anna@oekotec.example").email("a.mueller@web.example")
                    .phone("+49 511 123456").phone("0170 1234567").url("https://www.linkedin.com/in/anna-mueller")
                    .address(new PostalAddress("work", "Königstraße 1", "30159", "Hannover", null, "Germany"))
                    .notes("Met at the stand; interested in heat pumps, storage").birthday(LocalDate.of(1980, 5, 17))
                    .build());
            s.contacts().create(Contact.builder().givenName("Jürgen").familyName("Weiß").organisation("=cmd|' /C calc'!A0")
                    .email("juergen@weiss.example").phone("+1 650 253 0000").build());
            s.contacts().create(Contact.builder().givenName("Zoë").familyName("O'Brien, Jr.").build());
        }
        Path file = tmp.resolve("export." + format);
        assertThat(run(source, "export", "--format", format, "--out", file.toString())).isZero();

        Path target = tmp.resolve("target.db");
        assertThat(run(target, "import", file.toString())).isZero();

        assertThat(stored(target).stream().map(Card::of).toList())
                .isEqualTo(stored(source).stream().map(Card::of).toList());
    }
}
