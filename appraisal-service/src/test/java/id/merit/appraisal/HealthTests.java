package id.merit.appraisal;

import id.merit.infra.test.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class HealthTests extends ServiceContractTests {
    @Test
    void theApiDocumentSaysWhichYearAPerYearReadAnswersWithoutOneAndThatAWriteNeedsOne() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/appraisals/units/{unitId}/distribution", "/api/v1/appraisals/units/{unitId}/progress",
                "/api/v1/appraisals/employees/{nip}/team")) {
            Map<String, Object> year = doc.getMap("paths.'" + path + "'.get.parameters.find { it.name == 'year' }");
            assertThat(path, year, hasEntry("in", "query"));
            assertThat(path, year.get("required"), not(is(true)));
            assertThat(path, (String) year.get("description"), containsString("defaults to the current year in MERIT_APPRAISAL_ZONE"));
        }
        for (String write : List.of("paths.'/api/v1/appraisals/units/{unitId}/result'.put",
                "paths.'/api/v1/appraisals/units/{unitId}/finalization'.post")) {
            Map<String, Object> year = doc.getMap(write + ".parameters.find { it.name == 'year' }");
            assertThat(write, year.get("required"), is(true));
            assertThat(write, (String) year.get("description"), not(containsString("defaults")));
        }
    }
}
