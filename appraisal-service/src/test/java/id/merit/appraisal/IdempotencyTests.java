package id.merit.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.domain.SkpState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Idempotency-Key on the creates (platform {@code Idempotency}): a retry with the same key and body gets the first
 * answer again (Idempotent-Replayed: true) and creates nothing; the same key with another body is 422; no key keeps
 * the old behaviour; a blank or over-long key is 400 and writes nothing.
 */
@QuarkusTest
class IdempotencyTests {
    static final String OWNER = "199501012020011001";
    static final String OTHER_OWNER = "199501012020011002";
    static final String APPRAISER = "199501012020011100";
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000a995");
    static final ObjectMapper JSON = new ObjectMapper();

    static long count(String sql, Object... params) {
        return Fixtures.inTx(() -> {
            var q = Skp.getEntityManager().createNativeQuery(sql, Long.class);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (Long) q.getSingleResult();
        });
    }

    static long outboxRows() {
        return count("select count(*) from outbox_event");
    }

    static long records(String caller, String key) {
        return count("select count(*) from idempotency_record where caller = ?1 and idempotency_key = ?2", caller, key);
    }

    static JsonNode body(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.asString(), e);
        }
    }

    static Response post(String path, String key, String body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post(path);
    }

    /** The retry answers exactly what the first call answered, marked as a replay. */
    static void assertReplay(Response first, Response again) {
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(body(first), body(again));
    }

    @Test
    @TestSecurity(user = "idem.admin", roles = "hr-admin")
    void aRetriedPeriodOpeningReplaysTheFirstAnswerAndOpensOnce() {
        String key = UUID.randomUUID().toString();
        String body = "{\"year\":2041,\"subPeriodKind\":\"MONTHLY\"}";
        long outbox = outboxRows();
        Response first = post("/api/v1/periods", key, body);
        Response again = post("/api/v1/periods", key, body);
        assertReplay(first, again);
        first.then().header("Location", notNullValue()).header("ETag", notNullValue()).body("year", is(2041)).body("subPeriods", is(12));
        assertEquals(1L, count("select count(*) from period where year = 2041"));
        assertEquals(1L, records("idem.admin", key));
        assertEquals(outbox, outboxRows(), "opening a period publishes nothing, and neither does its replay");

        // The same key for another request is refused, and that request is not carried out.
        post("/api/v1/periods", key, "{\"year\":2042,\"subPeriodKind\":\"MONTHLY\"}")
                .then().statusCode(422).contentType("application/problem+json");
        post("/api/v1/periods", key, "{\"year\":2041,\"subPeriodKind\":\"QUARTERLY\"}")
                .then().statusCode(422).contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from period where year = 2042"));
        given().get("/api/v1/periods/2041").then().statusCode(200).body("subPeriodKind", is("MONTHLY"));

        // Without a key nothing changes: one period per year, the second attempt is the usual 409.
        post("/api/v1/periods", null, "{\"year\":2043,\"subPeriodKind\":\"QUARTERLY\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        post("/api/v1/periods", null, "{\"year\":2043,\"subPeriodKind\":\"QUARTERLY\"}").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "idem.admin", roles = "hr-admin")
    void aBlankOrOverLongKeyIsRefusedAndNothingIsWritten() {
        long periods = count("select count(*) from period");
        long keys = count("select count(*) from idempotency_record");
        for (String bad : new String[]{"", "   ", "k".repeat(201)}) {
            Response r = post("/api/v1/periods", bad, "{\"year\":2044,\"subPeriodKind\":\"MONTHLY\"}");
            assertEquals(400, r.statusCode(), "key of " + bad.length() + " characters: " + r.asString());
            r.then().contentType("application/problem+json").body("errors[0].field", is("header.Idempotency-Key"));
        }
        assertEquals(periods, count("select count(*) from period"));
        assertEquals(keys, count("select count(*) from idempotency_record"));
        // 200 characters is the longest key accepted.
        post("/api/v1/periods", "k".repeat(200), "{\"year\":2044,\"subPeriodKind\":\"MONTHLY\"}").then().statusCode(201);
        // Endpoints that do not take the key ignore it, blank or not (here: close still wants If-Match).
        given().header("Idempotency-Key", "").post("/api/v1/periods/2044/close").then().statusCode(428);
    }

    @Test
    void anAnonymousCallerWithABlankKeyIsStillUnauthorised() {
        post("/api/v1/periods", "", "{\"year\":2045,\"subPeriodKind\":\"MONTHLY\"}").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "idem-owner", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = OWNER))
    void aRetriedSkpCreateReplaysTheFirstAnswerAndCreatesOneSkp() {
        Fixtures.period(Fixtures.YEAR);
        Fixtures.employee(APPRAISER, null, UNIT);
        Fixtures.employee(OWNER, APPRAISER, UNIT);
        String key = UUID.randomUUID().toString();
        String body = "{\"year\":" + Fixtures.YEAR + "}";
        long outbox = outboxRows();
        Response first = post("/api/v1/skp", key, body);
        Response again = post("/api/v1/skp", key, body);
        assertReplay(first, again);
        first.then().body("nip", is(OWNER)).body("appraiserNip", is(APPRAISER)).body("state", is("DRAFT"));
        given().get("/api/v1/skp/mine").then().statusCode(200).body("totalItems", is(1)).body("items[0].id", is(body(first).get("id").asText()));
        assertEquals(1L, count("select count(*) from skp where nip = ?1", OWNER));
        assertEquals(1L, count("select count(*) from skp_history where skp_id = ?1", UUID.fromString(body(first).get("id").asText())),
                "one CREATED entry in the history, not two");
        assertEquals(outbox, outboxRows());

        post("/api/v1/skp", key, "{\"year\":" + (Fixtures.YEAR + 1) + "}").then().statusCode(422).contentType("application/problem+json");
        assertEquals(1L, count("select count(*) from skp where nip = ?1", OWNER));
        // Without a key the second create is refused as it always was (one SKP per employee and year).
        post("/api/v1/skp", null, body).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "idem-owner-2", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = OTHER_OWNER))
    void aRetriedDialogueEntryIsAddedOnceAndTheKeyBelongsToOneSkp() {
        Skp skp = Fixtures.skp(OTHER_OWNER, APPRAISER, SkpState.DRAFT);
        Skp nextYear = Fixtures.skp(OTHER_OWNER, APPRAISER, Fixtures.YEAR + 1, null, SkpState.DRAFT, null, null);
        String path = "/api/v1/skp/" + skp.id + "/dialogue";
        String key = UUID.randomUUID().toString();
        String body = "{\"berakhlak\":\"KOLABORATIF\",\"text\":\"Perlu lebih sering berbagi data dengan bidang lain\"}";
        long outbox = outboxRows();
        Response first = post(path, key, body);
        Response again = post(path, key, body);
        assertReplay(first, again);
        first.then().header("Location", endsWith(path + "/" + body(first).get("id").asText()));
        given().get(path).then().statusCode(200).body("$", hasSize(1));
        assertEquals(outbox, outboxRows());

        // The same key and body on another SKP is another request.
        post("/api/v1/skp/" + nextYear.id + "/dialogue", key, body).then().statusCode(422).contentType("application/problem+json");
        given().get("/api/v1/skp/" + nextYear.id + "/dialogue").then().statusCode(200).body("$", hasSize(0));

        // Without a key (or with a new one) each POST adds an entry, as before.
        post(path, null, body).then().statusCode(201);
        post(path, null, body).then().statusCode(201);
        post(path, UUID.randomUUID().toString(), body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        given().get(path).then().statusCode(200).body("$", hasSize(4));
    }
}
