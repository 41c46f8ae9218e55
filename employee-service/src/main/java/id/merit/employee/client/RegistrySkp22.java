package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.config.RegistryConfig;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a final appraisal result becomes the body of skp22/save, field for field as appraisal-service's
 * preview ({@code GET /api/v1/skp/{id}/registry-payload}), except that {@code pnsDinilaiId} is the registry's own id
 * of the person (data-utama {@code id}), not the NIP.
 *
 * <p>ASSUMPTION (as in appraisal-service): the codes are this service's configuration (merit.registry.skp22.*),
 * taken from the registry's reference tables; {@code penilaiGolongan} is the written golongan ("IV/a").
 */
public final class RegistrySkp22 {
    public static final Set<String> RATINGS = Set.of("ABOVE", "MEETS", "BELOW");
    public static final Set<String> PREDIKATS = Set.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG");

    /** The result as appraisal.finalized carries it. */
    public record Result(int year, String hasilKerja, String perilakuKerja, String predikat, String appraiserNip) {
    }

    /** The appraiser as this service knows them; null fields are sent as null. */
    public record Penilai(String displayName, String positionName, String unitName, String golongan) {
    }

    private RegistrySkp22() {
    }

    /** @throws IllegalArgumentException when a value has no configured code (fix the configuration, then retry) */
    public static ObjectNode body(Result r, String pnsDinilaiId, Penilai p, RegistryConfig.Skp22 codes) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("tahun", r.year());
        b.put("pnsDinilaiId", pnsDinilaiId);
        b.put("hasilKinerjaNilai", code(codes.ratingCodes(), "rating", r.hasilKerja()));
        b.put("perilakuKerjaNilai", code(codes.ratingCodes(), "rating", r.perilakuKerja()));
        b.put("kuadranKinerjaNilai", code(codes.predikatCodes(), "predikat", r.predikat()));
        b.put("statusPenilai", codes.appraiserStatus());
        b.put("penilaiNipNrp", r.appraiserNip());
        b.put("penilaiNama", p.displayName());
        b.put("penilaiJabatan", p.positionName());
        b.put("penilaiUnorNama", p.unitName());
        b.put("penilaiGolongan", p.golongan());
        return b;
    }

    /**
     * The registry's id of the person from their data-utama record.
     *
     * @throws IllegalArgumentException when the record carries none
     */
    public static String registryId(JsonNode dataUtama, String nip) {
        String id = dataUtama == null || !dataUtama.isObject() ? null : RegistryRecord.text(dataUtama, "id");
        if (id == null) {
            throw new IllegalArgumentException("the registry's data-utama of " + nip + " carries no id");
        }
        return id;
    }

    /**
     * The value a registry code stands for: the same table as {@link #code}, read backwards (rw-skp22 answers codes).
     *
     * @param what "rating" or "predikat", naming the table (merit.registry.skp22.<what>-codes)
     * @throws IllegalArgumentException when no value, or more than one, has that code
     */
    static String valueOf(Map<String, Integer> table, String what, int code) {
        List<String> values = table.entrySet().stream().filter(e -> e.getValue() == code).map(Map.Entry::getKey).sorted().toList();
        if (values.size() != 1) {
            throw new IllegalArgumentException("code " + code + (values.isEmpty() ? " is no " + what : " stands for " + values)
                    + " in merit.registry.skp22." + what + "-codes");
        }
        return values.get(0);
    }

    private static int code(Map<String, Integer> table, String what, String value) {
        Integer c = table.get(value);
        if (c == null) {
            throw new IllegalArgumentException("no registry code is configured for " + what + " " + value
                    + " (merit.registry.skp22." + what + "-codes." + value + ")");
        }
        return c;
    }
}
