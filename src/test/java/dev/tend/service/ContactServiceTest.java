package dev.tend.service;

import static dev.tend.testing.Fixtures.NOW;
import static dev.tend.testing.Fixtures.TODAY;
import static dev.tend.testing.Sql.column;
import static dev.tend.testing.Sql.execute;
import static dev.tend.testing.Sql.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tend.domain.Channel;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.Direction;
import dev.tend.domain.Email;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.HowMet;
import dev.tend.domain.Interaction;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import dev.tend.store.ContactStore.TagCount;
import dev.tend.store.Database;
import dev.tend.store.DatabaseException;
import dev.tend.store.LedgerStore;
import dev.tend.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact use cases on a fresh real database per test. */
class ContactServiceTest {
    @TempDir
    Path dir;

    MutableClock clock;
    TendServices tend;
    ContactService contacts;
    Database db;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOW);
        tend = TendServices.open(dir.resolve("tend.db"), clock, Locale.GERMANY);
        contacts = tend.contacts();
        db = tend.database();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    private static Contact.Builder anna() {
        return Contact.builder().givenName("Anna").familyName("Müller").organisation("Ökotec GmbH")
                .title("Head of Procurement").email("anna@oekotec.example").phone("0511 1234567")
                .address(new PostalAddress("work", "Königstraße 1", "30159", "Hannover", null, "Germany"))
                .url("https://www.linkedin.com/in/anna-mueller").birthday(LocalDate.of(1980, 5, 17))
                .notes("Met at the stand.").tag("customer").tag("Hannover Messe").circle(Circle.CLOSE)
                .howMet(HowMet.IN_PERSON).firstMet(LocalDate.of(2025, 4, 1));
    }

    private long countAll() {
        return contacts.count(ContactQuery.all().withArchived(Archived.ALL));
    }

    // --- create, edit, archive, delete -------------------------------------------------------

    @Test
    void createStoresEveryFieldAndReturnsTheStoredContact() {
        Contact created = contacts.create(anna().build());

        assertThat(created.id()).isNotNull();
        assertThat(created.uid()).isNotBlank();
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.updatedAt()).isEqualTo(NOW);
        assertThat(created.displayName()).isEqualTo("Anna Müller");
        assertThat(created.organisation()).isEqualTo("Ökotec GmbH");
        assertThat(created.title()).isEqualTo("Head of Procurement");
        assertThat(created.emails()).containsExactly(new Email("anna@oekotec.example", null));
        assertThat(created.phones()).containsExactly(new Phone("0511 1234567", "+495111234567", null));
        assertThat(created.addresses()).singleElement()
                .satisfies(a -> assertThat(a.oneLine()).isEqualTo("Königstraße 1, 30159 Hannover, Germany"));
        assertThat(created.urls()).containsExactly(
                new WebLink("https://www.linkedin.com/in/anna-mueller", UrlKind.LINKEDIN));
        assertThat(created.birthday()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(created.tags()).containsExactly("customer", "Hannover Messe");
        assertThat(created.circle()).isEqualTo(Circle.CLOSE);
        assertThat(created.howMet()).isEqualTo(HowMet.IN_PERSON);
        assertThat(created.firstMet()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(contacts.get(created.id())).isEqualTo(created);
        assertThat(contacts.create(anna().build()).uid()).as("uids are unique").isNotEqualTo(created.uid());
    }

    @Test
    void anOrganisationAloneIsEnoughAndIsShownAsTheName() {
        Contact c = contacts.create(Contact.builder().organisation("Messe AG").build());
        assertThat(c.displayName()).isEqualTo("Messe AG");
        assertThat(contacts.search(ContactQuery.all(), 0, 10)).singleElement()
                .satisfies(s -> assertThat(s.displayName()).isEqualTo("Messe AG"));
    }

    @Test
    void updateStoresTheChangesKeepsCreatedAtAndMovesUpdatedAt() {
        Contact created = contacts.create(anna().build());
        clock.advance(Duration.ofDays(3));

        Contact updated = contacts.update(created.toBuilder().title("Chief Buyer").emails(List.of())
                .email("anna@new.example").phones(List.of()).tags(List.of("vip")).circle(Circle.INNER).build());

        assertThat(updated.title()).isEqualTo("Chief Buyer");
        assertThat(updated.emails()).extracting(Email::address).containsExactly("anna@new.example");
        assertThat(updated.phones()).isEmpty();
        assertThat(updated.tags()).containsExactly("vip");
        assertThat(updated.circle()).isEqualTo(Circle.INNER);
        assertThat(updated.uid()).isEqualTo(created.uid());
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(updated.updatedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(scalar(db, "SELECT count(*) FROM contact_email WHERE contact_id = ?", created.id())).isOne();
        assertThat(scalar(db, "SELECT count(*) FROM contact_phone WHERE contact_id = ?", created.id())).isZero();
    }

    @Test
    void updatingAContactThatIsGoneFailsAndStoresNothing() {
        Contact c = contacts.create(anna().build());
        contacts.delete(List.of(c.id()));

        assertThatThrownBy(() -> contacts.update(c.toBuilder().title("Ghost").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(countAll()).isZero();
        assertThatThrownBy(() -> contacts.update(anna().build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> contacts.get(c.id())).isInstanceOf(NotFoundException.class);
        assertThat(contacts.find(c.id())).isEmpty();
    }

    @Test
    void archiveAndUnarchiveCountOnlyContactsTheyChange() {
        long a = contacts.create(anna().build()).id();
        long b = contacts.create(anna().givenName("Berta").build()).id();

        assertThat(contacts.archive(List.of(a))).isOne();
        assertThat(contacts.archive(List.of(a, b))).isOne();
        assertThat(contacts.get(a).archived()).isTrue();
        assertThat(contacts.count(ContactQuery.all())).isZero();
        assertThat(contacts.count(ContactQuery.all().withArchived(Archived.ARCHIVED))).isEqualTo(2);

        assertThat(contacts.unarchive(List.of(a))).isOne();
        assertThat(contacts.get(a).archived()).isFalse();
        assertThat(contacts.get(b).archived()).isTrue();
        assertThat(contacts.count(ContactQuery.all())).isOne();
    }

    @Test
    void deleteRemovesTheContactAndEveryRowOfIt() {
        Contact c = contacts.create(anna().build());
        contacts.setPhoto(c.id(), new Photo("image/png", new byte[] {1, 2, 3}));
        long other = contacts.create(Contact.builder().fullName("Other").tag("customer").build()).id();

        assertThat(contacts.delete(List.of(c.id()))).isOne();

        assertThat(contacts.find(c.id())).isEmpty();
        for (String table : List.of("contact_email", "contact_phone", "contact_address", "contact_url",
                "contact_tag", "contact_photo")) {
            assertThat(scalar(db, "SELECT count(*) FROM " + table + " WHERE contact_id = ?", c.id()))
                    .as(table).isZero();
        }
        assertThat(contacts.get(other).tags()).containsExactly("customer");
    }

    // --- validation ---------------------------------------------------------------------------

    @Test
    void anInvalidEmailIsRefusedNamingItsPositionAndNothingIsStored() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> contacts.create(
                anna().emails(List.of()).email("anna@oekotec.example").email("anna@@oekotec").build()));

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("email.1");
        assertThat(e.errors().get(0).code()).isEqualTo("email.invalid");
        assertThat(e.getMessage()).contains("anna@@oekotec");
        assertThat(countAll()).isZero();
        assertThat(scalar(db, "SELECT count(*) FROM tag")).as("no tag row either").isZero();
    }

    @Test
    void anInvalidPhoneIsRefusedNamingItsPositionAndNothingIsStored() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> contacts.create(
                anna().phones(List.of()).phone("call me maybe").build()));

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("phone.0");
        assertThat(e.errors().get(0).code()).isEqualTo("phone.invalid");
        assertThat(countAll()).isZero();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> contacts.create(
                Contact.builder().email("nope").phone("call me").url("not a url")
                        .birthday(TODAY.plusDays(1)).firstMet(TODAY.plusDays(1)).build()));

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "email.0", "phone.0", "url.0", "birthday", "firstMet");
        assertThat(countAll()).isZero();
    }

    @Test
    void anInvalidUpdateLeavesTheStoredContactAsItWas() {
        Contact stored = contacts.create(anna().build());
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> contacts.update(stored.toBuilder().title("Changed").email("broken@")
                .build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("email.1"));
        assertThatThrownBy(() -> contacts.update(stored.toBuilder().familyName(null).givenName(" ")
                .fullName("").organisation(null).build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));

        assertThat(contacts.get(stored.id())).isEqualTo(stored);
    }

    @Test
    void aContactNeedsANameOrAnOrganisation() {
        assertThatThrownBy(() -> contacts.create(Contact.builder().email("someone@example.com")
                .notes("only an email").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
                    assertThat(e.errors().get(0).code()).isEqualTo("name.required");
                });
        assertThat(countAll()).isZero();
    }

    @Test
    void aBirthdayOrFirstMeetingInTheFutureIsRefusedButTodayIsFine() {
        assertThatThrownBy(() -> contacts.create(anna().birthday(TODAY.plusDays(1)).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("birthday"));
        assertThatThrownBy(() -> contacts.create(anna().firstMet(TODAY.plusDays(1)).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("firstMet"));
        assertThat(countAll()).isZero();

        assertThat(contacts.create(anna().birthday(TODAY).firstMet(TODAY).build()).birthday()).isEqualTo(TODAY);
    }

    // --- normalisation ------------------------------------------------------------------------

    @Test
    void emailsAreStoredLowerCaseAndOnlyOnce() {
        Contact c = contacts.create(Contact.builder().fullName("Anna").emails(List.of(
                new Email("Anna.Mueller@Oekotec.EXAMPLE", "work"), Email.of("  anna.mueller@oekotec.example "),
                Email.of(""), Email.of("ANNA@private.example"))).build());

        assertThat(c.emails()).containsExactly(new Email("anna.mueller@oekotec.example", "work"),
                new Email("anna@private.example", null));
        assertThat(column(db, "SELECT address FROM contact_email WHERE contact_id = ? ORDER BY position", c.id()))
                .containsExactly("anna.mueller@oekotec.example", "anna@private.example");
    }

    @Test
    void phonesKeepTheRawTextBesideTheirE164Form() {
        Contact c = contacts.create(Contact.builder().fullName("Anna").phone("030 1234567")
                .phone("+49 (0)30 1234567").phone("+1 650 253 0000").phone("  ").build());

        assertThat(c.phones()).extracting(Phone::raw)
                .containsExactly("030 1234567", "+49 (0)30 1234567", "+1 650 253 0000");
        assertThat(c.phones()).extracting(Phone::e164)
                .containsExactly("+49301234567", "+49301234567", "+16502530000");
    }

    @Test
    void nationalNumbersAreReadInTheLocalesRegion() {
        PhoneNumbers de = new PhoneNumbers("DE");
        assertThat(de.toE164("030 1234567")).contains("+49301234567");
        assertThat(de.toE164("+49 (0)30 1234567")).contains("+49301234567");
        assertThat(de.toE164("+1 650 253 0000")).contains("+16502530000");
        assertThat(de.toE164("(650) 253-0000", "US")).contains("+16502530000");
        assertThat(de.toE164("not a number")).isEmpty();
        assertThat(de.toE164("")).isEmpty();
        assertThat(de.toE164(null)).isEmpty();

        assertThat(PhoneNumbers.forLocale(Locale.US).defaultRegion()).isEqualTo("US");
        assertThat(PhoneNumbers.forLocale(Locale.FRANCE).defaultRegion()).isEqualTo("FR");
        assertThat(PhoneNumbers.forLocale(new Locale("de")).defaultRegion()).isEqualTo("DE");
        assertThat(PhoneNumbers.forLocale(Locale.ENGLISH).defaultRegion()).isEqualTo("DE");
        assertThat(PhoneNumbers.forLocale(Locale.US).toE164("(650) 253-0000")).contains("+16502530000");
        assertThat(de.formatInternational("+49301234567")).isEqualTo("+49 30 1234567");
    }

    @Test
    void aServiceOpenedForAnAmericanUserReadsAmericanNumbers(@TempDir Path other) {
        try (TendServices us = TendServices.open(other.resolve("us.db"), clock, Locale.US)) {
            Contact c = us.contacts().create(Contact.builder().fullName("Sam").phone("(650) 253-0000").build());
            assertThat(c.phones()).extracting(Phone::e164).containsExactly("+16502530000");
        }
    }

    @Test
    void webAddressesGetASchemeAndTheirKind() {
        Contact c = contacts.create(Contact.builder().fullName("Anna").url("www.linkedin.com/in/anna-mueller")
                .url("xing.com/profile/Anna_Mueller").url("http://oekotec.example").url("oekotec.example/team")
                .url("https://www.dropbox.com/s/abc/card.pdf").url("https://x.com/anna").url(" ").build());

        assertThat(c.urls()).containsExactly(
                new WebLink("https://www.linkedin.com/in/anna-mueller", UrlKind.LINKEDIN),
                new WebLink("https://xing.com/profile/Anna_Mueller", UrlKind.XING),
                new WebLink("http://oekotec.example", UrlKind.WEBSITE),
                new WebLink("https://oekotec.example/team", UrlKind.WEBSITE),
                new WebLink("https://www.dropbox.com/s/abc/card.pdf", UrlKind.WEBSITE),
                new WebLink("https://x.com/anna", UrlKind.TWITTER));
        assertThatThrownBy(() -> contacts.create(Contact.builder().fullName("B").url("localhost").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("url.0"));
    }

    @Test
    void emptyAddressesAreDroppedAndBlankTextBecomesNull() {
        Contact c = contacts.create(Contact.builder().fullName("  Anna  ").title("   ")
                .address(new PostalAddress("home", " ", null, "", null, null))
                .address(new PostalAddress(null, null, null, "Hannover", null, null)).tag("  ").build());

        assertThat(c.fullName()).isEqualTo("Anna");
        assertThat(c.title()).isNull();
        assertThat(c.addresses()).extracting(PostalAddress::city).containsExactly("Hannover");
        assertThat(c.tags()).isEmpty();
    }

    @Test
    void photosAreStoredReplacedRemovedAndLimitedInSize() {
        long id = contacts.create(anna().build()).id();
        contacts.setPhoto(id, new Photo("image/png", new byte[] {1, 2, 3}));
        contacts.setPhoto(id, new Photo("image/jpeg", new byte[] {4, 5}));
        assertThat(contacts.photo(id)).hasValueSatisfying(p -> {
            assertThat(p.mimeType()).isEqualTo("image/jpeg");
            assertThat(p.data()).containsExactly(4, 5);
        });

        assertThatThrownBy(() -> contacts.setPhoto(id,
                new Photo("image/png", new byte[ContactService.MAX_PHOTO_BYTES + 1])))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("photo"));
        assertThat(contacts.photo(id)).hasValueSatisfying(p -> assertThat(p.data()).containsExactly(4, 5));

        contacts.setPhoto(id, null);
        assertThat(contacts.photo(id)).isEmpty();
    }

    // --- bulk actions on a selection ---------------------------------------------------------

    @Nested
    class BulkActions {
        List<Long> ids;

        @BeforeEach
        void threeHundredContacts() {
            ids = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                ids.add(contacts.create(Contact.builder().givenName("Person").familyName(String.format("N%03d", i))
                        .build()).id());
            }
        }

        @Test
        void tagAndUntagASelection() {
            assertThat(contacts.tag(ids, "Hannover 2026")).isEqualTo(300);
            assertThat(contacts.tag(ids, "hannover 2026")).as("same tag, any case; nobody newly tagged").isZero();
            assertThat(contacts.count(ContactQuery.all().withTag("Hannover 2026"))).isEqualTo(300);
            assertThat(contacts.tags()).containsExactly(new TagCount("Hannover 2026", 300));

            assertThat(contacts.untag(ids.subList(0, 100), "HANNOVER 2026")).isEqualTo(100);
            assertThat(contacts.count(ContactQuery.all().withTag("Hannover 2026"))).isEqualTo(200);

            assertThat(contacts.untag(ids, "Hannover 2026")).isEqualTo(200);
            assertThat(contacts.tags()).as("a tag nobody carries is removed").isEmpty();
            assertThat(scalar(db, "SELECT count(*) FROM tag")).isZero();
        }

        @Test
        void aTagMustNotBeBlank() {
            assertThatThrownBy(() -> contacts.tag(ids, "  "))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("tag"));
            assertThatThrownBy(() -> contacts.untag(ids, null)).isInstanceOf(ValidationException.class);
        }

        @Test
        void setCircleArchiveAndDeleteASelection() {
            assertThat(contacts.setCircle(ids.subList(0, 150), Circle.REGULAR)).isEqualTo(150);
            assertThat(contacts.count(ContactQuery.all().withCircle(Circle.REGULAR))).isEqualTo(150);
            assertThat(contacts.count(ContactQuery.all().withCircle(Circle.NONE))).isEqualTo(150);

            assertThat(contacts.archive(ids.subList(100, 300))).isEqualTo(200);
            assertThat(contacts.count(ContactQuery.all())).isEqualTo(100);

            assertThat(contacts.delete(ids)).isEqualTo(300);
            assertThat(countAll()).isZero();
            assertThat(scalar(db, "SELECT count(*) FROM contact_fts")).isZero();
        }

        @Test
        void aSelectionWithContactsThatAreGoneStillActsOnTheOthers() {
            contacts.delete(ids.subList(0, 10));
            List<Long> stale = new ArrayList<>(ids);
            stale.add(999_999L);

            assertThat(contacts.tag(stale, "stale")).isEqualTo(290);
            assertThat(contacts.setCircle(stale, Circle.LOOSE)).isEqualTo(290);
            assertThat(contacts.archive(stale)).isEqualTo(290);
            assertThat(contacts.untag(stale, "stale")).isEqualTo(290);
            assertThat(contacts.delete(stale)).isEqualTo(290);
            assertThat(countAll()).isZero();
        }

        /**
         * A trigger refuses the change to the last contact of the selection, after the store has
         * already changed the 299 before it: one transaction means none of them stays changed.
         */
        @Test
        void eachBulkActionIsOneTransaction() {
            long last = ids.get(ids.size() - 1);
            execute(db, "CREATE TRIGGER refuse_update BEFORE UPDATE ON contact WHEN old.id = " + last
                    + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
            execute(db, "CREATE TRIGGER refuse_tag BEFORE INSERT ON contact_tag WHEN new.contact_id = " + last
                    + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
            execute(db, "CREATE TRIGGER refuse_delete BEFORE DELETE ON contact WHEN old.id = " + last
                    + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");

            assertThatThrownBy(() -> contacts.setCircle(ids, Circle.INNER)).isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> contacts.archive(ids)).isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> contacts.tag(ids, "half")).isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> contacts.delete(ids)).isInstanceOf(DatabaseException.class);

            assertThat(contacts.count(ContactQuery.all().withCircle(Circle.NONE))).isEqualTo(300);
            assertThat(contacts.count(ContactQuery.all())).isEqualTo(300);
            assertThat(scalar(db, "SELECT count(*) FROM contact_tag")).isZero();
            assertThat(scalar(db, "SELECT count(*) FROM tag")).isZero();
            assertThat(countAll()).isEqualTo(300);

            // untag: tag the first 299, then refuse removing it from one of them
            execute(db, "DROP TRIGGER refuse_tag");
            contacts.tag(ids, "kept");
            execute(db, "CREATE TRIGGER refuse_untag BEFORE DELETE ON contact_tag WHEN old.contact_id = " + last
                    + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
            assertThatThrownBy(() -> contacts.untag(ids, "kept")).isInstanceOf(DatabaseException.class);
            assertThat(contacts.count(ContactQuery.all().withTag("kept"))).isEqualTo(300);
        }
    }

    // --- deleting and shared history -----------------------------------------------------------

    @Test
    void deletingAContactKeepsAnInteractionSharedWithOthersForThem() {
        long a = contacts.create(anna().build()).id();
        long b = contacts.create(Contact.builder().fullName("Bernd Bauer").build()).id();
        long c = contacts.create(Contact.builder().fullName("Clara Christ").build()).id();
        LedgerStore ledger = new LedgerStore();
        long[] made = db.transaction(conn -> {
            long dinner = ledger.insertInteraction(conn, new Interaction(null, LocalDate.of(2025, 4, 1),
                    Channel.IN_PERSON, null, "Exhibitors' dinner", List.of(a, b, c)), NOW);
            long solo = ledger.insertInteraction(conn, new Interaction(null, LocalDate.of(2025, 5, 1),
                    Channel.CALL, null, "Call with Anna only", List.of(a)), NOW);
            long gave = ledger.insertExchange(conn, Exchange.done(a, LocalDate.of(2025, 4, 1), Direction.GAVE,
                    ExchangeKind.ADVICE, 2, "Tips for the fair"), NOW);
            long received = ledger.insertExchange(conn, new Exchange(null, b, dinner, LocalDate.of(2025, 4, 1),
                    Direction.RECEIVED, ExchangeKind.INTRODUCTION, 1, null, null, null, null, false, null, null), NOW);
            return new long[] {dinner, solo, gave, received};
        });
        long dinner = made[0];

        assertThat(contacts.delete(List.of(a))).isOne();

        assertThat(scalar(db, "SELECT count(*) FROM interaction WHERE id = ?", dinner)).isOne();
        assertThat(column(db, "SELECT contact_id FROM interaction_participant WHERE interaction_id = ? "
                + "ORDER BY contact_id", dinner)).containsExactly(Long.toString(b), Long.toString(c));
        assertThat(scalar(db, "SELECT count(*) FROM interaction WHERE id = ?", made[1]))
                .as("an interaction with nobody left in it goes with its contact").isZero();
        assertThat(scalar(db, "SELECT count(*) FROM exchange WHERE id = ?", made[2])).as("A's exchange").isZero();
        assertThat(scalar(db, "SELECT interaction_id FROM exchange WHERE id = ?", made[3]))
                .as("B's exchange keeps its interaction").isEqualTo(dinner);
        assertThat(contacts.get(b).displayName()).isEqualTo("Bernd Bauer");
        assertThat(LongStream.of(b, c).mapToObj(contacts::find)).allSatisfy(o -> assertThat(o).isPresent());
    }
}
