package dev.tend.service;

/** Why an incoming record counts as a contact Tend already has; checked in this order. */
public enum MatchRule {
    /** An email address in common (case-insensitive). */
    SAME_EMAIL,
    /** A phone number in common, compared in E.164. */
    SAME_PHONE,
    /** The same LinkedIn or Xing profile (scheme, www., case and trailing slash ignored). */
    SAME_PROFILE_URL,
    /**
     * The same person's name (accent-folded; one typo allowed in names of five letters or more) at
     * the same organisation (legal forms such as GmbH, AG, Ltd, Inc ignored).
     */
    SIMILAR_NAME_SAME_ORGANISATION
}
