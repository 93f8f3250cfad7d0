package dev.tend.domain;

/** An email address (stored lower-case) with an optional label such as "work". */
public record Email(String address, String label) {
    public Email {
        address = address == null ? "" : address.strip();
        label = Text.blankToNull(label);
    }

    public static Email of(String address) {
        return new Email(address, null);
    }
}
