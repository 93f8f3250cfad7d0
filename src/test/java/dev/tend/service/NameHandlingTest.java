package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as people write them on cards: letters beyond accents, spellings without umlauts, renames. */
class NameHandlingTest {
    @TempDir
    Path dir;
    private TendServices services;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"), Fixtures.CLOCK, Locale.GERMANY);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Contact add(String given, String family) {
        return services.contacts().create(Contact.builder().givenName(given).familyName(family).build());
    }

    private List<String> find(String text) {
        return services.contacts().search(ContactQuery.text(text), 0, 10).stream()
                .map(ContactSummary::displayName).toList();
    }

    @Test
    void lettersThatAreNotAccentsAreFoldedToo() {
        add("Mehmet", "Yılmaz");
        add("Søren", "Kierkegaard");
        add("Łukasz", "Wałęsa");
        assertThat(find("yilmaz")).containsExactly("Mehmet Yılmaz");
        assertThat(find("Yılmaz")).containsExactly("Mehmet Yılmaz");
        assertThat(find("soren")).containsExactly("Søren Kierkegaard");
        assertThat(find("lukasz wal")).containsExactly("Łukasz Wałęsa");
    }

    @Test
    void umlautsFindTheSpellingWithoutThem() {
        add("Hans", "Mueller");
        add("Anna", "Müller");
        add("Jürgen", "Weiss");
        assertThat(find("Müller")).containsExactlyInAnyOrder("Hans Mueller", "Anna Müller");
        assertThat(find("mueller")).containsExactlyInAnyOrder("Hans Mueller", "Anna Müller");
        assertThat(find("Weiß")).containsExactly("Jürgen Weiss");
    }

    @Test
    void sortingFoldsLikeSearching() {
        add("Mehmet", "Yılmaz");
        add("Anna", "Yildiz");
        add("Ben", "Yalcin");
        assertThat(services.contacts().search(ContactQuery.all(), 0, 10)).extracting(ContactSummary::displayName)
                .containsExactly("Ben Yalcin", "Anna Yildiz", "Mehmet Yılmaz");
    }

    @Test
    void aDerivedFullNameFollowsARenameButATypedOneStays() {
        Contact anna = add("Anna", "Müller");
        Contact renamed = services.contacts().update(anna.toBuilder().familyName("Schmidt").build());
        assertThat(renamed.displayName()).isEqualTo("Anna Schmidt");
        assertThat(find("muller")).isEmpty();
        assertThat(find("schmidt")).containsExactly("Anna Schmidt");

        Contact typed = services.contacts().update(renamed.toBuilder().fullName("Dr. Anna Schmidt-Weber").build());
        Contact again = services.contacts().update(typed.toBuilder().givenName("Annette").build());
        assertThat(again.displayName()).isEqualTo("Dr. Anna Schmidt-Weber");
    }

    @Test
    void aNumberTooShortToDialIsRefused() {
        assertThatThrownBy(() -> services.contacts().create(Contact.builder().givenName("Anna").phone("12").build()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field).containsExactly("phone.0"));
        assertThat(services.contacts().count(ContactQuery.all())).isZero();
    }

    @Test
    void aCountryTheCardMadeClearIsKeptForANationalNumber() {
        // A card from Vienna: "01 234 5678" is a Viennese number, though the user is in Germany.
        Contact viennese = services.contacts().create(Contact.builder().givenName("Lena").familyName("Huber")
                .phones(List.of(new dev.tend.domain.Phone("01 234 5678", "+4312345678", "work"))).build());
        assertThat(viennese.phones().get(0).e164()).isEqualTo("+4312345678");
        // A stale E.164 that no longer belongs to the raw text is worked out again.
        Contact edited = services.contacts().update(viennese.toBuilder()
                .phones(List.of(new dev.tend.domain.Phone("0511 123456", "+4312345678", "work"))).build());
        assertThat(edited.phones().get(0).e164()).isEqualTo("+49511123456");
    }

    @Test
    void taggingNothingCreatesNoTag() {
        assertThat(services.contacts().tag(List.of(), "empty")).isZero();
        assertThat(services.contacts().tags()).isEmpty();
    }
}
