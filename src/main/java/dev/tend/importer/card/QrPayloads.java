package dev.tend.importer.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.client.result.AddressBookParsedResult;
import com.google.zxing.client.result.ParsedResult;
import com.google.zxing.client.result.ResultParser;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.importer.Phones;
import dev.tend.importer.VCardReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a QR code's text into a contact. vCards go through the same ez-vcard reading as vCard
 * files; MECARD (Japanese phones, many badge printers) and BIZCARD go through ZXing's own result
 * parsers. Anything else (a plain link, Wi-Fi settings) is no contact and is said so.
 */
public final class QrPayloads {
    private static final Pattern FIELD = Pattern.compile("(?:^|;)(N|X):((?:\\\\.|[^;\\\\])*)");

    private QrPayloads() {
    }

    /**
     * The contact the payload describes, or the reason it describes none: in English, and as a code
     * with arguments a window translates.
     */
    public record Reading(Optional<Contact> contact, String reason, String code, String arg) {
        static Reading of(Contact c) {
            return new Reading(Optional.of(c), null, null, null);
        }

        static Reading none(String code, String reason, String arg) {
            return new Reading(Optional.empty(), reason, code, arg);
        }
    }

    public static Reading read(String payload, String defaultRegion) {
        String text = payload.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:VCARD")) {
            Optional<Contact> c = new VCardReader().contactOf(text, defaultRegion);
            return c.isPresent() ? Reading.of(c.get()) : Reading.none("qr.emptyContact",
                    "the code's contact has no name, organisation, email or phone", null);
        }
        if (upper.startsWith("MECARD:") || upper.startsWith("BIZCARD:")) {
            ParsedResult parsed = ResultParser.parseResult(new Result(text, null, null, BarcodeFormat.QR_CODE));
            if (parsed instanceof AddressBookParsedResult book) {
                Contact c = contact(book, text, upper.startsWith("MECARD:"), defaultRegion);
                if (!c.displayName().isEmpty() || !c.phones().isEmpty()) {
                    return Reading.of(c);
                }
            }
            return Reading.none("qr.emptyContact", "the code's contact has no name, organisation, email or phone", null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            return Reading.none("qr.link", "the code holds no contact (a web address: " + shown + ")", shown);
        }
        if (lower.startsWith("wifi:")) {
            return Reading.none("qr.wifi", "the code holds no contact (Wi-Fi settings)", null);
        }
        return Reading.none("qr.text", "the code holds no contact (text that is no vCard, MECARD or BIZCARD)", null);
    }

    private static Contact contact(AddressBookParsedResult r, String raw, boolean mecard, String defaultRegion) {
        Contact.Builder b = Contact.builder();
        String n = field(raw, "N");
        if (mecard && n != null) {
            // MECARD writes "Family,Given"
            String[] parts = n.split(",", 2);
            b.familyName(parts[0].strip());
            if (parts.length > 1) {
                b.givenName(parts[1].strip());
            }
        } else if (!mecard) {
            b.givenName(n);
            b.familyName(field(raw, "X"));
        }
        if (r.getNames() != null && r.getNames().length > 0) {
            b.fullName(r.getNames()[0]);
        }
        b.organisation(r.getOrg());
        b.title(r.getTitle());
        List<Email> emails = new ArrayList<>();
        for (String e : list(r.getEmails())) {
            emails.add(Email.of(e));
        }
        b.emails(emails);
        List<PostalAddress> addresses = new ArrayList<>();
        for (String a : list(r.getAddresses())) {
            PostalAddress pa = CardText.address(List.of(a.split("\\s*,\\s*"))).orElse(
                    new PostalAddress(null, a, null, null, null, null));
            addresses.add(pa);
        }
        b.addresses(addresses);
        List<String> raws = list(r.getPhoneNumbers());
        String region = Phones.regionFor(raws, addresses.stream().map(PostalAddress::country).toList(), defaultRegion);
        List<Phone> phones = new ArrayList<>();
        String[] types = r.getPhoneTypes();
        for (int i = 0; i < raws.size(); i++) {
            String type = types != null && i < types.length ? types[i] : null;
            phones.add(Phones.phone(raws.get(i), label(type), region));
        }
        b.phones(phones);
        b.urls(list(r.getURLs()).stream().map(WebLink::of).toList());
        b.notes(r.getNote());
        return b.build();
    }

    private static String label(String zxingType) {
        if (zxingType == null) {
            return null;
        }
        return switch (zxingType.toUpperCase(Locale.ROOT)) {
            case "CELL", "MOBILE" -> "mobile";
            case "FAX" -> "fax";
            case "WORK" -> "work";
            default -> null;
        };
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of()
                : Arrays.stream(values).map(Text::blankToNull).filter(v -> v != null).map(String::strip).toList();
    }

    /** A field of a MECARD or BIZCARD, unescaped; ZXing joins names and loses which is which. */
    private static String field(String raw, String name) {
        int colon = raw.indexOf(':');
        Matcher m = FIELD.matcher(raw.substring(colon + 1));
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Text.blankToNull(m.group(2).replaceAll("\\\\(.)", "$1"));
            }
        }
        return null;
    }
}
