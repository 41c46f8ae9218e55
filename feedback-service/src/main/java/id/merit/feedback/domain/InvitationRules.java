package id.merit.feedback.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may be invited to rate whom, in which group: SELF is the ratee; SUPERVISOR is the ratee's supervisor;
 * a SUBORDINATE reports to the ratee; a PEER is anyone else who is active (the ratee is never their own peer).
 * Nobody is invited as CITIZEN, STUDENT or PARENT: those come through visit tokens.
 */
public final class InvitationRules {
    private InvitationRules() {
    }

    /** @return why the invitation is refused, or empty when it is allowed */
    public static Optional<String> refusal(RaterGroup group, String rateeNip, String rateeSupervisorNip,
                                           String raterNip, boolean raterActive, String raterSupervisorNip) {
        if (!raterActive) {
            return Optional.of("rater " + raterNip + " is not an active employee");
        }
        boolean self = raterNip.equals(rateeNip);
        return switch (group) {
            case SELF -> self ? Optional.empty() : Optional.of("only the ratee rates in group SELF");
            case SUPERVISOR -> Objects.equals(raterNip, rateeSupervisorNip) ? Optional.empty()
                    : Optional.of(raterNip + " is not the ratee's supervisor");
            case SUBORDINATE -> !self && rateeNip.equals(raterSupervisorNip) ? Optional.empty()
                    : Optional.of(raterNip + " does not report to the ratee");
            case PEER -> self ? Optional.of("the ratee cannot be invited as their own peer")
                    : Objects.equals(raterNip, rateeSupervisorNip) ? Optional.of("the supervisor rates in group SUPERVISOR, not PEER")
                    : rateeNip.equals(raterSupervisorNip) ? Optional.of("a subordinate rates in group SUBORDINATE, not PEER")
                    : Optional.empty();
            case CITIZEN, STUDENT, PARENT -> Optional.of(group + " feedback comes through visit tokens, not invitations");
        };
    }
}
