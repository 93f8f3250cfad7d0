package dev.tend.service;

import dev.tend.domain.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * An interaction as the user logs it: one or many participants and the exchanges that happened
 * in it, stored together or not at all by {@link LedgerService#logInteraction}.
 */
public record InteractionDraft(LocalDate date, Channel channel, Long eventId, String summary,
                               List<Long> participantIds, List<ExchangeDraft> exchanges) {
    public InteractionDraft {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
    }
}
