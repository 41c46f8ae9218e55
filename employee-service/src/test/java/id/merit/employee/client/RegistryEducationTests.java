package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.service.EmployeeData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rw-pendidikan rows and the merge by (level, year) into the education the employee has. */
class RegistryEducationTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode pendidikan(String id, String level, String programme, String school, Object year) {
        ObjectNode p = JSON.createObjectNode().put("id", id).put("tkPendidikanNama", level).put("pendidikanNama", programme).put("namaSekolah", school);
        p.putPOJO("tahunLulus", year);
        return p;
    }

    private static List<EmployeeData.EducationItem> merge(List<EmployeeData.EducationItem> current, List<RegistryHistory.Rejection> rejected,
                                                          JsonNode... rows) {
        return RegistryEducation.merge(current, RegistryHistory.rows(RegistryEducation.PENDIDIKAN, JSON.createArrayNode().addAll(List.of(rows)),
                RegistryEducation::item, rejected), rejected);
    }

    private static EmployeeData.EducationItem item(EducationLevel level, String field, String institution, int year) {
        return new EmployeeData.EducationItem(level, field, institution, year);
    }

    @Test
    void aRowIsReadFieldByField() {
        assertEquals(item(EducationLevel.S2, "Administrasi Publik", "Universitas Gadjah Mada", 2015),
                RegistryEducation.item(pendidikan("p1", "S-2/Magister", "Administrasi Publik", "Universitas Gadjah Mada", "2015")));
        assertEquals(item(EducationLevel.D3, null, null, 2004), RegistryEducation.item(JSON.createObjectNode().put("tkPendidikanNama", "D-III")
                .put("tahunLulus", 2004)));
    }

    @Test
    void anUnusableRowIsRefusedWithItsReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryEducation.item(pendidikan("p", "Pesantren", "x", "y", 2000)))
                .getMessage().contains("tkPendidikanNama 'Pesantren' names no known level"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryEducation.item(pendidikan("p", "S1", "x", "y", "dua ribu")))
                .getMessage().contains("tahunLulus 'dua ribu' is not a year"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryEducation.item(JSON.createObjectNode().put("tahunLulus", 2000)))
                .getMessage().contains("tkPendidikanNama is missing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegistryEducation.item(JSON.createObjectNode().put("tkPendidikanNama", "S1")))
                .getMessage().contains("tahunLulus is missing"));
    }

    @Test
    void aKnownLevelAndYearIsUpdatedANewOneAddedAndEntriesTheRegistryDoesNotListKept() {
        List<EmployeeData.EducationItem> current = List.of(
                item(EducationLevel.S1, "S-1/Sarjana", "Universitas Palangka Raya", 2008),
                item(EducationLevel.SMA, "IPA", "SMAN 1 Palangka Raya", 2004));
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<EmployeeData.EducationItem> merged = merge(current, rejected,
                pendidikan("p1", "S-1/Sarjana", "Pendidikan Matematika", null, 2008),
                pendidikan("p2", "S-2", "Manajemen Pendidikan", "Universitas Negeri Malang", 2014),
                pendidikan("p3", "S1", "Duplikat", "x", 2008));
        assertEquals(List.of(
                item(EducationLevel.S1, "Pendidikan Matematika", "Universitas Palangka Raya", 2008),
                item(EducationLevel.SMA, "IPA", "SMAN 1 Palangka Raya", 2004),
                item(EducationLevel.S2, "Manajemen Pendidikan", "Universitas Negeri Malang", 2014)), merged);
        assertEquals(List.of("rw-pendidikan/p3"), rejected.stream().map(RegistryHistory.Rejection::item).toList());
        assertTrue(rejected.get(0).reason().contains("repeat row 1"), rejected.get(0).reason());
    }

    @Test
    void aFullRecordTakesUpdatesButNoNewEntries() {
        List<EmployeeData.EducationItem> current = IntStream.range(0, EmployeeData.MAX_EDUCATION)
                .mapToObj(i -> item(EducationLevel.D1, "Kursus " + i, null, 1980 + i)).toList();
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<EmployeeData.EducationItem> merged = merge(current, rejected,
                pendidikan("p1", "D-I", "Diperbarui", "Politeknik", 1980), pendidikan("p2", "S1", "Baru", "Universitas", 2010));
        assertEquals(EmployeeData.MAX_EDUCATION, merged.size());
        assertEquals("Diperbarui", merged.get(0).field());
        assertEquals(List.of("rw-pendidikan/p2"), rejected.stream().map(RegistryHistory.Rejection::item).toList());
        assertTrue(rejected.get(0).reason().contains("already has 20 education entries"), rejected.get(0).reason());
    }
}
