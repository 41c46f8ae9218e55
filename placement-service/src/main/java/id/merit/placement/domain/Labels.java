package id.merit.placement.domain;

import java.util.List;
import java.util.Map;

/** Plain Indonesian display text for the codes the API returns (DESIGN §3 names), so a client shows them as they are. */
public final class Labels {
    private Labels() {
    }

    private static final Map<String, String> COMPETENCIES = Map.of(
            "INTEGRITAS", "Integritas", "KERJA_SAMA", "Kerja Sama", "KOMUNIKASI", "Komunikasi",
            "ORIENTASI_HASIL", "Orientasi pada Hasil", "PELAYANAN_PUBLIK", "Pelayanan Publik",
            "PENGEMBANGAN_DIRI", "Pengembangan Diri dan Orang Lain", "MENGELOLA_PERUBAHAN", "Mengelola Perubahan",
            "PENGAMBILAN_KEPUTUSAN", "Pengambilan Keputusan", "PEREKAT_BANGSA", "Perekat Bangsa");

    private static final Map<String, String> BERAKHLAK = Map.of(
            "BERORIENTASI_PELAYANAN", "Berorientasi Pelayanan", "AKUNTABEL", "Akuntabel", "KOMPETEN", "Kompeten",
            "HARMONIS", "Harmonis", "LOYAL", "Loyal", "ADAPTIF", "Adaptif", "KOLABORATIF", "Kolaboratif");

    private static final Map<String, String> RECOMMENDATIONS = Map.ofEntries(
            Map.entry("PROMOTE", "Dipromosikan"), Map.entry("RETAIN", "Dipertahankan"),
            Map.entry("ROTATE_ENLARGE", "Rotasi atau perluasan jabatan"), Map.entry("ROTATE_ENRICH", "Rotasi atau pengayaan jabatan"),
            Map.entry("ROTATION", "Rotasi"), Map.entry("COACHING", "Bimbingan kinerja (coaching)"),
            Map.entry("COUNSELLING", "Konseling kinerja"), Map.entry("DEVELOPMENT", "Pengembangan kompetensi"),
            Map.entry("COMPETENCY_DEVELOPMENT", "Pengembangan kompetensi"), Map.entry("FITTING_PLACEMENT", "Penempatan yang sesuai"),
            Map.entry("HANDLED_PER_REGULATION", "Ditangani sesuai ketentuan peraturan perundang-undangan"));

    /** A technical competency has no fixed name: its code stands, or the name the position's standard gives. */
    public static String competency(String code, String fromStandard) {
        String known = COMPETENCIES.get(code);
        return known != null ? known : fromStandard != null && !fromStandard.isBlank() ? fromStandard : code;
    }

    public static String berakhlak(String value) {
        return BERAKHLAK.getOrDefault(value, value);
    }

    public static boolean isBerakhlak(String value) {
        return BERAKHLAK.containsKey(value);
    }

    public static String recommendation(String code) {
        return RECOMMENDATIONS.getOrDefault(code, code);
    }

    public static List<String> recommendations(List<String> codes) {
        return codes.stream().map(Labels::recommendation).toList();
    }

    public static String predikat(Predikat p) {
        return switch (p) {
            case SANGAT_BAIK -> "Sangat Baik";
            case BAIK -> "Baik";
            case BUTUH_PERBAIKAN -> "Butuh Perbaikan";
            case KURANG -> "Kurang";
            case SANGAT_KURANG -> "Sangat Kurang";
        };
    }

    public static String selection(JobPersonMatch.SelectionBand b) {
        return switch (b) {
            case MEMENUHI_SYARAT -> "Memenuhi Syarat";
            case MASIH_MEMENUHI_SYARAT -> "Masih Memenuhi Syarat";
            case KURANG_MEMENUHI_SYARAT -> "Kurang Memenuhi Syarat";
        };
    }

    public static String mapping(JobPersonMatch.MappingBand b) {
        return switch (b) {
            case OPTIMAL -> "Optimal";
            case CUKUP_OPTIMAL -> "Cukup Optimal";
            case KURANG_OPTIMAL -> "Kurang Optimal";
        };
    }

    public static String performance(TalentBox.Performance p) {
        return switch (p) {
            case ABOVE -> "di atas ekspektasi";
            case MEETS -> "sesuai ekspektasi";
            case BELOW -> "di bawah ekspektasi";
        };
    }

    public static String potential(TalentBox.Potential p) {
        return switch (p) {
            case HIGH -> "tinggi";
            case MEDIUM -> "menengah";
            case LOW -> "rendah";
        };
    }

    /** What a box means, e.g. "Kotak 8: kinerja sesuai ekspektasi, potensial tinggi. Dipertahankan; ...". */
    public static String talentBox(TalentBox.Classification c) {
        return "Kotak " + c.box() + ": kinerja " + performance(c.performance()) + ", potensial " + potential(c.potential())
                + (c.talentPool() ? " (masuk kelompok rencana suksesi/talent pool)" : "") + ". Rekomendasi: "
                + String.join("; ", recommendations(c.recommendation())) + ".";
    }

    public static String activity(ActivityType t) {
        return switch (t) {
            case DIKLAT -> "Diklat/pelatihan";
            case COURSE -> "Kursus";
            case SEMINAR -> "Seminar/lokakarya";
            case COACHING -> "Coaching";
            case MENTORING -> "Mentoring/konseling";
            case ELEARNING -> "E-learning";
            case ROTATION -> "Rotasi/penugasan";
        };
    }
}
