package id.merit.placement;

import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.merit.placement.DevelopmentTests.DEV;
import static id.merit.placement.DevelopmentTests.YEAR;
import static id.merit.placement.DevelopmentTests.levels;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * A supervisor's team view of development: their people in service (employee-service's supervisorNip, kept as a
 * column by the projection), each with the year's plan or none and JP against the minimum (20); a retired one and
 * someone else's people left out. The steps build on each other, hence the order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevelopmentTeamTests {
    static final String SUPERVISOR = "197505052005012100";
    static final String PLANNED = "197505052005012101";
    static final String TRAINED = "197505052005012102";
    static final String RETIRED = "197505052005012103";
    static final String ELSEWHERE = "197505052005012104";
    static final String OTHER_SUPERVISOR = "197505052005012199";
    static final String TEAM = DEV + SUPERVISOR + "/team";

    @Test
    @Order(1)
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void seed() {
        UUID u = DevSeed.unit(DevelopmentTests.code("TEAM"), null);
        UUID pos = DevSeed.position(u, "PELAKSANA", levels("INTEGRITAS", 3, "KERJA_SAMA", 3), "II/a");
        DevSeed.employee(SUPERVISOR, u, pos, null, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 80.0, null, 1);
        DevSeed.employee(PLANNED, u, pos, SUPERVISOR, levels("INTEGRITAS", 2, "KERJA_SAMA", 3), 70.0, null, 1);
        // 24 JP this year (over the minimum of 20) and 10 last year, which do not count for this year.
        DevSeed.employee(TRAINED, u, pos, SUPERVISOR, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 70.0, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 1, 12), 24),
                new DevSeed.Training(LocalDate.of(YEAR - 1, 5, 1), LocalDate.of(YEAR - 1, 5, 2), 10)}, 1);
        DevSeed.employee(RETIRED, u, pos, SUPERVISOR, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 70.0, null, 1);
        DevSeed.employee(ELSEWHERE, u, pos, OTHER_SUPERVISOR, levels("INTEGRITAS", 3, "KERJA_SAMA", 3), 70.0, null, 1);
        DevSeed.awaitPositions(pos);
        for (String n : List.of(SUPERVISOR, PLANNED, TRAINED, RETIRED, ELSEWHERE)) {
            DevSeed.awaitEmployee(n, 1);
        }
        TopicWriter.send(Seed.EMPLOYEES, RETIRED, "id.merit.employee.deactivated.v1", "{\"nip\":\"" + RETIRED + "\",\"status\":\"RETIRED\",\"version\":2}");
        DevSeed.awaitEmployee(RETIRED, 2);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "atasan", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SUPERVISOR))
    void theSupervisorSeesEachOfTheirPeoplesPlanAndHours() {
        given().contentType("application/json").body("{}").post(DEV + PLANNED + "/plans/" + YEAR).then().statusCode(201);
        given().get(TEAM + "?year=" + YEAR).then().statusCode(200)
                .body("supervisorNip", is(SUPERVISOR)).body("year", is(YEAR))
                .body("members.items.nip", contains(PLANNED, TRAINED)).body("members.totalItems", is(2))
                .body("members.items[0].name", is("Pegawai 101"))
                .body("members.items[0].plan.state", is("DRAFT")).body("members.items[0].plan.stateLabel", is("Draf"))
                .body("members.items[0].hours.completedJp", is(0)).body("members.items[0].hours.shortfallJp", is(20))
                .body("members.items[1].plan", nullValue())
                .body("members.items[1].hours.completedJp", is(24)).body("members.items[1].hours.completedMeetsMinimum", is(true))
                .body("withoutPlan", is(1)).body("draft", is(1)).body("agreed", is(0)).body("belowMinimumJp", is(1));
        // Without a year: the current one. Last year: no plans, the 10 JP of then.
        given().get(TEAM).then().statusCode(200).body("year", is(YEAR)).body("members.totalItems", is(2));
        given().get(TEAM + "?year=" + (YEAR - 1)).then().statusCode(200)
                .body("members.items[1].hours.completedJp", is(10)).body("withoutPlan", is(2)).body("belowMinimumJp", is(2));
        given().get(TEAM + "?size=1&page=1").then().statusCode(200)
                .body("members.items.nip", contains(TRAINED)).body("members.totalPages", is(2)).body("draft", is(1));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = PLANNED))
    void someoneInTheTeamMayNotReadIt() {
        given().get(TEAM).then().statusCode(403).contentType("application/problem+json");
        // Their own team is empty: nobody reports to them.
        given().get(DEV + PLANNED + "/team").then().statusCode(200).body("members.totalItems", is(0)).body("withoutPlan", is(0));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminReadsAnyTeamAndBadInputIsRefused() {
        given().get(TEAM).then().statusCode(200).body("members.items.nip", contains(PLANNED, TRAINED));
        given().get(DEV + OTHER_SUPERVISOR + "/team").then().statusCode(200).body("members.items.nip", contains(ELSEWHERE));
        given().get(DEV + "12345/team").then().statusCode(400).contentType("application/problem+json");
        given().get(TEAM + "?year=1999").then().statusCode(400).contentType("application/problem+json");
        given().get(TEAM + "?size=201").then().statusCode(400).contentType("application/problem+json");
    }
}
