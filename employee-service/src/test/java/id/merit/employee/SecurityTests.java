package id.merit.employee;

import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.TrainingType;
import id.merit.employee.service.TrainingData;
import id.merit.employee.service.TrainingService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Who may do what (DESIGN §6): hr-admin writes; an employee reads self and subordinates; integration and auditor read. */
@QuarkusTest
class SecurityTests {
    // Fixed numbers so the token's nip claim can name them; written once per JVM by whichever test runs first.
    static final String SELF = "198001012005011001";
    static final String OTHER = "198102022006021002";
    static final String HEAD = "197503032000031003";

    @Inject
    Seed seed;
    @Inject
    TrainingService trainings;

    private void scene() {
        if (Seed.read(() -> Employee.findById(SELF) != null)) {
            return;
        }
        UUID unit = seed.unit("Seksi Keamanan", null);
        UUID head = seed.position(unit, PositionType.PENGAWAS, 1);
        UUID staff = seed.position(unit, PositionType.PELAKSANA, 5);
        seed.head(unit, head);
        for (String nip : new String[]{SELF, OTHER, HEAD}) {
            seed.employee(nip, "Pegawai " + nip.substring(0, 4));
        }
        seed.place(HEAD, head, LocalDate.of(2020, 1, 2));
        seed.place(SELF, staff, LocalDate.of(2020, 1, 2));
        trainings.create(SELF, new TrainingData("Diklat Dasar", TrainingType.DIKLAT, null, LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 2, 5), 24, List.of("INTEGRITAS"), null));
    }

    private static String trainings(String nip) {
        return "/api/v1/employees/" + nip + "/trainings";
    }

    private static void refusedTrainingWrites(String nip) {
        String body = TrainingTests.training("2025-02-03", "2025-02-04", 8);
        String item = trainings(nip) + "/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(body).post(trainings(nip)).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(item).then().statusCode(403);
        given().header("If-Match", "\"0\"").delete(item).then().statusCode(403);
    }

    private static String newEmployee() {
        String nip = Seed.nip(id.merit.employee.domain.EmploymentType.PNS, id.merit.employee.domain.Sex.MALE);
        return EmployeeTests.body(nip, "Baru");
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SELF))
    void anEmployeeReadsTheirOwnRecord() {
        scene();
        given().get("/api/v1/employees/" + SELF).then().statusCode(200).body("nip", is(SELF));
        given().get("/api/v1/employees/" + SELF + "/supervisor").then().statusCode(200).body("nip", is(HEAD));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SELF))
    void anEmployeeCannotReadAnotherEmployee() {
        scene();
        given().get("/api/v1/employees/" + OTHER).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/employees/" + HEAD).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "atasan", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = HEAD))
    void aSupervisorReadsTheirSubordinate() {
        scene();
        given().get("/api/v1/employees/" + SELF).then().statusCode(200).body("supervisorNip", is(HEAD));
    }

    @Test
    @TestSecurity(user = "atasan", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = HEAD))
    void aSupervisorListsTheirTeam() {
        scene();
        given().get("/api/v1/employees/" + HEAD + "/reports").then().statusCode(200)
                .body("items.nip", org.hamcrest.Matchers.contains(SELF));
        // A subordinate's own (empty) team is theirs to read as well; another's is not.
        given().get("/api/v1/employees/" + SELF + "/reports").then().statusCode(200).body("totalItems", is(0));
        given().get("/api/v1/employees/" + OTHER + "/reports").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SELF))
    void anEmployeeCannotListTheirSupervisorsTeam() {
        scene();
        given().get("/api/v1/employees/" + HEAD + "/reports").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/employees/" + SELF + "/reports").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SELF))
    void anEmployeeNeitherWritesNorSearches() {
        scene();
        given().contentType(ContentType.JSON).body(newEmployee()).post("/api/v1/employees").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(EmployeeTests.body(SELF, "X"))
                .put("/api/v1/employees/" + SELF).then().statusCode(403);
        given().get("/api/v1/employees").then().statusCode(403);
        given().post("/api/v1/registry/employees/" + SELF + "/sync").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SELF))
    void anEmployeeReadsTheirOwnTrainingsOnlyAndWritesNone() {
        scene();
        given().get(trainings(SELF) + "?year=2025").then().statusCode(200).body("totalHours", is(24)).body("items", hasSize(1));
        String id = given().get(trainings(SELF)).then().extract().path("items[0].id");
        given().get(trainings(SELF) + "/" + id).then().statusCode(200);
        given().get(trainings(OTHER)).then().statusCode(403).contentType("application/problem+json");
        given().get(trainings(HEAD) + "?year=2025").then().statusCode(403);
        refusedTrainingWrites(SELF);
    }

    @Test
    @TestSecurity(user = "atasan", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = HEAD))
    void aSupervisorReadsTheirSubordinatesTrainingsButDoesNotWriteThem() {
        scene();
        given().get(trainings(SELF)).then().statusCode(200).body("items[0].title", is("Diklat Dasar"));
        refusedTrainingWrites(SELF);
    }

    @Test
    @TestSecurity(user = "sistem-lain", roles = "integration")
    void integrationReadsTrainingsButDoesNotWriteThem() {
        scene();
        given().get(trainings(SELF)).then().statusCode(200).body("items", hasSize(1));
        refusedTrainingWrites(SELF);
    }

    @Test
    @TestSecurity(user = "inspektorat", roles = "auditor")
    void auditorReadsTrainingsButDoesNotWriteThem() {
        scene();
        given().get(trainings(SELF)).then().statusCode(200);
        refusedTrainingWrites(SELF);
    }

    @Test
    @TestSecurity(user = "baperjakat", roles = "placement-board")
    void thePlacementBoardNeitherReadsNorWritesTrainings() {
        scene();
        given().get(trainings(SELF)).then().statusCode(403);
        refusedTrainingWrites(SELF);
    }

    @Test
    @TestSecurity(user = "sistem-lain", roles = "integration")
    void integrationReadsButDoesNotWrite() {
        scene();
        given().get("/api/v1/employees/" + OTHER).then().statusCode(200);
        given().get("/api/v1/employees").then().statusCode(200);
        given().contentType(ContentType.JSON).body(newEmployee()).post("/api/v1/employees").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"code\":\"X1\",\"name\":\"X\"}").post("/api/v1/units").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "inspektorat", roles = "auditor")
    void auditorReadsButDoesNotWrite() {
        scene();
        given().get("/api/v1/employees/" + OTHER).then().statusCode(200);
        given().contentType(ContentType.JSON).body(newEmployee()).post("/api/v1/employees").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"nips\":[\"" + SELF + "\"]}").post("/api/v1/registry/jobs").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "baperjakat", roles = "placement-board")
    void thePlacementBoardDoesNotReadEmployeeRecordsHere() {
        scene();
        given().get("/api/v1/employees/" + OTHER).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminReadsAndWrites() {
        scene();
        given().get("/api/v1/employees/" + OTHER).then().statusCode(200);
        given().contentType(ContentType.JSON).body(newEmployee()).post("/api/v1/employees").then().statusCode(201);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/employees/" + SELF).then().statusCode(401);
        given().get("/api/v1/positions").then().statusCode(401);
        given().get("/api/v1/registry/jobs/" + UUID.randomUUID()).then().statusCode(401);
        given().get(trainings(SELF)).then().statusCode(401);
    }
}
