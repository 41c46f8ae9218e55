package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

@QuarkusTest
class RateLimitTests {
    @ConfigProperty(name = "merit.gateway.rate-limit.authenticated")
    int authenticatedLimit;

    @ConfigProperty(name = "merit.gateway.rate-limit.anonymous")
    int anonymousLimit;

    @Test
    void aCallerWithATokenGets429WithRetryAfterOnceItsLimitIsSpent() {
        String token = FakeIdentityProvider.token("limit-" + System.nanoTime(), "employee");
        for (int i = 0; i < authenticatedLimit; i++) {
            int remaining = Integer.parseInt(given().auth().oauth2(token).get("/api/v1/skp/1").then().statusCode(200)
                    .extract().header("RateLimit-Remaining"));
            if (remaining == authenticatedLimit - 1 && i > 0) {
                i = 0; // the fixed window turned over mid-loop: the count starts again, once
            }
            assertEquals(authenticatedLimit - i - 1, remaining, "one request spends one unit of the budget");
        }
        given().auth().oauth2(token).get("/api/v1/skp/1").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("https://merit.id/problems/rate-limited")).body("status", is(429))
                .header("Retry-After", h -> Integer.parseInt(h), allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(60)));
        String someoneElse = FakeIdentityProvider.token("limit-other-" + System.nanoTime(), "employee");
        given().auth().oauth2(someoneElse).get("/api/v1/skp/1").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreCountedByTheirTrustedAddress() {
        String client = "192.0.2." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < anonymousLimit; i++) {
            int remaining = Integer.parseInt(given().header("X-Forwarded-For", client).get("/f/QR1").then().statusCode(200)
                    .extract().header("RateLimit-Remaining"));
            if (remaining == anonymousLimit - 1) {
                i = 0; // first request, or the fixed window turned over mid-loop: the count starts again
            }
        }
        given().header("X-Forwarded-For", client).get("/f/QR1").then().statusCode(429)
                .header("Retry-After", h -> Integer.parseInt(h), greaterThanOrEqualTo(1));
        // A different client behind the same trusted proxy has its own budget.
        given().header("X-Forwarded-For", "198.51.100.250").get("/f/QR1").then().statusCode(200);
    }
}
