package id.merit.appraisal.domain;

/** A unit's own result for the period, set by the leader one level up (SE MenPANRB 3/2023). */
public enum UnitResult {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
