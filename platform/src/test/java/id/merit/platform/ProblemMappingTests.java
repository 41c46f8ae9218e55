package id.merit.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProblemMappingTests {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    private long rows(String name) {
        return ProbeResource.written(em, name);
    }

    @Test
    void validBodyIsAcceptedAndWritesItsRowAndEvent() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ok-1\",\"level\":3,\"colour\":\"RED\"}")
                .when().post("/probe/items").then().statusCode(200);
        assertEquals(2, rows("ok-1"));
    }

    @Test
    void validationErrorsNameEachFieldPath() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"level\":9,\"tags\":[\"a\",\" \"]}")
                .when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", startsWith("https://merit.id/problems/validation"))
                .body("status", org.hamcrest.Matchers.is(400))
                .body("errors.field", hasItem("item.name"))
                .body("errors.field", hasItem("item.level"))
                .body("errors.field", hasItem(containsString("tags[1]")));
    }

    @Test
    void anUnconvertibleQueryOrPathParameterIsA400NotA404() {
        String id = "7f9c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f";
        given().get("/probe/typed/" + id + "?year=2026").then().statusCode(200).body(org.hamcrest.Matchers.is(id + "/2026"));
        given().get("/probe/typed/" + id + "?year=twenty").then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("invalid-parameter")).body("detail", containsString("twenty"));
        given().get("/probe/typed/not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("invalid-parameter"));
        // A path no resource serves is still a 404.
        given().get("/probe/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON).when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void malformedJsonIsA400AndWritesNothing() {
        given().contentType(ContentType.JSON).body("{\"name\":\"bad-1\",").when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("malformed-json"));
        assertEquals(0, rows("bad-1"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"bad-2\",\"level\":\"three\"}").when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("body.level"));
        assertEquals(0, rows("bad-2"));
    }

    @Test
    void aNumberIsNotAStringAFractionIsNotAnIntegerAndADayNumberIsNotADate() {
        String[] bodies = {
                "{\"name\":12345,\"level\":1}",
                "{\"name\":\"bad-5\",\"level\":1.5}",
                "{\"name\":\"bad-5\",\"level\":\"2\"}",
                "{\"name\":\"bad-5\",\"level\":1,\"since\":20260101}",
                "{\"name\":\"bad-5\",\"level\":1,\"since\":\"2026-02-30\"}",
                "{\"name\":\"bad-5\",\"level\":1,\"active\":1}"};
        for (String body : bodies) {
            given().contentType(ContentType.JSON).body(body).when().post("/probe/items")
                    .then().statusCode(400).contentType(PROBLEM);
        }
        assertEquals(0, rows("bad-5"));
        assertEquals(0, rows("12345"));
    }

    @Test
    void aValidDateIsAccepted() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ok-2\",\"level\":1,\"since\":\"2024-02-29\",\"active\":true}")
                .when().post("/probe/items").then().statusCode(200);
        assertEquals(2, rows("ok-2"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        given().contentType(ContentType.JSON).body("{\"name\":\"bad-3\",\"level\":1,\"colour\":\"BLUE\"}").when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("body.colour"))
                .body("errors[0].message", containsString("GREEN"));
        assertEquals(0, rows("bad-3"));
    }

    @Test
    void unknownFieldIsRefused() {
        given().contentType(ContentType.JSON).body("{\"name\":\"bad-4\",\"level\":1,\"admin\":true}").when().post("/probe/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", containsString("admin"));
        assertEquals(0, rows("bad-4"));
    }

    @Test
    void notFoundIsA404Problem() {
        given().when().get("/probe/missing/42").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("42")).body("instance", org.hamcrest.Matchers.is("/probe/missing/42"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/probe/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void illegalTransitionIsA409Problem() {
        given().when().post("/probe/transition").then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("illegal-state"));
    }

    @Test
    void staleVersionIsA412AndMissingVersionA428() {
        given().header("If-Match", "\"2\"").when().put("/probe/versioned").then().statusCode(412).contentType(PROBLEM);
        given().when().put("/probe/versioned").then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"3\"").when().put("/probe/versioned").then().statusCode(200);
    }

    @Test
    void databaseConstraintViolationIsA409AndRollsBackTheOutboxRow() {
        given().contentType(ContentType.JSON).body("{\"name\":\"dup-1\",\"level\":1}").post("/probe/items").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\":\"dup-1\",\"level\":1}").post("/probe/items")
                .then().statusCode(409).contentType(PROBLEM);
        assertEquals(2, rows("dup-1"));
    }

    @Test
    void anonymousCallerGets401Problem() {
        given().when().get("/probe/admin").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    void wrongRoleGets403Problem() {
        given().when().get("/probe/admin").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin", roles = "hr-admin")
    void rightRolePasses() {
        given().when().get("/probe/admin").then().statusCode(200);
    }

    @Test
    void unexpectedErrorIsA500ProblemWithoutInternals() {
        given().when().get("/probe/boom").then().statusCode(500).contentType(PROBLEM)
                .body("detail", containsString("incident"))
                .body("detail", not(containsString("hunter2")));
    }
}
