package dev.tend.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the week's list: whom to contact, why, and since when it is due.
 *
 * @param contactUid the contact's stable uid (for calendar entries)
 * @param email the contact's first e-mail address, or null (for "Write email")
 * @param since what the reason counts from: the help received, the event's end, the promise or the
 *     declined request, the last interaction (cadence), the birthday; null for a hand-set follow-up
 * @param exchangeId the exchange behind a thank-you, promise or declined request, else null
 * @param eventId the event behind a post-fair note, else null
 * @param followUpId the stored follow-up of a hand-set item, else null
 * @param detail the user's own words behind it (the exchange's description, the event's name, the
 *     note of a hand-set follow-up), or null
 */
public record FollowUpItem(FollowUpReason reason, long contactId, String contactName, String contactUid, String email,
                           LocalDate dueOn, LocalDate since, Long exchangeId, Long eventId, Long followUpId,
                           String detail) {
    public FollowUpItem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueOn, "dueOn");
        detail = Text.blankToNull(detail);
        email = Text.blankToNull(email);
    }

    /** Days past due as of {@code asOf}; 0 when due that day or later. */
    public long overdueDays(LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, asOf));
    }

    /**
     * Stays the same while the item is the same item, across runs and databases of the same data:
     * the contact's uid plus what the item is about. The cadence and a birthday name their
     * occurrence (a new year's birthday is a new item; the next cadence round replaces the last,
     * so a calendar that imports the file again updates the entry).
     */
    public String key() {
        String what = switch (reason) {
            case THANK_YOU, PROMISE, DECLINED_REQUEST -> "exchange-" + exchangeId;
            case AFTER_EVENT -> "event-" + eventId;
            case CUSTOM -> "follow-up-" + followUpId;
            case BIRTHDAY -> "birthday-" + dueOn.getYear();
            case CADENCE -> "cadence";
        };
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + what + "-" + contactUid;
    }
}
