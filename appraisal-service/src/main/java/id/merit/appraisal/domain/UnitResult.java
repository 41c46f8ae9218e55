package id.merit.appraisal.domain;

import java.util.EnumSet;
import java.util.Set;

/** A unit's own result for the period, set by the leader one level up (SE MenPANRB 3/2023). */
public enum UnitResult {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /**
     * The results a unit can have once its head's own Hasil Kerja is rated (DESIGN §3: the unit leader's Hasil Kerja
     * rating is the unit's result): above expectation is Istimewa, as expected is Baik; below expectation leaves the
     * leader one level up to say how far below (Butuh Perbaikan, Kurang or Sangat Kurang).
     */
    public static Set<UnitResult> forHeadRating(Rating hasilKerja) {
        return switch (hasilKerja) {
            case ABOVE -> EnumSet.of(ISTIMEWA);
            case MEETS -> EnumSet.of(BAIK);
            case BELOW -> EnumSet.of(BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG);
        };
    }
}
