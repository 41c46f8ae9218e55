package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ObservabilityTests {
    /** Prometheus text on the management interface: a port of its own (a free one in tests), never the public one. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void readinessAggregatesEveryUpstream() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].name", is("upstreams"))
                .body("checks[0].data.employee", is("UP")).body("checks[0].data.appraisal", is("UP"))
                .body("checks[0].data.feedback", is("UP")).body("checks[0].data.placement", is("UP"));
    }

    @Test
    @TestSecurity(user = "metrics", roles = "hr-admin")
    void requestsAreCountedPerRouteWithALatencyHistogram() {
        given().get("/api/v1/positions").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("merit_gateway_requests_seconds_count{route=\"employee\",status=\"2xx\"}"))
                .body(containsString("merit_gateway_requests_seconds_bucket{route=\"employee\",status=\"2xx\""))
                // fixed buckets, 1 ms to the 30 s route timeout
                .body(containsString("merit_gateway_requests_seconds_bucket{route=\"employee\",status=\"2xx\",le=\"0.001\"}"))
                .body(containsString("merit_gateway_requests_seconds_bucket{route=\"employee\",status=\"2xx\",le=\"30.0\"}"));
    }

    @Test
    @TestSecurity(user = "metrics-errors", roles = "hr-admin")
    void upstreamFailuresAreCountedPerRoute() {
        given().get("/api/v1/test-edge/stall").then().statusCode(504);
        given().get(metrics).then().statusCode(200)
                .body(containsString("merit_gateway_upstream_errors_total{kind=\"timeout\",route=\"edge\"}"));
    }

    /**
     * DESIGN §6: anonymous callers reach only the public feedback routes, health and the API docs. The public port
     * does not serve metrics at all — a plain 404 to anyone, no token asked for — while health stays on it (the
     * launcher, the probes and the end-to-end tests read /q/health there) and is not on the management port.
     */
    @Test
    void thePublicPortServesNoMetricsAndHealthStaysOnIt() {
        assertNotEquals(gateway.getPort(), metrics.getPort(), "metrics on a port of their own");
        given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("merit_gateway_requests_seconds")))
                .body(not(containsString("jvm_")));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health").then().statusCode(oneOf(200, 503)).body("checks.name", hasItem("upstreams"));
        given().get(metrics.toString().replace("/q/metrics", "/q/health/live")).then().statusCode(404);
    }
}
