package id.merit.placement;

import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.merit.placement.DevelopmentTests.DEV;
import static id.merit.placement.DevelopmentTests.YEAR;
import static id.merit.placement.DevelopmentTests.levels;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who sees and changes development data: the employee reads their own, the supervisor (employee-service's
 * supervisorNip) reads and agrees their staff's plans, hr-admin everything; everyone else 403. The steps build on
 * each other (one plan, several callers), hence the order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevelopmentAccessTests {
    static final String EMPLOYEE = "197505052005011901";
    static final String SUPERVISOR = "197505052005011902";
    static final String OTHER = "197505052005011903";
    static UUID near;

    @Test
    @Order(1)
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void seed() {
        UUID u = DevSeed.unit(DevelopmentTests.code("ACC"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3, "KERJA_SAMA", 3), "III/a");
        // (2 + 3) / 8 = 62.5 %, Kurang Memenuhi Syarat; closing Integritas by 3 levels reaches it: "close to qualifying".
        near = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 5, "KERJA_SAMA", 3), "III/c");
        DevSeed.employee(EMPLOYEE, u, pos, SUPERVISOR, levels("INTEGRITAS", 2, "KERJA_SAMA", 3), 85.0, null, 1);
        DevSeed.employee(SUPERVISOR, u, pos, null, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 85.0, null, 1);
        DevSeed.employee(OTHER, u, pos, SUPERVISOR, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 60.0, null, 1);
        DevSeed.appraisal(EMPLOYEE, YEAR - 1, "SANGAT_BAIK", 1, Set.of());
        DevSeed.appraisal(EMPLOYEE, YEAR - 2, "BAIK", 1, Set.of("LOYAL"));
        DevSeed.awaitPositions(pos, near);
        for (String n : List.of(EMPLOYEE, SUPERVISOR, OTHER)) {
            DevSeed.awaitEmployee(n, 1);
        }
        DevSeed.awaitPredikat(EMPLOYEE, YEAR - 1, 1);
        DevSeed.awaitPredikat(EMPLOYEE, YEAR - 2, 1);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "atasan", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SUPERVISOR))
    void theSupervisorCreatesAndAgreesTheirStaffsPlan() {
        given().get(DEV + EMPLOYEE + "/gaps").then().statusCode(200).body("current.totalGap", is(1));
        JsonPath p = given().contentType("application/json").body("{\"targetPositionId\":\"" + near + "\"}").post(DEV + EMPLOYEE + "/plans/" + YEAR)
                .then().statusCode(201).extract().jsonPath();
        // Against the target Integritas 5 the gap is 3 (the wider of 1 and 3).
        assertEquals(List.of("INTEGRITAS"), p.getList("items.focus"));
        assertEquals(30, p.getInt("items[0].suggestedJp"));
        given().header("If-Match", "\"" + p.getLong("version") + "\"").post(DEV + EMPLOYEE + "/plans/" + YEAR + "/agree").then().statusCode(200)
                .body("state", is("AGREED")).body("stateLabel", is("Disepakati atasan")).body("agreedBy", is("atasan"));
        // Agreeing twice is a state error, not a silent success.
        given().header("If-Match", "\"" + (p.getLong("version") + 1) + "\"").post(DEV + EMPLOYEE + "/plans/" + YEAR + "/agree").then().statusCode(409)
                .contentType("application/problem+json");
        // The supervisor's own plan is not theirs to make (they have no supervisor here) and they see no-one else's data.
        given().contentType("application/json").body("{}").post(DEV + SUPERVISOR + "/plans/" + YEAR).then().statusCode(403);
        given().get(DEV + "training-needs").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = EMPLOYEE))
    void theEmployeeReadsOnlyTheirOwnAndChangesNothing() {
        given().get(DEV + EMPLOYEE + "/plans/" + YEAR).then().statusCode(200).body("state", is("AGREED"));
        given().get(DEV + EMPLOYEE + "/gaps").then().statusCode(200);
        given().get(DEV + EMPLOYEE + "/reachable-positions").then().statusCode(200);
        given().get(DEV + OTHER + "/plans/" + YEAR).then().statusCode(403).contentType("application/problem+json");
        given().get(DEV + OTHER + "/gaps").then().statusCode(403).contentType("application/problem+json");
        given().get(DEV + OTHER + "/reachable-positions").then().statusCode(403);
        given().get(DEV + "197505052005019999/gaps").then().statusCode(403);
        given().header("If-Match", "\"1\"").post(DEV + EMPLOYEE + "/plans/" + YEAR + "/recommendations/apply").then().statusCode(403);
        given().contentType("application/json").body("{}").post(DEV + EMPLOYEE + "/plans/" + (YEAR + 1)).then().statusCode(403);
        given().get(DEV + "training-needs").then().statusCode(403);
        given().get(DEV + "below-minimum-jp").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = EMPLOYEE))
    void myDevelopmentShowsEverythingInIndonesianLabels() {
        given().get(DEV + "me").then().statusCode(200)
                .body("nip", is(EMPLOYEE)).body("year", is(YEAR))
                // Kerja Sama met, Integritas 2 of 3: (2 + 3) / 6 = 83.3 %.
                .body("currentPosition.jpmBefore.percent", is(83.3f))
                .body("currentPosition.jpmBefore.selectionLabel", is("Memenuhi Syarat"))
                .body("currentPosition.competencies.gap", is(List.of(1, 0)))
                // SANGAT_BAIK x potential 85 = box 9.
                .body("talent.box", is(9))
                .body("talent.meaning", containsString("Kotak 9: kinerja di atas ekspektasi, potensial tinggi"))
                .body("talent.recommendationLabels", is(List.of("Dipromosikan", "Dipertahankan")))
                .body("predikatHistory.year", is(List.of(YEAR - 1, YEAR - 2)))
                .body("predikatHistory[0].predikatLabel", is("Sangat Baik"))
                .body("predikatHistory[1].predikatLabel", is("Baik"))
                .body("plan.state", is("AGREED"))
                .body("recommendations", nullValue())
                .body("hours.minimumJp", is(20)).body("hours.completedJp", is(0)).body("hours.plannedJp", is(30))
                .body("closeToQualifying.positionId", hasItem(near.toString()))
                .body("closeToQualifying[0].explanation", notNullValue());
    }

    @Test
    @Order(5)
    @TestSecurity(user = "lain", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = OTHER))
    void aColleagueWhoIsNotTheSupervisorIsRefused() {
        given().get(DEV + EMPLOYEE + "/plans/" + YEAR).then().statusCode(403);
        given().header("If-Match", "\"1\"").post(DEV + EMPLOYEE + "/plans/" + YEAR + "/agree").then().statusCode(403).contentType("application/problem+json");
        given().header("If-Match", "\"1\"").contentType("application/json").body("{\"reason\":\"x\"}")
                .post(DEV + EMPLOYEE + "/plans/" + YEAR + "/items/" + UUID.randomUUID() + "/drop").then().statusCode(403);
        // Their own page works, with a preview of recommendations since they have no plan.
        given().get(DEV + "me").then().statusCode(200).body("plan", nullValue()).body("recommendations", notNullValue());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "board", roles = "placement-board")
    void otherRolesAreRefused() {
        given().get(DEV + EMPLOYEE + "/plans/" + YEAR).then().statusCode(403);
        given().get(DEV + EMPLOYEE + "/gaps").then().statusCode(403);
        given().get(DEV + "training-needs").then().statusCode(403);
        given().get(DEV + "me").then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsButChangesNothing() {
        given().get(DEV + EMPLOYEE + "/plans/" + YEAR).then().statusCode(200);
        given().get(DEV + "training-needs").then().statusCode(200);
        given().header("If-Match", "\"1\"").post(DEV + EMPLOYEE + "/plans/" + YEAR + "/recommendations/apply").then().statusCode(403);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void onceTheEmployeeHasRetiredTheirPlanIsReadNotChanged() {
        JsonPath p = given().contentType("application/json").body("{}").post(DEV + OTHER + "/plans/" + YEAR).then().statusCode(201)
                .extract().jsonPath();
        TopicWriter.send(Seed.EMPLOYEES, OTHER, "id.merit.employee.deactivated.v1",
                "{\"nip\":\"" + OTHER + "\",\"status\":\"RETIRED\",\"version\":2}");
        DevSeed.awaitEmployee(OTHER, 2);
        String ifMatch = "\"" + p.getLong("version") + "\"";
        given().header("If-Match", ifMatch).post(DEV + OTHER + "/plans/" + YEAR + "/agree").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("RETIRED"));
        given().header("If-Match", ifMatch).contentType("application/json")
                .body("{\"focus\":\"X\",\"focusLabel\":\"X\",\"activityType\":\"COURSE\",\"suggestedJp\":4,\"reason\":\"r\"}")
                .post(DEV + OTHER + "/plans/" + YEAR + "/items").then().statusCode(409);
        given().contentType("application/json").body("{}").post(DEV + OTHER + "/plans/" + (YEAR + 1)).then().statusCode(409);
        given().get(DEV + OTHER + "/plans/" + YEAR).then().statusCode(200).body("state", is("DRAFT"))
                .body("version", is((int) p.getLong("version")));
    }

    @Test
    @Order(8)
    void anonymousCallersAreRefused() {
        given().get(DEV + "me").then().statusCode(401);
        given().get(DEV + EMPLOYEE + "/gaps").then().statusCode(401);
    }
}
