package id.merit.employee.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.RegistryJob;
import id.merit.employee.Seed;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Sex;
import id.merit.employee.service.RegistryJobs;
import id.merit.employee.service.RegistrySync;
import id.merit.infra.test.FakeRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class RegistryTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REGISTRY_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    final FakeRegistry registry = FakeRegistryResource.registry();

    @Inject
    RegistryJobs jobs;
    @Inject
    RegistrySync sync;
    @Inject
    EntityManager em;

    @AfterEach
    void calm() {
        registry.reset();
    }

    static ObjectNode person(String nip, String name) {
        ObjectNode p = JSON.createObjectNode();
        p.put("nipBaru", nip);
        p.put("nama", name);
        p.put("gelarDepan", "");
        p.put("gelarBelakang", "S.Pd.");
        p.put("tempatLahir", "Palangka Raya");
        p.put("tglLahir", REGISTRY_DATE.format(Seed.birthOf(nip)));
        p.put("jenisKelamin", nip.charAt(14) == '1' ? "M" : "F");
        p.put("golRuangAkhirId", "32");
        p.put("pangkatAkhir", "Penata Muda Tk I");
        p.put("tmtGolAkhir", "01-04-2021");
        p.put("jabatanNama", "Guru Ahli Pertama");
        p.put("pendidikanTerakhirNama", "S-1/Sarjana");
        p.put("tahunLulus", "2008");
        return p;
    }

    private String registered(String name) {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        registry.put(person(nip, name));
        return nip;
    }

    static JsonPath awaitJob(String location) {
        Seed.await(Duration.ofSeconds(60), () -> !"RUNNING".equals(given().get(location).then().statusCode(200).extract().path("state")));
        return given().get(location).then().extract().jsonPath();
    }

    @Test
    void syncingANipCreatesThenFindsItUnchangedThenUpdatesIt() {
        String nip = registered("Budi Santoso");
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("CREATED"));
        given().get("/api/v1/employees/" + nip).then().statusCode(200)
                .body("golongan.code", is("III/b")).body("displayName", is("Budi Santoso, S.Pd.")).body("education[0].level", is("S1"));
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("UNCHANGED"));
        registry.put(person(nip, "Budi Santoso Putra"));
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("UPDATED"));
    }

    @Test
    void expiredTokensAreRenewedAndTheCallSucceeds() {
        String nip = registered("Token Test");
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200);
        int apim = registry.apimTokenRequests.get();
        int sso = registry.ssoTokenRequests.get();
        int refused = registry.unauthorised.get();
        registry.expireAllTokens();
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("UNCHANGED"));
        assertEquals(apim + 1, registry.apimTokenRequests.get());
        assertEquals(sso + 1, registry.ssoTokenRequests.get());
        assertEquals(refused + 1, registry.unauthorised.get());
    }

    @Test
    void cachedTokensAreReusedUntilTheyNearExpiry() {
        String nip = registered("Cache Test");
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200);
        int apim = registry.apimTokenRequests.get();
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200);
        assertEquals(apim, registry.apimTokenRequests.get());
    }

    @Test
    void aFailingCallIsRetriedWithBackoff() {
        String nip = registered("Retry Test");
        int before = registry.apiRequests.get();
        registry.failNext(2, 503);
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("CREATED"));
        // data-utama three times (two failures), then the five histories (rw-diklat, rw-kursus, rw-skp22, rw-pendidikan, rw-kompetensi) once each.
        assertEquals(before + 8, registry.apiRequests.get());
    }

    @Test
    void aSlowCallTimesOutAndIsRetried() {
        String nip = registered("Slow Test");
        registry.slowNext(1, Duration.ofSeconds(3));
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is("CREATED"));
    }

    @Test
    void aRegistryThatKeepsFailingIsA503() {
        String nip = registered("Down Test");
        registry.failNext(10, 502);
        given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(503).contentType("application/problem+json");
        given().get("/api/v1/employees/" + nip).then().statusCode(404);
    }

    @Test
    void aNipTheRegistryDoesNotKnowIsA404() {
        given().post("/api/v1/registry/employees/" + Seed.nip(EmploymentType.PNS, Sex.MALE) + "/sync").then().statusCode(404);
    }

    @Test
    void aBulkJobKeepsTheGoodRecordsAndRejectsTheBadOnesWithReasons() {
        String good1 = registered("Bulk Satu");
        String good2 = registered("Bulk Dua");
        String unknown = Seed.nip(EmploymentType.PNS, Sex.MALE);
        String contradicting = Seed.nip(EmploymentType.PNS, Sex.MALE);
        ObjectNode bad = person(contradicting, "Bulk Salah");
        bad.put("jenisKelamin", "F");
        registry.put(bad);
        String location = given().contentType(ContentType.JSON)
                .body("{\"nips\":[\"" + good1 + "\",\"" + unknown + "\",\"" + good2 + "\",\"" + contradicting + "\"]}")
                .post("/api/v1/registry/jobs").then().statusCode(202).body("total", is(4)).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals("DONE", job.getString("state"));
        assertEquals(2, job.getInt("created"));
        assertEquals(2, job.getInt("rejected"));
        assertEquals(List.of(2, 4), job.getList("rejections.row"));
        assertTrue(job.getString("rejections[0].reason").contains("does not exist"), job.getString("rejections[0].reason"));
        assertTrue(job.getString("rejections[1].reason").contains("sex"), job.getString("rejections[1].reason"));
        given().get("/api/v1/employees/" + good2).then().statusCode(200);
        given().get("/api/v1/employees/" + contradicting).then().statusCode(404);
    }

    @Test
    void aCsvImportKeepsGoodRowsAndRejectsBadRowsWithReasons() {
        String good = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        String good2 = Seed.nip(EmploymentType.PPPK, Sex.MALE);
        String badDate = Seed.nip(EmploymentType.PNS, Sex.MALE);
        String csv = "nipBaru,nama,gelarBelakang,tglLahir,jenisKelamin,golRuangAkhirId,golRuangAkhir,tmtGolAkhir\n"
                + good + ",\"Sari, Dewi\",S.Kom.," + REGISTRY_DATE.format(Seed.birthOf(good)) + ",F,33,,01-04-2020\n"
                + "19860926201505100X,Bukan NIP,,26-09-1986,M,32,,\n"
                + good2 + ",Andi,,"  + Seed.birthOf(good2) + ",M,,IX,2024-01-01\n"
                + badDate + ",Tanggal Salah,,31-02-1990,M,32,,\n"
                + "198609262015051001,Kolom Kurang\n";
        String location = given().contentType("text/csv").body(csv).post("/api/v1/registry/imports")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals(2, job.getInt("created"));
        assertEquals(3, job.getInt("rejected"));
        assertEquals(List.of(2, 4, 5), job.getList("rejections.row"));
        assertTrue(job.getString("rejections[0].reason").contains("digits only"));
        assertTrue(job.getString("rejections[1].reason").contains("tglLahir"));
        assertTrue(job.getString("rejections[2].reason").contains("columns"));
        given().get("/api/v1/employees/" + good).then().statusCode(200).body("name", is("Sari, Dewi")).body("golongan.code", is("III/c"));
        given().get("/api/v1/employees/" + good2).then().statusCode(200).body("golongan.code", is("IX"));
        // Each imported row is a trace of its own, carried by its event through the outbox.
        List<?> traces = Seed.read(() -> em.createNativeQuery("select traceparent from outbox_event where event_key in (?1, ?2) "
                + "and event_type = 'id.merit.employee.upserted.v1'").setParameter(1, good).setParameter(2, good2).getResultList());
        assertEquals(2, traces.size());
        assertTrue(traces.stream().allMatch(t -> t != null && t.toString().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")), traces::toString);
        assertEquals(2, traces.stream().map(t -> t.toString().substring(3, 35)).distinct().count(), "one trace per row");
    }

    @Test
    void aJobWhoseInstanceStoppedIsTakenOverWhereItsLastProgressWriteLeftIt() {
        List<String> nips = List.of(Seed.nip(EmploymentType.PNS, Sex.MALE), Seed.nip(EmploymentType.PNS, Sex.FEMALE),
                Seed.nip(EmploymentType.PNS, Sex.MALE), Seed.nip(EmploymentType.PNS, Sex.FEMALE));
        List<String> records = nips.stream().map(n -> person(n, "Ambil Alih").toString()).toList();
        // Stored and accepted, then its instance died after reporting rows 1-2 (which this test never imported).
        RegistryJob crashed = jobs.start(RegistryJob.Kind.IMPORT, records, "hr.admin");
        jobs.progress(crashed.id, new RegistryJobs.Counts(2, 0, 0, 0), List.of(), RegistryJob.State.RUNNING, null, 2);
        silence(crashed.id);
        // Another instance's job, alive (fresh heartbeat): never taken from it.
        String aliveNip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        RegistryJob alive = jobs.start(RegistryJob.Kind.IMPORT, List.of(person(aliveNip, "Masih Jalan").toString()), "hr.admin");
        try {
            sync.keepJobsAlive();
            JsonPath job = awaitJob("/api/v1/registry/jobs/" + crashed.id);
            assertEquals("DONE", job.getString("state"));
            assertEquals(4, job.getInt("created"), "two carried over, two done after the takeover");
            given().get("/api/v1/employees/" + nips.get(0)).then().statusCode(404);
            given().get("/api/v1/employees/" + nips.get(1)).then().statusCode(404);
            given().get("/api/v1/employees/" + nips.get(2)).then().statusCode(200).body("name", is("Ambil Alih"));
            given().get("/api/v1/employees/" + nips.get(3)).then().statusCode(200);
            assertEquals(List.of(), jobs.items(crashed.id, 0), "a finished job's items are gone");

            given().get("/api/v1/registry/jobs/" + alive.id).then().statusCode(200).body("state", is("RUNNING"));
            given().get("/api/v1/employees/" + aliveNip).then().statusCode(404);
        } finally {
            end(alive.id);
        }
    }

    @Test
    void aHeartbeatKeepsASilentJobFromBeingTakenOver() {
        String nip = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        RegistryJob job = jobs.start(RegistryJob.Kind.IMPORT, List.of(person(nip, "Detak").toString()), "hr.admin");
        try {
            silence(job.id);
            jobs.heartbeat(java.util.Set.of(job.id));
            sync.keepJobsAlive();
            given().get("/api/v1/registry/jobs/" + job.id).then().statusCode(200).body("state", is("RUNNING"));
            given().get("/api/v1/employees/" + nip).then().statusCode(404);
        } finally {
            end(job.id);
        }
    }

    @Test
    void anAbandonedJobWithoutItsItemsIsMarkedFailedNotLeftRunning() {
        RegistryJob old = jobs.start(RegistryJob.Kind.SYNC, List.of(Seed.nip(EmploymentType.PNS, Sex.MALE)), "hr.admin");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from registry_job_item where job_id = ?1")
                .setParameter(1, old.id).executeUpdate());
        silence(old.id);
        sync.keepJobsAlive();
        given().get("/api/v1/registry/jobs/" + old.id).then().statusCode(200)
                .body("state", is("FAILED")).body("failure", containsString("start it again"));
    }

    /** As if the job's instance stopped an hour ago. */
    /** Ends a job a test left RUNNING, so no later takeover picks it up. */
    private void end(UUID job) {
        jobs.progress(job, new RegistryJobs.Counts(0, 0, 0, 0), List.of(), RegistryJob.State.FAILED, "test over", 0);
    }

    private void silence(UUID job) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update registry_job set heartbeat_at = now() - interval '1 hour' where id = ?1").setParameter(1, job).executeUpdate());
    }

    @Test
    void aJsonImportShapedLikeDataUtamaWorksTheSameWay() {
        String good = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        ArrayNode rows = JSON.createArrayNode();
        rows.add(person(good, "Json Baik"));
        rows.add(JSON.createObjectNode().put("nama", "tanpa NIP"));
        String location = given().contentType(ContentType.JSON).body(rows.toString()).post("/api/v1/registry/imports")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals(1, job.getInt("created"));
        assertEquals(1, job.getInt("rejected"));
        assertTrue(job.getString("rejections[0].reason").contains("nipBaru"));
    }

    @Test
    void theUnitTreeIsSyncedParentsFirstAndALoopIsRejected() {
        String root = Seed.unique("root");
        String child = Seed.unique("child");
        String loopA = Seed.unique("loopA");
        String loopB = Seed.unique("loopB");
        ArrayNode unors = JSON.createArrayNode();
        unors.add(JSON.createObjectNode().put("Id", child).put("DiatasanId", root).put("NamaUnor", "Bidang Mutasi").put("NamaJabatan", "Kepala Bidang"));
        unors.add(JSON.createObjectNode().put("Id", root).putNull("DiatasanId").put("NamaUnor", "BKPSDM").put("NamaJabatan", "Kepala Badan"));
        unors.add(JSON.createObjectNode().put("Id", loopA).put("DiatasanId", loopB).put("NamaUnor", "A"));
        unors.add(JSON.createObjectNode().put("Id", loopB).put("DiatasanId", loopA).put("NamaUnor", "B"));
        registry.unors(unors);
        given().post("/api/v1/registry/units/sync").then().statusCode(200)
                .body("created", is(2)).body("rejected", is(2)).body("rejections.reason", hasItem(containsString("loops")));
        given().post("/api/v1/registry/units/sync").then().statusCode(200).body("unchanged", is(2)).body("created", is(0));
        registry.unors(JSON.createArrayNode());
    }
}
