package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Tokens signed by a real (local) OIDC issuer and checked by the gateway against its JWKS. */
@QuarkusTest
class AuthenticationTests {
    @Test
    void theApiNeedsAToken() {
        given().get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void aValidTokenPassesAndIsRelayedToTheService() {
        String token = FakeIdentityProvider.token("auth-valid", "employee");
        given().auth().oauth2(token).get("/api/v1/skp/1").then().statusCode(200)
                .body("upstream", is("appraisal")).body("authorization", is("Bearer " + token));
    }

    @Test
    void anExpiredTokenIsRejected() {
        given().auth().oauth2(FakeIdentityProvider.expiredToken("auth-expired", "employee"))
                .get("/api/v1/skp/1").then().statusCode(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        given().auth().oauth2(FakeIdentityProvider.forgedToken("auth-forged", "hr-admin"))
                .get("/api/v1/skp/1").then().statusCode(401);
    }

    @Test
    void aTamperedTokenIsRejected() {
        String[] parts = FakeIdentityProvider.token("auth-tampered", "employee").split("\\.");
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("auth-tampered", "hr-boss").getBytes());
        given().auth().oauth2(parts[0] + "." + payload + "." + parts[2]).get("/api/v1/skp/1").then().statusCode(401);
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
}
