package id.merit.placement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class TalentTests {

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void theTalentPoolOfAUnitListsBoxesSevenToNineOnly() {
        World w = World.create();
        // A: SANGAT_BAIK (ABOVE) x potential 85 (HIGH) = box 9; C: same = 9; B: BAIK (MEETS) x 70 (MEDIUM) = 5.
        given().queryParam("unitId", w.unit2()).get("/api/v1/talent-pool").then().statusCode(200)
                .body("items.nip", is(List.of(w.a(), w.c()).stream().sorted().toList()))
                .body("items.classification.box", is(List.of(9, 9))).body("totalItems", is(2));
        given().get("/api/v1/talent/" + w.b()).then().statusCode(200)
                .body("classification.box", is(5)).body("classification.talentPool", is(false))
                .body("classification.recommendation", is(List.of("FITTING_PLACEMENT", "COACHING", "DEVELOPMENT")))
                .body("latestYear", is(2025)).body("latestPredikat", is("BAIK"));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = "198501152010031777"))
    void anEmployeeReadsTheirOwnBox() {
        String nip = "198501152010031777";
        String json = Seed.employeeJson(nip, java.util.UUID.randomUUID(), "ACTIVE", 3, 3, 65.0, 1);
        id.merit.infra.test.TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1", json);
        Seed.predikat(nip, 2025, "SANGAT_BAIK");
        Seed.await(java.time.Duration.ofSeconds(30), () -> given().get("/api/v1/talent/" + nip).statusCode() == 200
                && given().get("/api/v1/talent/" + nip).path("classification") != null);
        // SANGAT_BAIK (ABOVE) x potential 65 (MEDIUM) = box 7.
        given().get("/api/v1/talent/" + nip).then().statusCode(200).body("classification.box", is(7))
                .body("classification.talentPool", is(true));
    }
}
