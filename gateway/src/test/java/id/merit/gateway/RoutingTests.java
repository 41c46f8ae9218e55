package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@TestSecurity(user = "router", roles = "hr-admin")
class RoutingTests {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void eachPrefixReachesItsServiceWithPathAndQueryUnchanged() {
        given().get("/api/v1/units").then().statusCode(200).body("upstream", is("employee")).body("path", is("/api/v1/units"));
        given().get("/api/v1/employees/198609262015051001?view=full").then().statusCode(200)
                .body("upstream", is("employee")).body("uri", is("/api/v1/employees/198609262015051001?view=full"));
        given().get("/api/v1/skp/42").then().statusCode(200).body("upstream", is("appraisal"));
        given().get("/api/v1/peer-rounds").then().statusCode(200).body("upstream", is("feedback"));
        given().get("/api/v1/vacancies/7/candidates").then().statusCode(200).body("upstream", is("placement"));
    }

    @Test
    void aPathNoServiceOwnsIs404ProblemJson() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://merit.id/problems/not-found")).body("status", is(404))
                .body("instance", is("/api/v1/nothing-here"));
    }

    @Test
    void aPathOutsideTheApiIs404ProblemJsonToo() {
        for (String path : new String[] {"/", "/index.html", "/q/metrics", "/q/nothing"}) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", is("https://merit.id/problems/not-found")).body("instance", is(path));
        }
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void requestBodiesAndMethodsAreForwarded() {
        String body = "{\"name\":\"Dinas Pendidikan\"}";
        given().contentType("application/json").body(body).put("/api/v1/units/3")
                .then().statusCode(200).body("method", is("PUT")).body("bodyLength", is(body.length()));
    }

    @Test
    void theCallersRequestIdAndTraceReachTheUpstreamAndTheIdComesBack() {
        String parentSpan = "00f067aa0ba902b7";
        Response r = given().header("X-Request-Id", "req-abc-123").header("traceparent", "00-" + TRACE_ID + "-" + parentSpan + "-01")
                .get("/api/v1/units");
        r.then().statusCode(200).header("X-Request-Id", "req-abc-123")
                .body("headers.x-request-id", is("req-abc-123"))
                .body("headers.traceparent", matchesPattern("00-" + TRACE_ID + "-[0-9a-f]{16}-01"));
        assertNotEquals(parentSpan, r.jsonPath().getString("headers.traceparent").split("-")[2],
                "the gateway is a hop of its own: it sends its own span as parent");
    }

    @Test
    void withoutIdsTheGatewayStartsThemAndTellsTheCaller() {
        Response r = given().header("X-Request-Id", "bad id with spaces").get("/api/v1/units");
        r.then().statusCode(200).body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        String sent = r.jsonPath().getString("headers.x-request-id");
        assertEquals(r.header("X-Request-Id"), sent);
        assertNotEquals("bad id with spaces", sent);
    }

    @Test
    void forwardedHeadersComeFromTheTrustedViewOfTheClient() {
        // 127.0.0.1 (our peer) is a trusted proxy; 203.0.113.5 is not, so whatever it claims to its left is dropped.
        given().header("X-Forwarded-For", "198.51.100.9, 203.0.113.5").header("X-Forwarded-Proto", "gopher")
                .header("Forwarded", "for=6.6.6.6").get("/api/v1/units")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", is("203.0.113.5, 127.0.0.1"))
                .body("headers.x-forwarded-proto", is("http"))
                .body("headers.forwarded", matchesPattern("for=203\\.0\\.113\\.5;proto=http;host=\".+\""));
    }

    @Test
    void hopByHopHeadersAreNotPassedOnInEitherDirection() {
        given().header("Proxy-Authorization", "Basic c2VjcmV0").header("TE", "trailers")
                .header("X-Client-Hop", "1").header("Connection", "X-Client-Hop")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("headers.proxy-authorization", nullValue())
                .body("headers.te", nullValue())
                .body("headers.x-client-hop", nullValue())
                .header("X-Upstream-Secret", nullValue())
                .header("Keep-Alive", nullValue());
    }

    @Test
    void securityHeadersAreOnProxiedAnswersAndOnTheGatewaysOwn() {
        given().get("/api/v1/units").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Strict-Transport-Security", not(nullValue()));
        given().get("/api/v1/nothing-here").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }
}
