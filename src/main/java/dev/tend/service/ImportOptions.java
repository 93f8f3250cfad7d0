package dev.tend.service;

import dev.tend.domain.Text;
import java.util.List;
import java.util.Objects;

/**
 * What goes with a whole import: the event the people were met at (a stored event by id, or one
 * by name, created dated today when there is none of that name yet; or neither) and tags for
 * every imported or merged contact.
 */
public record ImportOptions(Long eventId, String eventName, List<String> tags) {
    public static final ImportOptions NONE = new ImportOptions(null, null, List.of());

    public ImportOptions {
        eventName = Text.blankToNull(eventName);
        tags = tags == null ? List.of()
                : tags.stream().map(Text::blankToNull).filter(Objects::nonNull).distinct().toList();
        if (eventId != null && eventName != null) {
            throw new IllegalArgumentException("Give the event by id or by name, not both");
        }
    }

    public static ImportOptions event(String name, List<String> tags) {
        return new ImportOptions(null, name, tags);
    }
}
