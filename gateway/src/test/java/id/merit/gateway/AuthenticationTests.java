package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tokens signed by a real (local) OIDC issuer and checked by the gateway against its JWKS. */
@QuarkusTest
class AuthenticationTests {
    @TestHTTPResource("/")
    URL gateway;

    @Test
    void theApiNeedsAToken() {
        assertUnauthorized(given().get("/api/v1/units").then(), "/api/v1/units");
    }

    @Test
    void aValidTokenPassesAndIsRelayedToTheService() {
        String token = FakeIdentityProvider.token("auth-valid", "employee");
        given().auth().oauth2(token).get("/api/v1/skp/1").then().statusCode(200)
                .body("upstream", is("appraisal")).body("authorization", is("Bearer " + token));
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertUnauthorized(given().auth().oauth2(FakeIdentityProvider.expiredToken("auth-expired", "employee"))
                .get("/api/v1/skp/1").then(), "/api/v1/skp/1");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        assertUnauthorized(given().auth().oauth2(FakeIdentityProvider.forgedToken("auth-forged", "hr-admin"))
                .get("/api/v1/skp/1").then(), "/api/v1/skp/1");
    }

    @Test
    void aTamperedTokenIsRejected() {
        String[] parts = FakeIdentityProvider.token("auth-tampered", "employee").split("\\.");
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("auth-tampered", "hr-boss").getBytes());
        assertUnauthorized(given().auth().oauth2(parts[0] + "." + payload + "." + parts[2]).get("/api/v1/skp/1").then(),
                "/api/v1/skp/1");
    }

    @Test
    void publicFeedbackRoutesTheCitizensPageHealthAndDocsAreAnonymous() {
        given().get("/api/v1/public/tokens/ABC123").then().statusCode(200).body("upstream", is("feedback"));
        given().get("/f/ABC123").then().statusCode(200).body("upstream", is("feedback"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aBearerTokenOnAPublicRouteIsRelayedUnchecked() {
        given().header("Authorization", "Bearer abc").get("/f/ABC123").then().statusCode(200)
                .body("upstream", is("feedback")).body("authorization", is("Bearer abc"));
    }

    /**
     * Public routes skip the security chain, decided on the normalized path as Quarkus' permissions are: a dot
     * segment cannot walk from a public prefix into the API without a token (raw socket: clients resolve "..").
     */
    @Test
    void aDotSegmentOutOfAPublicPrefixStillNeedsAToken() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.Answer escaped = RawSocketHttp.exchange(socket, "GET", "/api/v1/public/../units", "not-a-token",
                    "", Map.of());
            assertEquals(401, escaped.status(), escaped.body());
            RawSocketHttp.Answer open = RawSocketHttp.exchange(socket, "GET", "/api/v1/public/./tokens/ABC", "not-a-token",
                    "", Map.of());
            assertEquals(200, open.status(), open.body());
            assertEquals("feedback", open.json().getString("upstream"));
        }
    }

    /** Every 401 is the gateway's problem+json with the Bearer challenge kept, whatever was wrong with the token. */
    private static void assertUnauthorized(ValidatableResponse response, String path) {
        response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", is("https://merit.id/problems/unauthorized")).body("title", is("Unauthorized"))
                .body("status", is(401)).body("detail", notNullValue())
                .body("instance", is(path));
    }
}
