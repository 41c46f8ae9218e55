package id.merit.appraisal.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static id.merit.appraisal.domain.UnitResult.BAIK;
import static id.merit.appraisal.domain.UnitResult.BUTUH_PERBAIKAN;
import static id.merit.appraisal.domain.UnitResult.ISTIMEWA;
import static id.merit.appraisal.domain.UnitResult.KURANG;
import static id.merit.appraisal.domain.UnitResult.SANGAT_KURANG;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SE MenPANRB 3/2023 curve: every rule of every unit result at its boundary (holds) and just past it
 * (violated). "Just past" uses 1000 employees so that 70.1 % is reachable.
 */
class DistributionCurveTests {

    private static Map<Predikat, Integer> counts(int sangatBaik, int baik, int butuhPerbaikan, int kurang, int sangatKurang) {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        m.put(Predikat.SANGAT_BAIK, sangatBaik);
        m.put(Predikat.BAIK, baik);
        m.put(Predikat.BUTUH_PERBAIKAN, butuhPerbaikan);
        m.put(Predikat.KURANG, kurang);
        m.put(Predikat.SANGAT_KURANG, sangatKurang);
        return m;
    }

    private static void assertViolated(UnitResult result, Map<Predikat, Integer> counts, String... rules) {
        List<String> violated = DistributionCurve.check(result, counts).stream().map(DistributionCurve.Violation::rule).toList();
        assertEquals(List.of(rules), violated);
    }

    @Test
    void istimewaAllowsExactly70PercentSangatBaik() {
        assertViolated(ISTIMEWA, counts(7, 3, 0, 0, 0));
    }

    @Test
    void istimewaRefuses70Point1PercentSangatBaik() {
        assertViolated(ISTIMEWA, counts(701, 299, 0, 0, 0), "ISTIMEWA_MAX_70_SANGAT_BAIK");
    }

    @Test
    void baikAllowsExactly70PercentBaikWithOneButuhPerbaikan() {
        assertViolated(BAIK, counts(2, 7, 1, 0, 0));
    }

    @Test
    void baikRefuses70Point1PercentBaik() {
        assertViolated(BAIK, counts(200, 701, 99, 0, 0), "BAIK_MAX_70_BAIK");
    }

    @Test
    void baikIsSatisfiedByASingleKurang() {
        assertViolated(BAIK, counts(3, 6, 0, 1, 0));
    }

    @Test
    void baikNeedsAtLeastOneButuhPerbaikanOrKurang() {
        assertViolated(BAIK, counts(4, 6, 0, 0, 0), "BAIK_MIN_1_BUTUH_PERBAIKAN_OR_KURANG");
    }

    @Test
    void butuhPerbaikanAllowsExactly60PercentButuhPerbaikanAnd10PercentSangatBaik() {
        assertViolated(BUTUH_PERBAIKAN, counts(1, 3, 6, 0, 0));
    }

    @Test
    void butuhPerbaikanRefuses59Point9PercentButuhPerbaikan() {
        assertViolated(BUTUH_PERBAIKAN, counts(0, 401, 599, 0, 0), "BUTUH_PERBAIKAN_MIN_60_BUTUH_PERBAIKAN");
    }

    @Test
    void butuhPerbaikanRefuses10Point1PercentSangatBaik() {
        assertViolated(BUTUH_PERBAIKAN, counts(101, 299, 600, 0, 0), "BUTUH_PERBAIKAN_MAX_10_SANGAT_BAIK");
    }

    @Test
    void kurangAllowsExactly60PercentKurang10PercentButuhPerbaikanAnd10PercentSangatBaik() {
        assertViolated(KURANG, counts(1, 2, 1, 6, 0));
    }

    @Test
    void kurangRefuses59Point9PercentKurang() {
        assertViolated(KURANG, counts(0, 301, 100, 599, 0), "KURANG_MIN_60_KURANG");
    }

    @Test
    void kurangRefuses9Point9PercentButuhPerbaikan() {
        assertViolated(KURANG, counts(0, 301, 99, 600, 0), "KURANG_MIN_10_BUTUH_PERBAIKAN");
    }

    @Test
    void kurangRefuses10Point1PercentSangatBaik() {
        assertViolated(KURANG, counts(101, 199, 100, 600, 0), "KURANG_MAX_10_SANGAT_BAIK");
    }

    @Test
    void sangatKurangAllowsExactly60PercentSangatKurangAnd10PercentKurangOrButuhPerbaikan() {
        assertViolated(SANGAT_KURANG, counts(0, 3, 0, 1, 6));
    }

    @Test
    void sangatKurangCountsKurangAndButuhPerbaikanTogether() {
        assertViolated(SANGAT_KURANG, counts(0, 300, 50, 50, 600));
    }

    @Test
    void sangatKurangRefuses59Point9PercentSangatKurang() {
        assertViolated(SANGAT_KURANG, counts(0, 301, 100, 0, 599), "SANGAT_KURANG_MIN_60_SANGAT_KURANG");
    }

    @Test
    void sangatKurangRefuses9Point9PercentKurangOrButuhPerbaikan() {
        assertViolated(SANGAT_KURANG, counts(0, 301, 49, 50, 600), "SANGAT_KURANG_MIN_10_KURANG_OR_BUTUH_PERBAIKAN");
    }

    @Test
    void sangatKurangRefusesASingleSangatBaik() {
        assertViolated(SANGAT_KURANG, counts(1, 299, 100, 0, 600), "SANGAT_KURANG_NO_SANGAT_BAIK");
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        assertViolated(KURANG, counts(2, 8, 0, 0, 0), "KURANG_MIN_60_KURANG", "KURANG_MIN_10_BUTUH_PERBAIKAN", "KURANG_MAX_10_SANGAT_BAIK");
    }

    @Test
    void aViolationCarriesItsCountAndTotal() {
        DistributionCurve.Violation v = DistributionCurve.check(ISTIMEWA, counts(701, 299, 0, 0, 0)).get(0);
        assertEquals(701, v.count());
        assertEquals(1000, v.total());
    }
}
