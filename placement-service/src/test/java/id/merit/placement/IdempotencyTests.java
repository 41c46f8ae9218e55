package id.merit.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.merit.placement.DevelopmentTests.DEV;
import static id.merit.placement.DevelopmentTests.YEAR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Idempotency-Key on the creates (DESIGN §5): a retry with the same key gets the first answer again and creates nothing;
 * the same key with another request is a 422; without a key every POST is a new request; a malformed key is a 400.
 */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class IdempotencyTests {
    @Inject
    EntityManager em;

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private long records(String key) {
        return count("select count(*) from idempotency_record where caller = 'hr.admin' and idempotency_key = ?1", key);
    }

    private static Response post(String path, String key, String body) {
        RequestSpecification req = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return req.post(path);
    }

    /** The replay is the first answer byte for byte, marked as a replay. */
    private static void assertReplayed(Response first, Response again) {
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode(), again.asString());
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.asString(), again.asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", again.header("Idempotent-Replayed"));
    }

    private static String vacancy(UUID position) {
        return "{\"positionId\":\"" + position + "\",\"tmt\":\"" + PlacementTests.TMT + "\"}";
    }

    @Test
    void aRetriedVacancyOpensOneVacancyAndWithoutAKeyTheRetryOpensAnother() {
        UUID u = Seed.unit("IDV-" + UUID.randomUUID().toString().substring(0, 6));
        UUID two = Seed.position(u, 2);
        UUID one = Seed.position(u, 1);
        DevSeed.awaitPositions(two, one);
        String key = UUID.randomUUID().toString();

        Response first = post("/api/v1/vacancies", key, vacancy(two));
        Response again = post("/api/v1/vacancies", key, vacancy(two));
        assertReplayed(first, again);
        assertEquals("\"0\"", first.header("ETag"));
        String id = first.jsonPath().getString("id");
        assertEquals(1, count("select count(*) from vacancy where position_id = ?1", two));
        assertEquals(1, records(key));
        given().get(first.header("Location")).then().statusCode(200).body("id", is(id)).body("state", is("OPEN"));

        // The same key for another request is refused and writes nothing.
        post("/api/v1/vacancies", key, vacancy(one)).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("POST /api/v1/vacancies"));
        assertEquals(0, count("select count(*) from vacancy where position_id = ?1", one));
        // ... also on another endpoint: a key names one request, not one body.
        post("/api/v1/proposals", key, "{\"vacancyId\":\"" + id + "\",\"nip\":\"" + Seed.nip() + "\"}")
                .then().statusCode(422).contentType("application/problem+json");

        // Without a key the retry is a new request: the second seat is opened too (the duplicate the key prevents).
        String second = post("/api/v1/vacancies", null, vacancy(two)).then().statusCode(201).extract().path("id");
        assertNotEquals(id, second);
        assertEquals(2, count("select count(*) from vacancy where position_id = ?1", two));
        post("/api/v1/vacancies", null, vacancy(two)).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRetriedRunIsAnsweredFromTheStoredRunAndNotSolvedAgain() {
        World w = World.create();
        String v1 = PlacementTests.openVacancy(w.position1());
        String v2 = PlacementTests.openVacancy(w.position2());
        String body = "{\"vacancyIds\":[\"" + v1 + "\",\"" + v2 + "\"],\"candidateNips\":[\"" + w.a() + "\",\"" + w.b() + "\",\"" + w.c() + "\"]}";
        String runsOfV1 = "select count(*) from placement_run where vacancy_ids like ?1";
        String key = "run-" + UUID.randomUUID();

        Response first = post("/api/v1/placement-runs", key, body);
        Response again = post("/api/v1/placement-runs", key, body);
        assertReplayed(first, again);
        assertEquals(2, first.jsonPath().getInt("assigned"));
        assertEquals(1, count(runsOfV1, "%" + v1 + "%"));
        given().get(first.header("Location")).then().statusCode(200).body("id", is(first.jsonPath().getString("id")));

        post("/api/v1/placement-runs", key, body.replace("]}", "],\"maxMovesPerUnit\":0}")).then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(1, count(runsOfV1, "%" + v1 + "%"));

        // Without a key each POST solves and stores a run, as before.
        String a = post("/api/v1/placement-runs", null, body).then().statusCode(201).extract().path("id");
        String b = post("/api/v1/placement-runs", null, body).then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
        assertEquals(3, count(runsOfV1, "%" + v1 + "%"));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = {"hr-admin", "placement-board"})
    void aRetriedProposalProposesOnceAndARetriedDecisionCannotDecideTwice() {
        World w = World.create();
        String v = PlacementTests.openVacancy(w.position1());
        String body = "{\"vacancyId\":\"" + v + "\",\"nip\":\"" + w.a() + "\"}";
        String key = UUID.randomUUID().toString();

        Response first = post("/api/v1/proposals", key, body);
        Response again = post("/api/v1/proposals", key, body);
        assertReplayed(first, again);
        assertEquals("\"0\"", first.header("ETag"));
        String p = first.jsonPath().getString("id");
        assertEquals(1, count("select count(*) from proposal where vacancy_id = ?1", UUID.fromString(v)));
        assertEquals(0, count("select count(*) from outbox_event where event_key = ?1", w.a()), "a proposal publishes nothing");

        post("/api/v1/proposals", key, "{\"vacancyId\":\"" + v + "\",\"nip\":\"" + w.b() + "\"}").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(1, count("select count(*) from proposal where vacancy_id = ?1", UUID.fromString(v)));
        // Without a key the retry is a new request, refused because the pair is already proposed.
        post("/api/v1/proposals", null, body).then().statusCode(409).contentType("application/problem+json");

        // The decision is an action with If-Match, not a create: its retry is a 412 and publishes nothing more.
        PlacementTests.approve(p, "800/7/BKPSDM/2026").statusCode(200).body("state", is("APPROVED"));
        PlacementTests.approve(p, "800/7/BKPSDM/2026").statusCode(412).contentType("application/problem+json");
        assertEquals(1, count("select count(*) from outbox_event where event_key = ?1 and payload like ?2", w.a(), "%" + p + "%"));
    }

    @Test
    void aRetriedPlanCreateGetsItsCreatedAnswerInsteadOfTheConflict() {
        UUID u = DevSeed.unit(DevelopmentTests.code("IDP"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", DevelopmentTests.levels("INTEGRITAS", 3, "KOMUNIKASI", 3), "III/a");
        String nip = Seed.nip();
        DevSeed.employee(nip, u, pos, null, DevelopmentTests.levels("INTEGRITAS", 2, "KOMUNIKASI", 1), null, null, 1);
        DevSeed.awaitPositions(pos);
        DevSeed.awaitEmployee(nip, 1);
        String path = DEV + nip + "/plans/" + YEAR;
        String key = UUID.randomUUID().toString();

        Response first = post(path, key, "{}");
        Response again = post(path, key, "{}");
        assertReplayed(first, again);
        assertEquals("\"0\"", first.header("ETag"));
        given().get(first.header("Location")).then().statusCode(200).body("id", is(first.jsonPath().getString("id")));
        assertEquals(1, count("select count(*) from development_plan where nip = ?1", nip));

        // The path is part of the request: the same key and body for another person's plan is a 422, and writes nothing.
        String other = Seed.nip();
        post(DEV + other + "/plans/" + YEAR, key, "{}").then().statusCode(422).contentType("application/problem+json");
        post(path, key, "{\"targetPositionId\":\"" + pos + "\"}").then().statusCode(422);
        assertEquals(0, count("select count(*) from development_plan where nip = ?1", other));
        // Without a key the retry is a new request: the year has a plan, 409.
        post(path, null, "{}").then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, count("select count(*) from development_plan where nip = ?1", nip));
    }

    @Test
    void aBlankOrOverLongKeyIsA400ProblemAndNothingIsWritten() {
        World w = World.create();
        String v = PlacementTests.openVacancy(w.position2());
        List<String[]> creates = List.of(
                new String[]{"/api/v1/vacancies", vacancy(w.position1())},
                new String[]{"/api/v1/placement-runs", "{\"vacancyIds\":[\"" + v + "\"],\"candidateNips\":[\"" + w.a() + "\"]}"},
                new String[]{"/api/v1/proposals", "{\"vacancyId\":\"" + v + "\",\"nip\":\"" + w.a() + "\"}"},
                new String[]{DEV + w.a() + "/plans/" + YEAR, "{}"});
        String written = "select (select count(*) from vacancy) + (select count(*) from placement_run) + (select count(*) from proposal)"
                + " + (select count(*) from development_plan) + (select count(*) from idempotency_record)";
        for (String[] c : creates) {
            for (String bad : new String[]{"", "   ", "k".repeat(201)}) {
                long before = count(written);
                post(c[0], bad, c[1]).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", is("header.Idempotency-Key"));
                assertEquals(before, count(written), c[0] + " wrote something for key '" + bad + "'");
            }
        }
        // Header names are case-insensitive (HTTP/2 sends them lower-case): an empty one is refused all the same.
        long before = count(written);
        given().contentType(ContentType.JSON).header("idempotency-key", "").body(vacancy(w.position1())).post("/api/v1/vacancies")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("header.Idempotency-Key"));
        assertEquals(before, count(written));
        // The longest allowed key works.
        String longest = "k".repeat(200);
        post("/api/v1/vacancies", longest, vacancy(w.position1())).then().statusCode(201)
                .header("Location", containsString("/api/v1/vacancies/"));
        assertEquals(1, records(longest));
    }
}
