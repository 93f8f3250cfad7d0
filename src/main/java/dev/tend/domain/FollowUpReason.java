package dev.tend.domain;

/**
 * Why a follow-up is due. The week's list is ranked by {@link #rank()} first: what the user owes
 * (thanks, a promise) before what keeps the network warm (a circle's cadence).
 */
public enum FollowUpReason {
    CADENCE(6),
    AFTER_EVENT(2),
    THANK_YOU(0),
    DECLINED_REQUEST(5),
    PROMISE(1),
    BIRTHDAY(3),
    CUSTOM(4);

    private final int rank;

    FollowUpReason(int rank) {
        this.rank = rank;
    }

    /** 0 comes first in the week's list; no two reasons share a rank. */
    public int rank() {
        return rank;
    }

    /** The reasons in the order of the week's list. */
    public static java.util.List<FollowUpReason> ranked() {
        return java.util.Arrays.stream(values()).sorted(java.util.Comparator.comparingInt(FollowUpReason::rank))
                .toList();
    }
}
