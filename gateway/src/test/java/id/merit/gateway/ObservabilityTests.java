package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ObservabilityTests {
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
        given().get("/q/metrics").then().statusCode(200)
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
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("merit_gateway_upstream_errors_total{kind=\"timeout\",route=\"edge\"}"));
    }
}
