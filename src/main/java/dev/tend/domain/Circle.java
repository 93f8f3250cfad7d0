package dev.tend.domain;

import java.time.Period;
import java.util.Optional;

/**
 * Keep-in-touch circles after the layers of social networks: each has a cadence for reminders and
 * a soft size limit that Tend shows but never enforces.
 */
public enum Circle {
    INNER(Period.ofWeeks(2), 5),
    CLOSE(Period.ofMonths(1), 15),
    REGULAR(Period.ofMonths(3), 50),
    LOOSE(Period.ofYears(1), 150),
    NONE(null, 0);

    private final Period cadence;
    private final int softLimit;

    Circle(Period cadence, int softLimit) {
        this.cadence = cadence;
        this.softLimit = softLimit;
    }

    /** How often to be in touch; empty for {@link #NONE}, which never reminds. */
    public Optional<Period> cadence() {
        return Optional.ofNullable(cadence);
    }

    /** The size beyond which a circle stops being what its name says; 0 means no limit. */
    public int softLimit() {
        return softLimit;
    }
}
