package dev.tend.domain;

import java.time.LocalDate;
import java.util.List;

/** A touchpoint with one or many contacts: a dinner with five people at a fair is one entry. */
public record Interaction(Long id, LocalDate occurredOn, Channel channel, Long eventId, String summary,
                          List<Long> participantIds) {
    public Interaction {
        summary = Text.blankToNull(summary);
        participantIds = List.copyOf(participantIds == null ? List.of() : participantIds);
    }
}
