package id.merit.placement;

import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicWriter;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Puts other services' events on the broker (schema-checked against their producers' contracts) and waits for them. */
final class Seed {
    static final String EMPLOYEES = "merit.employees.v1";
    static final String ORG = "merit.org.v1";
    static final String APPRAISALS = "merit.appraisals.v1";

    private Seed() {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    static String nip() {
        // Born in January 1986, CPNS 2010-03, male, serial from a counter: well-formed and never the same twice in
        // this JVM (a random serial collided with another test's employee, whose newer version then won).
        int n = NEXT.getAndIncrement();
        return String.format("198601%02d2010031%03d", 1 + (n / 1000) % 28, n % 1000);
    }

    static void await(Duration timeout, Supplier<Boolean> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static UUID unit(String code) {
        UUID id = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"name\":\"Unit " + code + "\",\"parentId\":null,\"headPositionId\":null,\"version\":1}";
        EventSchemas.assertValid("events/unit.upserted.schema.json", json);
        TopicWriter.send(ORG, id.toString(), "id.merit.unit.upserted.v1", json);
        return id;
    }

    /** An ADMINISTRATOR position needing Integritas 3 and Kerja Sama 3, S1 in Administrasi Publik or Manajemen. */
    static String positionJson(UUID id, UUID unitId, int seats, String incumbentsJson, long version) {
        return "{\"id\":\"" + id + "\",\"code\":\"POS-" + id.toString().substring(0, 8) + "\",\"name\":\"Kepala Bidang\",\"type\":\"ADMINISTRATOR\","
                + "\"fungsionalLevel\":null,\"unitId\":\"" + unitId + "\",\"head\":true,\"seats\":" + seats + ","
                + "\"competencyStandard\":[{\"code\":\"INTEGRITAS\",\"name\":\"Integritas\",\"kind\":\"MANAGERIAL\",\"requiredLevel\":3},"
                + "{\"code\":\"KERJA_SAMA\",\"name\":\"Kerja Sama\",\"kind\":\"MANAGERIAL\",\"requiredLevel\":3}],"
                + "\"requirements\":{\"minEducationLevel\":\"S1\",\"acceptedFields\":[\"Administrasi Publik\",\"Manajemen\"],\"minGolongan\":\"III/c\","
                + "\"minYearsExperience\":3,\"maxAge\":null},\"incumbentNips\":" + incumbentsJson + ",\"version\":" + version + "}";
    }

    static UUID position(UUID unitId, int seats) {
        UUID id = UUID.randomUUID();
        String json = positionJson(id, unitId, seats, "[]", 1);
        EventSchemas.assertValid("events/position.upserted.schema.json", json);
        TopicWriter.send(ORG, id.toString(), "id.merit.position.upserted.v1", json);
        return id;
    }

    /**
     * An ACTIVE PNS, S1 Manajemen, golongan III/d, PENGAWAS since 2019-01-01 in the given unit.
     * @param integritas / kerjaSama competency levels; potential null for none
     */
    static String employeeJson(String nip, UUID unitId, String status, int integritas, int kerjaSama, Double potential, long version) {
        return employeeJson(nip, unitId, status, integritas, kerjaSama, potential, version, null);
    }

    /**
     * @param registryAppraisals the national registry's results as a JSON array (see {@link #registryAppraisal}); null
     *                           leaves the field out, as a snapshot from before registry results were carried
     */
    static String employeeJson(String nip, UUID unitId, String status, int integritas, int kerjaSama, Double potential, long version,
                               String registryAppraisals) {
        UUID pos = UUID.nameUUIDFromBytes(("pos-" + nip).getBytes());
        return "{\"nip\":\"" + nip + "\",\"employmentType\":\"PNS\",\"name\":\"Pegawai " + nip.substring(15) + "\",\"frontTitle\":null,"
                + "\"backTitle\":\"S.E.\",\"displayName\":\"Pegawai " + nip.substring(15) + ", S.E.\",\"birthPlace\":\"Palangka Raya\","
                + "\"birthDate\":\"1985-01-15\",\"sex\":\"MALE\",\"status\":\"" + status + "\","
                + "\"golongan\":{\"code\":\"III/d\",\"pangkat\":\"Penata Tk I\",\"siasnCode\":\"34\",\"rank\":12,\"tmt\":\"2022-04-01\"},"
                + "\"position\":{\"id\":\"" + pos + "\",\"code\":\"KASI\",\"name\":\"Kepala Seksi\",\"type\":\"PENGAWAS\",\"fungsionalLevel\":null,"
                + "\"unitId\":\"" + unitId + "\",\"tmt\":\"2019-01-01\"},"
                + "\"unit\":{\"id\":\"" + unitId + "\",\"code\":\"U\",\"name\":\"Unit\",\"path\":[{\"id\":\"" + unitId + "\",\"code\":\"U\",\"name\":\"Unit\"}]},"
                + "\"supervisorNip\":null,"
                + "\"education\":[{\"level\":\"S1\",\"field\":\"Manajemen\",\"institution\":\"Universitas Palangka Raya\",\"year\":2007}],"
                + "\"competencies\":[{\"code\":\"INTEGRITAS\",\"kind\":\"MANAGERIAL\",\"level\":" + integritas + ",\"assessedOn\":\"2025-03-01\",\"source\":null},"
                + "{\"code\":\"KERJA_SAMA\",\"kind\":\"MANAGERIAL\",\"level\":" + kerjaSama + ",\"assessedOn\":\"2025-03-01\",\"source\":null}],"
                + "\"potential\":" + (potential == null ? "null" : "{\"score\":" + potential + ",\"assessedOn\":\"2025-03-01\"}") + ","
                + "\"positionHistory\":[{\"positionId\":\"" + pos + "\",\"positionName\":\"Kepala Seksi\",\"positionType\":\"PENGAWAS\","
                + "\"unitId\":\"" + unitId + "\",\"tmt\":\"2019-01-01\",\"until\":null}],"
                + "\"trainings\":[]," + (registryAppraisals == null ? "" : "\"registryAppraisals\":" + registryAppraisals + ",")
                + "\"version\":" + version + "}";
    }

    /** One entry of employee.upserted's registryAppraisals: a year's result as the national registry (SIASN) holds it. */
    static String registryAppraisal(int year, String predikat) {
        return "{\"year\":" + year + ",\"predikat\":\"" + predikat + "\",\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\"}";
    }

    /** A registryAppraisals array, years ascending as the producer sends them. */
    static String registryAppraisals(String... entries) {
        return "[" + String.join(",", entries) + "]";
    }

    static String employee(UUID unitId, int integritas, int kerjaSama, Double potential) {
        String nip = nip();
        String json = employeeJson(nip, unitId, "ACTIVE", integritas, kerjaSama, potential, 1);
        EventSchemas.assertValid("events/employee.upserted.schema.json", json);
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", json);
        return nip;
    }

    static final List<String> BERAKHLAK = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF");

    /** The appraisal team's appraisal.finalized payload, checked against its schema; every BerAKHLAK value MEETS. */
    static String finalizedJson(String nip, int year, String predikat, long version) {
        return finalizedJson(nip, year, predikat, version, Set.of());
    }

    /** @param below the BerAKHLAK values rated BELOW (the others MEETS) */
    static String finalizedJson(String nip, int year, String predikat, long version, Set<String> below) {
        String berakhlak = BERAKHLAK.stream().map(v -> "\"" + v + "\":\"" + (below.contains(v) ? "BELOW" : "MEETS") + "\"")
                .collect(Collectors.joining(","));
        String json = "{\"skpId\":\"" + UUID.nameUUIDFromBytes((nip + year).getBytes()) + "\",\"nip\":\"" + nip + "\",\"year\":" + year
                + ",\"periodId\":\"" + year + "\",\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\",\"berakhlak\":{" + berakhlak + "},"
                + "\"predikat\":\"" + predikat + "\",\"appraiserNip\":\"197001012000011001\",\"finalizedAt\":\"" + year + "-12-20T08:00:00Z\","
                + "\"version\":" + version + "}";
        EventSchemas.assertValid("events/appraisal.finalized.schema.json", json);
        return json;
    }

    static void predikat(String nip, int year, String predikat) {
        TopicWriter.send(APPRAISALS, nip, "id.merit.appraisal.finalized.v1", finalizedJson(nip, year, predikat, 1));
    }
}
