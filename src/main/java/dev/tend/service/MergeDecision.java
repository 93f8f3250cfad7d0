package dev.tend.service;

/** What to do with a duplicate; {@link #MERGE} unless the user chooses otherwise. */
public enum MergeDecision {
    /** Keep the stored values, add new emails, phones, addresses and web addresses, fill empty fields. */
    MERGE,
    /** Import the record as a contact of its own. */
    KEEP_BOTH,
    /** Leave the record out. */
    SKIP
}
