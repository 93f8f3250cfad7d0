package dev.tend.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The give/take balance with one contact (or the whole network): the weights of the exchanges
 * done in the window, as given by the user and as received. Promised and declined exchanges do
 * not count until they are done; exchanges dated after the as-of date do not count yet.
 */
public record Balance(int given, int received) {
    /** How far back the balance looks. */
    public static final Period WINDOW = Period.ofMonths(24);
    /** Received must outweigh given by this many weighted points for a "net taker". */
    public static final int NET_TAKER_MARGIN = 2;

    public static final Balance EMPTY = new Balance(0, 0);

    /** The first day inside the window that ends on {@code asOf} (inclusive on both ends). */
    public static LocalDate windowStart(LocalDate asOf) {
        return asOf.minus(WINDOW).plusDays(1);
    }

    /** Positive when the user gave more than received. */
    public int net() {
        return given - received;
    }

    /** The first mistake: the user takes and does not give. */
    public boolean isNetTaker() {
        return received - given >= NET_TAKER_MARGIN;
    }
}
