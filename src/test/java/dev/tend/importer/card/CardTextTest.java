package dev.tend.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import org.junit.jupiter.api.Test;

/** Field extraction from card text as Tesseract prints it: blank lines, merged columns, labels, stray marks. */
class CardTextTest {
    @Test
    void aGermanCardWithTitleLegalFormAndTwoColumnsMerged() {
        Contact c = CardText.read("""
                Brenner Maschinenbau AG

                Prof. Dr.-Ing. Katrin Hoffmann

                Leiterin Forschung & Entwicklung

                Leopoldstraße 44 Tel. 089 2233445
                80802 München Mobil 0151 23456789
                katrin.hoffmann@brenner-maschinenbau.de
                www.brenner-maschinenbau.de
                xing.com/profile/Katrin_Hoffmann
                """, "GB");
        assertThat(c.namePrefix()).isEqualTo("Prof. Dr.-Ing.");
        assertThat(c.givenName()).isEqualTo("Katrin");
        assertThat(c.familyName()).isEqualTo("Hoffmann");
        assertThat(c.organisation()).isEqualTo("Brenner Maschinenbau AG");
        assertThat(c.title()).isEqualTo("Leiterin Forschung & Entwicklung");
        assertThat(c.emails()).extracting(Email::address).containsExactly("katrin.hoffmann@brenner-maschinenbau.de");
        // national numbers are read in Germany: the card's postcode and city say so, not the user's GB
        assertThat(c.phones()).extracting(Phone::e164, Phone::label).containsExactly(
                tuple("+49892233445", "work"), tuple("+4915123456789", "mobile"));
        assertThat(c.addresses()).extracting(PostalAddress::street, PostalAddress::postalCode, PostalAddress::city)
                .containsExactly(tuple("Leopoldstraße 44", "80802", "München"));
        assertThat(c.urls()).extracting(WebLink::kind).containsExactly(UrlKind.WEBSITE, UrlKind.XING);
    }

    @Test
    void anEnglishCardWithLabelsAndALinkedInProfile() {
        Contact c = CardText.read("""
                Oliver Hughes, MBA
                Business Development Manager
                Kite Software Inc.
                T: +1 212 555 0187 | M: +1 917 555 0142
                E: oliver.hughes@kitesoftware.com
                linkedin.com/in/oliver-hughes
                350 Fifth Avenue
                New York, NY 10118
                """, "DE");
        assertThat(c.givenName()).isEqualTo("Oliver");
        assertThat(c.familyName()).isEqualTo("Hughes");
        assertThat(c.title()).isEqualTo("Business Development Manager");
        assertThat(c.organisation()).isEqualTo("Kite Software Inc.");
        assertThat(c.phones()).extracting(Phone::raw).containsExactly("+1 212 555 0187", "+1 917 555 0142");
        assertThat(c.phones()).extracting(Phone::label).containsExactly("work", "mobile");
        assertThat(c.urls()).extracting(WebLink::url).containsExactly("https://linkedin.com/in/oliver-hughes");
        assertThat(c.addresses().get(0).city()).isEqualTo("New York");
        assertThat(c.addresses().get(0).region()).isEqualTo("NY");
        assertThat(c.addresses().get(0).postalCode()).isEqualTo("10118");
    }

    @Test
    void legalFormsAndTitlesOfEachKind() {
        for (String org : new String[] {"Kessler & Söhne KG", "Elbtal Energie SE", "Lichtblick Software UG",
            "Förderverein Messe Hannover e.V.", "Bluestone Analytics Ltd", "Nordwind Logistik GmbH & Co. KG"}) {
            Contact c = CardText.read("Anna Schmidt\nReferentin\n" + org + "\nanna.schmidt@example.de", "DE");
            assertThat(c.organisation()).as(org).isEqualTo(org);
            assertThat(c.familyName()).as(org).isEqualTo("Schmidt");
        }
        Contact dipl = CardText.read("Dipl.-Ing. Jürgen von Berg\nTechnischer Leiter\njuergen.vonberg@x.de", "DE");
        assertThat(dipl.namePrefix()).isEqualTo("Dipl.-Ing.");
        assertThat(dipl.givenName()).isEqualTo("Jürgen");
        assertThat(dipl.familyName()).isEqualTo("von Berg");
    }

    @Test
    void withoutALegalFormTheLineSpellingTheEmailDomainIsTheOrganisation() {
        Contact c = CardText.read("Nordwind Logistik\nLena Richter\nDisponentin\nlena.richter@nordwind-logistik.de", "DE");
        assertThat(c.organisation()).isEqualTo("Nordwind Logistik");
        assertThat(c.familyName()).isEqualTo("Richter");
    }

    @Test
    void ocrSpacesAroundDotsAndCapitalsInAddressesAreUndone() {
        Contact c = CardText.read("James Whitfield\nSusanneberger@lichtblick-software .de\njames. whitfield@oakfield.co.uk\n"
                + "www.lichtblick-software .de", "DE");
        assertThat(c.emails()).extracting(Email::address)
                .containsExactly("susanneberger@lichtblick-software.de", "james.whitfield@oakfield.co.uk");
        assertThat(c.urls()).extracting(WebLink::url).containsExactly("https://www.lichtblick-software.de");
    }

    @Test
    void noiseAloneProposesNothing() {
        assertThat(CardText.isEmpty(CardText.read("", "DE"))).isTrue();
        assertThat(CardText.isEmpty(CardText.read("~ — .. |\n, ;\n", "DE"))).isTrue();
    }
}
