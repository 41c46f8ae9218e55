package id.merit.appraisal.domain;

import java.util.Map;

import static id.merit.appraisal.domain.SkpState.AGREED;
import static id.merit.appraisal.domain.SkpState.DRAFT;
import static id.merit.appraisal.domain.SkpState.FINAL;
import static id.merit.appraisal.domain.SkpState.RATED;
import static id.merit.appraisal.domain.SkpState.REOPENED;
import static id.merit.appraisal.domain.SkpState.SUBMITTED;

/** The actions on an SKP and, per action, which state it leaves from and which it reaches. */
public enum SkpTransition {
    /** employee hands the plan to the appraiser */
    SUBMIT(Map.of(DRAFT, SUBMITTED)),
    /** appraiser sends the plan back for changes */
    RETURN(Map.of(SUBMITTED, DRAFT)),
    /** appraiser agrees the plan */
    AGREE(Map.of(SUBMITTED, AGREED)),
    /** appraiser rates (and may re-rate until the unit is finalised) */
    RATE(Map.of(AGREED, RATED, RATED, RATED)),
    /** the unit's ratings are finalised */
    FINALIZE(Map.of(RATED, FINAL)),
    /** employee objects to a final rating */
    OBJECT(Map.of(FINAL, REOPENED)),
    /** appraiser's superior decides the objection */
    DECIDE(Map.of(REOPENED, FINAL));

    private final Map<SkpState, SkpState> moves;

    SkpTransition(Map<SkpState, SkpState> moves) {
        this.moves = moves;
    }

    public boolean allowedFrom(SkpState from) {
        return moves.containsKey(from);
    }

    /** The state after this action; throws {@link IllegalTransitionException} when {@code from} does not allow it. */
    public SkpState from(SkpState from) {
        SkpState to = moves.get(from);
        if (to == null) {
            throw new IllegalTransitionException(this, from);
        }
        return to;
    }

    public static class IllegalTransitionException extends RuntimeException {
        public IllegalTransitionException(SkpTransition t, SkpState from) {
            super(t + " is not allowed from " + from);
        }
    }
}
