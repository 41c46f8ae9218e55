package id.merit.placement.domain;

import id.merit.placement.domain.JobPersonMatch.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Competency gaps, closing them, the yearly JP count and the plan recommendations (issue 10). */
class DevelopmentRulesTests {
    static final List<Requirement> STANDARD = List.of(new Requirement("INTEGRITAS", 3), new Requirement("KERJA_SAMA", 3),
            new Requirement("KOMUNIKASI", 4));
    static final Map<String, Integer> ATTAINED = Map.of("INTEGRITAS", 2, "KERJA_SAMA", 4);
    static final DevelopmentPlanner.Settings SETTINGS = new DevelopmentPlanner.Settings(List.of(10, 20, 30), List.of(ActivityType.ELEARNING,
            ActivityType.COURSE, ActivityType.DIKLAT), 10, 12, 0, 20, ActivityType.MENTORING, 8);

    @Test
    void gapsOfTheWorkedExample() {
        // Integritas 2 of 3 -> gap 1; Kerja Sama 4 of 3 -> gap 0 (exceeding is no gap); Komunikasi never assessed -> 0 of 4, gap 4.
        List<CompetencyGaps.Gap> gaps = CompetencyGaps.of(STANDARD, ATTAINED);
        assertEquals(List.of(new CompetencyGaps.Gap("INTEGRITAS", 3, 2, 1), new CompetencyGaps.Gap("KERJA_SAMA", 3, 4, 0),
                new CompetencyGaps.Gap("KOMUNIKASI", 4, 0, 4)), gaps);
        assertEquals(5, CompetencyGaps.total(gaps));
    }

    @Test
    void jpmBeforeAndAfterClosingOfTheWorkedExample() {
        // Before: (min(2,3) + min(4,3) + min(0,4)) / (3 + 3 + 4) = (2 + 3 + 0) / 10 = 50 % -> Kurang Memenuhi Syarat, Kurang Optimal.
        var before = JobPersonMatch.of(STANDARD, ATTAINED);
        assertEquals(50.0, before.percent(), 1e-9);
        assertEquals(JobPersonMatch.SelectionBand.KURANG_MEMENUHI_SYARAT, before.selection());
        // Closing every gap: Integritas to 3, Komunikasi to 4 -> (3 + 3 + 4) / 10 = 100 %.
        Map<String, Integer> all = CompetencyGaps.closingAll(STANDARD, ATTAINED);
        assertEquals(Map.of("INTEGRITAS", 3, "KOMUNIKASI", 4), all);
        assertEquals(100.0, JobPersonMatch.of(STANDARD, CompetencyGaps.raised(ATTAINED, all)).percent(), 1e-9);
        // Closing a chosen subset: Komunikasi to 3 -> (2 + 3 + 3) / 10 = 80 % -> Memenuhi Syarat (the boundary), Cukup Optimal.
        var subset = JobPersonMatch.of(STANDARD, CompetencyGaps.raised(ATTAINED, Map.of("KOMUNIKASI", 3)));
        assertEquals(80.0, subset.percent(), 1e-9);
        assertEquals(JobPersonMatch.SelectionBand.MEMENUHI_SYARAT, subset.selection());
        assertEquals(JobPersonMatch.MappingBand.CUKUP_OPTIMAL, subset.mapping());
        // Raising above the requirement is capped, and a lower target never lowers a level: Kerja Sama:1 changes nothing.
        assertEquals(60.0, JobPersonMatch.of(STANDARD, CompetencyGaps.raised(ATTAINED, Map.of("INTEGRITAS", 5))).percent(), 1e-9);
        assertEquals(4, CompetencyGaps.raised(ATTAINED, Map.of("KERJA_SAMA", 1)).get("KERJA_SAMA"));
    }

