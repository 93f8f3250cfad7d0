package dev.tend.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.importer.ColumnMapping.Field;
import dev.tend.importer.ColumnMapping.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    private static Map<Integer, Target> suggest(String... headers) {
        return ColumnMapping.suggest(List.of(headers)).asMap();
    }

    private static Field field(String header) {
        Target t = ColumnMapping.suggest(List.of(header)).target(0).orElse(null);
        return t == null ? null : t.field();
    }

    @Test
    void englishHeaders() {
        assertThat(suggest("First Name", "Last Name", "Company", "Job Title", "E-mail", "Phone", "Mobile",
                "Street", "Zip", "City", "Country", "Website", "Notes", "Birthday", "Favourite colour"))
                .isEqualTo(Map.ofEntries(
                        Map.entry(0, Target.of(Field.GIVEN_NAME)), Map.entry(1, Target.of(Field.FAMILY_NAME)),
                        Map.entry(2, Target.of(Field.ORGANISATION)), Map.entry(3, Target.of(Field.TITLE)),
                        Map.entry(4, new Target(Field.EMAIL, null, "e1")),
                        Map.entry(5, new Target(Field.PHONE, null, "phone")),
                        Map.entry(6, new Target(Field.PHONE, "mobile", "mobile")),
                        Map.entry(7, new Target(Field.STREET, null, "a")),
                        Map.entry(8, new Target(Field.POSTAL_CODE, null, "a")),
                        Map.entry(9, new Target(Field.CITY, null, "a")),
                        Map.entry(10, new Target(Field.COUNTRY, null, "a")), Map.entry(11, Target.of(Field.URL)),
                        Map.entry(12, Target.of(Field.NOTES)), Map.entry(13, Target.of(Field.BIRTHDAY))));
    }

    @Test
    void germanHeaders() {
        assertThat(List.of("Vorname", "Nachname", "Name", "Firma", "Unternehmen", "Position", "Titel", "E-Mail",
                "Telefon", "Mobil", "Handy", "Straße", "PLZ", "Ort", "Stadt", "Land", "Webseite", "Notizen",
                "Geburtstag", "Abteilung", "Anrede").stream().map(ColumnMappingTest::field).toList())
                .containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME, Field.ORGANISATION,
                        Field.ORGANISATION, Field.TITLE, Field.NAME_PREFIX, Field.EMAIL, Field.PHONE, Field.PHONE,
                        Field.PHONE, Field.STREET, Field.POSTAL_CODE, Field.CITY, Field.CITY, Field.COUNTRY,
                        Field.URL, Field.NOTES, Field.BIRTHDAY, Field.DEPARTMENT, Field.NAME_PREFIX);
        assertThat(suggest("Handy").get(0).label()).isEqualTo("mobile");
        assertThat(suggest("Telefon geschäftlich").get(0)).isEqualTo(new Target(Field.PHONE, "work", "work"));
        assertThat(suggest("Straße geschäftlich", "Postleitzahl geschäftlich", "Ort geschäftlich", "Straße privat"))
                .isEqualTo(Map.of(0, new Target(Field.STREET, "work", "addr-work"),
                        1, new Target(Field.POSTAL_CODE, "work", "addr-work"),
                        2, new Target(Field.CITY, "work", "addr-work"),
                        3, new Target(Field.STREET, "home", "addr-home")));
    }

    @Test
    void outlooksTitleIsTheSalutationBesideAJobTitle() {
        assertThat(suggest("Title", "Job Title").get(0).field()).isEqualTo(Field.NAME_PREFIX);
        assertThat(suggest("Title", "Email").get(0).field()).isEqualTo(Field.TITLE);
    }

    @Test
    void googleNumberedColumnsShareASlot() {
        assertThat(suggest("E-mail 1 - Type", "E-mail 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
                "Address 1 - City", "Address 1 - Formatted", "Organization 1 - Name"))
                .isEqualTo(Map.of(0, new Target(Field.EMAIL_LABEL, null, "e1"),
                        1, new Target(Field.EMAIL, null, "e1"), 2, new Target(Field.PHONE_LABEL, null, "p2"),
                        3, new Target(Field.PHONE, null, "p2"), 4, new Target(Field.CITY, null, "a1"),
                        6, Target.of(Field.ORGANISATION)));
    }

    @Test
    void outlookDisplayAndTypeColumnsAreNotEmails() {
        assertThat(suggest("E-mail Type", "E-mail Display Name", "E-Mail-Typ", "E-Mail: Angezeigter Name")).isEmpty();
        assertThat(suggest("Privat")).isEmpty();
    }

    @Test
    void usableOnlyWithANameCompanyEmailOrPhone() {
        assertThat(ColumnMapping.suggest(List.of("Notes", "Birthday")).isUsable()).isFalse();
        assertThat(ColumnMapping.suggest(List.of("Notes", "Firma")).isUsable()).isTrue();
        ColumnMapping m = ColumnMapping.suggest(List.of("Notes", "X")).with(1, Target.of(Field.EMAIL));
        assertThat(m.isUsable()).isTrue();
        assertThat(m.with(1, null).isUsable()).isFalse();
    }
}
