package id.merit.placement.domain;

import id.merit.placement.domain.JobPersonMatch.MappingBand;
import id.merit.placement.domain.JobPersonMatch.Requirement;
import id.merit.placement.domain.JobPersonMatch.SelectionBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobPersonMatchTests {

    @Test
    void attainedLevelsAreCappedAtTheRequiredLevelBeforeSumming() {
        // Integritas 3 of 3, Kerja Sama 5 capped to 3, Komunikasi 2 of 4, Perekat Bangsa missing (0 of 2):
        // (3 + 3 + 2 + 0) / (3 + 3 + 4 + 2) = 8 / 12 = 66.67 %
        List<Requirement> standard = List.of(new Requirement("INTEGRITAS", 3), new Requirement("KERJA_SAMA", 3),
                new Requirement("KOMUNIKASI", 4), new Requirement("PEREKAT_BANGSA", 2));
        var r = JobPersonMatch.of(standard, Map.of("INTEGRITAS", 3, "KERJA_SAMA", 5, "KOMUNIKASI", 2, "UNRELATED", 5));
        assertEquals(8, r.attainedCapped());
        assertEquals(12, r.required());
        assertEquals(800.0 / 12, r.percent(), 1e-9);
        assertEquals(SelectionBand.KURANG_MEMENUHI_SYARAT, r.selection());
        assertEquals(MappingBand.KURANG_OPTIMAL, r.mapping());
    }

    @Test
    void exactlyMeetingEveryRequirementIsOneHundredPercent() {
        var r = JobPersonMatch.of(List.of(new Requirement("A", 2), new Requirement("B", 4)), Map.of("A", 2, "B", 4));
        assertEquals(100.0, r.percent(), 1e-9);
        assertEquals(MappingBand.OPTIMAL, r.mapping());
    }

    @ParameterizedTest(name = "selection {0} % -> {1}")
    @CsvSource({"100, MEMENUHI_SYARAT", "80, MEMENUHI_SYARAT", "79.99, MASIH_MEMENUHI_SYARAT", "68, MASIH_MEMENUHI_SYARAT",
            "67.99, KURANG_MEMENUHI_SYARAT", "0, KURANG_MEMENUHI_SYARAT"})
    void selectionBandsAtTheirBoundaries(double percent, SelectionBand band) {
        assertEquals(band, JobPersonMatch.selection(percent));
    }

    @ParameterizedTest(name = "mapping {0} % -> {1}")
    @CsvSource({"100, OPTIMAL", "90, OPTIMAL", "89.99, CUKUP_OPTIMAL", "78, CUKUP_OPTIMAL", "77.99, KURANG_OPTIMAL", "0, KURANG_OPTIMAL"})
    void mappingBandsAtTheirBoundaries(double percent, MappingBand band) {
        assertEquals(band, JobPersonMatch.mapping(percent));
    }

    @Test
    void fourOfFiveRequiredLevelsLandsExactlyOnTheEightyPercentBoundary() {
        var r = JobPersonMatch.of(List.of(new Requirement("A", 5)), Map.of("A", 4));
        assertEquals(80.0, r.percent());
        assertEquals(SelectionBand.MEMENUHI_SYARAT, r.selection());
        assertEquals(MappingBand.CUKUP_OPTIMAL, r.mapping());
    }
}
