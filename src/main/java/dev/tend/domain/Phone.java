package dev.tend.domain;

/**
 * A phone number kept twice: as written ({@code raw}) and normalised to E.164 for matching and
 * dialling. {@code e164} is null when the number could not be understood.
 */
public record Phone(String raw, String e164, String label) {
    public Phone {
        raw = raw == null ? "" : raw.strip();
        e164 = Text.blankToNull(e164);
        label = Text.blankToNull(label);
    }

    public static Phone of(String raw) {
        return new Phone(raw, null, null);
    }
}
