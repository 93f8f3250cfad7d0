package dev.tend.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a contact's timeline: an interaction they took part in, or an exchange of the
 * give/take ledger with them. Timelines list entries newest first.
 */
public sealed interface TimelineEntry {
    LocalDate date();

    /**
     * An interaction of the contact's, with the names of the others who took part and the
     * event's name (null without an event).
     */
    record InteractionEntry(Interaction interaction, List<String> others, String eventName) implements TimelineEntry {
        public InteractionEntry {
            others = List.copyOf(others);
        }

        @Override
        public LocalDate date() {
            return interaction.occurredOn();
        }
    }

    /** An exchange with the contact, on its own or as part of an interaction. */
    record ExchangeEntry(Exchange exchange) implements TimelineEntry {
        @Override
        public LocalDate date() {
            return exchange.occurredOn();
        }
    }
}