    @Test
    void closeSpecificationsAreParsed() {
        assertEquals(Map.of("INTEGRITAS", 3, "TEKNIS_01", 5), CompetencyGaps.parseClose("INTEGRITAS:3, TEKNIS_01:5"));
        assertEquals(Map.of(), CompetencyGaps.parseClose(""));
        assertEquals(Map.of(), CompetencyGaps.parseClose(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTEGRITAS", "INTEGRITAS:0", "INTEGRITAS:6", "INTEGRITAS:x", "integritas:3", "INTEGRITAS:3,INTEGRITAS:4", ":3",
            "A:1:2", "INTEGRITAS:3,"})
    void badCloseSpecificationsAreRefused(String spec) {
        assertThrows(IllegalArgumentException.class, () -> CompetencyGaps.parseClose(spec));
    }

    @Test
    void anActivityCountsInTheYearOfItsEndDate() {
        // 28 Dec 2025 - 2 Jan 2026 (12 JP) counts in 2026; 31 Dec 2025 (8 JP) in 2025; 1 Jan 2026 (5 JP) in 2026.
        List<TrainingHours.Activity> a = List.of(new TrainingHours.Activity(LocalDate.of(2026, 1, 2), 12),
                new TrainingHours.Activity(LocalDate.of(2025, 12, 31), 8), new TrainingHours.Activity(LocalDate.of(2026, 1, 1), 5));
        assertEquals(8, TrainingHours.completed(a, 2025));
        assertEquals(17, TrainingHours.completed(a, 2026));
        assertEquals(12, TrainingHours.shortfall(8, 20));
        assertEquals(0, TrainingHours.shortfall(25, 20));
    }

    @Test
    void recommendationsComeFromGapsTalentBoxAndBehaviour() {
        List<DevelopmentPlanner.GapInput> gaps = List.of(
                new DevelopmentPlanner.GapInput("INTEGRITAS", "Integritas", 3, 2, "Kepala Seksi"),
                new DevelopmentPlanner.GapInput("KOMUNIKASI", null, 4, 0, "Kepala Seksi"),
                // the target asks Integritas 4: the wider gap (2) wins over the current position's (1)
                new DevelopmentPlanner.GapInput("INTEGRITAS", "Integritas", 4, 2, "Kepala Bidang"),
                new DevelopmentPlanner.GapInput("KERJA_SAMA", "Kerja Sama", 3, 4, "Kepala Bidang"));
        TalentBox.Classification box8 = TalentBox.classify(TalentBox.Performance.MEETS, TalentBox.Potential.HIGH);
        var appraisal = new DevelopmentPlanner.Appraisal(2025, Map.of("AKUNTABEL", "BELOW", "LOYAL", "MEETS", "ADAPTIF", "BELOW"));
        List<DevelopmentPlanner.Recommendation> r = DevelopmentPlanner.recommend(gaps, box8, appraisal, SETTINGS);
        assertEquals(List.of("COMPETENCY_GAP:KOMUNIKASI", "COMPETENCY_GAP:INTEGRITAS", "TALENT_BOX:ROTATE_ENLARGE", "TALENT_BOX:COACHING",
                "BEHAVIOUR:ADAPTIF", "BEHAVIOUR:AKUNTABEL"), r.stream().map(DevelopmentPlanner.Recommendation::key).toList());
        // gap 4 is beyond the table: the last entry (30 JP, DIKLAT); gap 2: 20 JP, COURSE
        assertEquals(30, r.get(0).suggestedJp());
        assertEquals(ActivityType.DIKLAT, r.get(0).activityType());
        assertEquals(20, r.get(1).suggestedJp());
        assertEquals(ActivityType.COURSE, r.get(1).activityType());
        assertEquals("Kompetensi Integritas level 2, standar jabatan Kepala Bidang menuntut level 4: kesenjangan 2 level.", r.get(1).reason());
        assertEquals(ActivityType.ROTATION, r.get(2).activityType());
        assertEquals(0, r.get(2).suggestedJp());
        assertEquals(ActivityType.COACHING, r.get(3).activityType());
        assertEquals("Penilaian kinerja 2025: perilaku Akuntabel dinilai di bawah ekspektasi.", r.get(5).reason());
        assertEquals(ActivityType.MENTORING, r.get(5).activityType());
    }

    @Test
    void developmentWithoutGapsStillGetsAnItemAndDecisionsAreNotActivities() {
        // Box 4: rotation, development; no gaps -> a development course of its own.
        var box4 = TalentBox.classify(TalentBox.Performance.ABOVE, TalentBox.Potential.LOW);
        assertEquals(List.of("TALENT_BOX:ROTATION", "TALENT_BOX:DEVELOPMENT"),
                DevelopmentPlanner.recommend(List.of(), box4, null, SETTINGS).stream().map(DevelopmentPlanner.Recommendation::key).toList());
        // Box 9: promote, retain -> nothing to train; box 6: counselling as mentoring with its own JP.
        assertTrue(DevelopmentPlanner.recommend(List.of(), TalentBox.classify(TalentBox.Performance.ABOVE, TalentBox.Potential.HIGH), null, SETTINGS).isEmpty());
        var six = DevelopmentPlanner.recommend(List.of(), TalentBox.classify(TalentBox.Performance.BELOW, TalentBox.Potential.HIGH), null, SETTINGS);
        assertEquals(List.of("TALENT_BOX:COACHING", "TALENT_BOX:COUNSELLING"), six.stream().map(DevelopmentPlanner.Recommendation::key).toList());
        assertEquals(12, six.get(1).suggestedJp());
    }

    @Test
    void theFingerprintChangesExactlyWithTheRecommendations() {
        var a = DevelopmentPlanner.recommend(List.of(new DevelopmentPlanner.GapInput("INTEGRITAS", null, 3, 2, "X")), null, null, SETTINGS);
        var b = DevelopmentPlanner.recommend(List.of(new DevelopmentPlanner.GapInput("INTEGRITAS", null, 3, 2, "X")), null, null, SETTINGS);
        var c = DevelopmentPlanner.recommend(List.of(new DevelopmentPlanner.GapInput("INTEGRITAS", null, 3, 1, "X")), null, null, SETTINGS);
        assertEquals(DevelopmentPlanner.fingerprint(a), DevelopmentPlanner.fingerprint(b));
        assertTrue(!DevelopmentPlanner.fingerprint(a).equals(DevelopmentPlanner.fingerprint(c)));
    }

    @Test
    void labelsAreIndonesian() {
        assertEquals("Sangat Baik", Labels.predikat(Predikat.SANGAT_BAIK));
        assertEquals("Masih Memenuhi Syarat", Labels.selection(JobPersonMatch.SelectionBand.MASIH_MEMENUHI_SYARAT));
        assertEquals("Cukup Optimal", Labels.mapping(JobPersonMatch.MappingBand.CUKUP_OPTIMAL));
        assertEquals("Kotak 8: kinerja sesuai ekspektasi, potensial tinggi (masuk kelompok rencana suksesi/talent pool). Rekomendasi: "
                        + "Dipertahankan; Rotasi atau perluasan jabatan; Bimbingan kinerja (coaching).",
                Labels.talentBox(TalentBox.classify(TalentBox.Performance.MEETS, TalentBox.Potential.HIGH)));
        assertEquals("Pengembangan Diri dan Orang Lain", Labels.competency("PENGEMBANGAN_DIRI", null));
        assertEquals("Analisis Kebijakan", Labels.competency("TEKNIS_AK", "Analisis Kebijakan"));
    }
}
