package dev.tend.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import dev.tend.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExporterTest {
    static final Contact FULL = Contact.builder().id(42L).uid("0b7c-uid").fullName("Dr. Jürgen Müller")
            .namePrefix("Dr.").givenName("Jürgen").familyName("Müller").organisation("Acme GmbH").department("R&D")
            .title("CTO").emails(List.of(new Email("j@acme.de", "work"), new Email("j@home.de", null)))
            .phones(List.of(new Phone("0511 123456", "+49511123456", "work")))
            .addresses(List.of(new PostalAddress("work", "Königstraße 1", "30159", "Hannover", null, "Germany")))
            .urls(List.of(new WebLink("https://www.linkedin.com/in/jm", UrlKind.LINKEDIN)))
            .birthday(LocalDate.of(1970, 1, 2)).notes("Line 1\nLine \"2\"").tags(List.of("Kunde", "hm26"))
            .circle(Circle.CLOSE).howMet(HowMet.IN_PERSON).metAtEventId(3L).firstMet(LocalDate.of(2025, 4, 1))
            .archived(true).createdAt(Instant.parse("2025-01-01T10:00:00Z")).updatedAt(Instant.parse("2025-02-01T10:00:00Z"))
            .build();

    @Test
    void contactJsonRoundTripsEveryField() {
        assertThat(ContactJson.fromJson(ContactJson.toJson(FULL))).isEqualTo(FULL);
        Contact sparse = Contact.builder().fullName("Only Name").uid("u").build();
        assertThat(ContactJson.fromJson(ContactJson.toJson(sparse))).isEqualTo(sparse);
    }

    @Test
    void jsonExportRoundTripsTheContacts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(ExportFormat.JSON, List.of(FULL), List.of(), Fixtures.NOW, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("format").asText()).isEqualTo("tend");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("exportedAt").asText()).isEqualTo(Fixtures.NOW.toString());
        List<Contact> back = new ArrayList<>();
        root.get("contacts").forEach(n -> back.add(ContactJson.fromNode(n)));
        assertThat(back).containsExactly(FULL);
        assertThat(root.get("contacts").get(0).get("phones").get(0).get("raw").asText()).isEqualTo("0511 123456");
        assertThat(root.get("contacts").get(0).get("phones").get(0).get("e164").asText()).isEqualTo("+49511123456");
    }

    @Test
    void formulaGuard() {
        assertThat(Exporter.guardFormula("=1+2")).isEqualTo("'=1+2");
        assertThat(Exporter.guardFormula("+49 30")).isEqualTo("'+49 30");
        assertThat(Exporter.guardFormula("-x")).isEqualTo("'-x");
        assertThat(Exporter.guardFormula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Exporter.guardFormula("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Exporter.guardFormula("Anna = Bert")).isEqualTo("Anna = Bert");
        assertThat(Exporter.guardFormula("")).isEmpty();
    }

    @Test
    void csvHasAHeaderAndOneLinePerContactWithJoinedValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(ExportFormat.CSV, List.of(FULL), List.of(new dev.tend.domain.Event(3L, "CeBIT", null, null,
                null, null, null)), Fixtures.NOW, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", Exporter.CSV_HEADER) + "\r\n");
        assertThat(csv).contains("j@acme.de | j@home.de", "Königstraße 1; 30159; Hannover; ; Germany", "Kunde | hm26",
                ",CeBIT,", "\"Line 1\nLine \"\"2\"\"\"");
    }
}
