package dev.tend.domain;

import java.time.LocalDate;

/**
 * A person met at an event, as the event page lists them. {@code followedUpOn} is the date of the
 * latest interaction with them after the event (after its end date, or its start date when it has
 * none), not later than today and not logged at the event itself; null when there was none yet.
 */
public record EventPerson(ContactSummary contact, LocalDate followedUpOn) {
    public boolean followedUp() {
        return followedUpOn != null;
    }
}
