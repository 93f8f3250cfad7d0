package dev.tend.domain;

/** Why a follow-up is due. */
public enum FollowUpReason {
    CADENCE,
    AFTER_EVENT,
    THANK_YOU,
    DECLINED_REQUEST,
    PROMISE,
    BIRTHDAY,
    CUSTOM
}
