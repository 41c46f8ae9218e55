package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ApiDocsTests {
    @Test
    void oneDocumentHoldsEveryServicesRoutedPathsAndComponents() {
        given().get("/q/openapi").then().statusCode(200)
                .body("info.title", is("Merit API"))
                .body("paths.'/api/v1/units'.get.operationId", is("employeeList"))
                .body("paths.'/api/v1/skp'.get.operationId", is("appraisalList"))
                .body("paths.'/api/v1/peer-rounds'.get.operationId", is("feedbackList"))
                .body("paths.'/api/v1/vacancies'.get.operationId", is("placementList"))
                .body("paths.'/internal/employee'", nullValue())
                .body("components.schemas.Problem", notNullValue())
                .body("components.schemas.placementItem", notNullValue())
                .body("tags.name", hasItem("feedback"))
                .body("'x-merit-conflicts'", nullValue());
    }

    @Test
    void aServiceThatStopsAnsweringIsServedFromItsLastDocumentAndMarkedStale() throws Exception {
        given().get("/q/openapi").then().statusCode(200).body("paths.'/api/v1/test-flaky'", notNullValue());
        FakeUpstream.stopFlaky();
        try {
            given().get("/q/openapi").then().statusCode(200)
                    .body("paths.'/api/v1/units'", notNullValue())
                    .body("paths.'/api/v1/test-flaky'", notNullValue())
                    .body("'x-merit-stale'", hasItem("flaky"));
        } finally {
            FakeUpstream.startFlaky();
        }
    }

    @Test
    void swaggerUiAtTheGatewayShowsTheMergedDocument() {
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(302);
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("url: '/q/openapi'"));
        given().get("/openapi-ui/swagger-ui-bundle.js").then().statusCode(200);
    }
}
