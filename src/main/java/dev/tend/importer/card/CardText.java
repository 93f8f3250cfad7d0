package dev.tend.importer.card;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.WebLink;
import dev.tend.importer.Countries;
import dev.tend.importer.Phones;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a contact from the printed text of a business card, as OCR reads it: emails, phones
 * (libphonenumber's finder, in the country the card itself shows), web, LinkedIn and Xing
 * addresses, the postal address (postcode and city), the organisation (by its legal form), the
 * person's name (with German academic titles) and position. Every field is a proposal the user
 * reviews; a line is used for one field at most.
 */
public final class CardText {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern LINKEDIN = Pattern.compile(
            "(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/in/[\\p{L}0-9_%-]+/?");
    private static final Pattern XING = Pattern.compile(
            "(?i)(?:https?://)?(?:www\\.)?xing\\.com/profile/[\\p{L}0-9_.-]+/?");
    private static final Pattern WEB = Pattern.compile(
            "(?i)(?<![@\\p{L}0-9.-])(?:https?://[^\\s|,;]+|www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/[^\\s|,;]*)?)");
    /** A label before an address: "E-Mail:", "Web:", "Tel.", "M"; dropped before a line is judged. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:e-?mail|mail|web|www|internet|tel(?:efon)?|phone|fon|mobil(?:e)?|handy|cell|fax|[tmfe])\\.?\\s*[:.]?\\s+");

    /** Legal forms; short ones only as their own capitalised word so "AG" matches and "Tag" does not. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:\\bGmbH\\b|\\bmbH\\b|\\bAG\\b|\\bKGaA\\b|\\bKG\\b|\\bOHG\\b|\\bGbR\\b|\\bSE\\b|\\bUG\\b|\\be\\.\\s?V\\.|\\bPartG\\b"
                    + "|\\bLtd\\b\\.?|\\bLimited\\b|\\bInc\\b\\.?|\\bLLC\\b|\\bLLP\\b|\\b[Pp][Ll][Cc]\\b|\\bCorp\\b\\.?|\\bB\\.V\\."
                    + "|\\bS\\.A\\.|\\bSARL\\b|\\bS\\.r\\.l\\.|\\bGesmbH\\b)");
    /** Titles written before a German or English name; kept apart as the name's prefix. */
    private static final Pattern TITLES = Pattern.compile(
            "^((?:(?:Prof\\.|Professor|Dr\\.(?:\\s?-?(?:Ing|rer\\.\\s?nat|med|phil|jur|oec)\\.)?|Dipl\\.\\s?-\\s?[\\p{L}]+\\.?"
                    + "|Mag\\.|Ing\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Herr|Frau)\\s*)+)");
    /** Degrees written after a name: "Anna Schmidt, M.Sc." */
    private static final Pattern TRAILING_DEGREE = Pattern.compile(
            "\\s*,?\\s+(?:M\\.\\s?Sc\\.|B\\.\\s?Sc\\.|M\\.\\s?A\\.|B\\.\\s?A\\.|MBA|PhD|Ph\\.D\\.|LL\\.M\\.)\\s*$");
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "der", "den", "zu", "zum", "vom",
            "da", "di", "du", "del", "la", "le", "ten", "ter");
    /** Words that make a line a position rather than a name or a company. */
    private static final Pattern POSITION_WORDS = Pattern.compile("(?iu)(?:^|[\\s/(-])(?:"
            + "manager|managerin|management|director|direktor|direktorin|head|leiter|leiterin|leitung|chief|officer"
            + "|ceo|cto|cfo|coo|cio|cmo|vp|vice|president|präsident|geschäftsführer|geschäftsführerin|geschaftsfuhrer"
            + "|inhaber|inhaberin|gründer|gründerin|founder|co-founder|partner|partnerin|vorstand|vorständin"
            + "|engineer|ingenieur|ingenieurin|developer|entwickler|entwicklerin|architect|architekt|architektin"
            + "|consultant|berater|beraterin|beratung|analyst|analystin|designer|designerin|specialist|spezialist"
            + "|spezialistin|referent|referentin|sales|vertrieb|marketing|einkauf|purchasing|procurement|account"
            + "|assistant|assistentin|assistent|sekretär|sekretärin|coordinator|koordinator|koordinatorin"
            + "|prokurist|prokuristin|associate|researcher|scientist|wissenschaftler|wissenschaftlerin|professor"
            + "|professorin|lecturer|dozent|dozentin|team ?lead|lead|senior|junior|product owner|owner|teamleiter"
            + "|teamleiterin|projektleiter|projektleiterin|mitarbeiter|mitarbeiterin|key account|business development"
            + "|recruiter|personal|hr|editor|redakteur|redakteurin|journalist|journalistin|anwalt|anwältin|rechtsanwalt"
            + "|rechtsanwältin|attorney|lawyer|counsel|steuerberater|steuerberaterin|arzt|ärztin|technician|techniker"
            + "|administrator|officer|executive|principal|strategist|expert|experte|expertin|evangelist|advisor"
            + ")(?=$|[\\s,/|)&-])"
            // German compounds: Einkaufsleiterin, Softwareentwickler, Vertriebsingenieur
            + "|(?iu)\\p{L}{3,}(?:leiter|leiterin|entwickler|entwicklerin|berater|beraterin|ingenieur|ingenieurin"
            + "|führer|führerin|manager|managerin|referent|referentin|assistent|assistentin|kaufmann|kauffrau)\\b");
    private static final Pattern DE_PLACE = Pattern.compile(
            "^(?:(?:D|DE|A|AT|CH)\\s?-\\s?)?(\\d{4,5})\\s+(\\p{Lu}[\\p{L} .()/-]*\\p{L}\\)?)$");
    private static final Pattern UK_PLACE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} .'-]*\\p{L}),?\\s+([A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})$");
    private static final Pattern US_PLACE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} .'-]*\\p{L}),\\s*([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$");
    private static final Pattern DE_PLACE_START = Pattern.compile("^(?:D\\s?-\\s?)?\\d{5}\\s+\\p{Lu}\\p{Ll}+");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");
    private static final Pattern US_PLACE_ANYWHERE = Pattern.compile("\\p{Lu}\\p{L}+,\\s*[A-Z]{2}\\s+\\d{5}\\b");
    private static final Pattern STREET = Pattern.compile(
            "(?iu)(?:\\d|straße|strasse|str\\.|weg\\b|platz\\b|allee\\b|gasse\\b|ring\\b|damm\\b|ufer\\b|street|road|avenue"
                    + "|lane|square|\\bst\\.|\\brd\\.|\\bave\\.|postfach|p\\.?o\\.? box)");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?iu)(mobil(?:e|funk)?|handy|cell|fax|telefax|tel(?:efon)?|phone|fon|\\b[tmf]\\b)");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|\\b00)\\d[\\d ()/.-]{6,}");
    /** A label right before a value: "Tel. ", "E-Mail: ", "M ". */
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:e-?mail|mail|web|internet|tel(?:efon)?|telefax|phone|fon|mobil(?:e|funk)?|handy|cell|fax|[tmfew])"
                    + "\\.?\\s*:?\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•]\\s+|\\s{3,}");

    private CardText() {
    }

    /** Reads the card's text; national numbers without a country on the card are read in {@code defaultRegion}. */
    public static Contact read(String ocrText, String defaultRegion) {
        List<Line> lines = lines(ocrText);
        Contact.Builder b = Contact.builder();

        List<Email> emails = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (Line l : lines) {
            Matcher m = EMAIL.matcher(l.raw);
            while (m.find()) {
                // lower case: mail systems ignore it, and OCR reads a small s, o, c or w at the start as capital
                emails.add(Email.of(m.group().replaceAll("[.]+$", "").toLowerCase(Locale.ROOT)));
                l.take(m.start(), m.end());
                m = EMAIL.matcher(l.raw);
            }
            for (Pattern p : List.of(LINKEDIN, XING, WEB)) {
                Matcher u = p.matcher(l.raw);
                while (u.find()) {
                    String url = u.group().replaceAll("[.,;]+$", "");
                    urls.add(url.toLowerCase(Locale.ROOT).startsWith("http") ? url : "https://" + url);
                    l.take(u.start(), u.end());
                    u = p.matcher(l.raw);
                }
            }
        }
        b.emails(emails);
        b.urls(urls.stream().map(WebLink::of).toList());

        List<String> countries = new ArrayList<>(lines.stream().map(l -> l.text).filter(CardText::isCountry).toList());
        lines.stream().map(l -> countryOfPlace(l.text)).filter(r -> r != null).findFirst().ifPresent(countries::add);
        b.phones(phones(lines, countries, defaultRegion));

        PostalAddress address = null;
        for (int i = 0; i < lines.size() && address == null; i++) {
            Line l = lines.get(i);
            if (l.used) {
                continue;
            }
            List<String> parts = List.of(l.text.split("\\s*[,|·•]\\s*"));
            Optional<PostalAddress> inline = address(parts);
            if (inline.isPresent()) {
                address = inline.get();
                l.used = true;
                if (address.street() == null && i > 0 && !lines.get(i - 1).used
                        && STREET.matcher(lines.get(i - 1).text).find() && !lines.get(i - 1).text.contains("@")) {
                    address = new PostalAddress(null, lines.get(i - 1).text, address.postalCode(), address.city(),
                            address.region(), address.country());
                    lines.get(i - 1).used = true;
                }
                if (address.country() == null && i + 1 < lines.size() && !lines.get(i + 1).used
                        && isCountry(lines.get(i + 1).text)) {
                    address = new PostalAddress(null, address.street(), address.postalCode(), address.city(),
                            address.region(), lines.get(i + 1).text);
                    lines.get(i + 1).used = true;
                }
            }
        }
        if (address != null) {
            b.addresses(List.of(address));
        }

        Line org = organisation(lines, emails);
        if (org != null) {
            b.organisation(org.text);
            org.used = true;
        }
        Line name = name(lines, emails);
        if (name != null) {
            name.used = true;
            String text = name.text;
            Matcher t = TITLES.matcher(text);
            String prefix = null;
            if (t.find()) {
                prefix = t.group(1).strip();
                text = text.substring(t.end()).strip();
            }
            text = TRAILING_DEGREE.matcher(text).replaceAll("").strip();
            String[] tokens = text.split("\\s+");
            int family = tokens.length - 1;
            while (family > 1 && NAME_PARTICLES.contains(tokens[family - 1].toLowerCase(Locale.ROOT))) {
                family--;
            }
            b.namePrefix(prefix);
            b.givenName(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, family)));
            b.familyName(String.join(" ", java.util.Arrays.copyOfRange(tokens, family, tokens.length)));
            b.fullName(text);
        }
        Line position = position(lines, name);
        if (position != null) {
            b.title(position.text);
            position.used = true;
        }
        return b.build();
    }

    /** Whether the proposal holds anything worth reviewing. */
    public static boolean isEmpty(Contact c) {
        return c.displayName().isEmpty() && c.phones().isEmpty() && c.urls().isEmpty() && c.addresses().isEmpty();
    }

    /**
     * The address among parts of a card's text (lines, or one line split at commas): the part with
     * postcode and city (German, Austrian, Swiss, British or US style), the street before it and a
     * country after it.
     */
    public static Optional<PostalAddress> address(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).strip();
            String street = i > 0 && STREET.matcher(parts.get(i - 1)).find() ? parts.get(i - 1).strip() : null;
            String country = i + 1 < parts.size() && isCountry(parts.get(i + 1)) ? parts.get(i + 1).strip() : null;
            Matcher de = DE_PLACE.matcher(p);
            if (de.matches()) {
                return Optional.of(new PostalAddress(null, street, de.group(1), de.group(2).strip(), null, country));
            }
            Matcher uk = UK_PLACE.matcher(p);
            if (uk.matches()) {
                return Optional.of(new PostalAddress(null, street, uk.group(2), uk.group(1), null,
                        country == null ? null : country));
            }
            // "New York, NY 10118" arrives split at its comma
            if (i + 1 < parts.size()) {
                Matcher us = US_PLACE.matcher(p + ", " + parts.get(i + 1).strip());
                if (us.matches()) {
                    String after = i + 2 < parts.size() && isCountry(parts.get(i + 2)) ? parts.get(i + 2).strip() : null;
                    return Optional.of(new PostalAddress(null, street, us.group(3), us.group(1), us.group(2), after));
                }
            }
            Matcher us = US_PLACE.matcher(p);
            if (us.matches()) {
                return Optional.of(new PostalAddress(null, street, us.group(3), us.group(1), us.group(2), country));
            }
        }
        return Optional.empty();
    }

    /** The country a postcode and city at the start of a line point to: five digits DE, a British postcode GB. */
    private static String countryOfPlace(String line) {
        if (DE_PLACE_START.matcher(line).find()) {
            return "DE";
        }
        if (UK_POSTCODE.matcher(line).find()) {
            return "GB";
        }
        return US_PLACE_ANYWHERE.matcher(line).find() ? "US" : null;
    }

    private static boolean isCountry(String s) {
        String t = s.strip();
        // two- and three-letter codes would take "AG" or "SE" for countries
        return t.length() > 3 && Countries.regionOf(t).isPresent();
    }

    private static List<Phone> phones(List<Line> lines, List<String> countries, String defaultRegion) {
        List<String> international = new ArrayList<>();
        Matcher m = INTERNATIONAL.matcher(String.join("\n", lines.stream().map(l -> l.raw).toList()));
        while (m.find()) {
            international.add(m.group());
        }
        String region = Phones.regionFor(international, countries, defaultRegion);
        List<Phone> phones = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Line l : lines) {
            if (l.used) {
                continue;
            }
            boolean labelled = PHONE_LABEL.matcher(l.raw).find();
            for (PhoneNumberUtil.Leniency leniency : List.of(PhoneNumberUtil.Leniency.VALID, PhoneNumberUtil.Leniency.POSSIBLE)) {
                if (leniency == PhoneNumberUtil.Leniency.POSSIBLE && !labelled) {
                    break;
                }
                List<PhoneNumberMatch> found = new ArrayList<>();
                UTIL.findNumbers(l.raw, region, leniency, Long.MAX_VALUE).forEach(found::add);
                found.removeIf(match -> match.rawString().replaceAll("\\D", "").length() < 6);
                for (PhoneNumberMatch match : found) {
                    String raw = match.rawString().strip();
                    String label = phoneLabel(l.raw.substring(0, match.start()));
                    Phone p = Phones.phone(raw, label, region);
                    if (seen.add(p.e164() != null ? p.e164() : raw)) {
                        phones.add(p);
                    }
                }
                for (int k = found.size() - 1; k >= 0; k--) {
                    l.take(found.get(k).start(), found.get(k).end());
                }
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        return phones;
    }

    private static String phoneLabel(String before) {
        String[] segments = before.split("[|·•,;]|\\s{2,}");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        Matcher m = PHONE_LABEL.matcher(last);
        String word = null;
        while (m.find()) {
            word = m.group(1).toLowerCase(Locale.ROOT);
        }
        if (word == null) {
            return null;
        }
        if (word.startsWith("mob") || word.equals("handy") || word.equals("cell") || word.equals("m")) {
            return "mobile";
        }
        if (word.contains("fax") || word.equals("f")) {
            return "fax";
        }
        return "work";
    }

    private static Line organisation(List<Line> lines, List<Email> emails) {
        for (Line l : lines) {
            if (!l.used && LEGAL_FORM.matcher(l.text).find() && !l.text.contains("@")) {
                return l;
            }
        }
        // no legal form: a line that spells the email's domain ("Nordwind Logistik", nordwind-logistik.de)
        for (Email e : emails) {
            String domain = e.address().substring(e.address().indexOf('@') + 1);
            String label = letters(domain.contains(".") ? domain.substring(0, domain.lastIndexOf('.')) : domain);
            for (Line l : lines) {
                String ll = letters(l.text);
                if (!l.used && ll.length() >= 4 && label.length() >= 4 && (ll.equals(label) || label.startsWith(ll)
                        || ll.startsWith(label)) && !looksLikePerson(l.text, emails)) {
                    return l;
                }
            }
        }
        return null;
    }

    private static Line name(List<Line> lines, List<Email> emails) {
        Line best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.used || !nameShaped(l.text)) {
                continue;
            }
            int score = -i;
            if (TITLES.matcher(l.text).find()) {
                score += 6;
            }
            if (looksLikePerson(l.text, emails)) {
                score += 10;
            }
            if (POSITION_WORDS.matcher(l.text).find()) {
                score -= 8;
            }
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        return best;
    }

    /** Two to five capitalised words (particles allowed), after any title; no digits or symbols. */
    private static boolean nameShaped(String text) {
        String t = text;
        Matcher m = TITLES.matcher(t);
        if (m.find()) {
            t = t.substring(m.end());
        }
        t = TRAILING_DEGREE.matcher(t).replaceAll("").strip();
        if (t.matches(".*[\\d@/:|&+]+.*") || LEGAL_FORM.matcher(t).find()) {
            return false;
        }
        String[] tokens = t.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        for (String tok : tokens) {
            if (NAME_PARTICLES.contains(tok.toLowerCase(Locale.ROOT)) && !tok.equals(tokens[0])) {
                continue;
            }
            if (!tok.matches("\\p{Lu}[\\p{L}'’.-]*") || tok.length() > 1 && tok.equals(tok.toUpperCase(Locale.ROOT))
                    && tok.length() > 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's words appear in an email's local part: anna.schmidt@ for "Dr. Anna Schmidt". */
    private static boolean looksLikePerson(String text, List<Email> emails) {
        String[] words = TITLES.matcher(text).replaceAll("").split("[\\s-]+");
        for (Email e : emails) {
            String local = e.address().substring(0, e.address().indexOf('@')).toLowerCase(Locale.ROOT);
            String lettersOnly = letters(local);
            int hits = 0;
            for (String w : words) {
                String a = letters(w);
                String b = letters(transliterate(w));
                if (a.length() >= 3 && (lettersOnly.contains(a) || lettersOnly.contains(b))) {
                    hits++;
                }
            }
            if (hits >= 1 && words.length <= 5) {
                return true;
            }
        }
        return false;
    }

    private static Line position(List<Line> lines, Line name) {
        int at = name == null ? -1 : lines.indexOf(name);
        if (at >= 0) {
            for (int i : new int[] {at + 1, at - 1, at + 2}) {
                if (i >= 0 && i < lines.size() && !lines.get(i).used && positionShaped(lines.get(i).text)
                        && POSITION_WORDS.matcher(lines.get(i).text).find()) {
                    return lines.get(i);
                }
            }
        }
        for (Line l : lines) {
            if (!l.used && positionShaped(l.text) && POSITION_WORDS.matcher(l.text).find()) {
                return l;
            }
        }
        if (at >= 0 && at + 1 < lines.size() && !lines.get(at + 1).used && positionShaped(lines.get(at + 1).text)) {
            return lines.get(at + 1);
        }
        return null;
    }

    private static boolean positionShaped(String text) {
        return !text.matches(".*[@\\d].*") && text.split("\\s+").length <= 8 && text.length() >= 3
                && text.chars().filter(Character::isLetter).count() * 10 >= text.length() * 7L;
    }

    private static String letters(String s) {
        return Text.fold(s).replaceAll("[^a-z]", "");
    }

    private static String transliterate(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }

    /** The card's lines without labels and noise; segments of "a | b" lines stand on their own. */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        for (String raw : text.replace('\r', '\n').split("\n")) {
            String s = raw.replace('\u00A0', ' ').replace('\t', ' ').strip();
            s = s.replaceAll("\\s*@\\s*", "@").replaceAll("(?i)\\s*[(\\[]at[)\\]]\\s*", "@");
            // OCR puts spaces around dots in addresses: "james. whitfield@", "example .de"
            s = s.replaceAll("([\\p{L}0-9_%+-])\\.\\s+(?=[\\p{L}0-9._%+-]*@)", "$1.")
                    .replaceAll("([\\p{L}0-9-])\\s+\\.(?=(?:de|com|org|net|eu|uk|co|at|ch|io|info|biz)\\b)", "$1.");
            for (String part : SEPARATORS.split(s)) {
                Line line = new Line(part.replaceAll(" +", " ").strip());
                if (line.text.chars().filter(Character::isLetterOrDigit).count() >= 2) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** One segment of the card's text; fields take their parts of it until nothing is left. */
    private static final class Line {
        /** As printed, labels included ("Tel. +49 30 ..."); values are cut out as fields take them. */
        String raw;
        /** What is left without labels and stray punctuation: what names, companies and addresses are read from. */
        String text;
        boolean used;

        Line(String raw) {
            this.raw = raw;
            this.text = clean(raw);
        }

        /** Cuts out the value at {@code start}-{@code end} with the label before it; used up when nothing is left. */
        void take(int start, int end) {
            Matcher label = TRAILING_LABEL.matcher(raw.substring(0, start));
            int from = label.find() ? label.start() : start;
            raw = (raw.substring(0, from) + "  " + raw.substring(end)).strip();
            text = clean(raw);
            if (text.chars().filter(Character::isLetterOrDigit).count() < 2) {
                used = true;
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static String clean(String segment) {
        String t = LABEL.matcher(segment.replaceAll(" +", " ").strip()).replaceFirst("").strip();
        return t.replaceAll("^[^\\p{L}\\p{N}+(]+", "").replaceAll("[^\\p{L}\\p{N}.)]+$", "").strip();
    }
}
