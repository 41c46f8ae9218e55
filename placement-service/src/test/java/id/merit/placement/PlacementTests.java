package id.merit.placement;

import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PlacementTests {
    static final String TMT = "2026-07-01";

    static String openVacancy(UUID position) {
        return given().contentType(ContentType.JSON).body("{\"positionId\":\"" + position + "\",\"tmt\":\"" + TMT + "\"}")
                .post("/api/v1/vacancies").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse propose(String vacancy, String nip) {
        return given().contentType(ContentType.JSON).body("{\"vacancyId\":\"" + vacancy + "\",\"nip\":\"" + nip + "\"}").post("/api/v1/proposals").then();
    }

    static ValidatableResponse approve(String proposal, String ref) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"decision\":\"APPROVE\",\"reason\":\"best fit\",\"decisionRef\":\"" + ref + "\"}")
                .post("/api/v1/proposals/" + proposal + "/decision").then();
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void theRankingListsOnlyEligibleCandidatesBestFirstWithBreakdownsThatAddUp() {
        World w = World.create();
        String v = openVacancy(w.position1());
        var r = given().queryParam("unitId", w.unit2()).get("/api/v1/vacancies/" + v + "/candidates").then().statusCode(200);
        r.body("nip", is(List.of(w.a(), w.b()))).body("rank", is(List.of(1, 2)));
        // A by hand: JPM 100 x .40 + education 60 x .15 + experience 7.5 of 10 years (75) x .15
        // + predikat (100 + 75) / 2 x .20 + box 9 (100) x .10 = 87.75
        float total = r.extract().path("[0].score.total");
        assertEquals(87.75, total, 1e-4);
        List<Float> contributions = r.extract().path("[0].score.parts.contribution");
        assertEquals(total, contributions.stream().mapToDouble(Float::doubleValue).sum(), 1e-3);
        r.body("[0].score.parts.component", is(List.of("JPM", "EDUCATION", "EXPERIENCE", "PREDIKAT", "TALENT")));
    }

    /** An OPEN vacancy written straight to the database (no hr-admin caller needed), for eligibility reads. */
    static String storedVacancy(UUID positionId, String type, UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Vacancy x = new Vacancy();
            x.id = UUID.randomUUID();
            x.positionId = positionId;
            x.positionType = type;
            x.unitId = unitId;
            x.state = Vacancy.State.OPEN;
            x.tmt = java.time.LocalDate.parse(TMT);
            x.touch("test", java.time.OffsetDateTime.now());
            x.persist();
            return x.id.toString();
        });
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void eligibilitySaysWhichRulesFailForAPair() {
        World w = World.create();
        String v = storedVacancy(w.position1(), "ADMINISTRATOR", w.unit1());
        given().queryParam("vacancyId", v).queryParam("nip", w.c()).get("/api/v1/eligibility").then().statusCode(200)
                .body("eligibility.eligible", is(false))
                .body("eligibility.checks.findAll { !it.passed }.rule", is(List.of("PREDIKAT_RECENT_YEARS")))
                .body("eligibility.checks.find { it.rule == 'PREDIKAT_RECENT_YEARS' }.actual", containsString("2024:BUTUH_PERBAIKAN"));
        given().queryParam("vacancyId", v).queryParam("nip", w.a()).get("/api/v1/eligibility").then().statusCode(200)
                .body("eligibility.eligible", is(true)).body("score.parts.size()", is(5));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aPositionTypeMayHaveAPredikatRuleOfItsOwn() {
        // Test profile: JPT_PRATAMA needs SANGAT_BAIK in the last year only (the others: BAIK in each of the last two).
        World w = World.create();
        UUID jpt = DevSeed.position(w.unit1(), "JPT_PRATAMA", DevelopmentTests.levels("INTEGRITAS", 3), "IV/a");
        DevSeed.awaitPositions(jpt);
        String v = storedVacancy(jpt, "JPT_PRATAMA", w.unit1());
        String rule = "eligibility.checks.find { it.rule == 'PREDIKAT_RECENT_YEARS' }";
        // C: BUTUH_PERBAIKAN in 2024 fails the ADMINISTRATOR rule (above), but only 2025 (SANGAT_BAIK) counts here.
        given().queryParam("vacancyId", v).queryParam("nip", w.c()).get("/api/v1/eligibility").then().statusCode(200)
                .body(rule + ".passed", is(true)).body(rule + ".required", containsString("SANGAT_BAIK in each of the last 1 years"))
                .body(rule + ".actual", not(containsString("2024")));
        // B: BAIK in 2025 meets the global rule, not this type's.
        given().queryParam("vacancyId", v).queryParam("nip", w.b()).get("/api/v1/eligibility").then().statusCode(200)
                .body(rule + ".passed", is(false)).body(rule + ".actual", containsString("2025:BAIK"));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aRunAssignsTheOptimumAndIsStoredWithItsInputsAndSolveTime() {
        World w = World.create();
        String v1 = openVacancy(w.position1());
        String v2 = openVacancy(w.position2());
        String body = "{\"vacancyIds\":[\"" + v1 + "\",\"" + v2 + "\"],\"candidateNips\":[\"" + w.a() + "\",\"" + w.b() + "\",\"" + w.c() + "\"]}";
        var r = given().contentType(ContentType.JSON).body(body).post("/api/v1/placement-runs").then().statusCode(201)
                .body("assigned", is(2)).body("status", is("OPTIMAL")).body("method", is("MIN_COST_FLOW"))
                .body("eligiblePairs", is(4)).body("poolSize", is(3))
                .body("assignments.nip", not(hasItem(w.c())));
        String id = r.extract().path("id");
        float total = r.extract().path("totalScore");
        List<Float> scores = r.extract().path("assignments.score");
        assertEquals(total, scores.stream().mapToDouble(Float::doubleValue).sum(), 1e-3);
        given().get("/api/v1/placement-runs/" + id).then().statusCode(200).body("vacancyIds", is(List.of(v1, v2))).body("assigned", is(2));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aMoveLimitOfZeroKeepsEveryoneInTheirUnit() {
        World w = World.create();
        String v1 = openVacancy(w.position1());
        given().contentType(ContentType.JSON)
                .body("{\"vacancyIds\":[\"" + v1 + "\"],\"unitIds\":[\"" + w.unit2() + "\"],\"maxMovesPerUnit\":0}")
                .post("/api/v1/placement-runs").then().statusCode(201).body("assigned", is(0)).body("unfilledVacancyIds", is(List.of(v1)));
    }

    @Test
    @TestSecurity(user = "board.hr", roles = {"hr-admin", "placement-board"})
    void approvalPublishesPlacementApprovedThroughTheOutbox() {
        World w = World.create();
        String v = openVacancy(w.position1());
        String p = propose(v, w.a()).statusCode(201).body("state", is("PROPOSED")).extract().path("id");
        approve(p, "800/12/BKPSDM/2026").statusCode(200).body("state", is("APPROVED"));
        given().get("/api/v1/vacancies/" + v).then().body("state", is("FILLED"));

        ConsumerRecord<String, String> r = TopicReader.await("merit.placements.v1", rec -> w.a().equals(rec.key()), Duration.ofSeconds(30));
        assertEquals("id.merit.placement.approved.v1", TopicReader.header(r, "ce_type"));
        EventSchemas.assertValid("events/placement.approved.schema.json", r.value());
        Map<String, Object> data = io.restassured.path.json.JsonPath.from(r.value()).getMap("");
        assertEquals(p, data.get("proposalId"));
        assertEquals(w.position1().toString(), data.get("positionId"));
        assertEquals(w.unit1().toString(), data.get("unitId"));
        assertEquals(TMT, data.get("tmt"));
        assertEquals("800/12/BKPSDM/2026", data.get("decisionRef"));
    }

    @Test
    @TestSecurity(user = "board.hr", roles = {"hr-admin", "placement-board"})
    void aPersonOrASeatAlreadyTakenByAnApprovalIsAConflict() {
        World w = World.create();
        String v1 = openVacancy(w.position1());
        String v2 = openVacancy(w.position2());
        String aForV1 = propose(v1, w.a()).statusCode(201).extract().path("id");
        String bForV1 = propose(v1, w.b()).statusCode(201).extract().path("id");
        String aForV2 = propose(v2, w.a()).statusCode(201).extract().path("id");
        approve(aForV1, "SK-1").statusCode(200);
        approve(bForV1, "SK-2").statusCode(409).contentType("application/problem+json");
        approve(aForV2, "SK-3").statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/proposals/" + bForV1).then().body("state", is("PROPOSED"));
        given().get("/api/v1/proposals/" + aForV2).then().body("state", is("PROPOSED"));
        given().get("/api/v1/vacancies/" + v2).then().body("state", is("PROPOSED"));
    }

    @Test
    @TestSecurity(user = "board.hr", roles = {"hr-admin", "placement-board"})
    void anIneligiblePersonCannotBeProposedAndARejectionReopensTheVacancy() {
        World w = World.create();
        String v = openVacancy(w.position1());
        propose(v, w.c()).statusCode(422).body("detail", containsString("PREDIKAT_RECENT_YEARS"));
        String p = propose(v, w.b()).statusCode(201).extract().path("id");
        given().get("/api/v1/vacancies/" + v).then().body("state", is("PROPOSED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"decision\":\"REJECT\",\"reason\":\"not now\"}")
                .post("/api/v1/proposals/" + p + "/decision").then().statusCode(200).body("state", is("REJECTED"));
        given().get("/api/v1/vacancies/" + v).then().body("state", is("OPEN"));
    }
}
