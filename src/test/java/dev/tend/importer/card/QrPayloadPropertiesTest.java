package dev.tend.importer.card;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A QR code's text, random or a real payload mutated: reading it never throws, and gives either a
 * contact or the reason there is none (which the card reader reports with the code's number).
 */
class QrPayloadPropertiesTest {
    private static final String[] VALID = {
        "MECARD:N:Schmidt,Anna;TEL:+495111234;EMAIL:anna@acme.de;ORG:Acme GmbH;;",
        "BIZCARD:N:Jan;X:Berg;T:CTO;C:Berg AG;A:Hauptstr. 1, Köln;B:+49 221 555;E:jan@berg.de;;",
        "BEGIN:VCARD\nVERSION:3.0\nN:Yılmaz;Ayşe;;;\nFN:Ayşe Yılmaz\nTEL:+90 212 555 0101\nEND:VCARD",
        "https://www.linkedin.com/in/anna", "WIFI:S:Messe;T:WPA;P:geheim;;"};

    @Property(tries = 500)
    void mutatedPayloadsNeverCrashTheReading(@ForAll("mutated") String payload) {
        check(payload);
    }

    @Property(tries = 300)
    void randomPayloadsNeverCrashTheReading(@ForAll("pieces") String payload) {
        check(payload);
    }

    private static void check(String payload) {
        QrPayloads.Reading r = QrPayloads.read(payload, "DE");
        assertThat(r.contact().isPresent() != (r.reason() != null)).as("a contact or a reason").isTrue();
        if (r.reason() != null) {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.code()).startsWith("qr.");
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        return Combinators.combine(Arbitraries.of(VALID), Arbitraries.of("cut", "flip", "double", "insert"),
                Arbitraries.doubles().between(0, 1), Arbitraries.chars().ascii().all()).as((p, kind, where, ch) -> {
                    int at = (int) (where * p.length());
                    return switch (kind) {
                        case "cut" -> p.substring(0, at);
                        case "flip" -> at < p.length() ? p.substring(0, at) + (char) (p.charAt(at) ^ 1)
                                + p.substring(at + 1) : p;
                        case "double" -> p + p.substring(at);
                        default -> p.substring(0, at) + ch + p.substring(at);
                    };
                });
    }

    @Provide
    Arbitrary<String> pieces() {
        Arbitrary<String> piece = Arbitraries.of("MECARD:", "BIZCARD:", "BEGIN:VCARD", "END:VCARD", "N:", "X:", "TEL:",
                "EMAIL:", "ORG:", "ADR:", "NOTE:", "URL:", "BDAY:", "T:", "C:", "A:", "B:", "E:", ";", ";;", ",", "\\",
                "\\;", ":", "\n", "+49", "0511", "Anna", "Ä", "\u0000", "\ud83d\ude00", "http://", "WIFI:", " ", "");
        return Arbitraries.oneOf(piece.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
