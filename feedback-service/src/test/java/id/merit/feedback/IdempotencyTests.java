package id.merit.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.PeerRoundTests.admin;
import static id.merit.feedback.PeerRoundTests.asEmployee;
import static id.merit.feedback.PeerRoundTests.read;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Idempotency-Key on the authenticated creates (platform {@code Idempotency}): a retry with the same key and body gets
 * the first answer again (Idempotent-Replayed: true) and creates nothing; the same key with another body is 422; no
 * key keeps the old behaviour; a blank or over-long key is 400 and writes nothing. Visit tokens do not take the key.
 */
@QuarkusTest
class IdempotencyTests {
    @Inject
    TestClock clock;

    static long count(String sql, Object... params) {
        return inTx(() -> {
            var q = PeerRound.getEntityManager().createNativeQuery(sql, Long.class);
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

    static Response post(RequestSpecification as, String path, String key, String body) {
        RequestSpecification spec = as.contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post(path);
    }

    /** The retry answers exactly what the first call answered, marked as a replay. */
    static void assertReplay(Response first, Response again) {
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode(), again.asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(read(first.asString()), read(again.asString()));
    }

    static String round(String ratee, LocalDate deadline) {
        return "{\"rateeNip\":\"%s\",\"year\":2026,\"deadline\":\"%s\"}".formatted(ratee, deadline);
    }

    @Test
    void aRetriedRoundOpeningReplaysTheFirstAnswerAndOpensOneRound() {
        UUID unit = UUID.randomUUID();
        String boss = employee(nip(), "Kepala Idem", unit, null);
        String ratee = employee(nip(), "Ratee Idem", unit, boss);
        String other = employee(nip(), "Ratee Lain", unit, boss);
        LocalDate deadline = clock.today().plusDays(30);
        String key = UUID.randomUUID().toString();
        long outbox = outboxRows();

        Response first = post(admin(), "/api/v1/peer-rounds", key, round(ratee, deadline));
        Response again = post(admin(), "/api/v1/peer-rounds", key, round(ratee, deadline));
        assertReplay(first, again);
        first.then().header("ETag", notNullValue()).body("rateeNip", is(ratee)).body("status", is("OPEN"))
                .header("Location", endsWith("/api/v1/peer-rounds/" + first.path("id")));
        admin().get("/api/v1/peer-rounds/" + first.path("id")).then().statusCode(200).body("rateeNip", is(ratee));
        assertEquals(1L, count("select count(*) from peer_round where ratee_nip = ?1", ratee));
        assertEquals(1L, records("hr.admin", key));
        assertEquals(outbox, outboxRows(), "opening a round publishes nothing, and neither does its replay");

        // The same key for another request is refused and not carried out.
        post(admin(), "/api/v1/peer-rounds", key, round(other, deadline)).then().statusCode(422).contentType("application/problem+json");
        post(admin(), "/api/v1/peer-rounds", key, round(ratee, deadline.plusDays(1))).then().statusCode(422).contentType("application/problem+json");
        assertEquals(0L, count("select count(*) from peer_round where ratee_nip = ?1", other));

        // Keys belong to their caller: the appraiser's request under the same key is a request of its own.
        post(asEmployee(boss), "/api/v1/peer-rounds", key, round(other, deadline)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("rateeNip", is(other));

        // Without a key nothing changes: one round per employee and year, the second attempt is the usual 409.
        post(admin(), "/api/v1/peer-rounds", null, round(ratee, deadline)).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRetriedChannelCreateMakesOneChannelAndWithoutAKeyEachPostMakesOne() {
        UUID unit = unit("Kecamatan Idem " + UUID.randomUUID().toString().substring(0, 6));
        String body = "{\"unitId\":\"%s\",\"employeeNip\":null,\"name\":\"Loket Terpadu\",\"kind\":\"SERVICE_DESK\"}".formatted(unit);
        String key = UUID.randomUUID().toString();
        long outbox = outboxRows();

        Response first = post(admin(), "/api/v1/feedback/channels", key, body);
        Response again = post(admin(), "/api/v1/feedback/channels", key, body);
        assertReplay(first, again);
        first.then().header("Location", endsWith("/api/v1/feedback/channels/" + first.path("id"))).body("unitId", is(unit.toString()));
        assertEquals(1L, count("select count(*) from public_channel where unit_id = ?1", unit));
        assertEquals(1L, records("hr.admin", key));
        assertEquals(outbox, outboxRows());

        post(admin(), "/api/v1/feedback/channels", key, body.replace("Loket Terpadu", "Loket Kedua"))
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString(key));
        assertEquals(1L, count("select count(*) from public_channel where unit_id = ?1", unit));

        // No key: two POSTs, two channels, as before.
        String a = post(admin(), "/api/v1/feedback/channels", null, body).then().statusCode(201).extract().path("id");
        String b = post(admin(), "/api/v1/feedback/channels", null, body).then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
        assertEquals(3L, count("select count(*) from public_channel where unit_id = ?1", unit));
    }

    @Test
    void aBlankOrOverLongKeyIsRefusedAndNothingIsWritten() {
        UUID unit = unit("Kelurahan Idem " + UUID.randomUUID().toString().substring(0, 6));
        String body = "{\"unitId\":\"%s\",\"employeeNip\":null,\"name\":\"Loket\",\"kind\":\"SCHOOL\"}".formatted(unit);
        long keys = count("select count(*) from idempotency_record");
        for (String bad : new String[]{"", "   ", "k".repeat(201)}) {
            Response r = post(admin(), "/api/v1/feedback/channels", bad, body);
            assertEquals(400, r.statusCode(), "key of " + bad.length() + " characters: " + r.asString());
            r.then().contentType("application/problem+json").body("errors[0].field", is("header.Idempotency-Key"));
        }
        assertEquals(0L, count("select count(*) from public_channel where unit_id = ?1", unit));
        assertEquals(keys, count("select count(*) from idempotency_record"));
        // 200 characters is the longest key accepted.
        post(admin(), "/api/v1/feedback/channels", "k".repeat(200), body).then().statusCode(201);
    }

    @Test
    void visitTokensDoNotTakeTheKeySoNoCodeIsStoredForAReplay() {
        UUID unit = unit("Puskesmas Idem " + UUID.randomUUID().toString().substring(0, 6));
        String officer = employee(nip(), "Petugas Idem", unit, null);
        String channel = post(admin(), "/api/v1/feedback/channels", null,
                "{\"unitId\":\"%s\",\"employeeNip\":null,\"name\":\"Loket\",\"kind\":\"SERVICE_DESK\"}".formatted(unit))
                .then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        String body = "{\"serviceType\":\"Pemeriksaan umum\"}";
        Response first = post(asEmployee(officer), "/api/v1/feedback/channels/" + channel + "/tokens", key, body);
        Response second = post(asEmployee(officer), "/api/v1/feedback/channels/" + channel + "/tokens", key, body);
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertNull(second.header("Idempotent-Replayed"));
        assertNotEquals(first.path("code"), (Object) second.path("code"), "each visit gets its own one-time code");
        assertEquals(0L, count("select count(*) from idempotency_record where idempotency_key = ?1", key));
    }
}
