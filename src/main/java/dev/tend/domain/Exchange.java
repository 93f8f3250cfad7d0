package dev.tend.domain;

import java.time.LocalDate;

/** One entry of the give/take ledger, seen from the user. */
public record Exchange(Long id, long contactId, Long interactionId, LocalDate occurredOn, Direction direction,
                       ExchangeKind kind, int weight, String description, ExchangeStatus status,
                       String declinedReason, LocalDate dueOn, boolean thanked, LocalDate thankedOn,
                       LocalDate madeGoodOn) {
    public Exchange {
        if (weight < 1 || weight > 3) {
            throw new IllegalArgumentException("weight must be 1 to 3, was " + weight);
        }
        description = Text.blankToNull(description);
        declinedReason = Text.blankToNull(declinedReason);
        status = status == null ? ExchangeStatus.DONE : status;
    }

    /** A simple finished exchange, as most ledger entries are. */
    public static Exchange done(long contactId, LocalDate on, Direction direction, ExchangeKind kind, int weight,
                                String description) {
        return new Exchange(null, contactId, null, on, direction, kind, weight, description,
                ExchangeStatus.DONE, null, null, false, null, null);
    }

    public Exchange withContact(long contactId) {
        return new Exchange(id, contactId, interactionId, occurredOn, direction, kind, weight, description, status,
                declinedReason, dueOn, thanked, thankedOn, madeGoodOn);
    }
}
