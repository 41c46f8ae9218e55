package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/** Allowed origin in the test profile: https://merit.example. */
@QuarkusTest
class CorsTests {
    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        given().header("Origin", "https://merit.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization, If-Match")
                .options("/api/v1/units/3")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://merit.example")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoPermission() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/units")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @TestSecurity(user = "cors", roles = "hr-admin")
    void anActualCrossOriginRequestMayReadTheRequestId() {
        given().header("Origin", "https://merit.example").get("/api/v1/units")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://merit.example")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }
}
