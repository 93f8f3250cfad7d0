package dev.tend.importer;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import ezvcard.VCard;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files through ez-vcard. The file is cut into cards at its
 * BEGIN:VCARD and END:VCARD lines first, so each card is parsed on its own: a broken card becomes
 * a problem with its number and the cards around it still import.
 */
public final class VCardReader {
    public static final String FORMAT = "vCard";
    private final Limits limits;

    public VCardReader() {
        this(Limits.DEFAULT);
    }

    VCardReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads every card; national phone numbers fall back to {@code defaultRegion} (e.g. "DE"). */
    public ParsedFile read(Path file, String defaultRegion) throws UnreadableFileException {
        return read(FileText.check(file, limits), defaultRegion);
    }

    ParsedFile read(FileText.Checked checked, String defaultRegion) throws UnreadableFileException {
        Path file = checked.file();
        String name = FileText.name(file);
        List<ImportRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int cardNo = 0;
        boolean inCard = false;
        boolean sawText = false;
        StringBuilder card = new StringBuilder();
        try (BufferedReader in = checked.open()) {
            String line;
            while ((line = in.readLine()) != null) {
                String t = line.strip().toUpperCase(Locale.ROOT);
                if (t.equals("BEGIN:VCARD")) {
                    if (inCard) {
                        problems.add(ImportProblem.of(SourceRef.card(file, cardNo), "card.noEnd",
                                "the card ends without END:VCARD and was left out"));
                    }
                    cardNo++;
                    if (cardNo > limits.maxRecords()) {
                        throw new UnreadableFileException(file, "file.tooMany", name + " has more than "
                                + Limits.count(limits.maxRecords()) + " contacts; split it into smaller files", null,
                                Limits.count(limits.maxRecords()));
                    }
                    inCard = true;
                    card.setLength(0);
                    card.append(line.strip()).append("\r\n");
                } else if (inCard) {
                    card.append(line).append("\r\n");
                    if (t.equals("END:VCARD")) {
                        inCard = false;
                        readCard(file, cardNo, card.toString(), checked.charset(), defaultRegion, records, problems);
                        card.setLength(0);
                    }
                } else if (!t.isEmpty()) {
                    sawText = true;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(file, "file.unreadable", name + " cannot be read: " + e.getMessage(), e);
        }
        if (inCard) {
            problems.add(ImportProblem.of(SourceRef.card(file, cardNo), "card.truncated",
                    "the file ends in the middle of this card (no END:VCARD); it was left out"));
        }
        if (cardNo == 0) {
            throw new UnreadableFileException(file, sawText ? "file.notVCard" : "file.noContacts", sawText
                    ? name + " is not a vCard file: no contacts found (no BEGIN:VCARD line)"
                    : name + ": no contacts found", null);
        }
        return new ParsedFile(file, FORMAT, records, problems);
    }

    private void readCard(Path file, int number, String text, Charset fileCharset, String defaultRegion,
                          List<ImportRecord> records, List<ImportProblem> problems) {
        SourceRef ref = SourceRef.card(file, number);
        VCard vcard;
        try (ezvcard.io.text.VCardReader reader = new ezvcard.io.text.VCardReader(text)) {
            reader.setDefaultQuotedPrintableCharset(fileCharset);
            vcard = reader.readNext();
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.of(ref, "card.unreadable", "the card cannot be read: " + e.getMessage()));
            return;
        }
        if (vcard == null) {
            problems.add(ImportProblem.of(ref, "card.unreadable", "the card cannot be read"));
            return;
        }
        try {
            Contact contact = toContact(vcard, defaultRegion);
            if (!hasSomethingToKeep(contact)) {
                problems.add(ImportProblem.of(ref, "card.empty", "the card has no name, organisation, email or phone"));
                return;
            }
            Photo photo = photo(vcard, ref, problems);
            records.add(new ImportRecord(ref, contact, photo));
        } catch (RuntimeException e) {
            problems.add(ImportProblem.of(ref, "card.unreadable", "the card cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The contact of one vCard given as text, such as a QR code's payload; empty when the text is no
     * readable vCard or holds no name, organisation, email or phone.
     */
    public Optional<Contact> contactOf(String vcardText, String defaultRegion) {
        try (ezvcard.io.text.VCardReader reader = new ezvcard.io.text.VCardReader(vcardText)) {
            VCard vcard = reader.readNext();
            if (vcard == null) {
                return Optional.empty();
            }
            Contact c = toContact(vcard, defaultRegion);
            return hasSomethingToKeep(c) ? Optional.of(c) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean hasSomethingToKeep(Contact c) {
        return !c.displayName().isEmpty() || !c.phones().isEmpty();
    }

    private Contact toContact(VCard v, String defaultRegion) {
        Map<String, String> groupLabels = new HashMap<>();
        for (RawProperty p : v.getExtendedProperties()) {
            if (p.getPropertyName().equalsIgnoreCase("X-ABLABEL") && p.getGroup() != null) {
                groupLabels.put(p.getGroup().toLowerCase(Locale.ROOT), Labels.normalise(p.getValue()));
            }
        }
        Contact.Builder b = Contact.builder();
        StructuredName n = v.getStructuredName();
        if (n != null) {
            b.givenName(Text.join(" ", n.getGiven(), String.join(" ", n.getAdditionalNames())));
            b.familyName(n.getFamily());
            b.namePrefix(String.join(" ", n.getPrefixes()));
        }
        if (v.getFormattedName() != null) {
            b.fullName(v.getFormattedName().getValue());
        }
        if (v.getOrganization() != null) {
            List<String> org = v.getOrganization().getValues().stream().map(Text::blankToNull)
                    .filter(s -> s != null).toList();
            if (!org.isEmpty()) {
                b.organisation(org.get(0));
                b.department(String.join(", ", org.subList(1, org.size())));
            }
        }
        v.getTitles().stream().map(t -> Text.blankToNull(t.getValue())).filter(s -> s != null).findFirst()
                .ifPresent(b::title);
        List<Email> emails = new ArrayList<>();
        for (ezvcard.property.Email e : v.getEmails()) {
            if (!Text.isBlank(e.getValue())) {
                String label = label(e, groupLabels);
                if (label == null) {
                    label = e.getTypes().stream().map(t -> Labels.normalise(t.getValue()))
                            .filter(s -> s != null).findFirst().orElse(null);
                }
                emails.add(new Email(e.getValue(), label));
            }
        }
        b.emails(emails);
        List<PostalAddress> addresses = new ArrayList<>();
        for (Address a : v.getAddresses()) {
            String label = label(a, groupLabels);
            if (label == null) {
                label = a.getTypes().stream().map(t -> Labels.normalise(t.getValue()))
                        .filter(s -> s != null).findFirst().orElse(null);
            }
            String street = Text.join(", ", String.join(", ", a.getStreetAddresses()),
                    String.join(", ", a.getExtendedAddresses()));
            if (Text.isBlank(street) && !a.getPoBoxes().isEmpty()) {
                street = Text.join(" ", "PO Box", String.join(", ", a.getPoBoxes()));
            }
            PostalAddress pa = new PostalAddress(label, street, a.getPostalCode(), a.getLocality(),
                    a.getRegion(), a.getCountry());
            if (!pa.isEmpty()) {
                addresses.add(pa);
            }
        }
        b.addresses(addresses);
        List<String[]> rawPhones = new ArrayList<>();
        for (Telephone t : v.getTelephoneNumbers()) {
            String raw = t.getText();
            if (raw == null && t.getUri() != null) {
                raw = t.getUri().getNumber();
            }
            if (Text.isBlank(raw)) {
                continue;
            }
            String label = label(t, groupLabels);
            if (label == null) {
                label = phoneLabel(t.getTypes());
            }
            rawPhones.add(new String[] {raw.strip(), label});
        }
        String region = Phones.regionFor(rawPhones.stream().map(p -> p[0]).toList(),
                addresses.stream().map(PostalAddress::country).toList(), defaultRegion);
        List<Phone> phones = new ArrayList<>();
        for (String[] p : rawPhones) {
            phones.add(Phones.phone(p[0], p[1], region));
        }
        b.phones(phones);
        Set<String> urls = new LinkedHashSet<>();
        for (ezvcard.property.Url u : v.getUrls()) {
            if (!Text.isBlank(u.getValue())) {
                urls.add(u.getValue().strip());
            }
        }
        for (RawProperty p : v.getExtendedProperties()) {
            if (p.getPropertyName().equalsIgnoreCase("X-SOCIALPROFILE")) {
                String url = socialProfile(p);
                if (url != null) {
                    urls.add(url);
                }
            }
        }
        b.urls(urls.stream().map(WebLink::of).toList());
        if (v.getBirthday() != null) {
            b.birthday(date(v.getBirthday().getDate()));
        }
        List<String> notes = v.getNotes().stream().map(x -> Text.blankToNull(x.getValue()))
                .filter(s -> s != null).toList();
        b.notes(String.join("\n\n", notes));
        List<String> tags = new ArrayList<>();
        v.getCategoriesList().forEach(c -> tags.addAll(c.getValues()));
        b.tags(tags);
        return b.build();
    }

    private static String label(VCardProperty p, Map<String, String> groupLabels) {
        return p.getGroup() == null ? null : groupLabels.get(p.getGroup().toLowerCase(Locale.ROOT));
    }

    private static String phoneLabel(List<TelephoneType> types) {
        Set<String> t = new LinkedHashSet<>();
        for (TelephoneType type : types) {
            t.add(type.getValue().toLowerCase(Locale.ROOT));
        }
        if (t.contains("fax")) {
            return "fax";
        }
        if (t.contains("cell") || t.contains("iphone")) {
            return "mobile";
        }
        if (t.contains("work")) {
            return "work";
        }
        if (t.contains("home")) {
            return "home";
        }
        return t.stream().map(Labels::normalise).filter(s -> s != null).findFirst().orElse(null);
    }

    /** Apple's and others' X-SOCIALPROFILE: a profile address, or a user name with a type. */
    static String socialProfile(RawProperty p) {
        String value = Text.blankToNull(p.getValue());
        String type = p.getParameter("TYPE");
        String user = Text.blankToNull(p.getParameter("X-USER"));
        if (value != null && (value.contains("://") || value.toLowerCase(Locale.ROOT).startsWith("www."))) {
            return value.startsWith("www.") ? "https://" + value : value;
        }
        String handle = user != null ? user
                : value == null ? null : value.replaceFirst("(?i)^x-apple:", "").replaceFirst("^@", "");
        if (handle == null || type == null || handle.isBlank() || handle.contains(" ")) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "linkedin" -> "https://www.linkedin.com/in/" + handle;
            case "xing" -> "https://www.xing.com/profile/" + handle;
            case "twitter", "x" -> "https://twitter.com/" + handle;
            case "github" -> "https://github.com/" + handle;
            default -> null;
        };
    }

    private static LocalDate date(Temporal t) {
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.from(t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Photo photo(VCard v, SourceRef ref, List<ImportProblem> problems) {
        for (ezvcard.property.Photo p : v.getPhotos()) {
            byte[] data = p.getData();
            if (data == null || data.length == 0) {
                continue;
            }
            if (data.length > limits.maxPhotoBytes()) {
                problems.add(ImportProblem.of(ref, "card.photoTooLarge", "the photo is larger than "
                        + Limits.size(limits.maxPhotoBytes()) + " and was left out; the contact was read without it",
                        Limits.size(limits.maxPhotoBytes())));
                return null;
            }
            ImageType type = p.getContentType();
            String mime = type != null && type.getMediaType() != null ? type.getMediaType() : sniffImage(data);
            return new Photo(mime, data);
        }
        return null;
    }

    static String sniffImage(byte[] d) {
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        if (d.length > 4 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 3 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F') {
            return "image/gif";
        }
        return "application/octet-stream";
    }
}
