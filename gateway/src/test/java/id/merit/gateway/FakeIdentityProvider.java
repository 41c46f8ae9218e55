package id.merit.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OIDC issuer for the gateway's token check: a local HTTP server with the discovery document and the JWKS
 * of an RSA key generated per test run. Tokens are signed here; the gateway verifies them as it would Keycloak's.
 */
public class FakeIdentityProvider implements QuarkusTestResourceLifecycleManager {
    private static final RsaJsonWebKey KEY = generate("merit-test");
    /** Same kid, different key: what a forger without our private key would produce. */
    private static final RsaJsonWebKey FORGER = generate("merit-test");
    private static String issuer;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            int port = vertx.createHttpServer().requestHandler(req -> {
                JsonObject body = switch (req.path()) {
                    case "/realms/merit/.well-known/openid-configuration" -> new JsonObject()
                            .put("issuer", issuer)
                            .put("jwks_uri", issuer + "/protocol/openid-connect/certs")
                            .put("token_endpoint", issuer + "/protocol/openid-connect/token")
                            .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"));
                    case "/realms/merit/protocol/openid-connect/certs" ->
                            new JsonObject().put("keys", new JsonArray().add(new JsonObject(KEY.toJson())));
                    default -> null;
                };
                if (body == null) {
                    req.response().setStatusCode(404).end();
                } else {
                    req.response().putHeader("content-type", "application/json").end(body.encode());
                }
            }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            issuer = "http://127.0.0.1:" + port + "/realms/merit";
        } catch (Exception e) {
            throw new IllegalStateException("identity provider did not start", e);
        }
        return Map.of("quarkus.oidc.auth-server-url", issuer, "quarkus.oidc.tenant-enabled", "true");
    }

    @Override
    public void stop() {
        vertx.close();
    }

    static String token(String subject, String... roles) {
        return sign(KEY, subject, NumericDate.now(), 300, roles);
    }

    static String expiredToken(String subject, String... roles) {
        NumericDate issued = NumericDate.now();
        issued.addSeconds(-3600);
        return sign(KEY, subject, issued, 60, roles);
    }

    static String forgedToken(String subject, String... roles) {
        return sign(FORGER, subject, NumericDate.now(), 300, roles);
    }

    private static String sign(RsaJsonWebKey key, String subject, NumericDate issuedAt, int lifetimeSeconds, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setAudience("merit");
        claims.setIssuedAt(issuedAt);
        NumericDate expires = NumericDate.fromSeconds(issuedAt.getValue());
        expires.addSeconds(lifetimeSeconds);
        claims.setExpirationTime(expires);
        claims.setClaim("preferred_username", subject);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey generate(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
