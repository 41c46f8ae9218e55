package id.merit.placement.domain;

import id.merit.placement.domain.Score.Component;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.merit.placement.domain.Fixtures.candidate;
import static id.merit.placement.domain.Fixtures.requirements;
import static id.merit.placement.domain.Fixtures.settings;
import static id.merit.placement.domain.Fixtures.vacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreTests {

    private static Score.Part part(Score.Breakdown b, Component c) {
        return b.parts().stream().filter(p -> p.component() == c).findFirst().orElseThrow();
    }

    @Test
    void componentsOfTheBaselineCandidateComputedByHand() {
        var b = Score.of(candidate(), vacancy(), settings());
        // JPM: 3/3 and 3/3 -> 100. Education: accepted field, S1 = minimum -> 60 + 0.
        // Experience: PENGAWAS 2020-01-01 .. TMT 2026-07-01 = 78 months = 6.5 years; full marks at 10 years -> 65.
        // Predikat: 2025 SANGAT_BAIK 100, 2024 BAIK 75 -> 87.5. Talent: SANGAT_BAIK x potential 85 (HIGH) = box 9 -> 100.
        double experience = 65.0;
        assertEquals(100.0, part(b, Component.JPM).value(), 1e-9);
        assertEquals(60.0, part(b, Component.EDUCATION).value(), 1e-9);
        assertEquals(experience, part(b, Component.EXPERIENCE).value(), 1e-9);
        assertEquals(87.5, part(b, Component.PREDIKAT).value(), 1e-9);
        assertEquals(100.0, part(b, Component.TALENT).value(), 1e-9);
        // Weights 40/15/15/20/10 normalise to 0.40/0.15/0.15/0.20/0.10.
        assertEquals(0.4 * 100 + 0.15 * 60 + 0.15 * experience + 0.2 * 87.5 + 0.1 * 100, b.total(), 1e-9);
    }

    @Test
    void contributionsAreValueTimesWeightAndAddUpToTheTotal() {
        var b = Score.of(candidate(), vacancy(), settings());
        double sum = 0;
        double weights = 0;
        for (Score.Part p : b.parts()) {
            assertEquals(p.value() * p.weight(), p.contribution(), 1e-12);
            sum += p.contribution();
            weights += p.weight();
        }
        assertEquals(b.total(), sum, 1e-9);
        assertEquals(1.0, weights, 1e-12);
    }

    @Test
    void aVacancyWeightOverrideChangesTheRankingOfTwoCandidates() {
        Candidate expert = candidate();
        Candidate c = candidate();
        // Same person but with weaker competencies and a longer relevant career.
        Candidate veteran = new Candidate("197001012000011001", c.status(), c.birthDate(), c.golongan(), c.positionId(), c.unitId(), c.education(),
                Map.of("INTEGRITAS", 2, "KERJA_SAMA", 2), c.potentialScore(),
                List.of(new Candidate.Tenure(PositionType.PENGAWAS, java.time.LocalDate.of(2014, 1, 1), null)), c.predikatByYear());
        Weights competencyOnly = new Weights(1, 0, 0, 0, 0);
        Weights experienceOnly = new Weights(0, 0, 1, 0, 0);
        assertTrue(Score.of(expert, vacancy(requirements(), competencyOnly), settings()).total()
                > Score.of(veteran, vacancy(requirements(), competencyOnly), settings()).total());
        assertTrue(Score.of(veteran, vacancy(requirements(), experienceOnly), settings()).total()
                > Score.of(expert, vacancy(requirements(), experienceOnly), settings()).total());
    }

    @Test
    void theBreakdownCarriesTheInputsUsed() {
        var b = Score.of(candidate(), vacancy(), settings());
        assertEquals(6L, part(b, Component.JPM).inputs().get("requiredSum"));
        assertEquals(9, part(b, Component.TALENT).inputs().get("box"));
        assertEquals(Predikat.BAIK, part(b, Component.PREDIKAT).inputs().get("2024"));
    }

    @Test
    void thePredikatAndTalentPartsNameTheYearsUsedWithSourceAndObjection() {
        Candidate c = candidate();
        PredikatYear registry2024 = new PredikatYear(2024, Predikat.BAIK, PredikatYear.Source.REGISTRY, false);
        PredikatYear disputed2025 = new PredikatYear(2025, Predikat.SANGAT_BAIK, PredikatYear.Source.MERIT, true);
        Candidate mixed = new Candidate(c.nip(), c.status(), c.birthDate(), c.golongan(), c.positionId(), c.unitId(), c.education(),
                c.competencies(), c.potentialScore(), c.positionHistory(), Map.of(2024, registry2024, 2025, disputed2025));
        var b = Score.of(mixed, vacancy(), settings());
        // Both sources count the same, and a disputed result stays in force: the same score as Merit-only results.
        assertEquals(Score.of(c, vacancy(), settings()).total(), b.total(), 1e-9);
        assertEquals(List.of(disputed2025, registry2024), part(b, Component.PREDIKAT).predikatUsed());
        assertEquals(List.of(disputed2025), part(b, Component.TALENT).predikatUsed());
        assertTrue(part(b, Component.JPM).predikatUsed().isEmpty());
    }

    @Test
    void negativeOrAllZeroWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Weights(-1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Weights(0, 0, 0, 0, 0));
    }
}
