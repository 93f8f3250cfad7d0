package dev.tend.importer;

import dev.tend.domain.Text;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CSV column fills which contact field. {@link #suggest(List)} proposes one from the header
 * names (English and German, and the headers of LinkedIn, Google and Outlook); the user may change
 * it before reading.
 */
public final class ColumnMapping {
    /** The contact fields a column can fill. */
    public enum Field {
        GIVEN_NAME, MIDDLE_NAME, FAMILY_NAME, FULL_NAME, NAME_PREFIX, ORGANISATION, DEPARTMENT, TITLE,
        EMAIL, EMAIL_LABEL, PHONE, PHONE_LABEL, STREET, POSTAL_CODE, CITY, REGION, COUNTRY, ADDRESS_LABEL,
        URL, BIRTHDAY, NOTES, TAGS, CONNECTED_ON
    }

    /**
     * A column's target: the field, a fixed label ("work", "mobile") or null, and a slot that ties
     * columns of one value together (an address's street and city, Google's "Phone 1 - Label" and
     * "Phone 1 - Value").
     */
    public record Target(Field field, String label, String slot) {
        public Target {
            slot = slot == null ? "" : slot;
        }

        public static Target of(Field field) {
            return new Target(field, null, "");
        }
    }

    private static final Pattern NUMBERED = Pattern.compile(
            "^(e mail|email|phone|address|website|organization|organisation) (\\d+) (.+)$");
    private final Map<Integer, Target> targets;

    private ColumnMapping(Map<Integer, Target> targets) {
        this.targets = Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    public static ColumnMapping of(Map<Integer, Target> targets) {
        return new ColumnMapping(targets);
    }

    public Optional<Target> target(int column) {
        return Optional.ofNullable(targets.get(column));
    }

    /** Column index (0-based) to target, in column order. */
    public Map<Integer, Target> asMap() {
        return targets;
    }

    public ColumnMapping with(int column, Target target) {
        Map<Integer, Target> m = new TreeMap<>(targets);
        if (target == null) {
            m.remove(column);
        } else {
            m.put(column, target);
        }
        return new ColumnMapping(m);
    }

    /** Whether a contact can come out of it: some column gives a name, organisation, email or phone. */
    public boolean isUsable() {
        Set<Field> useful = Set.of(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME, Field.ORGANISATION,
                Field.EMAIL, Field.PHONE);
        return targets.values().stream().anyMatch(t -> useful.contains(t.field()));
    }

    public boolean maps(Field field) {
        return targets.values().stream().anyMatch(t -> t.field() == field);
    }

    /** Proposes a target for every header it recognises; unknown headers stay unmapped. */
    public static ColumnMapping suggest(List<String> headers) {
        Map<Integer, Target> m = new TreeMap<>();
        Set<String> all = new java.util.HashSet<>();
        for (String h : headers) {
            all.add(key(h));
        }
        // Outlook's "Title"/"Anrede" is the name prefix when a job title column sits beside it.
        boolean hasJobTitle = all.contains("job title") || all.contains("position");
        for (int i = 0; i < headers.size(); i++) {
            Target t = suggestOne(key(headers.get(i)), hasJobTitle);
            if (t != null) {
                m.put(i, t);
            }
        }
        return new ColumnMapping(m);
    }

    /** Lower case, accents folded ("Straße" to "strasse"), punctuation to single spaces. */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        return Text.fold(header.replace("\uFEFF", "")).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Target t(Field f) {
        return Target.of(f);
    }

    private static Target t(Field f, String label, String slot) {
        return new Target(f, label, slot);
    }

    static Target suggestOne(String k, boolean hasJobTitle) {
        if (k.isEmpty()) {
            return null;
        }
        Matcher n = NUMBERED.matcher(k);
        if (n.matches()) {
            return numbered(n.group(1), n.group(2), n.group(3));
        }
        Target address = outlookAddress(k);
        if (address != null) {
            return address;
        }
        switch (k) {
            case "first name", "given name", "firstname", "vorname", "prenom", "forename":
                return t(Field.GIVEN_NAME);
            case "middle name", "additional name", "weitere vornamen", "zweiter vorname":
                return t(Field.MIDDLE_NAME);
            case "last name", "family name", "surname", "lastname", "nachname", "familienname", "zuname":
                return t(Field.FAMILY_NAME);
            case "name", "full name", "display name", "fullname", "vollstandiger name", "anzeigename", "kontakt",
                 "contact", "contact name", "file as", "speichern unter":
                return t(Field.FULL_NAME);
            case "title":
                return hasJobTitle ? t(Field.NAME_PREFIX) : t(Field.TITLE);
            case "name prefix", "prefix", "anrede", "salutation", "akademischer titel", "titel":
                return t(Field.NAME_PREFIX);
            case "company", "organization", "organisation", "organization name", "organisation name", "firma",
                 "unternehmen", "company name", "firmenname", "arbeitgeber", "employer", "institution":
                return t(Field.ORGANISATION);
            case "department", "abteilung", "organization department":
                return t(Field.DEPARTMENT);
            case "job title", "position", "organization title", "jobtitel", "berufsbezeichnung", "funktion",
                 "role", "rolle", "beruf", "job":
                return t(Field.TITLE);
            case "e mail", "email", "e mail address", "email address", "e mail adresse", "email adresse", "mail",
                 "e mail 1", "email 1", "emailadresse", "primary email":
                return t(Field.EMAIL, null, "e1");
            case "e mail 2 address", "e mail 2 adresse", "e mail 2", "email 2":
                return t(Field.EMAIL, null, "e2");
            case "e mail 3 address", "e mail 3 adresse", "e mail 3", "email 3":
                return t(Field.EMAIL, null, "e3");
            case "phone", "telephone", "telefon", "phone number", "telefonnummer", "tel", "primary phone",
                 "haupttelefon", "rufnummer":
                return t(Field.PHONE, null, "phone");
            case "business phone", "work phone", "company main phone", "telefon geschaftlich", "telefon firma",
                 "telefon arbeit", "telefon dienstlich", "phone work",
                 "zentrale geschaftlich", "telefon zentrale":
                return t(Field.PHONE, "work", "work");
            case "business phone 2", "telefon geschaftlich 2":
                return t(Field.PHONE, "work", "work2");
            case "mobile phone", "mobile", "mobil", "mobiltelefon", "handy", "cell", "cell phone", "mobilnummer",
                 "handynummer", "phone mobile", "mobile number":
                return t(Field.PHONE, "mobile", "mobile");
            case "home phone", "telefon privat", "phone home", "private phone":
                return t(Field.PHONE, "home", "home");
            case "home phone 2", "telefon privat 2":
                return t(Field.PHONE, "home", "home2");
            case "other phone", "weiteres telefon", "telefon andere", "sonstiges telefon":
                return t(Field.PHONE, "other", "other");
            case "business fax", "fax geschaftlich", "fax", "telefax", "faxnummer":
                return t(Field.PHONE, "fax", "fax");
            case "street", "address", "strasse", "adresse", "anschrift", "street address", "strasse und hausnummer":
                return t(Field.STREET, null, "a");
            case "zip", "zip code", "postal code", "postcode", "plz", "postleitzahl", "post code":
                return t(Field.POSTAL_CODE, null, "a");
            case "city", "town", "ort", "stadt", "wohnort", "locality":
                return t(Field.CITY, null, "a");
            case "state", "region", "bundesland", "province", "kanton":
                return t(Field.REGION, null, "a");
            case "country", "land", "staat", "country region", "land region":
                return t(Field.COUNTRY, null, "a");
            case "website", "web page", "webseite", "homepage", "url", "web", "internet", "webpage", "web site",
                 "profile url", "linkedin", "xing", "linkedin url", "xing url", "linkedin profil", "xing profil",
                 "website url", "internetseite", "webadresse":
                return t(Field.URL);
            case "birthday", "geburtstag", "date of birth", "geburtsdatum", "bday", "birth date":
                return t(Field.BIRTHDAY);
            case "notes", "note", "notizen", "notiz", "bemerkungen", "bemerkung", "kommentar", "comments",
                 "comment", "anmerkungen", "anmerkung":
                return t(Field.NOTES);
            case "labels", "group membership", "categories", "kategorien", "tags", "gruppen", "groups",
                 "kategorie", "category":
                return t(Field.TAGS);
            case "connected on", "verbunden am", "kennengelernt am", "first met":
                return t(Field.CONNECTED_ON);
            default:
                break;
        }
        if (k.contains("mail") && !k.contains("type") && !k.contains("typ") && !k.contains("display")
                && !k.contains("angezeigt")) {
            return t(Field.EMAIL, null, "e-" + k);
        }
        if (k.contains("mobil") || k.contains("handy")) {
            return t(Field.PHONE, "mobile", "p-" + k);
        }
        if (k.contains("telefon") || k.contains("phone")) {
            return t(Field.PHONE, null, "p-" + k);
        }
        return null;
    }

    /** Google's "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - City", "Organization 1 - Name". */
    private static Target numbered(String kind, String number, String part) {
        String slot = kind.charAt(0) + number;
        boolean label = part.equals("type") || part.equals("label");
        switch (kind) {
            case "e mail", "email":
                return label ? t(Field.EMAIL_LABEL, null, slot) : part.equals("value") ? t(Field.EMAIL, null, slot) : null;
            case "phone":
                return label ? t(Field.PHONE_LABEL, null, slot) : part.equals("value") ? t(Field.PHONE, null, slot) : null;
            case "website":
                return part.equals("value") ? t(Field.URL) : null;
            case "organization", "organisation":
                return switch (part) {
                    case "name" -> number.equals("1") ? t(Field.ORGANISATION) : null;
                    case "title" -> number.equals("1") ? t(Field.TITLE) : null;
                    case "department" -> number.equals("1") ? t(Field.DEPARTMENT) : null;
                    default -> null;
                };
            default: // address
                if (label) {
                    return t(Field.ADDRESS_LABEL, null, slot);
                }
                return switch (part) {
                    case "street" -> t(Field.STREET, null, slot);
                    case "city" -> t(Field.CITY, null, slot);
                    case "postal code" -> t(Field.POSTAL_CODE, null, slot);
                    case "region" -> t(Field.REGION, null, slot);
                    case "country" -> t(Field.COUNTRY, null, slot);
                    default -> null;
                };
        }
    }

    /** Outlook's address columns: "Business Street 2", "Home City", "Straße geschäftlich", "Ort privat". */
    private static Target outlookAddress(String k) {
        String label;
        String rest;
        if (k.startsWith("business ")) {
            label = "work";
            rest = k.substring(9);
        } else if (k.startsWith("home ")) {
            label = "home";
            rest = k.substring(5);
        } else if (k.startsWith("other ")) {
            label = "other";
            rest = k.substring(6);
        } else if (k.endsWith(" geschaftlich") || k.matches(".* geschaftlich \\d")) {
            label = "work";
            rest = k.replaceFirst(" geschaftlich( \\d)?$", "$1");
        } else if (k.endsWith(" privat") || k.matches(".* privat \\d")) {
            label = "home";
            rest = k.replaceFirst(" privat( \\d)?$", "$1");
        } else if (k.startsWith("weitere ") || k.startsWith("weiterer ") || k.startsWith("weiteres ")) {
            label = "other";
            rest = k.substring(k.indexOf(' ') + 1);
        } else {
            return null;
        }
        Field f = switch (rest) {
            case "street", "street 2", "street 3", "strasse", "strasse 2", "strasse 3", "address po box", "postfach" ->
                    Field.STREET;
            case "city", "ort" -> Field.CITY;
            case "postal code", "postleitzahl", "plz" -> Field.POSTAL_CODE;
            case "state", "region", "bundesland kanton", "bundesland" -> Field.REGION;
            case "country", "country region", "land region", "land" -> Field.COUNTRY;
            default -> null;
        };
        return f == null ? null : t(f, label, "addr-" + label);
    }
}
