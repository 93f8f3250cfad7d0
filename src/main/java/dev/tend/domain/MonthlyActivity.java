package dev.tend.domain;

import java.time.YearMonth;

/**
 * One month of the network's activity: weights given and received in done exchanges, and the
 * number of interactions.
 */
public record MonthlyActivity(YearMonth month, int given, int received, int interactions) {
}
