package id.merit.infra.test;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every Merit service promises its operators, inherited by each service's {@code @QuarkusTest HealthTests}:
 * readiness that covers the database and the broker, metrics, and an API document.
 */
public abstract class ServiceContractTests {
    @Test
    public void readinessCoversTheDatabaseAndTheKafkaBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    public void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    public void theApiDocumentIsServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
    }

    @Test
    public void prometheusMetricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("merit_outbox_pending"));
    }
}
