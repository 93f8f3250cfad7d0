package dev.tend.domain;

/** Which way an exchange went, seen from the user. */
public enum Direction {
    GAVE,
    RECEIVED
}
