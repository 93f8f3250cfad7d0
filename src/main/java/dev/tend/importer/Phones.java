package dev.tend.importer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.tend.domain.Phone;
import java.util.Collection;
import java.util.Optional;

/**
 * Phone numbers as the readers see them: raw text kept as written, E.164 worked out in the
 * country the record itself makes clear (its international numbers, its address), else the
 * user's region. The same reading rules as the service's PhoneNumbers, which readers may not use.
 */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MIN_DIGITS = 5;

    private Phones() {
    }

    /** "+49 (0)30 1234" to "+49 30 1234": the "(0)" is the trunk prefix, not a digit. */
    static String dropTrunkZero(String raw) {
        return raw.strip().replaceFirst("^((?:\\+|00)\\d{1,3})\\s*\\(0\\)\\s*", "$1 ");
    }

    /**
     * The E.164 form of {@code raw} read in {@code region}, or empty when it is no dialable number
     * (not possible for its country, or fewer than five digits). The service's checks use it too.
     */
    public static Optional<String> toE164(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber n = UTIL.parse(dropTrunkZero(raw), region);
            if (!UTIL.isPossibleNumber(n) || UTIL.getNationalSignificantNumber(n).length() < MIN_DIGITS) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The region of a number written internationally ("+43 1 ...", "0043 1 ..."), else empty. */
    public static Optional<String> regionOfInternational(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (!s.startsWith("+") && !s.startsWith("00")) {
            return Optional.empty();
        }
        try {
            String text = s.startsWith("00") ? "+" + s.substring(2) : s;
            PhoneNumber n = UTIL.parse(dropTrunkZero(text), "ZZ");
            String region = UTIL.getRegionCodeForCountryCode(n.getCountryCode());
            return "ZZ".equals(region) || "001".equals(region) ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The region national numbers of a record are read in: the country code of its first
     * international number, else its first address country Tend recognises, else the default.
     */
    public static String regionFor(Collection<String> rawNumbers, Collection<String> countries, String defaultRegion) {
        for (String raw : rawNumbers) {
            Optional<String> r = regionOfInternational(raw);
            if (r.isPresent()) {
                return r.get();
            }
        }
        for (String country : countries) {
            Optional<String> r = Countries.regionOf(country);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return defaultRegion == null || defaultRegion.isBlank() ? "DE" : defaultRegion;
    }

    /** The phone as written, with its E.164 form read in {@code region} where it is dialable. */
    public static Phone phone(String raw, String label, String region) {
        return new Phone(raw, toE164(raw, region).orElse(null), label);
    }
}
