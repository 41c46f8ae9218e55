package id.merit.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class BadInputTests {
    static final String POSITION = "00000000-0000-0000-0000-000000000001";

    private static long vacancies() {
        return QuarkusTransaction.requiringNew().call(() -> Vacancy.count());
    }

    private static long runs() {
        return QuarkusTransaction.requiringNew().call(() -> PlacementRun.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"positionId\":",
            "{\"positionId\":42,\"tmt\":\"2026-07-01\"}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"not a date\"}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\",\"requirements\":{\"minEducation\":\"PHD\"}}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\",\"requirements\":{\"maxAge\":-1}}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\",\"weights\":{\"jpm\":-1,\"education\":1,\"experience\":1,\"predikat\":1,\"talent\":1}}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\",\"note\":\"%LONG%\"}",
            "{\"tmt\":\"2026-07-01\"}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\",\"surprise\":1}",
            "{\"positionId\":\"" + POSITION + "\",\"tmt\":\"2026-07-01\"}"})
    void aBadVacancyIsA400ProblemAndNothingIsWritten(String body) {
        long before = vacancies();
        given().contentType(ContentType.JSON).body(body.replace("%LONG%", "x".repeat(1001))).post("/api/v1/vacancies")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, vacancies());
    }

    @Test
    void aRunForAnUnknownVacancyIs404AndNothingIsWritten() {
        long before = runs();
        given().contentType(ContentType.JSON).body("{\"vacancyIds\":[\"" + UUID.randomUUID() + "\"],\"candidateNips\":[\"198501152010031001\"]}")
                .post("/api/v1/placement-runs").then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, runs());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"vacancyIds\":[]}",
            "{\"vacancyIds\":[\"" + POSITION + "\"]}",
            "{\"vacancyIds\":[\"" + POSITION + "\"],\"candidateNips\":[\"198501152010031001\"],\"maxMovesPerUnit\":-1}",
            "{\"vacancyIds\":[\"" + POSITION + "\"],\"candidateNips\":[\"12345\"]}",
            "{\"vacancyIds\":\"all\",\"candidateNips\":[\"198501152010031001\"]}"})
    void aBadRunIsA400ProblemAndNothingIsWritten(String body) {
        long before = runs();
        given().contentType(ContentType.JSON).body(body).post("/api/v1/placement-runs").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, runs());
    }

    @Test
    void aHundredThousandItemPoolIsRefusedBeforeAnythingRuns() {
        long before = runs();
        String nips = IntStream.range(0, 100_000).mapToObj(i -> "\"1985011520100310" + String.format("%02d", i % 100) + "\"").collect(Collectors.joining(","));
        given().contentType(ContentType.JSON).body("{\"vacancyIds\":[\"" + POSITION + "\"],\"candidateNips\":[" + nips + "]}")
                .post("/api/v1/placement-runs").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, runs());
    }

    @Test
    void anEmptyPoolIs422AndNothingIsWritten() {
        World w = World.create();
        String v = PlacementTests.openVacancy(w.position1());
        long before = runs();
        given().contentType(ContentType.JSON).body("{\"vacancyIds\":[\"" + v + "\"],\"candidateNips\":[\"199901012020011999\"]}")
                .post("/api/v1/placement-runs").then().statusCode(422).contentType("application/problem+json");
        assertEquals(before, runs());
    }

    @Test
    void anUnknownVacancyIs404() {
        given().get("/api/v1/vacancies/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/vacancies/" + UUID.randomUUID() + "/candidates").then().statusCode(404);
        given().queryParam("limit", 0).get("/api/v1/vacancies/" + UUID.randomUUID() + "/candidates").then().statusCode(400);
    }

    @Test
    void aProposalWithAMalformedNipIs400() {
        given().contentType(ContentType.JSON).body("{\"vacancyId\":\"" + UUID.randomUUID() + "\",\"nip\":\"1\"}")
                .post("/api/v1/proposals").then().statusCode(400).body("status", is(400));
    }
}
