package dev.tend.service;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The default merge of an incoming record into a stored contact: stored values stay; emails and
 * phones (by normalised address and E.164), postal and web addresses that are new are added after
 * the stored ones; empty fields are filled; tags are joined. Circle, archive state, uid and the
 * full name the user sees stay as stored. Pure function of two normalised contacts.
 */
public final class ContactMerge {
    private ContactMerge() {
    }

    public static Contact merge(Contact stored, Contact incoming) {
        Contact.Builder b = stored.toBuilder();
        b.givenName(fill(stored.givenName(), incoming.givenName()));
        b.familyName(fill(stored.familyName(), incoming.familyName()));
        b.fullName(stored.fullName() != null ? stored.fullName() : incoming.fullName());
        b.namePrefix(fill(stored.namePrefix(), incoming.namePrefix()));
        b.organisation(fill(stored.organisation(), incoming.organisation()));
        b.department(fill(stored.department(), incoming.department()));
        b.title(fill(stored.title(), incoming.title()));
        b.birthday(stored.birthday() != null ? stored.birthday() : incoming.birthday());
        b.notes(fill(stored.notes(), incoming.notes()));
        b.howMet(stored.howMet() != dev.tend.domain.HowMet.UNKNOWN ? stored.howMet() : incoming.howMet());
        b.metAtEventId(stored.metAtEventId() != null ? stored.metAtEventId() : incoming.metAtEventId());
        b.firstMet(stored.firstMet() != null ? stored.firstMet() : incoming.firstMet());

        List<Email> emails = new ArrayList<>(stored.emails());
        Set<String> seenEmails = new LinkedHashSet<>();
        stored.emails().forEach(e -> seenEmails.add(Emails.normalise(e.address())));
        for (Email e : incoming.emails()) {
            if (seenEmails.add(Emails.normalise(e.address()))) {
                emails.add(e);
            }
        }
        b.emails(emails);

        List<Phone> phones = new ArrayList<>(stored.phones());
        Set<String> seenPhones = new LinkedHashSet<>();
        stored.phones().forEach(p -> seenPhones.add(phoneKey(p)));
        for (Phone p : incoming.phones()) {
            if (seenPhones.add(phoneKey(p))) {
                phones.add(p);
            }
        }
        b.phones(phones);

        List<PostalAddress> addresses = new ArrayList<>(stored.addresses());
        Set<String> seenAddresses = new LinkedHashSet<>();
        stored.addresses().forEach(a -> seenAddresses.add(addressKey(a)));
        for (PostalAddress a : incoming.addresses()) {
            if (seenAddresses.add(addressKey(a))) {
                addresses.add(a);
            }
        }
        b.addresses(addresses);

        List<WebLink> urls = new ArrayList<>(stored.urls());
        Set<String> seenUrls = new LinkedHashSet<>();
        stored.urls().forEach(u -> seenUrls.add(DuplicateKeys.urlKey(u.url())));
        for (WebLink u : incoming.urls()) {
            if (seenUrls.add(DuplicateKeys.urlKey(u.url()))) {
                urls.add(u);
            }
        }
        b.urls(urls);

        List<String> tags = new ArrayList<>(stored.tags());
        for (String t : incoming.tags()) {
            if (tags.stream().noneMatch(s -> s.equalsIgnoreCase(t))) {
                tags.add(t);
            }
        }
        b.tags(tags);
        return b.build();
    }

    /** Whether the merge changed anything a user would see (timestamps aside). */
    public static boolean changes(Contact stored, Contact merged) {
        return !sameContent(stored, merged);
    }

    /** Equal in everything but the timestamps; tags compared ignoring order and case. */
    static boolean sameContent(Contact a, Contact b) {
        Contact x = a.toBuilder().createdAt(null).updatedAt(null).tags(sortedTags(a)).build();
        Contact y = b.toBuilder().createdAt(null).updatedAt(null).tags(sortedTags(b)).build();
        return x.equals(y);
    }

    private static List<String> sortedTags(Contact c) {
        return c.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
    }

    private static String fill(String stored, String incoming) {
        return stored != null ? stored : incoming;
    }

    private static String phoneKey(Phone p) {
        return p.e164() != null ? p.e164() : p.raw().replaceAll("[^+0-9]", "");
    }

    private static String addressKey(PostalAddress a) {
        return String.join("|", Text.fold(a.street()), Text.fold(a.postalCode()), Text.fold(a.city()),
                Text.fold(a.region()), Text.fold(a.country()));
    }
}
