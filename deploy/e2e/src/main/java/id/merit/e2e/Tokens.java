package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from Keycloak: the password grant of the public client {@code merit-web}, cached per user
 * until shortly before they expire (Keycloak's tokens live 10 minutes).
 */
public final class Tokens {
    public static final String CLIENT = "merit-web";
    public static final String DEMO_PASSWORD = "merit-demo";

    private record Cached(String token, long expiresAtMillis) {
    }

    private final Api keycloak;
    private final String realmUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** @param realmUrl e.g. http://localhost:8180/realms/merit */
    public Tokens(String realmUrl) {
        this.realmUrl = realmUrl;
        this.keycloak = new Api(realmUrl);
    }

    public String realmUrl() {
        return realmUrl;
    }

    public String of(String username) {
        return of(username, DEMO_PASSWORD);
    }

    public String of(String username, String password) {
        Cached c = cache.get(username);
        if (c != null && c.expiresAtMillis() > System.currentTimeMillis() + 60_000) {
            return c.token();
        }
        Api.Res r = keycloak.post("/protocol/openid-connect/token")
                .raw(form(Map.of("grant_type", "password", "client_id", CLIENT, "username", username,
                        "password", password)), "application/x-www-form-urlencoded")
                .send();
        if (r.status() != 200) {
            throw new Api.ApiException("Keycloak refused a token for " + username + ": " + r);
        }
        JsonNode body = r.json();
        Cached fresh = new Cached(body.path("access_token").asText(),
                System.currentTimeMillis() + body.path("expires_in").asLong(300) * 1000);
        cache.put(username, fresh);
        return fresh.token();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
