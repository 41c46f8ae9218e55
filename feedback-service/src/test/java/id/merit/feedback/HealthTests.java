package id.merit.feedback;

import id.merit.infra.test.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class HealthTests extends ServiceContractTests {
    @Test
    void theApiDocumentSaysWhichYearAPerYearReadAnswersWithoutOne() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/feedback/employees/{nip}/summary", "/api/v1/feedback/employees/{nip}/public",
                "/api/v1/feedback/units/{unitId}/ikm")) {
            Map<String, Object> year = doc.getMap("paths.'" + path + "'.get.parameters.find { it.name == 'year' }");
            assertThat(path, year, hasEntry("in", "query"));
            assertThat(path, year.get("required"), not(is(true)));
            assertThat(path, (String) year.get("description"), containsString("defaults to the current year in MERIT_FEEDBACK_ZONE"));
        }
        // The task list's year is a filter, not a default: without it, every year.
        Map<String, Object> filter = doc.getMap("paths.'/api/v1/feedback/tasks'.get.parameters.find { it.name == 'year' }");
        assertThat(filter.get("required"), not(is(true)));
        assertThat((String) filter.get("description"), allOf(containsString("every year"), not(containsString("defaults"))));
    }
}
