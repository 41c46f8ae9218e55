package id.merit.gateway;

import id.merit.gateway.ratelimit.FixedWindows;
import id.merit.gateway.ratelimit.RateLimiter;
import id.merit.gateway.ratelimit.RedisRateLimiter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redis mode (Redis at 127.0.0.1:6379): the gateway under test and a second gateway's limiter — its own Redis
 * connection, same key prefix, as another replica would have — spend one shared budget.
 */
@QuarkusTest
@TestProfile(RedisRateLimitTests.RedisMode.class)
class RedisRateLimitTests {
    static final String PREFIX = "merit:test:" + UUID.randomUUID() + ":";
    static final String REDIS = "redis://127.0.0.1:6379";
    static final int LIMIT = 10;

    public static class RedisMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("merit.gateway.rate-limit.redis-url", REDIS, "merit.gateway.rate-limit.key-prefix", PREFIX,
                    "merit.gateway.rate-limit.anonymous", Integer.toString(LIMIT));
        }
    }

    private Vertx vertx;
    private RedisRateLimiter otherReplica;

    @BeforeEach
    void otherReplica() {
        vertx = Vertx.vertx();
        otherReplica = new RedisRateLimiter(Redis.createClient(vertx, REDIS), PREFIX,
                new FixedWindows(Duration.ofMinutes(1), System::currentTimeMillis));
    }

    @AfterEach
    void close() {
        otherReplica.close();
        vertx.close();
    }

    @Test
    void twoReplicasShareOneLimitPerClient() throws Exception {
        String client = "192.0.2." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < LIMIT / 2; i++) {
            given().header("X-Forwarded-For", client).get("/f/QR1").then().statusCode(200);
        }
        for (int i = 0; i < LIMIT / 2; i++) {
            assertTrue(acquireOnOtherReplica(client).allowed());
        }
        given().header("X-Forwarded-For", client).get("/f/QR1").then().statusCode(429).header("Retry-After", h -> h, org.hamcrest.Matchers.notNullValue());
        assertFalse(acquireOnOtherReplica(client).allowed());
        given().header("X-Forwarded-For", "198.51.100.77").get("/f/QR1").then().statusCode(200);
    }

    private RateLimiter.Decision acquireOnOtherReplica(String client) throws Exception {
        return otherReplica.acquire("ip:" + client, LIMIT).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
