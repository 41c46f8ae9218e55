package id.merit.employee.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.Seed;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Sex;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.FakeRegistry;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training history from SIASN pns/rw-diklat and pns/rw-kursus, read during the employee sync. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class RegistryTrainingTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    final FakeRegistry registry = FakeRegistryResource.registry();

    @AfterEach
    void calm() {
        registry.reset();
    }

    static ObjectNode diklat(String id, String title, String start, String end, Object hours) {
        ObjectNode d = JSON.createObjectNode().put("id", id).put("latihanStrukturalNama", title)
                .put("institusiPenyelenggara", "BPSDM Provinsi Kalimantan Tengah").put("tanggal", start).put("nomor", "SERT/" + id);
        if (end != null) {
            d.put("tanggalSelesai", end);
        }
        d.putPOJO("jumlahJam", hours);
        return d;
    }

    static ObjectNode kursus(String id, String title, String kind, String start, String end, Object hours) {
        ObjectNode k = JSON.createObjectNode().put("id", id).put("namaKursus", title).put("institusiPenyelenggara", "LAN RI")
                .put("tanggalKursus", start).put("tanggalSelesaiKursus", end).put("jenisKursusSertifikat", kind);
        k.putPOJO("jumlahJam", hours);
        return k;
    }

    static ArrayNode rows(JsonNode... items) {
        return JSON.createArrayNode().addAll(List.of(items));
    }

    private void history(String nip, ArrayNode diklat, ArrayNode kursus) {
        registry.diklat(nip, diklat);
        registry.kursus(nip, kursus);
    }

    /** An employee the registry knows (data-utama), not yet synced. */
    static String registered(String name) {
        String nip = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        FakeRegistryResource.registry().put(RegistryTests.person(nip, name));
        return nip;
    }

    static JsonPath sync(String nip, String outcome) {
        return given().post("/api/v1/registry/employees/" + nip + "/sync").then().statusCode(200).body("outcome", is(outcome))
                .extract().jsonPath();
    }

    private static JsonPath trainings(String nip) {
        return given().get("/api/v1/employees/" + nip + "/trainings").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void bothReadsAreImportedABadRowIsRejectedAndAReSyncChangesNothing() {
        String nip = registered("Dewi Lestari");
        ArrayNode d = rows(diklat("dk-1", "Pelatihan Kepemimpinan Pengawas", "03-03-2025", "14-03-2025", 40),
                diklat("dk-2", "Diklat Prajabatan", "01-02-2010", null, "60"),
                diklat("dk-3", "Diklat Rusak", "14-03-2025", "03-03-2025", 40));
        ArrayNode k = rows(kursus("ks-1", "Seminar Nasional Pelayanan Publik", "Seminar", "2025-09-01", "2025-09-01", 8),
                kursus("ks-2", "Kursus Bahasa Inggris", "Kursus", "06-01-2025", "28-02-2025", 48));
        history(nip, d, k);

        JsonPath first = sync(nip, "CREATED");
        assertEquals(1, first.getList("rejectedTrainings").size());
        assertEquals("rw-diklat", first.getString("rejectedTrainings[0].source"));
        assertEquals("dk-3", first.getString("rejectedTrainings[0].registryId"));
        assertTrue(first.getString("rejectedTrainings[0].reason").contains("endDate"), first.getString("rejectedTrainings[0].reason"));

        JsonPath t = trainings(nip);
        // Sorted by end date, then id.
        assertEquals(List.of("Diklat Prajabatan", "Kursus Bahasa Inggris", "Pelatihan Kepemimpinan Pengawas", "Seminar Nasional Pelayanan Publik"),
                t.getList("items.title"));
        assertEquals(List.of("DIKLAT", "COURSE", "DIKLAT", "SEMINAR"), t.getList("items.type"));
        assertEquals(List.of(60, 48, 40, 8), t.getList("items.hours"));
        assertEquals(List.of("2010-02-01", "2010-02-01"), List.of(t.getString("items[0].startDate"), t.getString("items[0].endDate")));
        assertEquals(List.of("REGISTRY", "REGISTRY", "REGISTRY", "REGISTRY"), t.getList("items.source"));
        assertEquals(List.of("rw-diklat", "rw-kursus", "rw-diklat", "rw-kursus"), t.getList("items.registrySource"));
        assertEquals(List.of("dk-2", "ks-2", "dk-1", "ks-1"), t.getList("items.registryId"));
        assertEquals("BPSDM Provinsi Kalimantan Tengah", t.getString("items[0].provider"));
        String version = given().get("/api/v1/employees/" + nip).then().extract().header("ETag");

        JsonPath again = sync(nip, "UNCHANGED");
        assertEquals(1, again.getList("rejectedTrainings").size());
        assertEquals(t.getList("items.id"), trainings(nip).getList("items.id"));
        assertEquals(t.getList("items.version"), trainings(nip).getList("items.version"));
        given().get("/api/v1/employees/" + nip).then().header("ETag", version);
    }

    @Test
    void aChangedRowIsUpdatedInPlaceKeepingWhatHrAdminAddedAndADroppedRowGoes() {
        String nip = registered("Rudi Hartono");
        ArrayNode d = rows(diklat("dk-10", "Pelatihan Dasar CPNS", "01-03-2019", "30-04-2019", 120));
        ArrayNode k = rows(kursus("ks-10", "Kursus Excel", "Kursus", "05-05-2024", "07-05-2024", 16),
                kursus("ks-11", "E-Learning Manajemen ASN", "E-Learning", "01-06-2024", "30-06-2024", 20));
        history(nip, d, k);
        sync(nip, "CREATED");
        JsonPath t = trainings(nip);
        assertEquals(List.of("DIKLAT", "COURSE", "ELEARNING"), t.getList("items.type"));
        String diklatId = t.getString("items[0].id");

        // hr-admin adds what the registry does not carry: competencies and evidence.
        String item = "/api/v1/employees/" + nip + "/trainings/" + diklatId;
        String etag = given().get(item).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\":\"Pelatihan Dasar CPNS\",\"type\":\"DIKLAT\",\"provider\":\"BPSDM Provinsi Kalimantan Tengah\","
                        + "\"startDate\":\"2019-03-01\",\"endDate\":\"2019-04-30\",\"hours\":120,\"competencies\":[\"PEREKAT_BANGSA\",\"INTEGRITAS\"],"
                        + "\"evidenceUrl\":\"https://sertifikat.example.go.id/latsar.pdf\"}")
                .put(item).then().statusCode(200);
        sync(nip, "UNCHANGED");
        given().get(item).then().body("competencies", is(List.of("PEREKAT_BANGSA", "INTEGRITAS")))
                .body("evidenceUrl", is("https://sertifikat.example.go.id/latsar.pdf"));
        given().header("If-Match", given().get(item).then().extract().header("ETag")).delete(item)
                .then().statusCode(409).body("detail", containsString("SIASN"));

        // The registry corrects the hours and drops one course.
        d.set(0, diklat("dk-10", "Pelatihan Dasar CPNS", "01-03-2019", "30-04-2019", 100));
        k.remove(0);
        sync(nip, "UPDATED");
        JsonPath after = trainings(nip);
        assertEquals(List.of(diklatId, t.getString("items[2].id")), after.getList("items.id"));
        assertEquals(100, after.getInt("items[0].hours"));
        assertEquals(List.of("PEREKAT_BANGSA", "INTEGRITAS"), after.getList("items[0].competencies"));

        // A row that turns bad is reported and its earlier copy kept; it is not taken for a row the registry dropped.
        d.set(0, diklat("dk-10", "Pelatihan Dasar CPNS", "01-03-2019", "30-04-2019", 0));
        JsonPath bad = sync(nip, "UNCHANGED");
        assertTrue(bad.getString("rejectedTrainings[0].reason").contains("hours"), bad.getString("rejectedTrainings[0].reason"));
        assertEquals(100, trainings(nip).getInt("items[0].hours"));

        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1",
                rec -> nip.equals(rec.key()) && rec.value().contains("\"hours\":100"), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/employee.upserted.schema.json", r.value());
        assertEquals(List.of("REGISTRY", "REGISTRY"), JsonPath.from(r.value()).getList("trainings.source"));
    }

    @Test
    void aHistoryReadTheRegistryRefusesIsReportedAndTheEmployeeAndTheOtherReadStillSync() {
        String nip = registered("Sinta Dewi");
        ArrayNode d = rows(diklat("dk-40", "Diklat Kearsipan", "03-02-2025", "05-02-2025", 24));
        ArrayNode k = rows(kursus("ks-40", "Kursus Statistik", "Kursus", "10-03-2025", "12-03-2025", 16));
        history(nip, d, k);
        sync(nip, "CREATED");
        d.add(diklat("dk-41", "Diklat Baru", "03-06-2025", "05-06-2025", 20));
        k.remove(0);
        registry.refuse("pns/rw-kursus/");
        JsonPath r = sync(nip, "UPDATED");
        assertEquals("rw-kursus", r.getString("rejectedTrainings[0].source"));
        assertTrue(r.getString("rejectedTrainings[0].reason").contains("not read"), r.getString("rejectedTrainings[0].reason"));
        // The kursus the registry no longer lists stays: that read was not made.
        assertEquals(List.of("dk-40", "ks-40", "dk-41"), trainings(nip).getList("items.registryId"));
        registry.reset();
        sync(nip, "UPDATED");
        assertEquals(List.of("dk-40", "dk-41"), trainings(nip).getList("items.registryId"));
    }

    @Test
    void malformedRowsAreEachRejectedWithTheirReasonWhileTheOthersImport() {
        String nip = registered("Ani Wijaya");
        ArrayNode d = rows(diklat("dk-20", "Diklat Teknis Arsip", "10-10-2024", "12-10-2024", 24),
                diklat("dk-21", "Jam Pecahan", "10-10-2024", "12-10-2024", 1.5),
                diklat("dk-22", "Jam Huruf", "10-10-2024", "12-10-2024", "dua puluh"),
                diklat("dk-23", "Tanggal Salah", "31-02-2024", "12-10-2024", 24),
                diklat("dk-24", "Jam Lebih", "10-10-2024", "12-10-2024", 1001),
                JSON.createObjectNode().put("latihanStrukturalNama", "Tanpa Id").put("tanggal", "10-10-2024").put("jumlahJam", 8),
                diklat("dk-20", "Id Kembar", "10-10-2024", "12-10-2024", 24),
                JSON.getNodeFactory().textNode("bukan objek"));
        ArrayNode k = rows(kursus("ks-20", "K".repeat(301), "Kursus", "01-01-2024", "02-01-2024", 8),
                kursus("ks-21", "Kursus Baik", "Kursus", "01-01-2024", "02-01-2024", 8));
        history(nip, d, k);
        JsonPath r = sync(nip, "CREATED");
        assertEquals(8, r.getList("rejectedTrainings").size(), r.prettify());
        assertEquals(List.of("Kursus Baik", "Diklat Teknis Arsip"), trainings(nip).getList("items.title"));
        String reasons = r.getList("rejectedTrainings.reason").toString();
        for (String expected : new String[]{"jumlahJam '1.5'", "jumlahJam 'dua puluh'", "tanggal '31-02-2024'", "hours", "id is missing",
                "appears twice", "not an object", "title"}) {
            assertTrue(reasons.contains(expected), expected + " not in " + reasons);
        }
    }

    @Test
    void aBulkJobImportsTrainingsAndListsTheSkippedRowsUnderTheEmployee() {
        String good = registered("Bulk Latih");
        String plain = registered("Bulk Tanpa Latih");
        ArrayNode d = rows(diklat("dk-30", "Diklat Fungsional", "02-09-2025", "06-09-2025", 32),
                diklat("dk-31", "Tanpa Jam", "02-09-2025", "06-09-2025", null));
        registry.diklat(good, d);
        String location = given().contentType(ContentType.JSON).body("{\"nips\":[\"" + good + "\",\"" + plain + "\"]}")
                .post("/api/v1/registry/jobs").then().statusCode(202).extract().header("Location");
        Seed.await(Duration.ofSeconds(60), () -> !"RUNNING".equals(given().get(location).then().statusCode(200).extract().path("state")));
        JsonPath job = given().get(location).then().extract().jsonPath();
        assertEquals("DONE", job.getString("state"));
        assertEquals(2, job.getInt("created"));
        assertEquals(0, job.getInt("rejected"));
        assertEquals(List.of(1), job.getList("rejections.row"));
        assertEquals("rw-diklat/dk-31", job.getString("rejections[0].item"));
        assertTrue(job.getString("rejections[0].reason").contains("jumlahJam"), job.getString("rejections[0].reason"));
        given().get("/api/v1/employees/" + good + "/trainings?year=2025").then().body("totalHours", is(32)).body("items", hasSize(1));
        given().get("/api/v1/employees/" + plain + "/trainings").then().body("items", hasSize(0));
    }
}
