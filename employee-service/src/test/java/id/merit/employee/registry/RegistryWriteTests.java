package id.merit.employee.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.Seed;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.Sex;
import id.merit.employee.service.EmployeeData;
import id.merit.employee.service.EmployeeService;
import id.merit.employee.service.PositionData;
import id.merit.employee.service.PositionService;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.FakeRegistry;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * appraisal.finalized → a registry write → skp22/save at the fake registry, on the real broker and database: the body,
 * exactly once, corrections, objections, failures with backoff, the hand retry and the REST rules.
 */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class RegistryWriteTests {
    static final String TOPIC = "merit.appraisals.v1";
    static final String FINALIZED = "id.merit.appraisal.finalized.v1";
    static final String REOPENED = "id.merit.appraisal.reopened.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WRITES = "/api/v1/registry/writes";

    final FakeRegistry registry = FakeRegistryResource.registry();

    @Inject
    Seed seed;
    @Inject
    EmployeeService employees;
    @Inject
    PositionService positions;

    @AfterEach
    void calm() {
        registry.reset();
    }

    static String finalized(UUID skp, String nip, int year, String hasil, String perilaku, String predikat, String appraiser, long version) {
        String json = "{\"skpId\":\"" + skp + "\",\"nip\":\"" + nip + "\",\"year\":" + year + ",\"periodId\":\"" + year + "\",\"hasilKerja\":\""
                + hasil + "\",\"perilakuKerja\":\"" + perilaku + "\",\"berakhlak\":{\"BERORIENTASI_PELAYANAN\":\"MEETS\",\"AKUNTABEL\":\"MEETS\","
                + "\"KOMPETEN\":\"MEETS\",\"HARMONIS\":\"MEETS\",\"LOYAL\":\"MEETS\",\"ADAPTIF\":\"MEETS\",\"KOLABORATIF\":\"" + perilaku + "\"},"
                + "\"predikat\":\"" + predikat + "\",\"appraiserNip\":\"" + appraiser + "\",\"finalizedAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\",\"version\":" + version + "}";
        EventSchemas.assertValid("contracts/appraisal.finalized.schema.json", json);
        return json;
    }

    static String reopened(UUID skp, String nip, int year, String predikat, String appraiser, long version) {
        String json = "{\"skpId\":\"" + skp + "\",\"nip\":\"" + nip + "\",\"year\":" + year + ",\"periodId\":\"" + year + "\",\"predikat\":\""
                + predikat + "\",\"appraiserNip\":\"" + appraiser + "\",\"reopenedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC)
                + "\",\"version\":" + version + "}";
        EventSchemas.assertValid("contracts/appraisal.reopened.schema.json", json);
        return json;
    }

    /** A person the registry knows (with its own id), not necessarily an employee here. */
    private String ratee(String name) {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        registry.put(RegistryTests.person(nip, name));
        return nip;
    }

    record Appraiser(String nip, String unitName, String positionName) {
    }

    private Appraiser appraiser() {
        String unitName = Seed.unique("Seksi Kurikulum");
        UUID unit = seed.unit(unitName, null);
        String positionName = "Kepala " + unitName;
        UUID position = positions.create(new PositionData(Seed.unique("P"), positionName, PositionType.PENGAWAS, null, unit, 1, null, null)).id;
        String nip = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        employees.create(new EmployeeData(nip, "Siti Aminah", "Dr.", "M.Si.", "Palangka Raya", Seed.birthOf(nip), Sex.FEMALE, null, "IV/a",
                LocalDate.of(2021, 4, 1), null, List.of(), List.of(), null, null));
        seed.place(nip, position, LocalDate.of(2022, 1, 3));
        return new Appraiser(nip, unitName, positionName);
    }

    private static JsonPath writesOf(String nip, int year) {
        return given().queryParam("nip", nip).queryParam("year", year).get(WRITES).then().statusCode(200).extract().jsonPath();
    }

    /** The one write of that person and year once it has the status. */
    private static JsonPath awaitStatus(String nip, int year, String status) {
        Seed.await(WAIT, () -> status.equals(writesOf(nip, year).getString("items[0].status")));
        JsonPath list = writesOf(nip, year);
        return given().get(WRITES + "/" + list.getString("items[0].id")).then().statusCode(200).extract().jsonPath();
    }

    private static List<OffsetDateTime> times(List<String> values) {
        return values.stream().map(v -> v == null ? null : OffsetDateTime.parse(v)).toList();
    }

    /** Tries of the one write of that person and year so far; -1 before the event is consumed. */
    private static int attempts(String nip, int year) {
        Integer n = writesOf(nip, year).get("items[0].attempts");
        return n == null ? -1 : n;
    }

    private List<ObjectNode> saves(String nip, int year) {
        return registry.saves(nip).stream().filter(b -> b.path("tahun").asInt() == year).toList();
    }

    /**
     * An event after the ones just sent, under the same key (same partition, so consumed after them), whose write is
     * sent: the earlier events have been consumed and at least one round of the sender has run since.
     */
    private void marker(String nip, String appraiser) {
        UUID skp = UUID.randomUUID();
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2001, "MEETS", "MEETS", "BAIK", appraiser, 0));
        Seed.await(WAIT, () -> saves(nip, 2001).stream().anyMatch(b -> b.path("kuadranKinerjaNilai").asInt() == 2)
                && "SENT".equals(writesOf(nip, 2001).getString("items.find { it.skpId == '" + skp + "' }.status")));
    }

    @Test
    void aFinalizedAppraisalIsSentOnceWithTheRegistryIdTheCodesAndTheAppraiserAsKnownHere() {
        String nip = ratee("Budi Dinilai");
        Appraiser a = appraiser();
        UUID skp = UUID.randomUUID();
        String json = finalized(skp, nip, 2025, "ABOVE", "MEETS", "BAIK", a.nip(), 3);
        String eventId = TopicWriter.send(TOPIC, nip, FINALIZED, json);

        JsonPath w = awaitStatus(nip, 2025, "SENT");
        ObjectNode expected = JSON.createObjectNode()
                .put("tahun", 2025).put("pnsDinilaiId", registry.registryId(nip))
                .put("hasilKinerjaNilai", 1).put("perilakuKerjaNilai", 2).put("kuadranKinerjaNilai", 2)
                .put("statusPenilai", "ASN").put("penilaiNipNrp", a.nip()).put("penilaiNama", "Dr. Siti Aminah, M.Si.")
                .put("penilaiJabatan", a.positionName()).put("penilaiUnorNama", a.unitName()).put("penilaiGolongan", "IV/a");
        assertEquals(List.of(expected), saves(nip, 2025));
        assertNotEquals(nip, registry.registryId(nip), "the registry's own id, not the NIP");
        // The audit row: what was sent for which event and version, and what the registry answered.
        assertEquals(expected, JSON.valueToTree(w.getMap("body")));
        assertEquals(skp.toString(), w.getString("skpId"));
        assertEquals(3, w.getInt("sourceVersion"));
        assertEquals(eventId, w.getString("sourceEventId"));
        assertEquals("event:" + eventId, w.getString("triggeredBy"));
        assertEquals(1, w.getInt("attempts"));
        assertEquals(1, w.getInt("response.code"));
        assertNotNull(w.getString("sentAt"));
        assertEquals(List.of("SENT"), w.getList("history.outcome"));
        assertEquals(expected, JSON.valueToTree(w.getMap("history[0].body")));

        // The same event again, and the same version under another event id (a producer's replay): nothing more is sent.
        TopicWriter.send(TOPIC, nip, FINALIZED, eventId, json);
        TopicWriter.send(TOPIC, nip, FINALIZED, json);
        marker(nip, a.nip());
        assertEquals(1, saves(nip, 2025).size());
        assertEquals(1, writesOf(nip, 2025).getInt("totalItems"));
    }

    @Test
    void theRegistryIdKeptFromASyncOrAnEarlierWriteSpareAWriteItsDataUtamaRead() {
        Appraiser a = appraiser();
        // Synced: the sync keeps the registry's id of the person.
        String synced = ratee("Tetap Dikenal");
        given().post("/api/v1/registry/employees/" + synced + "/sync").then().statusCode(200);
        registry.refuse("pns/data-utama/" + synced);
        TopicWriter.send(TOPIC, synced, FINALIZED, finalized(UUID.randomUUID(), synced, 2024, "MEETS", "MEETS", "BAIK", a.nip(), 1));
        awaitStatus(synced, 2024, "SENT");
        assertEquals(registry.registryId(synced), saves(synced, 2024).get(0).get("pnsDinilaiId").asText());

        // Not an employee here: the first write reads data-utama and keeps the id, the next one needs no read.
        String stranger = ratee("Belum Disinkron");
        UUID skp = UUID.randomUUID();
        TopicWriter.send(TOPIC, stranger, FINALIZED, finalized(skp, stranger, 2024, "MEETS", "MEETS", "BAIK", a.nip(), 1));
        awaitStatus(stranger, 2024, "SENT");
        registry.refuse("pns/data-utama/" + stranger);
        TopicWriter.send(TOPIC, stranger, FINALIZED, finalized(skp, stranger, 2024, "ABOVE", "MEETS", "BAIK", a.nip(), 2));
        Seed.await(WAIT, () -> saves(stranger, 2024).size() == 2);
        assertEquals(registry.registryId(stranger), saves(stranger, 2024).get(1).get("pnsDinilaiId").asText());
    }

    @Test
    void aCorrectionAfterTheResultWasSentIsSentAgainAndAnOlderVersionIsIgnored() {
        String nip = ratee("Koreksi Dinilai");
        Appraiser a = appraiser();
        UUID skp = UUID.randomUUID();
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "BELOW", "BELOW", "KURANG", a.nip(), 1));
        awaitStatus(nip, 2025, "SENT");
        // An objection to a result the registry already has changes nothing there; the decision is a new write.
        TopicWriter.send(TOPIC, nip, REOPENED, reopened(skp, nip, 2025, "KURANG", a.nip(), 2));
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "MEETS", "MEETS", "BAIK", a.nip(), 3));
        Seed.await(WAIT, () -> saves(nip, 2025).size() == 2 && writesOf(nip, 2025).getList("items.status").equals(List.of("SENT", "SENT")));

        List<ObjectNode> sent = saves(nip, 2025);
        assertEquals(List.of(3, 3, 4), List.of(sent.get(0).get("hasilKinerjaNilai").asInt(), sent.get(0).get("perilakuKerjaNilai").asInt(),
                sent.get(0).get("kuadranKinerjaNilai").asInt()));
        assertEquals(List.of(2, 2, 2), List.of(sent.get(1).get("hasilKinerjaNilai").asInt(), sent.get(1).get("perilakuKerjaNilai").asInt(),
                sent.get(1).get("kuadranKinerjaNilai").asInt()));
        assertEquals(List.of(3, 1), writesOf(nip, 2025).getList("items.sourceVersion"), "newest first");

        // Version 2 arriving late (another event id) is older than what was sent: nothing.
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "ABOVE", "ABOVE", "SANGAT_BAIK", a.nip(), 2));
        marker(nip, a.nip());
        assertEquals(2, saves(nip, 2025).size());
        assertEquals(2, writesOf(nip, 2025).getInt("totalItems"));
    }

    @Test
    void aCorrectionArrivingDuringATryIsSentAfterItAndTheTryDoesNotCountAgainstIt() {
        String nip = ratee("Sela Dinilai");
        Appraiser a = appraiser();
        UUID skp = UUID.randomUUID();
        registry.holdSaves(nip);
        int waiting = registry.savesWaiting.get();
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "BELOW", "BELOW", "KURANG", a.nip(), 1));
        Seed.await(WAIT, () -> registry.savesWaiting.get() > waiting);
        // Version 1 is being sent (the registry hangs); version 2 comes in meanwhile and takes the write over.
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "MEETS", "MEETS", "BAIK", a.nip(), 2));
        Seed.await(WAIT, () -> Integer.valueOf(2).equals(writesOf(nip, 2025).get("items[0].sourceVersion")));
        registry.releaseSaves(nip);

        JsonPath w = awaitStatus(nip, 2025, "SENT");
        assertEquals(2, w.getInt("sourceVersion"));
        assertEquals(1, w.getInt("attempts"), "the try of version 1 is not one of version 2's");
        assertEquals(2, w.getInt("body.kuadranKinerjaNilai"));
        List<Integer> versions = w.getList("history.sourceVersion", Integer.class);
        assertEquals(1, versions.get(0));
        assertEquals(2, versions.get(versions.size() - 1));
        assertEquals("SENT", w.getString("history[-1].outcome"));
        assertEquals(1, saves(nip, 2025).stream().filter(b -> b.get("kuadranKinerjaNilai").asInt() == 2).count(), "version 2 sent once");
        assertEquals(1, writesOf(nip, 2025).getInt("totalItems"));
    }

    @Test
    void aRegistryThatKeepsRefusingIsTriedWithGrowingPausesThenFailedThenSentByHand() {
        String nip = ratee("Gagal Dinilai");
        Appraiser a = appraiser();
        registry.failSaves(nip, 1000, 200);
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(UUID.randomUUID(), nip, 2025, "MEETS", "ABOVE", "BAIK", a.nip(), 1));

        JsonPath w = awaitStatus(nip, 2025, "FAILED");
        assertEquals(3, w.getInt("attempts"), "merit.registry.writes.max-attempts in the test profile");
        assertTrue(w.getString("lastError").contains("Gagal menyimpan SKP"), w.getString("lastError"));
        assertEquals(List.of("FAILED", "FAILED", "FAILED"), w.getList("history.outcome"));
        assertEquals(registry.registryId(nip), w.getString("history[2].body.pnsDinilaiId"), "the body that was refused is kept");
        // Each failed try set the next one first-retry-after (200ms) later, doubling; the last one gave up.
        List<OffsetDateTime> at = times(w.getList("history.at", String.class));
        List<OffsetDateTime> retryAt = times(w.getList("history.retryAt", String.class));
        assertEquals(Duration.ofMillis(200), Duration.between(at.get(0), retryAt.get(0)));
        assertEquals(Duration.ofMillis(400), Duration.between(at.get(1), retryAt.get(1)));
        assertNull(retryAt.get(2));
        assertTrue(!at.get(1).isBefore(retryAt.get(0)) && !at.get(2).isBefore(retryAt.get(1)), "no try before it was due: " + at);
        assertEquals(List.of(), saves(nip, 2025));
        String id = w.getString("id");
        String etag = given().get(WRITES + "/" + id).then().statusCode(200).extract().header("ETag");

        given().post(WRITES + "/" + id + "/retry").then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"999\"").post(WRITES + "/" + id + "/retry").then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"x1\"").post(WRITES + "/" + id + "/retry").then().statusCode(400).contentType("application/problem+json");
        registry.failSaves(nip, 0, 200);
        given().header("If-Match", etag).post(WRITES + "/" + id + "/retry").then().statusCode(200)
                .body("status", is("PENDING")).body("attempts", is(0)).body("triggeredBy", is("hr.admin"));

        w = awaitStatus(nip, 2025, "SENT");
        assertEquals(1, saves(nip, 2025).size());
        assertEquals(List.of("FAILED", "FAILED", "FAILED", "SENT"), w.getList("history.outcome"));
        assertEquals(List.of(1, 2, 3, 4), w.getList("history.attempt"));
        assertEquals("hr.admin", w.getString("history[3].triggeredBy"));
        // A SENT write is not sent again by hand: a correction comes as a new appraisal version.
        String sentTag = given().get(WRITES + "/" + id).then().extract().header("ETag");
        given().header("If-Match", sentTag).post(WRITES + "/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SENT"));
    }

    @Test
    void aServerErrorIsRetriedByTheClientThenTriedAgainLater() {
        String nip = ratee("Server Dinilai");
        Appraiser a = appraiser();
        // merit.registry.max-attempts is 3 in tests: three 503s make one failed try.
        registry.failSaves(nip, 3, 503);
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(UUID.randomUUID(), nip, 2025, "MEETS", "MEETS", "BAIK", a.nip(), 1));
        JsonPath w = awaitStatus(nip, 2025, "SENT");
        assertEquals(2, w.getInt("attempts"));
        assertEquals(List.of("FAILED", "SENT"), w.getList("history.outcome"));
        assertTrue(w.getString("history[0].error").contains("HTTP 503"), w.getString("history[0].error"));
        assertEquals(1, saves(nip, 2025).size());
    }

    @Test
    void anObjectionHoldsAWriteNotYetSentAndTheDecisionReplacesIt() {
        String nip = ratee("Keberatan Dinilai");
        Appraiser a = appraiser();
        UUID skp = UUID.randomUUID();
        registry.failSaves(nip, 1000, 503);
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "BELOW", "MEETS", "BUTUH_PERBAIKAN", a.nip(), 1));
        Seed.await(WAIT, () -> attempts(nip, 2025) >= 1);
        TopicWriter.send(TOPIC, nip, REOPENED, reopened(skp, nip, 2025, "BUTUH_PERBAIKAN", a.nip(), 2));
        JsonPath held = awaitStatus(nip, 2025, "HELD");
        assertEquals(2, held.getInt("heldVersion"));
        registry.failSaves(nip, 0, 503);
        // The registry works again and the sender has run since: the result under objection stays unsent.
        marker(nip, a.nip());
        assertEquals("HELD", writesOf(nip, 2025).getString("items[0].status"));
        assertEquals(List.of(), saves(nip, 2025));
        // A stale copy of the objected result (version 1 again) does not free it.
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "BELOW", "MEETS", "BUTUH_PERBAIKAN", a.nip(), 1));

        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "MEETS", "MEETS", "BAIK", a.nip(), 3));
        JsonPath w = awaitStatus(nip, 2025, "SENT");
        assertEquals(held.getString("id"), w.getString("id"), "the same write, with the decided result");
        assertEquals(3, w.getInt("sourceVersion"));
        assertEquals(1, writesOf(nip, 2025).getInt("totalItems"));
        List<ObjectNode> sent = saves(nip, 2025);
        assertEquals(1, sent.size());
        assertEquals(2, sent.get(0).get("hasilKinerjaNilai").asInt());
        assertEquals(2, sent.get(0).get("kuadranKinerjaNilai").asInt());
    }

    @Test
    void aHeldWriteRetriedByHandSendsTheResultUnderObjection() {
        String nip = ratee("Tahan Dinilai");
        Appraiser a = appraiser();
        UUID skp = UUID.randomUUID();
        registry.failSaves(nip, 1000, 200);
        TopicWriter.send(TOPIC, nip, FINALIZED, finalized(skp, nip, 2025, "ABOVE", "ABOVE", "SANGAT_BAIK", a.nip(), 4));
        Seed.await(WAIT, () -> attempts(nip, 2025) >= 1);
        TopicWriter.send(TOPIC, nip, REOPENED, reopened(skp, nip, 2025, "SANGAT_BAIK", a.nip(), 5));
        String id = awaitStatus(nip, 2025, "HELD").getString("id");
        registry.failSaves(nip, 0, 200);
        String etag = given().get(WRITES + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).post(WRITES + "/" + id + "/retry").then().statusCode(200).body("status", is("PENDING"));
        awaitStatus(nip, 2025, "SENT");
        assertEquals(List.of(1), saves(nip, 2025).stream().map(b -> b.get("kuadranKinerjaNilai").asInt()).toList());
    }

    @Test
    void aFinalizedEventThatBreaksItsSchemaGoesToTheDeadLetterTopic() {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        String appraiser = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        String bad = finalized(UUID.randomUUID(), nip, 2025, "MEETS", "MEETS", "BAIK", appraiser, 1).replace("\"BAIK\"", "\"LUAR_BIASA\"");
        assertTrue(!EventSchemas.validate("contracts/appraisal.finalized.schema.json", bad).isEmpty());
        TopicWriter.send(TOPIC, nip, FINALIZED, bad);
        TopicReader.await(TOPIC + ".dlq", r -> nip.equals(r.key()), WAIT);
        assertEquals(0, writesOf(nip, 2025).getInt("totalItems"));
    }

    @Test
    void badQueriesAre400AndUnknownWritesAre404() {
        for (Map.Entry<String, String> q : Map.of("status", "LOST", "nip", "123", "year", "abc", "size", "500", "page", "-1").entrySet()) {
            given().queryParam(q.getKey(), q.getValue()).get(WRITES).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", containsString(q.getKey()));
        }
        given().queryParam("year", 1999).get(WRITES).then().statusCode(400);
        given().get(WRITES + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().get(WRITES + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").post(WRITES + "/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        given().queryParam("status", "FAILED").queryParam("size", 1).get(WRITES).then().statusCode(200).body("size", is(1));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    void anEmployeeMayNotSeeOrRetryWrites() {
        given().get(WRITES).then().statusCode(403).contentType("application/problem+json");
        given().get(WRITES + "/" + UUID.randomUUID()).then().statusCode(403);
        given().header("If-Match", "\"0\"").post(WRITES + "/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pemeriksa", roles = "auditor")
    void anAuditorReadsButDoesNotRetry() {
        given().get(WRITES).then().statusCode(200);
        given().get(WRITES + "/" + UUID.randomUUID()).then().statusCode(404);
        given().header("If-Match", "\"0\"").post(WRITES + "/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }
}
