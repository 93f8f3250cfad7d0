package dev.tend.domain;

import java.time.LocalDate;

/**
 * A contact behind one of the network checks, with what the check found. Which numbers are set
 * depends on the check: {@code given}/{@code received} (net takers: weighted, in the balance
 * window), {@code count} (thanks owed, declined requests: how many), {@code date} (thanks owed:
 * the oldest unthanked; declined: the latest declined; dormant: the last interaction, or the
 * first meeting or creation date when there is none; online only: the last interaction or null),
 * {@code fromInteraction} (dormant: whether {@code date} is an interaction's).
 */
public record FlaggedContact(long id, String displayName, Circle circle, int given, int received, int count,
                             LocalDate date, boolean fromInteraction) {
}
