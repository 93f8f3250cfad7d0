package dev.tend.domain;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a Tend database holds for its user, with ids, as a full export writes it and a full
 * import restores it: settings, tags, events, contacts with photos, interactions with their
 * participants, exchanges and follow-ups. Import batches are not part of it: they record how data
 * came in, not the data. Lists are in id order (tags by name), so equal databases give equal
 * archives.
 */
public record Archive(SortedMap<String, String> settings, List<String> tags, List<EventEntry> events,
                      List<ContactEntry> contacts, List<InteractionEntry> interactions,
                      List<ExchangeEntry> exchanges, List<FollowUpEntry> followUps) {
    public Archive {
        settings = new TreeMap<>(settings);
        tags = List.copyOf(tags);
        events = List.copyOf(events);
        contacts = List.copyOf(contacts);
        interactions = List.copyOf(interactions);
        exchanges = List.copyOf(exchanges);
        followUps = List.copyOf(followUps);
    }

    /** An event with the times it was created and last changed. */
    public record EventEntry(Event event, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A contact (its id, uid and times included), its photo or null, where the photo came from,
     * and who introduced them (a contact id) or null.
     */
    public record ContactEntry(Contact contact, Photo photo, String photoSource, Long introducedById) {
    }

    /** An interaction with its participants' ids, and when it was logged. */
    public record InteractionEntry(Interaction interaction, Instant createdAt) {
    }

    public record ExchangeEntry(Exchange exchange, Instant createdAt) {
    }

    public record FollowUpEntry(FollowUp followUp, Instant createdAt) {
    }

    public int size() {
        return contacts.size() + events.size() + interactions.size() + exchanges.size() + followUps.size();
    }
}
