package id.merit.employee;

import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.Sex;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class EmployeeTests {
    @Inject
    Seed seed;

    static String body(String nip, String name, String birthDate, String sex, String extra) {
        return "{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\",\"sex\":\"" + sex + "\"" + extra + "}";
    }

    static String body(String nip, String name) {
        return body(nip, name, Seed.birthOf(nip).toString(), nip.charAt(14) == '1' ? "MALE" : "FEMALE", "");
    }

    private static long employees(String nip) {
        return given().get("/api/v1/employees?nip=" + nip).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void registeringAnEmployeePublishesTheFullSnapshotMatchingItsSchema() {
        UUID unit = seed.unit("Dinas Pendidikan", null);
        String nip = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        String extra = ",\"frontTitle\":\"Dr.\",\"backTitle\":\"S.Pd., M.Si.\",\"golongan\":\"III/b\",\"golonganTmt\":\"2021-04-01\",\"unitId\":\"" + unit + "\","
                + "\"education\":[{\"level\":\"S2\",\"field\":\"Pendidikan Matematika\",\"institution\":\"UPR\",\"year\":2012}],"
                + "\"competencies\":[{\"code\":\"INTEGRITAS\",\"level\":3,\"assessedOn\":\"2025-05-02\",\"source\":\"Assessment Center\"}],"
                + "\"potentialScore\":72.5,\"potentialAssessedOn\":\"2025-05-02\"";
        given().contentType(ContentType.JSON).body(body(nip, "Siti Aminah", Seed.birthOf(nip).toString(), "FEMALE", extra))
                .post("/api/v1/employees")
                .then().statusCode(201).header("Location", endsWith("/api/v1/employees/" + nip)).header("ETag", "\"0\"")
                .body("displayName", is("Dr. Siti Aminah, S.Pd., M.Si."))
                .body("golongan.pangkat", is("Penata Muda Tk I")).body("golongan.siasnCode", is("32")).body("golongan.rank", is(10))
                .body("unit.path.name", hasItem("Dinas Pendidikan")).body("competencies[0].kind", is("MANAGERIAL"));

        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1", rec -> nip.equals(rec.key()), Duration.ofSeconds(30));
        assertEquals("id.merit.employee.upserted.v1", TopicReader.header(r, "ce_type"));
        EventSchemas.assertValid("events/employee.upserted.schema.json", r.value());
        assertTrue(r.value().contains("\"supervisorNip\""));
    }

    @Test
    void aBirthDateThatContradictsTheNipIsRefusedAndNothingIsWritten() {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        given().contentType(ContentType.JSON).body(body(nip, "Budi", Seed.birthOf(nip).plusDays(1).toString(), "MALE", ""))
                .post("/api/v1/employees")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("body.birthDate"));
        assertEquals(0, employees(nip));
    }

    @Test
    void aSexThatContradictsTheNipIsRefused() {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        given().contentType(ContentType.JSON).body(body(nip, "Budi", Seed.birthOf(nip).toString(), "FEMALE", ""))
                .post("/api/v1/employees")
                .then().statusCode(400).body("errors[0].field", is("body.sex"));
        assertEquals(0, employees(nip));
    }

    @Test
    void anImpossibleNipIsRefusedWithItsReason() {
        given().contentType(ContentType.JSON).body(body("198602302015051001", "Budi", "1986-02-28", "MALE", ""))
                .post("/api/v1/employees")
                .then().statusCode(400).body("errors[0].field", is("body.nip")).body("errors[0].message", containsString("not a real date"));
    }

    @Test
    void aPppkEmployeeTakesARomanGolonganOnly() {
        String nip = Seed.nip(EmploymentType.PPPK, Sex.FEMALE);
        String b = Seed.birthOf(nip).toString();
        given().contentType(ContentType.JSON).body(body(nip, "Rina", b, "FEMALE", ",\"golongan\":\"III/a\",\"golonganTmt\":\"2024-01-01\""))
                .post("/api/v1/employees").then().statusCode(400).body("errors[0].field", is("body.golongan"));
        given().contentType(ContentType.JSON).body(body(nip, "Rina", b, "FEMALE", ",\"golongan\":\"IX\",\"golonganTmt\":\"2024-01-01\""))
                .post("/api/v1/employees").then().statusCode(201)
                .body("employmentType", is("PPPK")).body("golongan.code", is("IX")).body("golongan.pangkat", nullValue());
    }

    @Test
    void anUpdateBasedOnAStaleVersionIs412AndWithoutAVersion428() {
        String nip = seed.employee("Dewi Lestari");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(nip, "Dewi Lestari Putri"))
                .put("/api/v1/employees/" + nip).then().statusCode(200).header("ETag", "\"1\"").body("name", is("Dewi Lestari Putri"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(nip, "Dewi L."))
                .put("/api/v1/employees/" + nip).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body(nip, "Dewi L."))
                .put("/api/v1/employees/" + nip).then().statusCode(428);
        given().get("/api/v1/employees/" + nip).then().statusCode(200).body("name", is("Dewi Lestari Putri"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nip = Seed.nip(EmploymentType.PNS, Sex.MALE);
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(nip, "Agus")).post("/api/v1/employees");
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(nip, "Agus")).post("/api/v1/employees");
        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.header("Location"), again.header("Location"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(nip, "Agus Salim")).post("/api/v1/employees")
                .then().statusCode(422);
        given().contentType(ContentType.JSON).body(body(nip, "Agus")).post("/api/v1/employees").then().statusCode(409);
    }

    @Test
    void retiringAnEmployeePublishesEmployeeDeactivated() {
        String nip = seed.employee("Yohana");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(nip, "Yohana", Seed.birthOf(nip).toString(), "FEMALE", ",\"status\":\"RETIRED\""))
                .put("/api/v1/employees/" + nip).then().statusCode(200);
        ConsumerRecord<String, String> r = TopicReader.await("merit.employees.v1",
                rec -> nip.equals(rec.key()) && "id.merit.employee.deactivated.v1".equals(TopicReader.header(rec, "ce_type")), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/employee.deactivated.schema.json", r.value());
        assertTrue(r.value().contains("RETIRED"));
    }

    @Test
    void searchFiltersByUnitIncludingSubUnitsPositionTypeGolonganAndStatus() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID dinas = seed.unit("Dinas " + tag, null);
        UUID bidang = seed.unit("Bidang " + tag, dinas);
        UUID pengawas = seed.position(bidang, PositionType.PENGAWAS, 1);
        String a = Seed.nip(EmploymentType.PNS, Sex.MALE);
        String b = Seed.nip(EmploymentType.PNS, Sex.FEMALE);
        given().contentType(ContentType.JSON).body(body(a, "Zul " + tag, Seed.birthOf(a).toString(), "MALE",
                ",\"golongan\":\"III/c\",\"golonganTmt\":\"2022-04-01\",\"unitId\":\"" + dinas + "\"")).post("/api/v1/employees").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(b, "Ani " + tag, Seed.birthOf(b).toString(), "FEMALE",
                ",\"golongan\":\"III/d\",\"golonganTmt\":\"2022-04-01\"")).post("/api/v1/employees").then().statusCode(201);
        seed.place(b, pengawas, LocalDate.of(2024, 1, 2));

        given().get("/api/v1/employees?name=" + tag).then().statusCode(200)
                .body("totalItems", is(2)).body("items.nip", org.hamcrest.Matchers.contains(b, a));
        given().get("/api/v1/employees?unitId=" + dinas).then().body("totalItems", is(2));
        given().get("/api/v1/employees?unitId=" + dinas + "&includeSubUnits=false").then().body("items.nip", org.hamcrest.Matchers.contains(a));
        given().get("/api/v1/employees?name=" + tag + "&positionType=PENGAWAS").then().body("items.nip", org.hamcrest.Matchers.contains(b));
        given().get("/api/v1/employees?name=" + tag + "&golongan=III/c").then().body("items.nip", org.hamcrest.Matchers.contains(a));
        given().get("/api/v1/employees?name=" + tag + "&status=RETIRED").then().body("items", hasSize(0));
        given().get("/api/v1/employees?name=" + tag + "&size=1&page=1").then().body("items.nip", org.hamcrest.Matchers.contains(a))
                .body("totalPages", is(2));
        given().get("/api/v1/employees?size=500").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/employees?positionType=JPT_SUPER").then().statusCode(400).body("errors[0].field", is("query.positionType"));
        given().get("/api/v1/employees?status=GONE").then().statusCode(400).body("errors[0].field", is("query.status"));
        given().get("/api/v1/employees?golongan=V/a").then().statusCode(400).body("errors[0].field", is("query.golongan"));
    }
}
