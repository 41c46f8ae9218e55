package id.merit.appraisal.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN §3: the unit leader's own Hasil Kerja rating is the unit's result — each rating's cell. */
class UnitResultTests {
    @Test
    void aboveExpectationIsIstimewa() {
        assertEquals(EnumSet.of(UnitResult.ISTIMEWA), UnitResult.forHeadRating(Rating.ABOVE));
    }

    @Test
    void asExpectedIsBaik() {
        assertEquals(EnumSet.of(UnitResult.BAIK), UnitResult.forHeadRating(Rating.MEETS));
    }

    @Test
    void belowExpectationLeavesHowFarBelowToTheLeaderOneLevelUp() {
        assertEquals(EnumSet.of(UnitResult.BUTUH_PERBAIKAN, UnitResult.KURANG, UnitResult.SANGAT_KURANG), UnitResult.forHeadRating(Rating.BELOW));
    }
}
