package dev.tend.domain;

/**
 * What the contact list shows: free text (ranked, prefix and accent-insensitive) and filters.
 * Null filters mean "any".
 */
public record ContactQuery(String text, String tag, Long eventId, Circle circle, Archived archived) {

    /** Which contacts by their archive state. */
    public enum Archived { ACTIVE, ARCHIVED, ALL }

    public ContactQuery {
        text = Text.blankToNull(text);
        tag = Text.blankToNull(tag);
        archived = archived == null ? Archived.ACTIVE : archived;
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, Archived.ACTIVE);
    }

    public static ContactQuery text(String text) {
        return new ContactQuery(text, null, null, null, Archived.ACTIVE);
    }

    public ContactQuery withText(String v) { return new ContactQuery(v, tag, eventId, circle, archived); }
    public ContactQuery withTag(String v) { return new ContactQuery(text, v, eventId, circle, archived); }
    public ContactQuery withEvent(Long v) { return new ContactQuery(text, tag, v, circle, archived); }
    public ContactQuery withCircle(Circle v) { return new ContactQuery(text, tag, eventId, v, archived); }
    public ContactQuery withArchived(Archived v) { return new ContactQuery(text, tag, eventId, circle, v); }

    public boolean isUnfiltered() {
        return text == null && tag == null && eventId == null && circle == null;
    }
}
