package dev.tend.domain;

import java.time.LocalDate;

/** Where people are met, usually a trade fair: "Hannover Messe 2026, Hannover, 20-24 Apr 2026". */
public record Event(Long id, String name, String city, String country, LocalDate startDate,
                    LocalDate endDate, String notes) {
    public Event {
        name = name == null ? "" : name.strip();
        city = Text.blankToNull(city);
        country = Text.blankToNull(country);
        notes = Text.blankToNull(notes);
    }

    public static Event named(String name, String city, LocalDate start, LocalDate end) {
        return new Event(null, name, city, null, start, end, null);
    }
}
