package dev.tend.domain;

/** How a contact was first met: the fifth check flags those known only online. */
public enum HowMet {
    IN_PERSON,
    ONLINE,
    INTRODUCTION,
    UNKNOWN
}
