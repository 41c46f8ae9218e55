package id.merit.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class IdempotencyTests {
    @Inject
    EntityManager em;

    private long created(String name) {
        return ((Number) em.createNativeQuery("select count(*) from processed_event where consumer = 'once' and event_id like ?1")
                .setParameter(1, name + ":%").getSingleResult()).longValue();
    }

    private Response post(String key, String name, int level) {
        var req = given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"level\":" + level + "}");
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return req.post("/probe/once");
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseAndCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "idem-1", 1);
        Response second = post(key, "idem-1", 1);
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"), "the replay carries the version to send in If-Match");
        assertNotNull(second.header("ETag"));
        assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertEquals(1, created("idem-1"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        post(key, "idem-2", 1).then().statusCode(201);
        post(key, "idem-2", 2).then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, created("idem-2"));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        post(null, "idem-3", 1).then().statusCode(201);
        post(null, "idem-3", 1).then().statusCode(201);
        assertEquals(2, created("idem-3"));
    }

    @Test
    void anEmptyOrBlankKeyIsA400NotASilentNoKey() {
        // Quarkus REST would hand an empty header to the endpoint as null ("no key"): BlankIdempotencyKey refuses it.
        post("", "idem-5", 1).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.is("header.Idempotency-Key"));
        post("   ", "idem-5", 1).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, created("idem-5"));
    }

    @Test
    void anOversizedKeyIsA400() {
        post("k".repeat(201), "idem-4", 1).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, created("idem-4"));
    }
}
