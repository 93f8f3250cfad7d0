package dev.tend.importer;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TEMPORARY stand-in for the real vCard reader (Importers/VCardReader), so the import command can
 * be tested end to end before it lands: reads N, FN, ORG, TITLE, EMAIL, TEL, ADR, URL, NOTE and
 * CATEGORIES with ez-vcard and nothing of the formats' quirks. To be replaced by
 * {@code Importers.read(Path, String)}; its only caller is the import command.
 */
public final class MinimalVCard {
    private MinimalVCard() {
    }

    public static ParsedFile read(Path file, String defaultRegion) throws UnreadableFileException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, file.getFileName() + ": cannot be read (" + e.getMessage() + ").", e);
        }
        List<VCard> cards = Ezvcard.parse(text).all();
        if (cards.isEmpty()) {
            throw new UnreadableFileException(file, file.getFileName() + ": no contacts found.");
        }
        List<ImportRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            VCard v = cards.get(i);
            SourceRef ref = SourceRef.card(file, i + 1);
            Contact.Builder b = Contact.builder();
            StructuredName n = v.getStructuredName();
            if (n != null) {
                b.givenName(n.getGiven()).familyName(n.getFamily());
                if (!n.getPrefixes().isEmpty()) {
                    b.namePrefix(n.getPrefixes().get(0));
                }
            }
            if (v.getFormattedName() != null) {
                b.fullName(v.getFormattedName().getValue());
            }
            Organization o = v.getOrganization();
            if (o != null && !o.getValues().isEmpty()) {
                b.organisation(o.getValues().get(0));
                if (o.getValues().size() > 1) {
                    b.department(String.join(", ", o.getValues().subList(1, o.getValues().size())));
                }
            }
            if (!v.getTitles().isEmpty()) {
                b.title(v.getTitles().get(0).getValue());
            }
            v.getEmails().forEach(e -> b.emails(append(b.build().emails(), new Email(e.getValue(), null))));
            for (Telephone t : v.getTelephoneNumbers()) {
                String raw = t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber();
                if (raw != null) {
                    b.phone(raw);
                }
            }
            for (Address a : v.getAddresses()) {
                b.address(new PostalAddress(null, a.getStreetAddress(), a.getPostalCode(), a.getLocality(),
                        a.getRegion(), a.getCountry()));
            }
            for (Url u : v.getUrls()) {
                b.url(u.getValue());
            }
            if (!v.getNotes().isEmpty()) {
                b.notes(v.getNotes().get(0).getValue());
            }
            if (v.getCategories() != null) {
                b.tags(v.getCategories().getValues());
            }
            Contact c = b.build();
            if (c.displayName().isEmpty()) {
                problems.add(new ImportProblem(ref, "The card has no name, organisation or email address."));
            } else {
                records.add(new ImportRecord(ref, c, null));
            }
        }
        return new ParsedFile(file, "vcard", records, problems);
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }
}
