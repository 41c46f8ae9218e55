package id.merit.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealmFileTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = JSON.readTree(Path.of("../keycloak/merit-realm.json").toFile());
    }

    @Test
    void isTheMeritRealmWithShortLivedAccessTokens() {
        assertEquals("merit", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        int lifespan = realm.path("accessTokenLifespan").asInt();
        assertTrue(lifespan >= 300 && lifespan <= 900, "access token lifespan " + lifespan + " s");
    }

    @Test
    void hasTheFiveRealmRoles() {
        assertEquals(Set.of("hr-admin", "employee", "placement-board", "integration", "auditor"),
                names(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void declaresNipInTheUserProfile() throws IOException {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertEquals(1, providers.size());
        assertEquals("declarative-user-profile", providers.get(0).path("providerId").asText());
        JsonNode profile = JSON.readTree(providers.get(0).path("config").path("kc.user.profile.config").get(0).asText());
        Set<String> attributes = names(profile.path("attributes"), "name");
        assertEquals(Set.of("username", "email", "firstName", "lastName", "nip"), attributes);
        JsonNode nip = attribute(profile, "nip");
        assertEquals("^[0-9]{18}$", nip.path("validations").path("pattern").path("pattern").asText());
        assertEquals(List.of("admin"), strings(nip.path("permissions").path("edit")), "only admins change a NIP");
    }

    @Test
    void theWebClientIsPublicWithPasswordGrantAndPutsNipIntoAccessTokens() {
        JsonNode web = client("merit-web");
        assertTrue(web.path("publicClient").asBoolean());
        assertTrue(web.path("standardFlowEnabled").asBoolean());
        assertTrue(web.path("directAccessGrantsEnabled").asBoolean());
        assertEquals(List.of("http://localhost:8080/*"), strings(web.path("redirectUris")));
        assertEquals(List.of("+"), strings(web.path("webOrigins")));
        JsonNode mapper = StreamSupport.stream(web.path("protocolMappers").spliterator(), false)
                .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper"))
                .findFirst().orElseThrow();
        JsonNode config = mapper.path("config");
        assertEquals("nip", config.path("user.attribute").asText());
        assertEquals("nip", config.path("claim.name").asText());
        assertEquals("String", config.path("jsonType.label").asText());
        assertEquals("true", config.path("access.token.claim").asText());
    }

    @Test
    void theIntegrationClientIsConfidentialWithAServiceAccountInRoleIntegration() {
        JsonNode integration = client("merit-integration");
        assertFalse(integration.path("publicClient").asBoolean());
        assertTrue(integration.path("serviceAccountsEnabled").asBoolean());
        assertFalse(integration.path("directAccessGrantsEnabled").asBoolean());
        assertTrue(integration.path("description").asText().contains("LOCAL DEMO ONLY"));
        JsonNode account = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> "merit-integration".equals(u.path("serviceAccountClientId").asText()))
                .findFirst().orElseThrow();
        assertTrue(strings(account.path("realmRoles")).contains("integration"));
    }

    @Test
    void everyDemoUserCanLogInWithoutRequiredActionsAndHasItsRolesAndNip() {
        for (DemoUser expected : DemoUser.ALL) {
            JsonNode user = user(expected.username());
            assertTrue(user.path("enabled").asBoolean(), expected.username());
            assertTrue(user.path("emailVerified").asBoolean(), expected.username());
            assertFalse(user.path("firstName").asText().isBlank(), expected.username());
            assertFalse(user.path("lastName").asText().isBlank(), expected.username());
            assertFalse(user.path("email").asText().isBlank(), expected.username());
            assertEquals(0, user.path("requiredActions").size(), expected.username());
            JsonNode password = user.path("credentials").get(0);
            assertEquals("password", password.path("type").asText());
            assertEquals(DemoUser.PASSWORD, password.path("value").asText());
            assertFalse(password.path("temporary").asBoolean());
            Set<String> roles = new HashSet<>(strings(user.path("realmRoles")));
            roles.remove("default-roles-merit");
            assertEquals(Set.copyOf(expected.roles()), roles, expected.username());
            JsonNode nip = user.path("attributes").path("nip");
            assertEquals(expected.nip(), nip.isMissingNode() ? null : nip.get(0).asText(), expected.username());
        }
        assertEquals(DemoUser.ALL.size() + 1, realm.path("users").size(), "the demo users and one service account");
    }

    @Test
    void theEmployeeIsAFemalePnsAndTheNipsAreWellFormed() {
        assertEquals('2', DemoUser.ALL.get(1).nip().charAt(14));
        DemoUser.ALL.stream().filter(u -> u.nip() != null)
                .forEach(u -> assertTrue(u.nip().matches("(19|20)\\d{6}(19|20)\\d{2}(0[1-9]|1[0-2])[12]\\d{3}"), u.nip()));
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static JsonNode user(String username) {
        JsonNode user = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> username.equals(u.path("username").asText())).findFirst().orElse(null);
        assertNotNull(user, "no user " + username);
        return user;
    }

    private static JsonNode attribute(JsonNode profile, String name) {
        return StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .filter(a -> name.equals(a.path("name").asText())).findFirst().orElseThrow();
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
