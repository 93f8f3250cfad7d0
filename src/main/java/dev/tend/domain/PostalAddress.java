package dev.tend.domain;

import java.util.stream.Stream;

/** A postal address as found on business cards: street, postcode and city matter most. */
public record PostalAddress(String label, String street, String postalCode, String city, String region,
                            String country) {
    public PostalAddress {
        label = Text.blankToNull(label);
        street = Text.blankToNull(street);
        postalCode = Text.blankToNull(postalCode);
        city = Text.blankToNull(city);
        region = Text.blankToNull(region);
        country = Text.blankToNull(country);
    }

    public boolean isEmpty() {
        return Stream.of(street, postalCode, city, region, country).allMatch(v -> v == null);
    }

    /** One line, e.g. "Königstraße 1, 30159 Hannover, Germany". */
    public String oneLine() {
        String place = Text.join(" ", postalCode, city);
        return Text.join(", ", street, place, region, country);
    }
}
