package dev.tend.service;

import static dev.tend.testing.Fixtures.CLOCK;
import static dev.tend.testing.Fixtures.TODAY;
import static dev.tend.testing.Sql.column;
import static dev.tend.testing.Sql.scalar;
import static dev.tend.testing.Sql.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Circle;
import dev.tend.domain.Event;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.NetworkCheck;
import dev.tend.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample network, written once into a real database shared by the class. */
class SampleNetworkTest {
    @TempDir
    static Path dir;

    static TendServices tend;
    static Database db;
    static int written;

    @BeforeAll
    static void writeSample() {
        tend = TendServices.open(dir.resolve("sample.db"), CLOCK, Locale.GERMANY);
        db = tend.database();
        written = tend.sampleNetwork().write();
    }

    @AfterAll
    static void close() {
        tend.close();
    }

    @Test
    void writesAboutFiftyContactsWithEventsInteractionsAndExchanges() {
        assertThat(written).isEqualTo(50);
        assertThat(tend.contacts().count(ContactQuery.all().withArchived(Archived.ALL))).isEqualTo(50);
        assertThat(tend.events().all()).hasSize(3);
        assertThat(scalar(db, "SELECT count(*) FROM interaction")).isGreaterThanOrEqualTo(50);
        assertThat(scalar(db, "SELECT count(*) FROM interaction WHERE NOT EXISTS (SELECT 1 FROM "
                + "interaction_participant p WHERE p.interaction_id = interaction.id)")).isZero();
        assertThat(scalar(db, "SELECT count(*) FROM exchange")).isGreaterThanOrEqualTo(10);
        assertThat(scalar(db, "SELECT count(DISTINCT direction) FROM exchange")).isEqualTo(2);
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE status = 'DECLINED'")).isEqualTo(3);
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE status = 'PROMISED'")).isOne();
        assertThat(scalar(db, "SELECT max(n) FROM (SELECT count(*) AS n FROM interaction_participant "
                + "GROUP BY interaction_id)")).as("a dinner with several people").isEqualTo(4);
    }

    @Test
    void everyNetworkCheckAndChartHasSomethingToShow() {
        NetworkHealth.Summary summary = tend.network().summary(TODAY);
        for (NetworkCheck check : NetworkCheck.values()) {
            assertThat(summary.count(check)).as(check.name()).isPositive();
        }
        assertThat(summary.count(NetworkCheck.DECLINED_NOT_MADE_GOOD)).as("one of three was made good").isEqualTo(2);
        assertThat(tend.network().check(NetworkCheck.DORMANT, TODAY).contacts())
                .extracting(FlaggedContact::circle).contains(Circle.INNER, Circle.CLOSE, Circle.REGULAR, Circle.LOOSE);
        assertThat(tend.network().check(NetworkCheck.NET_TAKERS, TODAY).contacts())
                .extracting(FlaggedContact::displayName).contains("Claire O'Brien");
        // Today is 2 March: the current month has barely begun.
        assertThat(summary.months()).hasSize(12);
        assertThat(summary.months().subList(0, 11)).allSatisfy(m -> assertThat(m.interactions()).isPositive());
        assertThat(summary.months()).filteredOn(m -> m.given() > 0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(summary.months()).filteredOn(m -> m.received() > 0).hasSizeGreaterThanOrEqualTo(4);
        assertThat(summary.balance().given() + summary.balance().received()).isPositive();
        assertThat(summary.circles()).allSatisfy(c -> assertThat(c.size()).isPositive());
    }

    @Test
    void theContactsAreCompleteValidAndSearchable() {
        assertThat(scalar(db, "SELECT count(*) FROM contact c WHERE NOT EXISTS "
                + "(SELECT 1 FROM contact_email e WHERE e.contact_id = c.id)")).isZero();
        assertThat(scalar(db, "SELECT count(*) FROM contact_phone WHERE e164 IS NULL")).isZero();
        assertThat(scalar(db, "SELECT count(*) FROM contact_url WHERE kind = 'LINKEDIN'")).isPositive();
        assertThat(scalar(db, "SELECT count(*) FROM contact_url WHERE kind = 'XING'")).isPositive();
        assertThat(tend.contacts().count(ContactQuery.all().withTag("customer"))).isPositive();

        List<ContactSummary> muller = tend.contacts().search(ContactQuery.text("muller"), 0, 10);
        assertThat(muller).extracting(ContactSummary::displayName).containsExactly("Anna Müller");
        Contact anna = tend.contacts().get(muller.get(0).id());
        assertThat(anna.emails()).allSatisfy(e -> assertThat(Emails.isValid(e.address())).isTrue());
        assertThat(anna.metAtEventId()).isNotNull();
        assertThat(tend.contacts().search(ContactQuery.text("weiss"), 0, 10))
                .extracting(ContactSummary::displayName).containsExactly("Jürgen Weiß");
    }

    @Test
    void itsDatesFollowTheClock() {
        assertThat(column(db, "SELECT max(occurred_on) FROM interaction").get(0))
                .isLessThanOrEqualTo(TODAY.toString());
        assertThat(tend.events().all()).extracting(Event::startDate)
                .allSatisfy(d -> assertThat(d).isBefore(TODAY).isAfter(TODAY.minusYears(1)));
        assertThat(column(db, "SELECT max(birthday) FROM contact").get(0)).isLessThan(TODAY.toString());
        assertThat(column(db, "SELECT DISTINCT created_at FROM contact")).containsExactly(CLOCK.instant().toString());
    }

    @Test
    void theSameClockGivesTheSameNetwork(@TempDir Path other) {
        try (TendServices second = TendServices.open(other.resolve("again.db"), CLOCK, Locale.GERMANY)) {
            second.sampleNetwork().write();
            for (String sql : List.of(
                    "SELECT full_name || '|' || organisation || '|' || circle || '|' || coalesce(birthday, '') "
                            + "FROM contact ORDER BY id",
                    "SELECT raw || '|' || e164 FROM contact_phone ORDER BY id",
                    "SELECT address FROM contact_email ORDER BY id",
                    "SELECT occurred_on || '|' || channel || '|' || coalesce(summary, '') FROM interaction ORDER BY id",
                    "SELECT contact_id || '|' || occurred_on || '|' || direction || '|' || kind || '|' || weight "
                            + "FROM exchange ORDER BY id",
                    "SELECT name || '|' || start_date FROM event ORDER BY id")) {
                assertThat(column(second.database(), sql)).as(sql).isNotEmpty().isEqualTo(column(db, sql));
            }
        }
    }

    @Test
    void aNonEmptyDatabaseIsRefusedAndLeftAsItWas(@TempDir Path other) {
        try (TendServices mine = TendServices.open(other.resolve("mine.db"), CLOCK, Locale.GERMANY)) {
            mine.contacts().create(Contact.builder().fullName("My only contact").archived(true).build());
            Map<String, List<String>> before = snapshot(mine.database());

            assertThatThrownBy(() -> mine.sampleNetwork().write())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(mine.file().toString());

            assertThat(snapshot(mine.database())).isEqualTo(before);
            assertThat(mine.events().all()).isEmpty();
        }
    }

    @Test
    void writingTheSampleTwiceIsRefused() {
        Map<String, List<String>> before = snapshot(db);
        assertThatThrownBy(() -> tend.sampleNetwork().write()).isInstanceOf(IllegalStateException.class);
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(before.get("contact")).hasSize(50);
    }
}
