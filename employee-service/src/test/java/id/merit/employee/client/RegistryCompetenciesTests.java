package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.domain.CompetencyKind;
import id.merit.employee.service.EmployeeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rw-kompetensi rows resolved against Merit's competencies, and the merge that replaces only the SIASN assessments. */
class RegistryCompetenciesTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RegistryCompetencies.Known> TECHNICAL = List.of(
            new RegistryCompetencies.Known("PENGELOLAAN_KEUANGAN_DAERAH", "Pengelolaan Keuangan Daerah", CompetencyKind.TECHNICAL),
            new RegistryCompetencies.Known("ARSIP_DIGITAL", null, CompetencyKind.TECHNICAL));

    static ObjectNode kompetensi(String id, String kind, String code, String name, Object level, String date) {
        ObjectNode k = JSON.createObjectNode().put("id", id).put("jenisKompetensi", kind).put("kodeKompetensi", code).put("namaKompetensi", name)
                .put("tanggal", date);
        if (level != null) {
            k.putPOJO("level", level);
        }
        return k;
    }

    private static String code(String kind, String code, String name) {
        return RegistryCompetencies.assessment(kompetensi("k", kind, code, name, 3, "01-06-2024"), TECHNICAL).code();
    }

    private static String refusal(JsonNode row) {
        return assertThrows(IllegalArgumentException.class, () -> RegistryCompetencies.assessment(row, TECHNICAL)).getMessage();
    }

    private static EmployeeData.AssessmentItem item(String code, int level, String on, String source) {
        return new EmployeeData.AssessmentItem(code, level, LocalDate.parse(on), source);
    }

    private static List<EmployeeData.AssessmentItem> merge(List<EmployeeData.AssessmentItem> current, List<RegistryHistory.Rejection> rejected,
                                                           JsonNode... rows) {
        return RegistryCompetencies.merge(current, RegistryHistory.rows(RegistryCompetencies.KOMPETENSI, JSON.createArrayNode().addAll(List.of(rows)),
                r -> RegistryCompetencies.assessment(r, TECHNICAL), rejected), rejected);
    }

    @ParameterizedTest
    @CsvSource({"MANAJERIAL,INTEGRITAS,,INTEGRITAS", "Manajerial,,Kerja Sama,KERJA_SAMA", "MANAJERIAL,M.03,Orientasi pada Hasil,ORIENTASI_HASIL",
            "manajerial,,pengembangan diri dan orang lain,PENGEMBANGAN_DIRI", "SOSIOKULTURAL,,Perekat Bangsa,PEREKAT_BANGSA",
            "TEKNIS,pengelolaan-keuangan-daerah,,PENGELOLAAN_KEUANGAN_DAERAH", "Teknis,T-99,Pengelolaan Keuangan Daerah,PENGELOLAAN_KEUANGAN_DAERAH",
            "TEKNIS,ARSIP_DIGITAL,,ARSIP_DIGITAL", ",,Komunikasi,KOMUNIKASI", ",,Pengelolaan Keuangan Daerah,PENGELOLAAN_KEUANGAN_DAERAH"})
    void theCompetencyIsFoundByCodeOrNameWithinItsKind(String kind, String code, String name, String expected) {
        assertEquals(expected, code(kind, code, name));
    }

    @Test
    void aRowReadsLevelOrNilaiAndTheDateAndIsMarkedSiasn() {
        ObjectNode row = kompetensi("k1", "MANAJERIAL", "INTEGRITAS", null, "4", "2024-06-01");
        assertEquals(item("INTEGRITAS", 4, "2024-06-01", "SIASN"), RegistryCompetencies.assessment(row, TECHNICAL));
        row.remove("level");
        row.put("nilai", 2);
        assertEquals(2, RegistryCompetencies.assessment(row, TECHNICAL).level());
    }

    @Test
    void aCompetencyMeritDoesNotKnowOrOfAnotherKindIsRefused() {
        assertTrue(refusal(kompetensi("k", "TEKNIS", "ANALISIS_DATA", "Analisis Data", 3, "01-06-2024"))
                .contains("kodeKompetensi 'ANALISIS_DATA' / namaKompetensi 'Analisis Data' names no technical competency Merit knows"));
        assertTrue(refusal(kompetensi("k", "TEKNIS", "INTEGRITAS", null, 3, "01-06-2024")).contains("names no technical competency"));
        assertTrue(refusal(kompetensi("k", "SOSIOKULTURAL", null, "Integritas", 3, "01-06-2024")).contains("names no sociocultural competency"));
        assertTrue(refusal(kompetensi("k", "FUNGSIONAL", "INTEGRITAS", null, 3, "01-06-2024")).contains("jenisKompetensi 'FUNGSIONAL'"));
        assertTrue(refusal(kompetensi("k", "MANAJERIAL", null, null, 3, "01-06-2024")).contains("kodeKompetensi / namaKompetensi is missing"));
        assertTrue(refusal(kompetensi("k", "MANAJERIAL", "INTEGRITAS", null, null, "01-06-2024")).contains("level / nilai is missing"));
        assertTrue(refusal(kompetensi("k", "MANAJERIAL", "INTEGRITAS", null, 3.5, "01-06-2024")).contains("level '3.5'"));
        assertTrue(refusal(kompetensi("k", "MANAJERIAL", "INTEGRITAS", null, 3, null)).contains("tanggal is missing"));
    }

    @Test
    void theRegistryReplacesItsOwnAssessmentsKeepsTheOthersAndTheLatestPerCompetencyCounts() {
        List<EmployeeData.AssessmentItem> current = List.of(
                item("INTEGRITAS", 4, "2025-03-01", "Assessment Center BKPSDM"),
                item("KOMUNIKASI", 2, "2020-01-01", null),
                item("KERJA_SAMA", 2, "2021-01-01", "SIASN"),
                item("PEREKAT_BANGSA", 3, "2022-01-01", "SIASN"));
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<EmployeeData.AssessmentItem> merged = merge(current, rejected,
                // Older than the assessment centre's: gives way.
                kompetensi("k1", "MANAJERIAL", "INTEGRITAS", null, 2, "01-01-2024"),
                // Newer than hr-admin's: replaces it.
                kompetensi("k2", "MANAJERIAL", "KOMUNIKASI", null, 3, "01-01-2024"),
                // A history: the latest row counts.
                kompetensi("k3", "MANAJERIAL", "KERJA_SAMA", null, 3, "01-01-2023"),
                kompetensi("k4", "MANAJERIAL", "KERJA_SAMA", null, 4, "01-01-2025"),
                kompetensi("k5", "TEKNIS", "ARSIP_DIGITAL", null, 2, "01-01-2025"));
        // PEREKAT_BANGSA is no longer listed: an earlier SIASN assessment goes with the read that replaced it.
        assertEquals(List.of(
                item("INTEGRITAS", 4, "2025-03-01", "Assessment Center BKPSDM"),
                item("KOMUNIKASI", 3, "2024-01-01", "SIASN"),
                item("ARSIP_DIGITAL", 2, "2025-01-01", "SIASN"),
                item("KERJA_SAMA", 4, "2025-01-01", "SIASN")), merged);
        assertEquals(List.of(), rejected);
    }

    @Test
    void twoLevelsOnTheLatestDateAreRejectedAndAFullRecordTakesNoNewCompetency() {
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<EmployeeData.AssessmentItem> merged = merge(List.of(), rejected,
                kompetensi("k1", "MANAJERIAL", "INTEGRITAS", null, 2, "01-01-2024"),
                kompetensi("k2", "MANAJERIAL", "INTEGRITAS", null, 3, "01-01-2024"),
                kompetensi("k3", "MANAJERIAL", "INTEGRITAS", null, 4, "01-01-2020"));
        assertEquals(List.of(), merged);
        assertEquals(List.of("rw-kompetensi/k1", "rw-kompetensi/k2"), rejected.stream().map(RegistryHistory.Rejection::item).toList());
        assertTrue(rejected.get(0).reason().contains("INTEGRITAS is assessed on 2024-01-01 with different levels [2, 3]"), rejected.get(0).reason());

        List<EmployeeData.AssessmentItem> full = IntStream.range(0, EmployeeData.MAX_COMPETENCIES)
                .mapToObj(i -> item("TEKNIS_" + i, 3, "2020-01-01", "Assessment Center")).toList();
        rejected.clear();
        assertEquals(full, merge(full, rejected, kompetensi("k9", "MANAJERIAL", "INTEGRITAS", null, 3, "01-01-2024")));
        assertTrue(rejected.get(0).reason().contains("already has 50 competencies"), rejected.get(0).reason());
    }
}
