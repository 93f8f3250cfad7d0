package dev.tend.domain;

/**
 * The five checks of the network, one for each classic networking mistake (DESIGN.md); the exact
 * rules are in docs/network-checks.md.
 */
public enum NetworkCheck {
    /** 1, "I take, you give": received outweighs given by {@link Balance#NET_TAKER_MARGIN} or more. */
    NET_TAKERS,
    /** 3, "I only think of me": help received and not yet thanked. */
    THANKS_OWED,
    /** 2, "I always help, but not you": a request the user declined and has not made good yet. */
    DECLINED_NOT_MADE_GOOD,
    /** 4, "networking only in need": the circle's cadence has run out since the last interaction. */
    DORMANT,
    /** 5, "I know you only from online networks": met online and never in person since. */
    ONLINE_ONLY
}
