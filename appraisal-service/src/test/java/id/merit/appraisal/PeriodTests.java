package id.merit.appraisal;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PeriodTests {

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminOpensAMonthlyPeriodOncePerYearAndClosesIt() {
        given().contentType(ContentType.JSON).body("{\"year\":2031,\"subPeriodKind\":\"MONTHLY\"}").post("/api/v1/periods")
                .then().statusCode(201).header("Location", notNullValue()).body("subPeriods", is(12)).body("status", is("OPEN"));
        given().contentType(ContentType.JSON).body("{\"year\":2031,\"subPeriodKind\":\"QUARTERLY\"}").post("/api/v1/periods")
                .then().statusCode(409).contentType("application/problem+json");
        String etag = given().get("/api/v1/periods/2031").then().statusCode(200).extract().header("ETag");
        given().post("/api/v1/periods/2031/close").then().statusCode(428);
        given().header("If-Match", etag).post("/api/v1/periods/2031/close").then().statusCode(200).body("status", is("CLOSED"));
        given().header("If-Match", etag).post("/api/v1/periods/2031/close").then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    void anEmployeeReadsPeriodsButCannotOpenOne() {
        given().contentType(ContentType.JSON).body("{\"year\":2032,\"subPeriodKind\":\"MONTHLY\"}").post("/api/v1/periods")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/periods").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/periods").then().statusCode(401);
        given().get("/api/v1/skp/mine").then().statusCode(401);
    }
}
