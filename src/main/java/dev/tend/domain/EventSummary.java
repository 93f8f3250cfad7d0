package dev.tend.domain;

/**
 * One row of the event overview: the event, how many active contacts were met there, and how many
 * of them have been followed up since (see {@link EventPerson#followedUpOn()} for the rule).
 */
public record EventSummary(Event event, int met, int followedUp) {
    public long id() {
        return event.id();
    }
}
