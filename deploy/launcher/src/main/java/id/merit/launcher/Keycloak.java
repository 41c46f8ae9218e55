package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.JavaProcess;
import id.merit.infra.Wait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keycloak from its server distribution zip, in dev mode, with the merit realm and its database on PostgreSQL. */
final class Keycloak {
    static final String REALM = "merit";
    static final String URL = "http://localhost:" + Ports.KEYCLOAK;
    static final String REALM_URL = URL + "/realms/" + REALM;
    static final String ADMIN_USER = "admin";

    private Keycloak() {
    }

    /** Unpacks the distribution into the state folder once; a half-finished unpack is never used. */
    static Path install(SuiteConfig config) {
        Path home = config.keycloakHome();
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = config.keycloakZip();
        if (!Files.isRegularFile(zip)) {
            throw new InfraException("the Keycloak distribution is missing: " + zip
                    + " — build the launcher so Maven downloads it (./mvnw -B -q -DskipTests -pl deploy/launcher -am install)");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".unpacking");
        try {
            FileTrees.delete(partial);
            FileTrees.delete(home);
            Unzip.extract(zip, partial, 1);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new InfraException("cannot unpack " + zip + " into " + home + ": " + e.getMessage(), e);
        }
    }

    static JavaProcess launch(Path home, SuiteConfig config, String jdbcUrl, String dbUser, Path log) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(config.realmFile(), importDir.resolve("merit-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InfraException("cannot copy the realm file into " + home + ": " + e.getMessage(), e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", jdbcUrl);
        env.put("KC_DB_USERNAME", dbUser);
        env.put("KC_DB_PASSWORD", config.dbPassword());
        if (System.getenv("KC_HOSTNAME") == null) {
            // A fixed front-end URL: tokens carry iss=http://localhost:8180/realms/merit however they were requested,
            // which is what the applications' QUARKUS_OIDC_AUTH_SERVER_URL expects.
            env.put("KC_HOSTNAME", URL);
        }
        List<String> cmd = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + Ports.KEYCLOAK, "--http-host=" + config.bindAddress(), "--import-realm");
        return JavaProcess.start("keycloak", cmd, env, home, log);
    }

    static void awaitReady(JavaProcess process, Duration timeout) {
        String wellKnown = REALM_URL + "/.well-known/openid-configuration";
        Wait.until("Keycloak realm " + REALM + " (" + wellKnown + ")", timeout, () -> {
            process.requireAlive();
            return Http.status(wellKnown) == 200;
        });
    }

    /** The issuer Keycloak announces, so a wrong front-end URL is caught at start rather than as 401s later. */
    static String issuer() {
        String body = Http.body(REALM_URL + "/.well-known/openid-configuration");
        if (body == null) {
            return null;
        }
        int i = body.indexOf("\"issuer\":\"");
        return i < 0 ? null : body.substring(i + 10, body.indexOf('"', i + 10));
    }
}
