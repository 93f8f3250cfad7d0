package dev.tend.domain;

/** What was given or received. */
public enum ExchangeKind {
    INTRODUCTION,
    ADVICE,
    REFERRAL,
    RECOMMENDATION,
    INFORMATION,
    FAVOUR,
    GIFT,
    JOB_LEAD,
    OTHER
}
