package id.merit.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(FakeUpstream.class)
class RoutingTests {
    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void eachPrefixReachesItsService() {
        given().get("/api/v1/units").then().statusCode(200).body("upstream", is("employee")).body("path", is("/api/v1/units"));
        given().get("/api/v1/employees/198609262015051001").then().statusCode(200).body("upstream", is("employee"));
        given().get("/api/v1/skp/42").then().statusCode(200).body("upstream", is("appraisal"));
        given().get("/api/v1/peer-rounds").then().statusCode(200).body("upstream", is("feedback"));
        given().get("/api/v1/vacancies/7/candidates").then().statusCode(200).body("upstream", is("placement"));
    }

    @Test
    void theApiNeedsAToken() {
        given().get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void publicFeedbackRoutesAreAnonymousAndTheBearerTokenIsRelayed() {
        given().get("/api/v1/public/tokens/ABC123").then().statusCode(200).body("upstream", is("feedback"));
        given().header("Authorization", "Bearer abc").get("/f/ABC123").then().statusCode(200)
                .body("upstream", is("feedback")).body("authorization", is("Bearer abc"));
    }
}
