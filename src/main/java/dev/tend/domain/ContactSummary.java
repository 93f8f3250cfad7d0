package dev.tend.domain;

/** What a row of the contact list shows: a few columns, never a contact's every field. */
public record ContactSummary(long id, String displayName, String organisation, String title,
                             String primaryEmail, Circle circle, boolean archived) {
}
