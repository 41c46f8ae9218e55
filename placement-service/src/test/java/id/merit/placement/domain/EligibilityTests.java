package id.merit.placement.domain;

import id.merit.placement.domain.Eligibility.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.merit.placement.domain.Fixtures.candidate;
import static id.merit.placement.domain.Fixtures.merit;
import static id.merit.placement.domain.Fixtures.requirements;
import static id.merit.placement.domain.Fixtures.vacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTests {

    private static Candidate with(Candidate c, String status, LocalDate birth, String golongan, List<Candidate.Education> edu,
                                  List<Candidate.Tenure> history, Map<Integer, PredikatYear> predikat) {
        return new Candidate(c.nip(), status, birth, golongan, c.positionId(), c.unitId(), edu, c.competencies(),
                c.potentialScore(), history, predikat);
    }

    private static List<Rule> failed(Candidate c) {
        return Eligibility.evaluate(c, vacancy()).failed();
    }

    @Test
    void theBaselineCandidatePassesEveryRule() {
        var r = Eligibility.evaluate(candidate(), vacancy());
        assertTrue(r.eligible(), r.toString());
        assertEquals(EnumSet.allOf(Rule.class), EnumSet.copyOf(r.checks().stream().map(Eligibility.Check::rule).toList()));
    }

    @Test
    void statusMustBeActive() {
        Candidate c = candidate();
        assertEquals(List.of(Rule.STATUS_ACTIVE), failed(with(c, "LEAVE", c.birthDate(), c.golongan(), c.education(), c.positionHistory(), c.predikatByYear())));
    }

    @Test
    void theCurrentHolderOfThePositionIsNotACandidateForIt() {
        Candidate c = candidate();
        Candidate holder = new Candidate(c.nip(), c.status(), c.birthDate(), c.golongan(), Fixtures.POSITION, c.unitId(), c.education(),
                c.competencies(), c.potentialScore(), c.positionHistory(), c.predikatByYear());
        assertEquals(List.of(Rule.NOT_CURRENT_HOLDER), failed(holder));
        VacancyProfile v = vacancy();
        VacancyProfile listed = new VacancyProfile(v.positionId(), v.type(), v.unitId(), Set.of(c.nip()), v.competencyStandard(),
                v.requirements(), v.weights(), v.referenceDate());
        assertEquals(List.of(Rule.NOT_CURRENT_HOLDER), Eligibility.evaluate(c, listed).failed());
    }

    @Test
    void educationBelowTheMinimumLevelFails() {
        Candidate c = candidate();
        var d3 = List.of(new Candidate.Education(EducationLevel.D3, "Administrasi Publik", 2006));
        assertEquals(List.of(Rule.MIN_EDUCATION), failed(with(c, c.status(), c.birthDate(), c.golongan(), d3, c.positionHistory(), c.predikatByYear())));
        var s2 = List.of(new Candidate.Education(EducationLevel.S2, "Manajemen", 2012));
        assertTrue(failed(with(c, c.status(), c.birthDate(), c.golongan(), s2, c.positionHistory(), c.predikatByYear())).isEmpty());
    }

    @Test
    void aDegreeOutsideTheAcceptedFieldsFails() {
        Candidate c = candidate();
        var other = List.of(new Candidate.Education(EducationLevel.S1, "Teknik Sipil", 2008));
        assertEquals(List.of(Rule.EDUCATION_FIELD), failed(with(c, c.status(), c.birthDate(), c.golongan(), other, c.positionHistory(), c.predikatByYear())));
        var spacedAndCased = List.of(new Candidate.Education(EducationLevel.S1, "  manajemen ", 2008));
        assertTrue(failed(with(c, c.status(), c.birthDate(), c.golongan(), spacedAndCased, c.positionHistory(), c.predikatByYear())).isEmpty());
    }

    @Test
    void aFieldNamedWithItsLevelAsTheRegistryNamesItMatches() {
        // Fixtures accept "Administrasi Publik" and "Manajemen".
        Candidate c = candidate();
        for (String field : List.of("S-1 Administrasi Publik", "S1 ADMINISTRASI PUBLIK", "S.1 Administrasi Publik", "Sarjana Manajemen",
                "Magister Manajemen", "D-IV Manajemen", "Diploma IV Manajemen", "administrasi-publik")) {
            var edu = List.of(new Candidate.Education(EducationLevel.S2, field, 2010));
            assertTrue(failed(with(c, c.status(), c.birthDate(), c.golongan(), edu, c.positionHistory(), c.predikatByYear())).isEmpty(), field);
        }
        for (String field : List.of("S-1 Teknik Sipil", "D-III Akuntansi", "S1", "Manajemen Keuangan", "Desain Manajemen")) {
            var edu = List.of(new Candidate.Education(EducationLevel.S2, field, 2010));
            assertEquals(List.of(Rule.EDUCATION_FIELD), failed(with(c, c.status(), c.birthDate(), c.golongan(), edu, c.positionHistory(),
                    c.predikatByYear())), field);
        }
        assertEquals("ilmu pemerintahan", Eligibility.norm(" S-2  Ilmu Pemerintahan "));
        assertEquals("desain komunikasi visual", Eligibility.norm("Desain Komunikasi Visual"));
        assertEquals("sistem informasi", Eligibility.norm("Sistem Informasi"));
        assertEquals("ipa", Eligibility.norm("SLTA/IPA"));
    }

    @Test
    void golonganBelowTheMinimumOrOfTheOtherSchemeFails() {
        Candidate c = candidate();
        assertEquals(List.of(Rule.MIN_GOLONGAN), failed(with(c, c.status(), c.birthDate(), "III/b", c.education(), c.positionHistory(), c.predikatByYear())));
        assertTrue(failed(with(c, c.status(), c.birthDate(), "III/c", c.education(), c.positionHistory(), c.predikatByYear())).isEmpty());
        assertEquals(List.of(Rule.MIN_GOLONGAN), failed(with(c, c.status(), c.birthDate(), "XI", c.education(), c.positionHistory(), c.predikatByYear())));
        assertEquals(List.of(Rule.MIN_GOLONGAN), failed(with(c, c.status(), c.birthDate(), null, c.education(), c.positionHistory(), c.predikatByYear())));
    }

    @Test
    void tooFewYearsInTheLevelBelowFails() {
        Candidate c = candidate();
        // 2023-01-01 .. 2026-07-01 as PENGAWAS is 3.5 years; 4 are required.
        var short_ = List.of(new Candidate.Tenure(PositionType.PENGAWAS, LocalDate.of(2023, 1, 1), null),
                new Candidate.Tenure(PositionType.PELAKSANA, LocalDate.of(2010, 1, 1), LocalDate.of(2023, 1, 1)));
        assertEquals(List.of(Rule.YEARS_IN_LEVEL_BELOW), failed(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), short_, c.predikatByYear())));
        // Two PENGAWAS spells of 2 years each add up to 4.
        var split = List.of(new Candidate.Tenure(PositionType.PENGAWAS, LocalDate.of(2024, 7, 1), null),
                new Candidate.Tenure(PositionType.PELAKSANA, LocalDate.of(2022, 7, 1), LocalDate.of(2024, 7, 1)),
                new Candidate.Tenure(PositionType.PENGAWAS, LocalDate.of(2020, 7, 1), LocalDate.of(2022, 7, 1)));
        assertTrue(failed(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), split, c.predikatByYear())).isEmpty());
    }

    @Test
    void olderThanTheMaximumAgeAtTheTmtFails() {
        Candidate c = candidate();
        // Born 1970-07-01: exactly 56 on the TMT 2026-07-01 (the maximum) passes; born 1969-07-01 is 57 and fails.
        assertTrue(failed(with(c, c.status(), LocalDate.of(1970, 7, 1), c.golongan(), c.education(), c.positionHistory(), c.predikatByYear())).isEmpty());
        assertEquals(List.of(Rule.MAX_AGE), failed(with(c, c.status(), LocalDate.of(1969, 7, 1), c.golongan(), c.education(), c.positionHistory(), c.predikatByYear())));
    }

    @Test
    void noMaximumAgeWhenTheTypeHasNone() {
        Candidate c = with(candidate(), "ACTIVE", LocalDate.of(1960, 1, 1), "III/d", candidate().education(), candidate().positionHistory(),
                candidate().predikatByYear());
        Requirements r = requirements();
        Requirements noAge = new Requirements(r.minEducation(), r.acceptedFields(), r.minGolongan(), r.minYearsExperience(),
                r.experienceIn(), null, r.minPredikat(), r.predikatYears());
        assertFalse(Eligibility.evaluate(c, vacancy()).eligible());
        assertTrue(Eligibility.evaluate(c, vacancy(noAge, vacancy().weights())).eligible());
    }

    @Test
    void predikatMustBeAtLeastBaikInEachOfTheLastTwoYears() {
        Candidate c = candidate();
        assertEquals(List.of(Rule.PREDIKAT_RECENT_YEARS), failed(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), c.positionHistory(),
                merit(Map.of(2024, Predikat.BUTUH_PERBAIKAN, 2025, Predikat.SANGAT_BAIK)))));
        assertEquals(List.of(Rule.PREDIKAT_RECENT_YEARS), failed(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), c.positionHistory(),
                merit(Map.of(2025, Predikat.SANGAT_BAIK)))));
        // An old bad year outside the window does not matter.
        assertTrue(failed(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), c.positionHistory(),
                merit(Map.of(2023, Predikat.KURANG, 2024, Predikat.BAIK, 2025, Predikat.BAIK)))).isEmpty());
    }

    @Test
    void aRegistryYearCountsLikeAMeritOneAndTheExplanationNamesEachSourceAndAnObjection() {
        Candidate c = candidate();
        // 2024 from the national registry, 2025 Merit's own result reopened by an objection (in force until decided).
        Map<Integer, PredikatYear> mixed = Map.of(
                2024, new PredikatYear(2024, Predikat.BAIK, PredikatYear.Source.REGISTRY, false),
                2025, new PredikatYear(2025, Predikat.SANGAT_BAIK, PredikatYear.Source.MERIT, true));
        var r = Eligibility.evaluate(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), c.positionHistory(), mixed), vacancy());
        assertTrue(r.eligible(), r.toString());
        var check = r.checks().stream().filter(x -> x.rule() == Rule.PREDIKAT_RECENT_YEARS).findFirst().orElseThrow();
        assertEquals("2025:SANGAT_BAIK (MERIT, under objection), 2024:BAIK (REGISTRY)", check.actual());
        assertEquals(List.of(mixed.get(2025), mixed.get(2024)), check.predikatUsed());
        // A registry year below the minimum fails as a Merit one would; a missing year is named as none.
        var failing = Eligibility.evaluate(with(c, c.status(), c.birthDate(), c.golongan(), c.education(), c.positionHistory(),
                Map.of(2025, new PredikatYear(2025, Predikat.KURANG, PredikatYear.Source.REGISTRY, false))), vacancy());
        assertEquals(List.of(Rule.PREDIKAT_RECENT_YEARS), failing.failed());
        var failed = failing.checks().stream().filter(x -> x.rule() == Rule.PREDIKAT_RECENT_YEARS).findFirst().orElseThrow();
        assertEquals("2025:KURANG (REGISTRY), 2024:none", failed.actual());
        assertEquals(PredikatYear.none(2024), failed.predikatUsed().get(1));
        // The other rules name no predikat.
        assertTrue(r.checks().stream().filter(x -> x.rule() != Rule.PREDIKAT_RECENT_YEARS).allMatch(x -> x.predikatUsed().isEmpty()));
    }

    @Test
    void everyFailedRuleIsReportedWithWhatWasRequiredAndFound() {
        Candidate c = with(candidate(), "ACTIVE", candidate().birthDate(), "II/a", List.of(), List.of(), Map.of());
        var r = Eligibility.evaluate(c, vacancy());
        assertFalse(r.eligible());
        assertEquals(List.of(Rule.MIN_EDUCATION, Rule.EDUCATION_FIELD, Rule.MIN_GOLONGAN, Rule.YEARS_IN_LEVEL_BELOW, Rule.PREDIKAT_RECENT_YEARS), r.failed());
        var golongan = r.checks().stream().filter(x -> x.rule() == Rule.MIN_GOLONGAN).findFirst().orElseThrow();
        assertEquals("III/c", golongan.required());
        assertEquals("II/a", golongan.actual());
    }
}
