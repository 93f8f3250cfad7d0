package dev.tend.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How the week's follow-ups reach the user: how many the list shows before "more", when the digest
 * notification comes, and the optional weekly networking hour.
 */
public record FollowUpSettings(int cap, DayOfWeek digestDay, LocalTime digestTime, NetworkingHour networkingHour) {
    public static final int DEFAULT_CAP = 15;
    public static final int MAX_CAP = 200;
    public static final FollowUpSettings DEFAULTS = new FollowUpSettings(DEFAULT_CAP, DayOfWeek.MONDAY,
            LocalTime.of(9, 0), NetworkingHour.OFF);

    public FollowUpSettings {
        Objects.requireNonNull(digestDay, "digestDay");
        Objects.requireNonNull(digestTime, "digestTime");
        networkingHour = networkingHour == null ? NetworkingHour.OFF : networkingHour;
        digestTime = digestTime.withSecond(0).withNano(0);
    }
}
