package dev.tend.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email address checks: strict enough to catch typos from a card, loose enough for real addresses. */
public final class Emails {
    private static final Pattern VALID = Pattern.compile(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,}$");

    private Emails() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && VALID.matcher(address.strip()).matches();
    }

    /** How Tend stores addresses: trimmed, lower-case, so matching ignores case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
