package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Accounts in realm {@code merit} for employees who must act themselves (an SKP's owner, a peer rater): created
 * with Keycloak's admin API the way BKPSDM would provision them — username = NIP, the {@code nip} attribute,
 * realm role {@code employee}. Creating an existing account changes nothing.
 */
public final class KeycloakUsers {
    private final Api keycloak;
    private final String adminPassword;
    private String adminToken;
    private long adminTokenUntil;
    private final Map<String, JsonNode> roles = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param keycloakUrl e.g. http://localhost:8180 */
    public KeycloakUsers(String keycloakUrl, String adminPassword) {
        this.keycloak = new Api(keycloakUrl);
        this.adminPassword = adminPassword;
    }

    private synchronized String admin() {
        if (adminToken == null || System.currentTimeMillis() > adminTokenUntil) {
            Api.Res r = keycloak.post("/realms/master/protocol/openid-connect/token")
                    .raw(Tokens.form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                            "password", adminPassword)), "application/x-www-form-urlencoded")
                    .send().expect(200);
            adminToken = r.json().path("access_token").asText();
            adminTokenUntil = System.currentTimeMillis() + (r.json().path("expires_in").asLong(60) - 20) * 1000;
        }
        return adminToken;
    }

    /** Ensures an employee account named after the NIP with password {@link Tokens#DEMO_PASSWORD}; returns the username. */
    public String ensureEmployee(String nip, String firstName, String lastName) {
        return ensure(nip, nip, firstName, lastName, "employee");
    }

    /** Ensures an account with one realm role (and a NIP when given); returns the username. */
    public String ensure(String username, String nip, String firstName, String lastName, String roleName) {
        Api.Res found = keycloak.get("/admin/realms/merit/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .token(admin()).send().expect(200);
        if (found.json().size() > 0) {
            return username;
        }
        Map<String, Object> user = Map.of(
                "username", username, "enabled", true, "emailVerified", true,
                "firstName", firstName, "lastName", lastName.isBlank() ? firstName : lastName,
                "email", username + "@pegawai.merit.example",
                "attributes", nip == null ? Map.of() : Map.of("nip", List.of(nip)),
                "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false)));
        Api.Res created = keycloak.post("/admin/realms/merit/users").token(admin()).json(user).send().expect(201, 409);
        if (created.status() == 409) {
            return username;
        }
        String location = created.header("location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        keycloak.post("/admin/realms/merit/users/" + id + "/role-mappings/realm").token(admin())
                .json(List.of(role(roleName))).send().expect(204);
        return username;
    }

    private JsonNode role(String name) {
        return roles.computeIfAbsent(name, n -> keycloak.get("/admin/realms/merit/roles/" + n).token(admin()).send().expect(200).json());
    }

    /** The usernames of realm {@code merit} (one admin call per 500), to skip existing accounts in bulk. */
    public java.util.Set<String> usernames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int first = 0; ; first += 500) {
            JsonNode page = keycloak.get("/admin/realms/merit/users?briefRepresentation=true&first=" + first + "&max=500")
                    .token(admin()).send().expect(200).json();
            page.forEach(u -> names.add(u.path("username").asText()));
            if (page.size() < 500) {
                return names;
            }
        }
    }
}
