package id.merit.placement.domain;

import id.merit.placement.domain.TalentBox.Performance;
import id.merit.placement.domain.TalentBox.Potential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TalentBoxTests {

    @ParameterizedTest(name = "potential {0} x performance {1} -> box {2}")
    @CsvSource({
            "HIGH, BELOW, 6", "HIGH, MEETS, 8", "HIGH, ABOVE, 9",
            "MEDIUM, BELOW, 3", "MEDIUM, MEETS, 5", "MEDIUM, ABOVE, 7",
            "LOW, BELOW, 1", "LOW, MEETS, 2", "LOW, ABOVE, 4"})
    void eachOfTheNineCells(Potential potential, Performance performance, int box) {
        var c = TalentBox.classify(performance, potential);
        assertEquals(box, c.box());
        assertEquals(box >= 7, c.talentPool());
    }

    @ParameterizedTest(name = "box {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "9; PROMOTE,RETAIN",
            "8; RETAIN,ROTATE_ENLARGE,COACHING",
            "7; RETAIN,ROTATE_ENRICH,COMPETENCY_DEVELOPMENT",
            "6; FITTING_PLACEMENT,COACHING,COUNSELLING",
            "5; FITTING_PLACEMENT,COACHING,DEVELOPMENT",
            "4; ROTATION,DEVELOPMENT",
            "3; COACHING,COUNSELLING,DEVELOPMENT,FITTING_PLACEMENT",
            "2; COACHING,DEVELOPMENT,FITTING_PLACEMENT",
            "1; HANDLED_PER_REGULATION"})
    void eachBoxHasItsRecommendation(int box, String recommendation) {
        assertEquals(List.of(recommendation.split(",")), TalentBox.recommendation(box));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SANGAT_BAIK, ABOVE", "BAIK, MEETS", "BUTUH_PERBAIKAN, BELOW", "KURANG, BELOW", "SANGAT_KURANG, BELOW"})
    void performanceFollowsThePredikat(Predikat p, Performance expected) {
        assertEquals(expected, TalentBox.performanceOf(p));
    }

    @ParameterizedTest(name = "potential score {0} with thresholds 60/80 -> {1}")
    @CsvSource({"80, HIGH", "79.9, MEDIUM", "60, MEDIUM", "59.9, LOW", "0, LOW", "100, HIGH"})
    void potentialThresholdsAreInclusiveLowerBounds(double score, Potential expected) {
        assertEquals(expected, TalentBox.potentialOf(score, 60, 80));
    }

    @Test
    void withoutAPotentialScoreNobodyIsClassified() {
        assertTrue(TalentBox.of(Predikat.BAIK, null, 60, 80).isEmpty());
        assertTrue(TalentBox.of(null, 90.0, 60, 80).isEmpty());
    }
}
