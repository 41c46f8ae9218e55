package id.merit.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who gave the feedback. SELF and SUPERVISOR are named; every other group is shown only as an aggregate, each against
 * its own k. PEER, SUBORDINATE, SUPERVISOR and SELF are invited to a 360° round; CITIZEN, STUDENT and PARENT come
 * through visit tokens, whose issuer names the group (the anonymous submitter never does).
 */
public enum RaterGroup {
    PEER(false), SUBORDINATE(false), SUPERVISOR(true), SELF(true), CITIZEN(false), STUDENT(false), PARENT(false);

    /** The groups of the public, in the order they are listed. */
    public static final Set<RaterGroup> PUBLIC_GROUPS = EnumSet.of(CITIZEN, STUDENT, PARENT);

    private final boolean named;

    RaterGroup(boolean named) {
        this.named = named;
    }

    public boolean named() {
        return named;
    }

    /** Rates through a one-time visit token, not a round invitation. */
    public boolean viaVisitToken() {
        return PUBLIC_GROUPS.contains(this);
    }

    /**
     * Answers the nine SKM elements, which make the unit's IKM: only a citizen rating a unit's service. Students and
     * parents rate an employee (a teacher) on the behaviours that apply; Biaya/tarif and the like do not.
     */
    public boolean answersSkm() {
        return this == CITIZEN;
    }

    /** Rates an employee, never a unit alone: its visit token must name one. */
    public boolean needsEmployee() {
        return viaVisitToken() && !answersSkm();
    }
}
