package dev.tend.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A person the user knows, with everything a business card and the user's memory hold.
 * {@code id} is null until stored.
 */
public record Contact(
        Long id,
        String givenName,
        String familyName,
        String fullName,
        String namePrefix,
        String organisation,
        String department,
        String title,
        List<Email> emails,
        List<Phone> phones,
        List<PostalAddress> addresses,
        List<WebLink> urls,
        LocalDate birthday,
        String notes,
        List<String> tags,
        Circle circle,
        HowMet howMet,
        Long metAtEventId,
        LocalDate firstMet,
        boolean archived,
        String uid,
        Instant createdAt,
        Instant updatedAt) {

    public Contact {
        givenName = Text.blankToNull(givenName);
        familyName = Text.blankToNull(familyName);
        fullName = Text.blankToNull(fullName);
        namePrefix = Text.blankToNull(namePrefix);
        organisation = Text.blankToNull(organisation);
        department = Text.blankToNull(department);
        title = Text.blankToNull(title);
        notes = Text.blankToNull(notes);
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
        urls = List.copyOf(urls == null ? List.of() : urls);
        tags = tags == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(tags.stream().map(Text::blankToNull)
                        .filter(t -> t != null).toList()));
        circle = circle == null ? Circle.NONE : circle;
        howMet = howMet == null ? HowMet.UNKNOWN : howMet;
    }

    /** The name to show: the full name, else given and family name, else organisation or email. */
    public String displayName() {
        if (fullName != null) {
            return fullName;
        }
        String joined = Text.join(" ", givenName, familyName);
        if (!joined.isEmpty()) {
            return joined;
        }
        if (organisation != null) {
            return organisation;
        }
        return emails.isEmpty() ? "" : emails.get(0).address();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Records with this many fields are built, not constructed. */
    public static final class Builder {
        private Long id;
        private String givenName;
        private String familyName;
        private String fullName;
        private String namePrefix;
        private String organisation;
        private String department;
        private String title;
        private List<Email> emails = new ArrayList<>();
        private List<Phone> phones = new ArrayList<>();
        private List<PostalAddress> addresses = new ArrayList<>();
        private List<WebLink> urls = new ArrayList<>();
        private LocalDate birthday;
        private String notes;
        private List<String> tags = new ArrayList<>();
        private Circle circle = Circle.NONE;
        private HowMet howMet = HowMet.UNKNOWN;
        private Long metAtEventId;
        private LocalDate firstMet;
        private boolean archived;
        private String uid;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        private Builder(Contact c) {
            id = c.id;
            givenName = c.givenName;
            familyName = c.familyName;
            fullName = c.fullName;
            namePrefix = c.namePrefix;
            organisation = c.organisation;
            department = c.department;
            title = c.title;
            emails = new ArrayList<>(c.emails);
            phones = new ArrayList<>(c.phones);
            addresses = new ArrayList<>(c.addresses);
            urls = new ArrayList<>(c.urls);
            birthday = c.birthday;
            notes = c.notes;
            tags = new ArrayList<>(c.tags);
            circle = c.circle;
            howMet = c.howMet;
            metAtEventId = c.metAtEventId;
            firstMet = c.firstMet;
            archived = c.archived;
            uid = c.uid;
            createdAt = c.createdAt;
            updatedAt = c.updatedAt;
        }

        public Builder id(Long v) { id = v; return this; }
        public Builder givenName(String v) { givenName = v; return this; }
        public Builder familyName(String v) { familyName = v; return this; }
        public Builder fullName(String v) { fullName = v; return this; }
        public Builder namePrefix(String v) { namePrefix = v; return this; }
        public Builder organisation(String v) { organisation = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder emails(List<Email> v) { emails = new ArrayList<>(v); return this; }
        public Builder email(String address) { emails.add(Email.of(address)); return this; }
        public Builder phones(List<Phone> v) { phones = new ArrayList<>(v); return this; }
        public Builder phone(String raw) { phones.add(Phone.of(raw)); return this; }
        public Builder addresses(List<PostalAddress> v) { addresses = new ArrayList<>(v); return this; }
        public Builder address(PostalAddress v) { addresses.add(v); return this; }
        public Builder urls(List<WebLink> v) { urls = new ArrayList<>(v); return this; }
        public Builder url(String v) { urls.add(WebLink.of(v)); return this; }
        public Builder birthday(LocalDate v) { birthday = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder tags(List<String> v) { tags = new ArrayList<>(v); return this; }
        public Builder tag(String v) { tags.add(v); return this; }
        public Builder circle(Circle v) { circle = v; return this; }
        public Builder howMet(HowMet v) { howMet = v; return this; }
        public Builder metAtEventId(Long v) { metAtEventId = v; return this; }
        public Builder firstMet(LocalDate v) { firstMet = v; return this; }
        public Builder archived(boolean v) { archived = v; return this; }
        public Builder uid(String v) { uid = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }

        public Contact build() {
            return new Contact(id, givenName, familyName, fullName, namePrefix, organisation, department,
                    title, emails, phones, addresses, urls, birthday, notes, tags, circle, howMet,
                    metAtEventId, firstMet, archived, uid, createdAt, updatedAt);
        }
    }
}
