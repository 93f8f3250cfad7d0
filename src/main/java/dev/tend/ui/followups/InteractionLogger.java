package dev.tend.ui.followups;

import java.util.Optional;

/**
 * Lets the user log an interaction with a contact (the Log interaction dialog in the app); the
 * interaction's id when it was stored, empty when cancelled.
 */
@FunctionalInterface
public interface InteractionLogger {
    Optional<Long> log(long contactId);
}
