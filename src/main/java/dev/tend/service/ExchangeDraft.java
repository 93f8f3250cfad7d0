package dev.tend.service;

import dev.tend.domain.Direction;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import java.time.LocalDate;

/**
 * One give/take entry as the user enters it. {@code contactId} may be null only while it is being
 * typed (validation names the missing contact). {@code date} is ignored inside an interaction (the
 * exchange takes the interaction's date); on its own a null date means today. {@code dueOn} is for
 * promises, {@code thanked} for received help.
 */
public record ExchangeDraft(Long contactId, Direction direction, ExchangeKind kind, int weight, String description,
                            ExchangeStatus status, String declinedReason, LocalDate dueOn, boolean thanked,
                            LocalDate date) {

    /** A done exchange of weight {@code weight}, the common case. */
    public static ExchangeDraft done(long contactId, Direction direction, ExchangeKind kind, int weight,
                                     String description) {
        return new ExchangeDraft(contactId, direction, kind, weight, description, ExchangeStatus.DONE, null, null,
                false, null);
    }

    public ExchangeDraft withStatus(ExchangeStatus status, String declinedReason, LocalDate dueOn) {
        return new ExchangeDraft(contactId, direction, kind, weight, description, status, declinedReason, dueOn,
                thanked, date);
    }

    public ExchangeDraft withDate(LocalDate date) {
        return new ExchangeDraft(contactId, direction, kind, weight, description, status, declinedReason, dueOn,
                thanked, date);
    }

    public ExchangeDraft withThanked(boolean thanked) {
        return new ExchangeDraft(contactId, direction, kind, weight, description, status, declinedReason, dueOn,
                thanked, date);
    }
}
