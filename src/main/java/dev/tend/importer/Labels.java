package dev.tend.importer;

import java.util.Locale;

/** Labels of emails, phones and addresses as Tend stores them: "work", "home", "mobile", "other", "fax". */
final class Labels {
    private Labels() {
    }

    /**
     * A label as exporters write it ("WORK", "* Work", "_$!<Mobile>!$_", "Mobil", "Geschäftlich")
     * to Tend's keys; other words are kept as written.
     */
    static String normalise(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip();
        if (s.startsWith("_$!<") && s.endsWith(">!$_")) {
            s = s.substring(4, s.length() - 4);
        }
        s = s.replaceFirst("^\\*\\s*", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("fax")) {
            return "fax";
        }
        return switch (l) {
            case "work", "business", "office", "geschäftlich", "arbeit", "dienstlich", "firma" -> "work";
            case "home", "private", "privat", "personal" -> "home";
            case "cell", "mobile", "iphone", "mobil", "handy", "mobiltelefon" -> "mobile";
            case "other", "andere", "sonstige", "weitere" -> "other";
            case "main", "pref", "internet", "voice", "x400", "intl", "dom", "postal", "parcel" -> null;
            default -> s;
        };
    }
}
