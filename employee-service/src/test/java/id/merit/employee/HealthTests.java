package id.merit.employee;

import id.merit.infra.test.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class HealthTests extends ServiceContractTests {
    @Test
    void theApiDocumentListsTheUnitEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey("/api/v1/units"));
    }

    @Test
    void theApiDocumentListsEveryResourceUnderTheGatewayPrefixes() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/units/{id}"))
                .body("paths", hasKey("/api/v1/positions"))
                .body("paths", hasKey("/api/v1/employees/{nip}/supervisor"))
                .body("paths", hasKey("/api/v1/registry/jobs/{id}"))
                .body("paths", hasKey("/api/v1/registry/imports"));
    }
}
