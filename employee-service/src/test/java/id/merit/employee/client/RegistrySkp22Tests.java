package id.merit.employee.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.config.RegistryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skp22/save body, field by field, with the codes of application.properties (the same as appraisal-service's). */
class RegistrySkp22Tests {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final RegistryConfig.Skp22 CODES = new RegistryConfig.Skp22() {
        @Override
        public Map<String, Integer> ratingCodes() {
            return Map.of("ABOVE", 1, "MEETS", 2, "BELOW", 3);
        }

        @Override
        public Map<String, Integer> predikatCodes() {
            return Map.of("SANGAT_BAIK", 1, "BAIK", 2, "BUTUH_PERBAIKAN", 3, "KURANG", 4, "SANGAT_KURANG", 5);
        }

        @Override
        public String appraiserStatus() {
            return "ASN";
        }
    };
    private static final RegistrySkp22.Penilai PENILAI = new RegistrySkp22.Penilai("Dr. Siti Aminah, M.Si.", "Kepala Seksi Kurikulum",
            "Seksi Kurikulum", "IV/a");

    @ParameterizedTest
    @CsvSource({"ABOVE,BELOW,SANGAT_BAIK,1,3,1", "MEETS,MEETS,BAIK,2,2,2", "BELOW,ABOVE,BUTUH_PERBAIKAN,3,1,3",
            "BELOW,MEETS,KURANG,3,2,4", "BELOW,BELOW,SANGAT_KURANG,3,3,5"})
    void ratingsAndPredikatBecomeTheirCodes(String hasil, String perilaku, String predikat, int hasilCode, int perilakuCode, int kuadran) {
        ObjectNode b = RegistrySkp22.body(new RegistrySkp22.Result(2025, hasil, perilaku, predikat, "197001012000012001"), "pns-1", PENILAI, CODES);
        assertEquals(hasilCode, b.get("hasilKinerjaNilai").asInt());
        assertEquals(perilakuCode, b.get("perilakuKerjaNilai").asInt());
        assertEquals(kuadran, b.get("kuadranKinerjaNilai").asInt());
    }

    @Test
    void theBodyHasExactlyThePreviewsFields() throws Exception {
        ObjectNode b = RegistrySkp22.body(new RegistrySkp22.Result(2025, "ABOVE", "MEETS", "BAIK", "197001012000012001"), "pns-1",
                new RegistrySkp22.Penilai("Siti", null, null, null), CODES);
        assertEquals(JSON.readTree("{\"tahun\":2025,\"pnsDinilaiId\":\"pns-1\",\"hasilKinerjaNilai\":1,\"perilakuKerjaNilai\":2,"
                + "\"kuadranKinerjaNilai\":2,\"statusPenilai\":\"ASN\",\"penilaiNipNrp\":\"197001012000012001\",\"penilaiNama\":\"Siti\","
                + "\"penilaiJabatan\":null,\"penilaiUnorNama\":null,\"penilaiGolongan\":null}"), b);
    }

    @Test
    void aValueWithoutACodeIsRefusedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegistrySkp22.body(
                new RegistrySkp22.Result(2025, "ABOVE", "MEETS", "ISTIMEWA", "197001012000012001"), "pns-1", PENILAI, CODES));
        assertTrue(e.getMessage().contains("merit.registry.skp22.predikat-codes.ISTIMEWA"), e.getMessage());
    }

    @Test
    void theRegistryIdComesFromDataUtama() throws Exception {
        assertEquals("A8ACA7B5", RegistrySkp22.registryId(JSON.readTree("{\"id\":\"A8ACA7B5\",\"nipBaru\":\"1\"}"), "1"));
        assertThrows(IllegalArgumentException.class, () -> RegistrySkp22.registryId(JSON.readTree("{\"nipBaru\":\"1\"}"), "1"));
        assertThrows(IllegalArgumentException.class, () -> RegistrySkp22.registryId(JSON.readTree("{\"id\":\" \"}"), "1"));
    }
}
