package id.merit.employee.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.Seed;
import id.merit.employee.domain.PositionType;
import id.merit.employee.service.PositionData;
import id.merit.employee.service.PositionService;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.FakeRegistry;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static id.merit.employee.registry.RegistryTests.awaitJob;
import static id.merit.employee.registry.RegistryTrainingTests.registered;
import static id.merit.employee.registry.RegistryTrainingTests.rows;
import static id.merit.employee.registry.RegistryTrainingTests.sync;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry histories besides trainings, read during the employee sync: appraisal results (pns/rw-skp22),
 * education (pns/rw-pendidikan) and competency assessments (pns/rw-kompetensi).
 */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class RegistryHistoryTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    final FakeRegistry registry = FakeRegistryResource.registry();

    @Inject
    Seed seed;
    @Inject
    PositionService positions;
    @Inject
    EntityManager em;

    @AfterEach
    void calm() {
        registry.reset();
    }

    static ObjectNode skp(String id, int year, String predikatCode) {
        return JSON.createObjectNode().put("id", id).put("tahun", year).put("kuadranKinerjaNilai", predikatCode);
    }

    static ObjectNode pendidikan(String id, String level, String programme, String school, String year) {
        return JSON.createObjectNode().put("id", id).put("tkPendidikanNama", level).put("pendidikanNama", programme).put("namaSekolah", school)
                .put("tahunLulus", year);
    }

    static ObjectNode kompetensi(String id, String kind, String code, String name, int level, String date) {
        return JSON.createObjectNode().put("id", id).put("jenisKompetensi", kind).put("kodeKompetensi", code).put("namaKompetensi", name)
                .put("level", level).put("tanggal", date);
    }

    private static Response employee(String nip) {
        return given().get("/api/v1/employees/" + nip).then().statusCode(200).extract().response();
    }

    /** A technical competency of a new position's standard, unique per call: its code; its name is "Pengelolaan" and the code in words. */
    private String technicalCompetency() {
        String code = "KEUANGAN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
        UUID unit = seed.unit("Badan Keuangan", null);
        positions.create(new PositionData(Seed.unique("P"), "Analis Keuangan", PositionType.PELAKSANA, null, unit, 1,
                List.of(new PositionData.Competency(code, "Pengelolaan " + code.replace('_', ' ').toLowerCase(Locale.ROOT), 3)), null));
        return code;
    }

    private long events(String nip) {
        return Seed.read(() -> ((Number) em.createNativeQuery("select count(*) from outbox_event where event_key = ?1")
                .setParameter(1, nip).getSingleResult()).longValue());
    }

    @Test
    void theHistoriesLandInTheSnapshotAndTheEventAndTheSameDataAgainIsUnchanged() {
        String technical = technicalCompetency();
        String nip = registered("Rina Kartika");
        registry.skp22(nip, rows(skp("skp-23", 2023, "2").put("hasilKinerjaNilai", 2).put("perilakuKerjaNilai", "2"),
                JSON.createObjectNode().put("id", "skp-24").put("tahun", "2024").put("kuadranKinerja", "SANGAT BAIK"),
                skp("skp-25a", 2025, "2"), skp("skp-25b", 2025, "3")));
        registry.pendidikan(nip, rows(pendidikan("pd-1", "S-1/Sarjana", "Pendidikan Matematika", "Universitas Palangka Raya", "2008"),
                pendidikan("pd-2", "S-2/Magister", "Manajemen Pendidikan", "Universitas Negeri Malang", "2015")));
        registry.kompetensi(nip, rows(kompetensi("kp-1", "MANAJERIAL", "INTEGRITAS", "Integritas", 4, "01-06-2024"),
                kompetensi("kp-2", "TEKNIS", null, "Pengelolaan " + technical.replace('_', ' '), 3, "2024-07-01"),
                kompetensi("kp-3", "TEKNIS", "ANALISIS_SENI_TARI", "Analisis Seni Tari", 2, "01-06-2024")));

        JsonPath first = sync(nip, "CREATED");
        assertEquals(List.of("rw-skp22", "rw-skp22", "rw-kompetensi"), first.getList("rejectedHistory.source"), first.prettify());
        assertEquals(List.of("skp-25a", "skp-25b", "kp-3"), first.getList("rejectedHistory.registryId"));
        assertTrue(first.getString("rejectedHistory[0].reason").contains("year 2025 is given 2 times with different predikat [BAIK, BUTUH_PERBAIKAN]"),
                first.getString("rejectedHistory[0].reason"));
        assertTrue(first.getString("rejectedHistory[2].reason").contains("names no technical competency"), first.getString("rejectedHistory[2].reason"));
        assertEquals(List.of(), first.getList("rejectedTrainings"));

        String appraisals = "\"registryAppraisals\":[{\"year\":2023,\"predikat\":\"BAIK\",\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\"},"
                + "{\"year\":2024,\"predikat\":\"SANGAT_BAIK\",\"hasilKerja\":null,\"perilakuKerja\":null}]";
        Response snapshot = employee(nip);
        assertTrue(snapshot.asString().contains(appraisals), snapshot.asString());
        JsonPath s = snapshot.jsonPath();
        // data-utama's last education (S1 2008) is completed by rw-pendidikan's row of the same level and year.
        assertEquals(List.of("S1", "S2"), s.getList("education.level"));
        assertEquals(List.of("Pendidikan Matematika", "Manajemen Pendidikan"), s.getList("education.field"));
        assertEquals(List.of("Universitas Palangka Raya", "Universitas Negeri Malang"), s.getList("education.institution"));
        assertEquals(List.of("INTEGRITAS", technical), s.getList("competencies.code"));
        assertEquals(List.of("MANAGERIAL", "TECHNICAL"), s.getList("competencies.kind"));
        assertEquals(List.of(4, 3), s.getList("competencies.level"));
        assertEquals(List.of("SIASN", "SIASN"), s.getList("competencies.source"));

        String published = event(nip, "SANGAT_BAIK");
        assertTrue(published.contains(appraisals), published);

        long outbox = events(nip);
        JsonPath again = sync(nip, "UNCHANGED");
        assertEquals(3, again.getList("rejectedHistory").size());
        assertEquals(snapshot.header("ETag"), employee(nip).header("ETag"));
        assertEquals(outbox, events(nip));
    }

    @Test
    void aReadTheRegistryRefusesKeepsWhatItGaveAndIsReportedAndTheNextReadReplacesIt() throws Exception {
        String nip = registered("Yusuf Ramadhan");
        registry.skp22(nip, rows(skp("s-23", 2023, "2"), skp("s-24", 2024, "2")));
        registry.pendidikan(nip, rows(pendidikan("pd-1", "S-2", "Administrasi Publik", "Universitas Brawijaya", "2015")));
        registry.kompetensi(nip, rows(kompetensi("kp-1", "MANAJERIAL", "INTEGRITAS", null, 3, "01-03-2023")));
        sync(nip, "CREATED");

        // hr-admin records an assessment centre's result; registry results stay out of their hands.
        Response before = employee(nip);
        ObjectNode body = editable(before.asString());
        ((ArrayNode) body.get("competencies")).add(JSON.createObjectNode().put("code", "KOMUNIKASI").put("level", 3)
                .put("assessedOn", "2025-02-01").put("source", "Assessment Center BKPSDM"));
        given().contentType(ContentType.JSON).header("If-Match", before.header("ETag")).body(body.toString())
                .put("/api/v1/employees/" + nip).then().statusCode(200);
        assertEquals(List.of(2023, 2024), employee(nip).jsonPath().getList("registryAppraisals.year"));

        registry.skp22(nip, rows(skp("s-24", 2024, "1"), skp("s-25", 2025, "2")));
        registry.pendidikan(nip, rows(pendidikan("pd-2", "S-3/Doktor", "Ilmu Administrasi", "Universitas Indonesia", "2022")));
        registry.kompetensi(nip, rows(kompetensi("kp-2", "MANAJERIAL", "INTEGRITAS", null, 4, "01-03-2025")));
        registry.refuse("pns/rw-skp22/");
        registry.refuse("pns/rw-pendidikan/");
        registry.refuse("pns/rw-kompetensi/");
        JsonPath refused = sync(nip, "UNCHANGED");
        assertEquals(List.of("rw-skp22", "rw-pendidikan", "rw-kompetensi"), refused.getList("rejectedHistory.source"));
        assertEquals(List.of(0, 0, 0), refused.getList("rejectedHistory.index"));
        assertTrue(refused.getString("rejectedHistory[0].reason").contains("not read"), refused.getString("rejectedHistory[0].reason"));
        JsonPath kept = employee(nip).jsonPath();
        assertEquals(List.of(2023, 2024), kept.getList("registryAppraisals.year"));
        assertEquals(List.of("BAIK", "BAIK"), kept.getList("registryAppraisals.predikat"));
        assertEquals(List.of("S1", "S2"), kept.getList("education.level"));
        assertEquals(List.of("INTEGRITAS", "KOMUNIKASI"), kept.getList("competencies.code"));
        assertEquals(List.of(3, 3), kept.getList("competencies.level"));

        registry.reset();
        sync(nip, "UPDATED");
        JsonPath now = employee(nip).jsonPath();
        // The results are the registry's list as it is now; education only grows; SIASN assessments are replaced, the others kept.
        assertEquals(List.of(2024, 2025), now.getList("registryAppraisals.year"));
        assertEquals(List.of("SANGAT_BAIK", "BAIK"), now.getList("registryAppraisals.predikat"));
        assertEquals(List.of("S1", "S2", "S3"), now.getList("education.level"));
        assertEquals(List.of("INTEGRITAS", "KOMUNIKASI"), now.getList("competencies.code"));
        assertEquals(List.of(4, 3), now.getList("competencies.level"));
        assertEquals(List.of("SIASN", "Assessment Center BKPSDM"), now.getList("competencies.source"));
        event(nip, "\"year\":2025");
    }

    @Test
    void anExportFileImportLeavesTheHistoriesAlone() {
        String nip = registered("Fitri Handayani");
        registry.skp22(nip, rows(skp("s-24", 2024, "2")));
        registry.pendidikan(nip, rows(pendidikan("pd-1", "D-III", "Akuntansi", "Politeknik Negeri Banjarmasin", "2005")));
        registry.kompetensi(nip, rows(kompetensi("kp-1", "SOSIOKULTURAL", null, "Perekat Bangsa", 3, "01-03-2024")));
        sync(nip, "CREATED");
        JsonPath before = employee(nip).jsonPath();

        ArrayNode file = JSON.createArrayNode().add(RegistryTests.person(nip, "Fitri Handayani Putri"));
        String location = given().contentType(ContentType.JSON).body(file.toString()).post("/api/v1/registry/imports")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals(1, job.getInt("updated"), job.prettify());
        JsonPath after = employee(nip).jsonPath();
        assertEquals("Fitri Handayani Putri", after.getString("name"));
        for (String part : new String[]{"registryAppraisals", "education", "competencies"}) {
            assertEquals(before.getList(part), after.getList(part), part);
        }
        assertEquals(List.of("PEREKAT_BANGSA"), after.getList("competencies.code"));
    }

    @Test
    void aBulkSyncListsTheSkippedHistoryRowsAndReadsUnderTheEmployee() {
        String nip = registered("Bulk Riwayat");
        // s-9 twice, in a year given with two predikat: one entry naming it, with both reasons.
        registry.skp22(nip, rows(skp("s-1", 2024, "2"), skp("s-2", 1999, "2"), JSON.createObjectNode().put("tahun", 2023),
                skp("s-9", 2022, "1"), skp("s-9", 2022, "2")));
        registry.refuse("pns/rw-pendidikan/");
        String location = given().contentType(ContentType.JSON).body("{\"nips\":[\"" + nip + "\"]}")
                .post("/api/v1/registry/jobs").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals("DONE", job.getString("state"));
        assertEquals(1, job.getInt("created"));
        assertEquals(0, job.getInt("rejected"));
        // Listed by item within the employee's row.
        assertEquals(List.of("rw-pendidikan", "rw-skp22#3", "rw-skp22/s-2", "rw-skp22/s-9"), job.getList("rejections.item"));
        assertEquals(List.of(1, 1, 1, 1), job.getList("rejections.row"));
        assertTrue(job.getString("rejections[0].reason").contains("not read"), job.getString("rejections[0].reason"));
        assertTrue(job.getString("rejections[1].reason").contains("kuadranKinerjaNilai / kuadranKinerja is missing"),
                job.getString("rejections[1].reason"));
        assertTrue(job.getString("rejections[2].reason").contains("tahun 1999 is outside"), job.getString("rejections[2].reason"));
        assertEquals(2, job.getString("rejections[3].reason").split("year 2022 is given 2 times").length - 1, job.getString("rejections[3].reason"));
        assertEquals(List.of(2024), employee(nip).jsonPath().getList("registryAppraisals.year"));
    }

    /** The employee's employee.upserted that contains {@code text}, once the outbox relayed it; checked against the schema. */
    private static String event(String nip, String text) {
        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1", rec -> nip.equals(rec.key()) && rec.value().contains(text),
                Duration.ofSeconds(30));
        EventSchemas.assertValid("events/employee.upserted.schema.json", r.value());
        return r.value();
    }

    /** The PUT body hr-admin would send for this snapshot: the record's own fields, unchanged. */
    private static ObjectNode editable(String snapshot) throws Exception {
        JsonNode s = JSON.readTree(snapshot);
        ObjectNode body = JSON.createObjectNode();
        for (String field : new String[]{"nip", "name", "frontTitle", "backTitle", "birthPlace", "birthDate", "sex", "status"}) {
            body.set(field, s.get(field));
        }
        body.set("golongan", s.at("/golongan/code"));
        body.set("golonganTmt", s.at("/golongan/tmt"));
        body.set("education", s.get("education"));
        ArrayNode competencies = body.putArray("competencies");
        s.get("competencies").forEach(c -> competencies.add(((ObjectNode) c.deepCopy()).without("kind")));
        return body;
    }
}
