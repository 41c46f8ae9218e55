package id.merit.employee;

import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Sex;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training records: CRUD with versions, the year rule and JP total, bad input, and the employee.upserted event that carries them. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class TrainingTests {
    @Inject
    Seed seed;
    @Inject
    EntityManager em;

    static String training(String title, String type, String start, String end, String hours, String extra) {
        return "{\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end
                + "\",\"hours\":" + hours + extra + "}";
    }

    static String training(String start, String end, int hours) {
        return training("Pelatihan " + start, "DIKLAT", start, end, Integer.toString(hours), "");
    }

    private static String path(String nip) {
        return "/api/v1/employees/" + nip + "/trainings";
    }

    private static String create(String nip, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path(nip)).then().statusCode(201).extract().path("id");
    }

    private static String etag(String url) {
        return given().get(url).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void createReadUpdateDeleteWithVersions() {
        String nip = seed.employee("Latih Versi");
        String employeeTag = etag("/api/v1/employees/" + nip);
        String body = training("Pelatihan Kepemimpinan Pengawas", "DIKLAT", "2025-03-03", "2025-03-14", "40",
                ",\"provider\":\"BPSDM Kalteng\",\"competencies\":[\"PENGAMBILAN_KEPUTUSAN\",\"PENGELOLAAN_ASET\"],"
                        + "\"evidenceUrl\":\"https://sertifikat.example.go.id/123.pdf\"");
        var created = given().contentType(ContentType.JSON).body(body).post(path(nip))
                .then().statusCode(201).header("ETag", "\"0\"").body("typeLabel", is("Diklat")).body("source", is("MANUAL")).body("hours", is(40))
                .body("competencies", hasSize(2)).extract();
        String id = created.path("id");
        String item = path(nip) + "/" + id;
        assertTrue(created.header("Location").endsWith(item), created.header("Location"));
        given().get(item).then().statusCode(200).header("ETag", "\"0\"").body("provider", is("BPSDM Kalteng"));
        // The employee's version moved: the snapshot changed.
        String afterCreate = etag("/api/v1/employees/" + nip);
        assertTrue(!employeeTag.equals(afterCreate), employeeTag + " then " + afterCreate);
        given().get("/api/v1/employees/" + nip).then().body("trainings[0].id", is(id)).body("trainings[0].type", is("DIKLAT"));

        String changed = training("Pelatihan Kepemimpinan Pengawas", "DIKLAT", "2025-03-03", "2025-03-15", "45", "");
        given().contentType(ContentType.JSON).body(changed).put(item).then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(item)
                .then().statusCode(200).header("ETag", "\"1\"").body("hours", is(45)).body("provider", nullValue()).body("competencies", hasSize(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(item)
                .then().statusCode(412).contentType("application/problem+json");
        given().get(item).then().body("hours", is(45));

        given().delete(item).then().statusCode(428);
        given().header("If-Match", "\"0\"").delete(item).then().statusCode(412);
        given().header("If-Match", "\"1\"").delete(item).then().statusCode(204);
        given().get(item).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/employees/" + nip).then().body("trainings", hasSize(0));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nip = seed.employee("Latih Ulang");
        String key = UUID.randomUUID().toString();
        String body = training("2025-06-02", "2025-06-04", 24);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path(nip))
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path(nip))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first));
        given().get(path(nip)).then().body("items", hasSize(1));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(training("2025-06-02", "2025-06-05", 30)).post(path(nip))
                .then().statusCode(422);
    }

    @Test
    void anActivityCountsInTheYearItEndsAndTheYearHasItsJpTotal() {
        String nip = seed.employee("Latih Tahun");
        String may = create(nip, training("2025-05-05", "2025-05-07", 24));
        String crossing = create(nip, training("2025-12-29", "2026-01-09", 40));
        String march = create(nip, training("2026-03-02", "2026-03-03", 16));
        given().get(path(nip) + "?year=2025").then().statusCode(200)
                .body("year", is(2025)).body("totalHours", is(24)).body("items.id", is(List.of(may)));
        given().get(path(nip) + "?year=2026").then().statusCode(200)
                .body("totalHours", is(56)).body("items.id", is(List.of(crossing, march)));
        given().get(path(nip) + "?year=2024").then().statusCode(200).body("totalHours", is(0)).body("items", hasSize(0));
        given().get(path(nip)).then().statusCode(200).body("totalHours", nullValue()).body("items.id", is(List.of(may, crossing, march)));
        for (String bad : new String[]{"dua-ribu", "1800", "20250"}) {
            given().get(path(nip) + "?year=" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("query.year"));
        }
    }

    @Test
    void theEmployeeSnapshotEventCarriesTheTrainingsSortedByEndDateAndMatchesItsSchema() {
        String nip = seed.employee("Latih Event");
        String later = create(nip, training("Seminar Pelayanan Publik", "SEMINAR", "2025-09-01", "2025-09-01", "8",
                ",\"competencies\":[\"PELAYANAN_PUBLIK\"],\"evidenceUrl\":\"https://bukti.example.go.id/s.pdf\""));
        String earlier = create(nip, training("Mentoring Analis", "MENTORING", "2025-01-06", "2025-04-30", "12", ""));
        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1",
                rec -> nip.equals(rec.key()) && rec.value().contains(later) && rec.value().contains(earlier), Duration.ofSeconds(30));
        assertEquals("id.merit.employee.upserted.v1", TopicReader.header(r, "ce_type"));
        EventSchemas.assertValid("events/employee.upserted.schema.json", r.value());
        JsonPath event = JsonPath.from(r.value());
        assertEquals(List.of(earlier, later), event.getList("trainings.id"));
        assertEquals(List.of("MENTORING", "SEMINAR"), event.getList("trainings.type"));
        assertEquals(List.of(12, 8), event.getList("trainings.hours"));
        assertEquals(List.of("PELAYANAN_PUBLIK"), event.getList("trainings[1].competencies"));
        assertEquals("https://bukti.example.go.id/s.pdf", event.getString("trainings[1].evidenceUrl"));
        assertTrue(event.get("trainings[0].provider") == null && event.get("trainings[0].evidenceUrl") == null);
        assertEquals(List.of("MANUAL", "MANUAL"), event.getList("trainings.source"));
        // An employee without trainings carries an empty list (the field is required).
        String none = seed.employee("Tanpa Latih");
        ConsumerRecord<String, String> empty = TopicReader.await("merit.employees.v1", rec -> none.equals(rec.key()), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/employee.upserted.schema.json", empty.value());
        assertTrue(empty.value().contains("\"trainings\":[]"), empty.value());
    }

    @Test
    void deletingATrainingRepublishesTheSnapshotWithoutIt() {
        String nip = seed.employee("Latih Hapus");
        String id = create(nip, training("2025-02-03", "2025-02-04", 10));
        long version = Long.parseLong(etag("/api/v1/employees/" + nip).replace("\"", ""));
        given().header("If-Match", "\"0\"").delete(path(nip) + "/" + id).then().statusCode(204);
        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1",
                rec -> nip.equals(rec.key()) && JsonPath.from(rec.value()).getLong("version") == version + 1, Duration.ofSeconds(30));
        assertTrue(r.value().contains("\"trainings\":[]"), r.value());
    }

    private List<Long> rows() {
        return Seed.read(() -> List.of("training", "outbox_event", "employee", "idempotency_record").stream()
                .map(t -> ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult()).longValue()).toList());
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String nip = seed.employee("Latih Salah");
        String id = create(nip, training("2025-02-03", "2025-02-04", 10));
        String ok = "\"title\":\"Diklat\",\"type\":\"DIKLAT\",\"startDate\":\"2025-02-03\",\"endDate\":\"2025-02-04\"";
        List<String> bodies = List.of(
                training("2025-03-10", "2025-03-09", 8),
                "{" + ok + ",\"hours\":0}", "{" + ok + ",\"hours\":1001}", "{" + ok + ",\"hours\":1.5}", "{" + ok + ",\"hours\":\"8\"}",
                "{" + ok + "}", "{\"title\":\"Diklat\",\"type\":\"PELATIHAN\",\"startDate\":\"2025-02-03\",\"endDate\":\"2025-02-04\",\"hours\":8}",
                "{" + ok + ",\"hours\":8,\"competencies\":[\"integritas\"]}", "{" + ok + ",\"hours\":8,\"competencies\":[\"KODE-SALAH\"]}",
                "{" + ok + ",\"hours\":8,\"competencies\":[\"" + "K".repeat(51) + "\"]}",
                "{" + ok + ",\"hours\":8,\"competencies\":[\"INTEGRITAS\",\"INTEGRITAS\"]}",
                "{" + ok + ",\"hours\":8,\"competencies\":[\"\"]}",
                "{" + ok + ",\"hours\":8,\"evidenceUrl\":\"http://bukti.example.go.id/a.pdf\"}",
                "{" + ok + ",\"hours\":8,\"evidenceUrl\":\"bukan url\"}", "{" + ok + ",\"hours\":8,\"evidenceUrl\":\"https://\"}",
                "{" + ok + ",\"hours\":8,\"evidenceUrl\":\"javascript:alert(1)\"}",
                "{" + ok + ",\"hours\":8,\"evidenceUrl\":\"https://x.go.id/" + "a".repeat(500) + "\"}",
                "{\"title\":\"" + "T".repeat(301) + "\",\"type\":\"DIKLAT\",\"startDate\":\"2025-02-03\",\"endDate\":\"2025-02-04\",\"hours\":8}",
                "{" + ok + ",\"hours\":8,\"provider\":\"" + "P".repeat(201) + "\"}",
                "{\"title\":\"  \",\"type\":\"DIKLAT\",\"startDate\":\"2025-02-03\",\"endDate\":\"2025-02-04\",\"hours\":8}",
                "{" + ok + ",\"hours\":8,\"startDate\":\"2025-02-30\"}", "{" + ok + ",\"hours\":8,\"source\":\"REGISTRY\"}",
                "{" + ok + ",\"hours\":8", "[]", "{}");
        for (String body : bodies) {
            for (String method : new String[]{"POST", "PUT"}) {
                List<Long> before = rows();
                String url = method.equals("POST") ? path(nip) : path(nip) + "/" + id;
                given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(body).request(method, url)
                        .then().statusCode(400).contentType("application/problem+json");
                assertEquals(before, rows(), method + " " + url + " wrote something for " + body);
            }
        }
        given().get(path(nip) + "/" + id).then().body("hours", is(10)).header("ETag", "\"0\"");
        String unknown = Seed.nip(EmploymentType.PNS, Sex.MALE);
        List<Long> before = rows();
        given().contentType(ContentType.JSON).body(training("2025-02-03", "2025-02-04", 8)).post(path(unknown))
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(unknown));
        given().get(path(unknown)).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(training("2025-02-03", "2025-02-04", 8))
                .put(path(unknown) + "/" + id).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete(path(unknown) + "/" + id).then().statusCode(404);
        // A training is reached only under its own employee.
        String other = seed.employee("Latih Lain");
        given().get(path(other) + "/" + id).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete(path(other) + "/" + id).then().statusCode(404);
        given().get(path("123")).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before.get(0), rows().get(0));
        assertEquals(before.get(1) + 1, rows().get(1), "only the new employee 'Latih Lain' was published");
    }
}
