package id.merit.employee;

import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OrgUnitTests {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void creatingAUnitPublishesUnitUpsertedWithCloudEventsHeadersThroughTheOutbox() {
        String code = unique("DISDIK");
        String id = given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Dinas Pendidikan\"}")
                .when().post("/api/v1/units")
                .then().statusCode(201).header("ETag", notNullValue()).body("code", is(code))
                .extract().path("id");

        ConsumerRecord<String, String> r = TopicReader.await("merit.org.v1", rec -> id.equals(rec.key()), Duration.ofSeconds(30));

        assertEquals("1.0", TopicReader.header(r, "ce_specversion"));
        assertNotNull(UUID.fromString(TopicReader.header(r, "ce_id")));
        assertEquals("/merit/employee-service", TopicReader.header(r, "ce_source"));
        assertEquals("id.merit.unit.upserted.v1", TopicReader.header(r, "ce_type"));
        assertEquals(id, TopicReader.header(r, "ce_subject"));
        assertTrue(OffsetDateTime.parse(TopicReader.header(r, "ce_time")).isBefore(OffsetDateTime.now().plusSeconds(1)));
        EventSchemas.assertValid("events/unit.upserted.schema.json", r.value());
        assertTrue(r.value().contains(code));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aChildUnitPointsToItsParent() {
        String parent = given().contentType(ContentType.JSON).body("{\"code\":\"" + unique("DLH") + "\",\"name\":\"Dinas Lingkungan Hidup\"}")
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + unique("DLH-B1") + "\",\"name\":\"Bidang Pengendalian\",\"parentId\":\"" + parent + "\"}")
                .post("/api/v1/units").then().statusCode(201).body("parentId", is(parent));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aDuplicateCodeIsAConflict() {
        String code = unique("BKPSDM");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"BKPSDM\"}").post("/api/v1/units").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"BKPSDM\"}").post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAreRefused() {
        given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"name\":\"X\"}").post("/api/v1/units").then().statusCode(401);
        given().get("/api/v1/units").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    void anEmployeeReadsButCannotCreate() {
        given().contentType(ContentType.JSON).body("{\"code\":\"" + unique("X") + "\",\"name\":\"X\"}").post("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/units").then().statusCode(200);
    }
}
