package id.merit.appraisal.domain;

/**
 * SKP workflow: DRAFT → SUBMITTED → AGREED → RATED → FINAL, and REOPENED while an objection (keberatan)
 * against a FINAL rating waits for the appraiser's superior.
 */
public enum SkpState {
    DRAFT, SUBMITTED, AGREED, RATED, FINAL, REOPENED;

    /** The employee may still shape the plan. */
    public boolean planEditableByEmployee() {
        return this == DRAFT || this == SUBMITTED;
    }

    /** Counted in a unit's distribution: a predikat exists. */
    public boolean hasPredikat() {
        return this == RATED || this == FINAL || this == REOPENED;
    }
}
