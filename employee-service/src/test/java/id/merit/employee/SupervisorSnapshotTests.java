package id.merit.employee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.merit.employee.domain.PositionType;
import id.merit.employee.events.EmployeeSnapshot;
import id.merit.employee.registry.FakeRegistryResource;
import id.merit.infra.test.FakeRegistry;
import id.merit.platform.outbox.OutboxEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Supervisors follow from the heads up the unit chain, so placing a head changes other employees' snapshots: the last
 * employee.upserted of everyone affected must name the supervisor the REST read names — also when two such changes
 * are committed side by side.
 */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class SupervisorSnapshotTests {
    /** Rounds of two concurrent head placements; without serialisation most rounds lost the sub-unit head's supervisor. */
    static final int ROUNDS = 15;

    @Inject
    Seed seed;
    @Inject
    ObjectMapper json;

    /** The payload of the last employee.upserted written to the outbox for this NIP (outbox id = publish order). */
    private JsonNode lastSnapshot(String nip) throws Exception {
        String payload = Seed.read(() -> OutboxEvent.<OutboxEvent>find("eventKey = ?1 and eventType = ?2 order by id desc",
                nip, EmployeeSnapshot.TYPE).firstResult().payload);
        return json.readTree(payload);
    }

    private static long version(String nip) {
        return Seed.read(() -> Employee.<Employee>findById(nip).version);
    }

    /** Two position assignments released at the same instant from two threads; their statuses, in order. */
    private static List<Integer> assignTogether(ExecutorService pool, String nipA, long versionA, UUID positionA,
                                                String nipB, long versionB, UUID positionB) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> a = pool.submit(() -> {
            start.await();
            return assign(nipA, versionA, positionA);
        });
        Future<Integer> b = pool.submit(() -> {
            start.await();
            return assign(nipB, versionB, positionB);
        });
        start.countDown();
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

        private static int assign(String nip, long version, UUID position) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"positionId\":\"" + position + "\",\"tmt\":\"2026-01-02\",\"decisionRef\":\"SK-" + nip + "\"}")
                .put("/api/v1/employees/" + nip + "/position").then().extract().statusCode();
    }

    @Test
    void placingAUnitHeadAndASubUnitHeadAtTheSameTimeLeavesTheSubUnitHeadSupervised() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID dinas = seed.unit("Dinas Pekerjaan Umum", null);
                UUID bidang = seed.unit("Bidang Bina Marga", dinas);
                UUID kadis = seed.position(dinas, PositionType.JPT_PRATAMA, 1);
                UUID kabid = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
                seed.head(dinas, kadis);
                seed.head(bidang, kabid);
                String kepalaDinas = seed.employee("Kepala Dinas");
                String kepalaBidang = seed.employee("Kepala Bidang");
                long vDinas = version(kepalaDinas);
                long vBidang = version(kepalaBidang);

                List<Integer> statuses = assignTogether(pool, kepalaDinas, vDinas, kadis, kepalaBidang, vBidang, kabid);
                assertEquals(200, statuses.get(0), "round " + round + ": unit head placed");
                assertEquals(200, statuses.get(1), "round " + round + ": sub-unit head placed");

                JsonNode published = lastSnapshot(kepalaBidang);
                assertEquals(kepalaDinas, published.path("supervisorNip").asText(null),
                        "round " + round + ": the last employee.upserted of the sub-unit head names the unit head");
                assertEquals(version(kepalaBidang), published.path("version").asLong(), "round " + round + ": it is the current version");
                assertEquals(kabid.toString(), published.path("position").path("id").asText(null));
                given().get("/api/v1/employees/" + kepalaBidang).then().statusCode(200).body("supervisorNip", is(kepalaDinas));
                given().get("/api/v1/employees/" + kepalaBidang + "/supervisor").then().statusCode(200).body("nip", is(kepalaDinas));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaffMemberJoiningWhileTheHeadIsPlacedIsPublishedWithThatHead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID seksi = seed.unit("Seksi Jalan", null);
                UUID kasi = seed.position(seksi, PositionType.PENGAWAS, 1);
                UUID pelaksana = seed.position(seksi, PositionType.PELAKSANA, 5);
                seed.head(seksi, kasi);
                String kepala = seed.employee("Kepala Seksi");
                String staf = seed.employee("Pelaksana");
                long vKepala = version(kepala);
                long vStaf = version(staf);

                for (int status : assignTogether(pool, kepala, vKepala, kasi, staf, vStaf, pelaksana)) {
                    assertEquals(200, status, "round " + round);
                }
                assertEquals(kepala, lastSnapshot(staf).path("supervisorNip").asText(null), "round " + round);
                given().get("/api/v1/employees/" + staf).then().statusCode(200).body("supervisorNip", is(kepala));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Not a race: a vacant sub-unit head passes supervision up, so a new unit head supervises the sub-unit's staff too. */
    @Test
    void aNewUnitHeadIsPublishedAsSupervisorOfStaffBelowAVacantSubUnitHead() throws Exception {
        UUID dinas = seed.unit("Dinas Sosial", null);
        UUID bidang = seed.unit("Bidang Rehabilitasi", dinas);
        UUID seksi = seed.unit("Seksi Disabilitas", bidang);
        UUID kadis = seed.position(dinas, PositionType.JPT_PRATAMA, 1);
        UUID kabid = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
        UUID kasi = seed.position(seksi, PositionType.PENGAWAS, 1);
        UUID staff = seed.position(seksi, PositionType.PELAKSANA, 5);
        seed.head(dinas, kadis);
        seed.head(bidang, kabid);
        seed.head(seksi, kasi);
        String pelaksana = seed.employee("Pelaksana");
        String kepalaSeksi = seed.employee("Kepala Seksi");
        seed.place(pelaksana, staff, LocalDate.of(2024, 1, 2));
        seed.place(kepalaSeksi, kasi, LocalDate.of(2024, 1, 2));
        assertEquals(kepalaSeksi, lastSnapshot(pelaksana).path("supervisorNip").asText(null));

        // Bidang and seksi heads vacant: the new head of the dinas supervises the seksi head and the seksi's staff.
        String kepalaDinas = seed.employee("Kepala Dinas");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version(kepalaSeksi) + "\"")
                .body("{\"positionId\":\"" + staff + "\",\"tmt\":\"2025-01-02\"}")
                .put("/api/v1/employees/" + kepalaSeksi + "/position").then().statusCode(200);
        assertEquals(200, assign(kepalaDinas, version(kepalaDinas), kadis));
        for (String nip : List.of(pelaksana, kepalaSeksi)) {
            JsonNode published = lastSnapshot(nip);
            assertEquals(kepalaDinas, published.path("supervisorNip").asText(null), nip);
            assertEquals(version(nip), published.path("version").asLong(), nip);
            given().get("/api/v1/employees/" + nip).then().statusCode(200).body("supervisorNip", is(kepalaDinas));
        }
    }

    /** A head out of service (suspended) passes supervision up; back in service, they supervise again. */
    @Test
    void aHeadLeavingAndReturningToServiceIsPublishedInTheirStaffsSnapshots() throws Exception {
        UUID bidang = seed.unit("Bidang Anggaran", null);
        UUID seksi = seed.unit("Seksi Belanja", bidang);
        UUID kabid = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
        UUID kasi = seed.position(seksi, PositionType.PENGAWAS, 1);
        UUID staff = seed.position(seksi, PositionType.PELAKSANA, 5);
        seed.head(bidang, kabid);
        seed.head(seksi, kasi);
        String kepalaBidang = seed.employee("Kepala Bidang");
        String kepalaSeksi = seed.employee("Kepala Seksi");
        String pelaksana = seed.employee("Pelaksana");
        seed.place(kepalaBidang, kabid, LocalDate.of(2024, 1, 2));
        seed.place(kepalaSeksi, kasi, LocalDate.of(2024, 1, 2));
        seed.place(pelaksana, staff, LocalDate.of(2024, 1, 2));
        assertEquals(kepalaSeksi, lastSnapshot(pelaksana).path("supervisorNip").asText(null));

        setStatus(kepalaSeksi, "SUSPENDED");
        assertEquals(kepalaBidang, lastSnapshot(pelaksana).path("supervisorNip").asText(null));
        assertEquals(version(pelaksana), lastSnapshot(pelaksana).path("version").asLong());
        given().get("/api/v1/employees/" + pelaksana).then().statusCode(200).body("supervisorNip", is(kepalaBidang));

        setStatus(kepalaSeksi, "ACTIVE");
        assertEquals(kepalaSeksi, lastSnapshot(pelaksana).path("supervisorNip").asText(null));
        given().get("/api/v1/employees/" + pelaksana).then().statusCode(200).body("supervisorNip", is(kepalaSeksi));
    }

    /** A unit with a vacant head moved to another parent: its staff are supervised by the new parent's head. */
    @Test
    void movingAUnitWithAVacantHeadRepublishesItsStaffWithTheNewParentsHead() throws Exception {
        UUID dinas = seed.unit("Dinas Kominfo", null);
        UUID lama = seed.unit("Bidang Lama", dinas);
        UUID baru = seed.unit("Bidang Baru", dinas);
        UUID seksi = seed.unit("Seksi Persandian", lama);
        VacantSeksi org = staffBelowAVacantHead(lama, baru, seksi);

        String tag = given().get("/api/v1/units/" + seksi).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"name\":\"Seksi Persandian\",\"parentId\":\"" + baru + "\",\"headPositionId\":\"" + org.kasi() + "\"}")
                .put("/api/v1/units/" + seksi).then().statusCode(200);
        assertPublishedSupervisor(org.pelaksana(), org.headBaru());
    }

    /** The same move made by the SIASN unit sync (ref-unor names another DiatasanId): the staff follow the new parent's head. */
    @Test
    void aRegistryUnitSyncMovingAUnitWithAVacantHeadRepublishesItsStaffWithTheNewParentsHead() throws Exception {
        FakeRegistry registry = FakeRegistryResource.registry();
        String dinasId = Seed.unique("dinas");
        String lamaId = Seed.unique("lama");
        String baruId = Seed.unique("baru");
        String seksiId = Seed.unique("seksi");
        try {
            registry.unors(unors(dinasId, null, lamaId, dinasId, baruId, dinasId, seksiId, lamaId));
            given().post("/api/v1/registry/units/sync").then().statusCode(200).body("created", is(4)).body("rejected", is(0));
            UUID baru = registryUnit(baruId);
            UUID seksi = registryUnit(seksiId);
            VacantSeksi org = staffBelowAVacantHead(registryUnit(lamaId), baru, seksi);

            // The registry now has the seksi under the other bidang; the seksi head (kasi) stays vacant.
            registry.unors(unors(dinasId, null, lamaId, dinasId, baruId, dinasId, seksiId, baruId));
            given().post("/api/v1/registry/units/sync").then().statusCode(200).body("updated", is(1)).body("unchanged", is(3));
            assertEquals(baru, Seed.read(() -> OrgUnit.<OrgUnit>findById(seksi).parentId));
            assertPublishedSupervisor(org.pelaksana(), org.headBaru());
        } finally {
            registry.unors(json.createArrayNode());
        }
    }

    /** The seksi's head position, the heads placed in both bidang and the one pelaksana of the seksi. */
    private record VacantSeksi(UUID kasi, String headLama, String headBaru, String pelaksana) {
    }

    /** Heads placed in both bidang; in the seksi (under {@code lama}) a pelaksana and a vacant head position. */
    private VacantSeksi staffBelowAVacantHead(UUID lama, UUID baru, UUID seksi) throws Exception {
        UUID kabidLama = seed.position(lama, PositionType.ADMINISTRATOR, 1);
        UUID kabidBaru = seed.position(baru, PositionType.ADMINISTRATOR, 1);
        UUID kasi = seed.position(seksi, PositionType.PENGAWAS, 1);
        UUID staff = seed.position(seksi, PositionType.PELAKSANA, 5);
        seed.head(lama, kabidLama);
        seed.head(baru, kabidBaru);
        seed.head(seksi, kasi);
        VacantSeksi org = new VacantSeksi(kasi, seed.employee("Kepala Bidang Lama"), seed.employee("Kepala Bidang Baru"),
                seed.employee("Pelaksana"));
        seed.place(org.headLama(), kabidLama, LocalDate.of(2024, 1, 2));
        seed.place(org.headBaru(), kabidBaru, LocalDate.of(2024, 1, 2));
        seed.place(org.pelaksana(), staff, LocalDate.of(2024, 1, 2));
        assertEquals(org.headLama(), lastSnapshot(org.pelaksana()).path("supervisorNip").asText(null));
        return org;
    }

    /** The last employee.upserted of {@code nip} is its current version and names {@code supervisor}, as REST does. */
    private void assertPublishedSupervisor(String nip, String supervisor) throws Exception {
        JsonNode published = lastSnapshot(nip);
        assertEquals(supervisor, published.path("supervisorNip").asText(null), "the last employee.upserted names the new supervisor");
        assertEquals(version(nip), published.path("version").asLong(), "it is the current version");
        given().get("/api/v1/employees/" + nip).then().statusCode(200).body("supervisorNip", is(supervisor));
        given().get("/api/v1/employees/" + nip + "/supervisor").then().statusCode(200).body("nip", is(supervisor));
    }

    /** ref-unor rows from (Id, DiatasanId) pairs. */
    private ArrayNode unors(String... idAndParent) {
        ArrayNode list = json.createArrayNode();
        for (int i = 0; i < idAndParent.length; i += 2) {
            list.add(json.createObjectNode().put("Id", idAndParent[i]).put("DiatasanId", idAndParent[i + 1])
                    .put("NamaUnor", "Unor " + idAndParent[i]));
        }
        return list;
    }

    private static UUID registryUnit(String registryId) {
        return Seed.read(() -> OrgUnit.<OrgUnit>find("registryId", registryId).firstResult().id);
    }

    private void setStatus(String nip, String status) {
        String tag = given().get("/api/v1/employees/" + nip).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"nip\":\"" + nip + "\",\"name\":\"Kepala Seksi\",\"birthDate\":\"" + Seed.birthOf(nip)
                        + "\",\"sex\":\"FEMALE\",\"status\":\"" + status + "\"}")
                .put("/api/v1/employees/" + nip).then().statusCode(200).body("status", is(status));
    }
}
