package dev.tend.domain;

import java.time.LocalDate;

/** Something due for a contact. */
public record FollowUp(Long id, long contactId, FollowUpReason reason, LocalDate dueOn, String note,
                       Long exchangeId, Long eventId, LocalDate snoozedUntil, LocalDate doneOn) {
    public FollowUp {
        note = Text.blankToNull(note);
    }
}
