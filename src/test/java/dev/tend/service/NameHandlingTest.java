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
    void taggingNothingCreatesNoTag() {
        assertThat(services.contacts().tag(List.of(), "empty")).isZero();
        assertThat(services.contacts().tags()).isEmpty();
    }
}
