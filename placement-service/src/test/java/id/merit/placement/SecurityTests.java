package id.merit.placement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SecurityTests {
    static final String OWN_NIP = "198001012005011001";

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/vacancies").then().statusCode(401);
        given().get("/api/v1/talent/" + OWN_NIP).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = OWN_NIP))
    void anEmployeeSeesOnlyTheirOwnTalentBoxAndNothingElse() {
        given().get("/api/v1/talent/" + OWN_NIP).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/talent/198001012005011002").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/talent-pool").then().statusCode(403);
        given().get("/api/v1/vacancies").then().statusCode(403);
        given().get("/api/v1/proposals").then().statusCode(403);
        given().get("/api/v1/placement-runs").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsButChangesNothing() {
        given().get("/api/v1/vacancies").then().statusCode(200);
        given().get("/api/v1/proposals").then().statusCode(200);
        given().get("/api/v1/placement-runs").then().statusCode(200);
        given().get("/api/v1/talent-pool").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"positionId\":\"" + UUID.randomUUID() + "\",\"tmt\":\"2026-07-01\"}")
                .post("/api/v1/vacancies").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\",\"reason\":\"x\",\"decisionRef\":\"y\"}")
                .post("/api/v1/proposals/" + UUID.randomUUID() + "/decision").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "board", roles = "placement-board")
    void theBoardDecidesButDoesNotManageVacanciesRunsOrProposals() {
        given().contentType(ContentType.JSON).body("{\"positionId\":\"" + UUID.randomUUID() + "\",\"tmt\":\"2026-07-01\"}")
                .post("/api/v1/vacancies").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"vacancyIds\":[\"" + UUID.randomUUID() + "\"],\"candidateNips\":[\"" + OWN_NIP + "\"]}")
                .post("/api/v1/placement-runs").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"vacancyId\":\"" + UUID.randomUUID() + "\",\"nip\":\"" + OWN_NIP + "\"}")
                .post("/api/v1/proposals").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"decision\":\"APPROVE\",\"reason\":\"x\",\"decisionRef\":\"y\"}")
                .post("/api/v1/proposals/" + UUID.randomUUID() + "/decision").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminCannotDecide() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"decision\":\"APPROVE\",\"reason\":\"x\",\"decisionRef\":\"y\"}")
                .post("/api/v1/proposals/" + UUID.randomUUID() + "/decision").then().statusCode(403).body("status", is(403));
    }

    @Test
    @TestSecurity(user = "integration", roles = "integration")
    void otherRolesAreRefused() {
        given().get("/api/v1/vacancies").then().statusCode(403);
        given().get("/api/v1/talent/" + OWN_NIP).then().statusCode(403);
    }
}
