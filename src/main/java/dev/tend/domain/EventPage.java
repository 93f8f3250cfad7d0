package dev.tend.domain;

import java.util.List;

/** An event with the active contacts met there, each with whether and when they were followed up. */
public record EventPage(Event event, List<EventPerson> people) {
    public EventPage {
        people = List.copyOf(people);
    }

    public int met() {
        return people.size();
    }

    public int followedUp() {
        return (int) people.stream().filter(EventPerson::followedUp).count();
    }
}
