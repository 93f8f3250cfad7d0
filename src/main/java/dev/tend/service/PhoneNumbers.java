package dev.tend.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.tend.importer.Phones;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers through libphonenumber. National numbers ("0511 123456") are read in the default
 * region: the user's locale's country, else Germany, where most of Tend's trade fairs are.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The region from the locale's country when libphonenumber knows it, else DE. */
    public static PhoneNumbers forLocale(Locale locale) {
        String country = locale.getCountry();
        boolean known = !country.isEmpty() && UTIL.getSupportedRegions().contains(country);
        return new PhoneNumbers(known ? country : "DE");
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** E.164 form of {@code raw}, or empty when it is not a possible phone number. */
    public Optional<String> toE164(String raw) {
        return toE164(raw, defaultRegion);
    }

    public Optional<String> toE164(String raw, String region) {
        // One reading of numbers for the editor and the importers: "(0)" dropped, too short refused.
        return Phones.toE164(raw, region);
    }

    /**
     * Whether {@code e164} is what {@code raw} means when read in the country of {@code e164}: an
     * importer that knew the card's country may have read a national number differently from the
     * user's region, and that reading stands as long as it still belongs to the raw text.
     */
    public boolean belongsTo(String raw, String e164) {
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(e164, defaultRegion));
            return region != null && toE164(raw, region).filter(e164::equals).isPresent();
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** A readable international form for display, e.g. "+49 30 1234567". */
    public String formatInternational(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, defaultRegion), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
