package id.merit.employee.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.domain.TrainingType;
import id.merit.employee.service.TrainingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry field mapping of rw-diklat and rw-kursus rows, every type rule and fallback. */
class RegistryTrainingsTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode kursus(String kindField, String kind) {
        ObjectNode k = JSON.createObjectNode().put("id", "k1").put("namaKursus", "Kursus").put("tanggalKursus", "01-02-2025")
                .put("jumlahJam", 8);
        if (kindField != null) {
            k.put(kindField, kind);
        }
        return k;
    }

    @ParameterizedTest
    @CsvSource({"jenisKursusSertifikat,Seminar,SEMINAR", "jenisKursusSertifikat,Workshop Nasional,SEMINAR", "jenisKursusSertipikat,Lokakarya,SEMINAR",
            "jenisKursus,Simposium,SEMINAR", "jenisKursusSertifikat,Coaching Klinik,COACHING", "jenisKursusSertifikat,MENTORING,MENTORING",
            "jenisKursusSertifikat,E-Learning,ELEARNING", "jenisKursusSertifikat,e learning,ELEARNING", "jenisKursus,ELEARNING,ELEARNING",
            "jenisKursusSertifikat,Kursus,COURSE", "jenisKursusSertifikat,Sertifikat,COURSE", "jenisKursusSertifikat,K,COURSE", "jenisKursusSertifikat,S,COURSE"})
    void theKursusTypeFollowsItsKind(String field, String kind, TrainingType expected) {
        assertEquals(expected, RegistryTrainings.kursus(kursus(field, kind)).data().type());
    }

    @Test
    void aKursusWithoutAKindIsACourseOfOneDay() {
        TrainingService.RegistryRow r = RegistryTrainings.kursus(kursus(null, null));
        assertEquals(TrainingType.COURSE, r.data().type());
        assertEquals(LocalDate.of(2025, 2, 1), r.data().endDate());
        assertEquals(RegistryTrainings.KURSUS, r.source());
        assertEquals("k1", r.registryId());
    }

    @Test
    void aDiklatTakesTheStructuralNameFirstThenTheDiklatName() {
        ObjectNode d = JSON.createObjectNode().put("id", "d1").put("namaDiklat", "Diklat Teknis").put("tanggal", "2025-03-03")
                .put("tanggalSelesai", "14-03-2025").put("jumlahJam", "40").put("institusiPenyelenggara", " BPSDM ");
        TrainingService.RegistryRow r = RegistryTrainings.diklat(d);
        assertEquals("Diklat Teknis", r.data().title());
        assertEquals(TrainingType.DIKLAT, r.data().type());
        assertEquals(LocalDate.of(2025, 3, 3), r.data().startDate());
        assertEquals(LocalDate.of(2025, 3, 14), r.data().endDate());
        assertEquals(40, r.data().hours());
        assertEquals("BPSDM", r.data().provider());
        assertEquals(List.of(), r.data().competencies());
        assertNull(r.data().evidenceUrl());
        d.put("latihanStrukturalNama", "PIM IV");
        assertEquals("PIM IV", RegistryTrainings.diklat(d).data().title());
    }

    @Test
    void unusableFieldsAreRejectedWithTheirName() {
        ObjectNode d = JSON.createObjectNode().put("id", "d1").put("namaDiklat", "X").put("tanggal", "01-01-2025");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryTrainings.diklat(d)).getMessage().contains("jumlahJam is missing"));
        d.put("jumlahJam", "8 jam");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryTrainings.diklat(d)).getMessage().contains("jumlahJam '8 jam'"));
        d.put("jumlahJam", 8).remove("tanggal");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryTrainings.diklat(d)).getMessage().contains("tanggal is missing"));
        d.put("tanggal", "01-01-2025").remove("namaDiklat");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryTrainings.diklat(d)).getMessage().contains("namaDiklat"));
        assertThrows(IllegalArgumentException.class, () -> RegistryTrainings.kursus(JSON.getNodeFactory().numberNode(3)));
    }
}
