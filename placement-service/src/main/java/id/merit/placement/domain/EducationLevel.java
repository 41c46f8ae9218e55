package id.merit.placement.domain;

/** Education levels in ascending order, so "at least S1" is an ordinal comparison. */
public enum EducationLevel {
    SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3;

    public boolean atLeast(EducationLevel min) {
        return min == null || ordinal() >= min.ordinal();
    }
}
