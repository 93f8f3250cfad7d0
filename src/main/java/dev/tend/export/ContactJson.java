package dev.tend.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact as a JSON object with every field, the shape of the export's {@code contacts} entries
 * and of an import's {@code before_json} (docs/importing.md, "Export"):
 * <pre>
 * {"id": 7, "uid": "…", "fullName": "…", "givenName": …, "familyName": …, "namePrefix": …,
 *  "organisation": …, "department": …, "title": …,
 *  "emails": [{"address": "…", "label": …}], "phones": [{"raw": "…", "e164": "+49…", "label": …}],
 *  "addresses": [{"label", "street", "postalCode", "city", "region", "country"}],
 *  "urls": [{"url": "…", "kind": "LINKEDIN"}], "birthday": "YYYY-MM-DD", "notes": …, "tags": ["…"],
 *  "circle": "NONE", "howMet": "IN_PERSON", "metAtEventId": 3, "firstMet": "YYYY-MM-DD",
 *  "archived": false, "createdAt": "…Z", "updatedAt": "…Z"}
 * </pre>
 * Absent values are JSON null; lists are never null.
 */
public final class ContactJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ContactJson() {
    }

    public static ObjectNode toNode(Contact c) {
        ObjectNode n = MAPPER.createObjectNode();
        if (c.id() == null) {
            n.putNull("id");
        } else {
            n.put("id", c.id());
        }
        n.put("uid", c.uid());
        n.put("fullName", c.fullName());
        n.put("givenName", c.givenName());
        n.put("familyName", c.familyName());
        n.put("namePrefix", c.namePrefix());
        n.put("organisation", c.organisation());
        n.put("department", c.department());
        n.put("title", c.title());
        ArrayNode emails = n.putArray("emails");
        for (Email e : c.emails()) {
            emails.addObject().put("address", e.address()).put("label", e.label());
        }
        ArrayNode phones = n.putArray("phones");
        for (Phone p : c.phones()) {
            phones.addObject().put("raw", p.raw()).put("e164", p.e164()).put("label", p.label());
        }
        ArrayNode addresses = n.putArray("addresses");
        for (PostalAddress a : c.addresses()) {
            addresses.addObject().put("label", a.label()).put("street", a.street()).put("postalCode", a.postalCode())
                    .put("city", a.city()).put("region", a.region()).put("country", a.country());
        }
        ArrayNode urls = n.putArray("urls");
        for (WebLink u : c.urls()) {
            urls.addObject().put("url", u.url()).put("kind", u.kind().name());
        }
        n.put("birthday", str(c.birthday()));
        n.put("notes", c.notes());
        ArrayNode tags = n.putArray("tags");
        c.tags().forEach(tags::add);
        n.put("circle", c.circle().name());
        n.put("howMet", c.howMet().name());
        if (c.metAtEventId() == null) {
            n.putNull("metAtEventId");
        } else {
            n.put("metAtEventId", c.metAtEventId());
        }
        n.put("firstMet", str(c.firstMet()));
        n.put("archived", c.archived());
        n.put("createdAt", str(c.createdAt()));
        n.put("updatedAt", str(c.updatedAt()));
        return n;
    }

    public static String toJson(Contact c) {
        return toNode(c).toString();
    }

    public static Contact fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not a contact in Tend's JSON shape: " + e.getOriginalMessage(), e);
        }
    }

    public static Contact fromNode(JsonNode n) {
        Contact.Builder b = Contact.builder()
                .id(n.hasNonNull("id") ? n.get("id").asLong() : null)
                .uid(text(n, "uid"))
                .fullName(text(n, "fullName"))
                .givenName(text(n, "givenName"))
                .familyName(text(n, "familyName"))
                .namePrefix(text(n, "namePrefix"))
                .organisation(text(n, "organisation"))
                .department(text(n, "department"))
                .title(text(n, "title"))
                .birthday(date(n, "birthday"))
                .notes(text(n, "notes"))
                .circle(n.hasNonNull("circle") ? Circle.valueOf(n.get("circle").asText()) : null)
                .howMet(n.hasNonNull("howMet") ? HowMet.valueOf(n.get("howMet").asText()) : null)
                .metAtEventId(n.hasNonNull("metAtEventId") ? n.get("metAtEventId").asLong() : null)
                .firstMet(date(n, "firstMet"))
                .archived(n.path("archived").asBoolean(false))
                .createdAt(n.hasNonNull("createdAt") ? Instant.parse(n.get("createdAt").asText()) : null)
                .updatedAt(n.hasNonNull("updatedAt") ? Instant.parse(n.get("updatedAt").asText()) : null);
        List<Email> emails = new ArrayList<>();
        n.path("emails").forEach(e -> emails.add(new Email(text(e, "address"), text(e, "label"))));
        List<Phone> phones = new ArrayList<>();
        n.path("phones").forEach(p -> phones.add(new Phone(text(p, "raw"), text(p, "e164"), text(p, "label"))));
        List<PostalAddress> addresses = new ArrayList<>();
        n.path("addresses").forEach(a -> addresses.add(new PostalAddress(text(a, "label"), text(a, "street"),
                text(a, "postalCode"), text(a, "city"), text(a, "region"), text(a, "country"))));
        List<WebLink> urls = new ArrayList<>();
        n.path("urls").forEach(u -> urls.add(new WebLink(text(u, "url"),
                u.hasNonNull("kind") ? UrlKind.valueOf(u.get("kind").asText()) : null)));
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        return b.emails(emails).phones(phones).addresses(addresses).urls(urls).tags(tags).build();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
