package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.Employee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rw-skp22 rows as the results Merit keeps per year: codes read back through skp22/save's table, text, years, conflicts. */
class RegistryAppraisalsTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LATEST = 2026;

    static ObjectNode skp(String id, int year) {
        return JSON.createObjectNode().put("id", id).put("tahun", year);
    }

    private static List<Employee.RegistryAppraisal> read(List<RegistryHistory.Rejection> rejected, JsonNode... rows) {
        ArrayNode list = JSON.createArrayNode().addAll(List.of(rows));
        return RegistryAppraisals.read(list, RegistrySkp22Tests.CODES, LATEST, rejected);
    }

    private static Employee.RegistryAppraisal one(JsonNode row) {
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<Employee.RegistryAppraisal> results = read(rejected, row);
        assertEquals(List.of(), rejected);
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static String rejection(JsonNode row) {
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        assertEquals(List.of(), read(rejected, row));
        assertEquals(1, rejected.size());
        return rejected.get(0).reason();
    }

    @Test
    void everyValueSkp22SaveWritesReadsBackAsItself() {
        for (String predikat : RegistrySkp22.PREDIKATS) {
            for (String rating : RegistrySkp22.RATINGS) {
                ObjectNode body = RegistrySkp22.body(new RegistrySkp22.Result(2024, rating, rating, predikat, "197001012000012001"), "pns-1",
                        new RegistrySkp22.Penilai("Siti", null, null, null), RegistrySkp22Tests.CODES);
                assertEquals(new Employee.RegistryAppraisal(2024, predikat, rating, rating), one(body));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"SANGAT BAIK,SANGAT_BAIK", "Baik,BAIK", "Butuh Perbaikan,BUTUH_PERBAIKAN", "butuh-perbaikan,BUTUH_PERBAIKAN", "KURANG,KURANG",
            "' Sangat  Kurang ',SANGAT_KURANG"})
    void thePredikatTextIsReadWithoutACode(String text, String predikat) {
        Employee.RegistryAppraisal a = one(skp("s1", 2024).put("kuadranKinerja", text));
        assertEquals(predikat, a.predikat());
        assertNull(a.hasilKerja());
        assertNull(a.perilakuKerja());
    }

    @Test
    void codesMayBeDigitStringsAndTheOlderBehaviourFieldNameIsRead() {
        Employee.RegistryAppraisal a = one(skp("s1", 2024).put("kuadranKinerjaNilai", "2").put("kuadranKinerja", "Baik")
                .put("hasilKinerjaNilai", "1").put("perilakuKinerjaNilai", 3));
        assertEquals(new Employee.RegistryAppraisal(2024, "BAIK", "ABOVE", "BELOW"), a);
        // perilakuKerjaNilai (skp22/save's name) comes first.
        assertEquals("MEETS", one(skp("s1", 2024).put("kuadranKinerjaNilai", 2).put("perilakuKinerjaNilai", 3).put("perilakuKerjaNilai", 2))
                .perilakuKerja());
    }

    @Test
    void anUnusableRowIsRejectedWithItsReason() {
        assertTrue(rejection(skp("s1", 2024)).contains("kuadranKinerjaNilai / kuadranKinerja is missing"));
        assertTrue(rejection(skp("s1", 2024).put("kuadranKinerjaNilai", 9)).contains("kuadranKinerjaNilai code 9 is no predikat"));
        assertTrue(rejection(skp("s1", 2024).put("kuadranKinerja", "Istimewa")).contains("kuadranKinerja 'Istimewa' is no predikat"));
        assertTrue(rejection(skp("s1", 2024).put("kuadranKinerjaNilai", 1).put("kuadranKinerja", "Baik")).contains("disagree"));
        assertTrue(rejection(skp("s1", 2024).put("kuadranKinerjaNilai", 2).put("hasilKinerjaNilai", 7)).contains("hasilKinerjaNilai code 7 is no rating"));
        assertTrue(rejection(skp("s1", 2024).put("kuadranKinerjaNilai", 2).put("hasilKinerjaNilai", "dua")).contains("hasilKinerjaNilai 'dua'"));
        assertTrue(rejection(JSON.createObjectNode().put("kuadranKinerjaNilai", 2)).contains("tahun is missing"));
        assertTrue(rejection(JSON.getNodeFactory().textNode("x")).contains("not an object"));
    }

    @ParameterizedTest
    @CsvSource({"1999", "2027", "0"})
    void aYearOutsideTheSaneRangeIsRejected(int year) {
        assertTrue(rejection(skp("s1", year).put("kuadranKinerjaNilai", 2)).contains("outside 2000-2026"));
    }

    @Test
    void aYearGivenWithDifferentPredikatIsRejectedRowByRowAndTheOtherYearsStay() {
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<Employee.RegistryAppraisal> results = read(rejected,
                skp("s25", 2025).put("kuadranKinerjaNilai", 1),
                skp("s24a", 2024).put("kuadranKinerjaNilai", 2),
                JSON.createObjectNode().put("tahun", 2024).put("kuadranKinerja", "Sangat Baik"),
                skp("s23", 2023).put("kuadranKinerjaNilai", 2));
        assertEquals(List.of(new Employee.RegistryAppraisal(2023, "BAIK", null, null), new Employee.RegistryAppraisal(2025, "SANGAT_BAIK", null, null)),
                results);
        assertEquals(List.of("rw-skp22/s24a", "rw-skp22#3"), rejected.stream().map(RegistryHistory.Rejection::item).toList());
        assertTrue(rejected.get(0).reason().contains("year 2024 is given 2 times with different predikat [BAIK, SANGAT_BAIK]"), rejected.get(0).reason());
    }

    @Test
    void rowsOfOneYearWithTheSamePredikatCountOnceAndARatingTheyDisagreeOnIsLeftOut() {
        List<RegistryHistory.Rejection> rejected = new ArrayList<>();
        List<Employee.RegistryAppraisal> results = read(rejected,
                skp("a", 2024).put("kuadranKinerjaNilai", 2).put("hasilKinerjaNilai", 2).put("perilakuKerjaNilai", 1),
                skp("b", 2024).put("kuadranKinerja", "BAIK").put("hasilKinerjaNilai", 2).put("perilakuKerjaNilai", 2),
                skp("c", 2024).put("kuadranKinerja", "BAIK"));
        assertEquals(List.of(), rejected);
        assertEquals(List.of(new Employee.RegistryAppraisal(2024, "BAIK", "MEETS", null)), results);
    }
}
