package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The "flaky" and "edge" routes (test profile only) lead to fake services that fail on purpose. */
@QuarkusTest
@TestSecurity(user = "resilience", roles = "hr-admin")
class ResilienceTests {
    @Test
    void whileAnUpstreamIsDownTheBreakerAnswers503FastAndRecoversWhenItReturns() throws Exception {
        given().get("/api/v1/test-flaky/items").then().statusCode(200);
        FakeUpstream.stopFlaky();
        try {
            // failure-threshold=3 in the test profile: three real attempts, then the breaker answers by itself.
            for (int i = 0; i < 3; i++) {
                given().get("/api/v1/test-flaky/items").then().statusCode(502)
                        .contentType("application/problem+json").body("type", is("https://merit.id/problems/upstream-error"));
            }
            given().get("/api/v1/test-flaky/items").then().statusCode(503).time(lessThan(200L))
                    .contentType("application/problem+json")
                    .body("type", is("https://merit.id/problems/upstream-unavailable")).body("status", is(503))
                    .header("Retry-After", "1");
            given().get("/q/health/ready").then().statusCode(503).body("checks[0].data.flaky", is("DOWN"));
        } finally {
            FakeUpstream.startFlaky();
        }
        Await.until(Duration.ofSeconds(10), () -> given().get("/api/v1/test-flaky/items").statusCode() == 200);
        given().get("/api/v1/test-flaky/items").then().statusCode(200).body("upstream", is("flaky"));
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].data.flaky", is("UP"));
    }

    @Test
    void anIdempotentRequestIsRetriedWhenTheUpstreamDropsTheConnection() {
        String path = "/api/v1/test-edge/reset-once/get-" + System.nanoTime();
        given().get(path).then().statusCode(200).body("upstream", is("edge"));
        assertEquals(2, hits(path));
    }

    @Test
    void aPostIsNeverRetried() {
        String path = "/api/v1/test-edge/reset-once/post-" + System.nanoTime();
        given().contentType("application/json").body("{}").post(path).then().statusCode(502)
                .contentType("application/problem+json");
        assertEquals(1, hits(path));
    }

    @Test
    void anUpstreamSilentBeyondTheRouteTimeoutGets504() {
        // The edge route's timeout is 1 s in the test profile.
        given().get("/api/v1/test-edge/stall").then().statusCode(504).time(lessThan(5000L))
                .contentType("application/problem+json").body("type", is("https://merit.id/problems/upstream-timeout"));
    }

    private static int hits(String path) {
        AtomicInteger n = FakeUpstream.HITS.get(path);
        return n == null ? 0 : n.get();
    }
}
