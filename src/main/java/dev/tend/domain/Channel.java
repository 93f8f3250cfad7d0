package dev.tend.domain;

/** The channel of an interaction. */
public enum Channel {
    IN_PERSON,
    CALL,
    VIDEO,
    EMAIL,
    MESSAGE,
    SOCIAL
}
