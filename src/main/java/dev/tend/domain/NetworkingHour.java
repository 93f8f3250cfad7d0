package dev.tend.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly hour the user keeps for reaching out, written to the calendar as a recurring event when
 * {@code enabled}.
 */
public record NetworkingHour(boolean enabled, DayOfWeek day, LocalTime start, Duration length) {
    public static final NetworkingHour OFF = new NetworkingHour(false, DayOfWeek.FRIDAY, LocalTime.of(15, 0),
            Duration.ofHours(1));

    public NetworkingHour {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        length = length == null || length.isZero() || length.isNegative() ? Duration.ofHours(1) : length;
        start = start.withSecond(0).withNano(0);
    }
}
