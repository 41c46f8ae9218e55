package id.merit.launcher;

import id.merit.infra.InfraException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where things are and the few settings a developer may change through the environment.
 *
 * @param repoRoot              the Merit checkout (holds the apps' build output and deploy/keycloak)
 * @param stateDir              all runtime state: logs, pid files, Kafka data, Keycloak, embedded PostgreSQL
 * @param keycloakZip           the Keycloak server distribution Maven downloaded
 * @param dbPassword            password of every database user the suite creates
 * @param keycloakAdminPassword password of Keycloak's bootstrap admin {@code admin} (used on its first start only)
 * @param bindAddress           the address Keycloak and the applications listen on
 * @param infraOnly             start PostgreSQL, Kafka and Keycloak only
 * @param resetKeycloak         drop Keycloak's database first, so the realm file is imported afresh
 * @param resetData             drop the services' databases and Kafka's data first: the suite starts with no business data
 * @param appEnvironment        per application (by name), variables given to it on top of the launcher's own — for a
 *                              program that starts the suite (the e2e tests point employee-service at a fake registry);
 *                              they win over the launcher's values and over this process's environment
 */
public record SuiteConfig(Path repoRoot, Path stateDir, Path keycloakZip, String keycloakVersion, String dbPassword,
                          String keycloakAdminPassword, String bindAddress, String appHeap, boolean infraOnly,
                          boolean resetKeycloak, boolean resetData, Map<String, Map<String, String>> appEnvironment) {

    public SuiteConfig {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        appEnvironment.forEach((app, env) -> copy.put(app, Map.copyOf(env)));
        appEnvironment = Map.copyOf(copy);
    }

    public static final String DEFAULT_DB_PASSWORD = "merit-dev";
    public static final String DEFAULT_KEYCLOAK_ADMIN_PASSWORD = "admin";

    /** Defaults, the build's {@code merit-launcher.properties}, and MERIT_* environment variables. */
    public static SuiteConfig fromEnvironment(Path repoRoot) {
        Properties build = buildProperties();
        Path root = repoRoot.toAbsolutePath().normalize();
        String state = env("MERIT_STATE_DIR", null);
        return new SuiteConfig(root,
                state == null ? root.resolve(".merit") : Path.of(state).toAbsolutePath(),
                Path.of(build.getProperty("keycloak.zip")),
                build.getProperty("keycloak.version"),
                env("MERIT_DB_PASSWORD", DEFAULT_DB_PASSWORD),
                env("MERIT_KEYCLOAK_ADMIN_PASSWORD", DEFAULT_KEYCLOAK_ADMIN_PASSWORD),
                env("MERIT_BIND_ADDRESS", "127.0.0.1"),
                env("MERIT_APP_HEAP", "256m"),
                false, false, false, Map.of());
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = SuiteConfig.class.getResourceAsStream("/merit-launcher.properties")) {
            if (in == null) {
                throw new InfraException("merit-launcher.properties is not on the class path: build the launcher "
                        + "(./mvnw -B -q -DskipTests -pl deploy/launcher -am install)");
            }
            p.load(in);
        } catch (IOException e) {
            throw new InfraException("cannot read merit-launcher.properties: " + e.getMessage(), e);
        }
        if (p.getProperty("keycloak.zip", "").contains("${")) {
            throw new InfraException("merit-launcher.properties was not filtered by Maven: build the launcher with ./mvnw");
        }
        return p;
    }

    /** Walks up from {@code start} to the folder that holds deploy/keycloak/merit-realm.json. */
    public static Path findRepoRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/keycloak/merit-realm.json"))) {
                return p;
            }
        }
        throw new InfraException("cannot find the Merit checkout from " + start
                + " (no deploy/keycloak/merit-realm.json above it); run from the checkout or set MERIT_HOME");
    }

    public SuiteConfig withInfraOnly(boolean value) {
        return new SuiteConfig(repoRoot, stateDir, keycloakZip, keycloakVersion, dbPassword, keycloakAdminPassword,
                bindAddress, appHeap, value, resetKeycloak, resetData, appEnvironment);
    }

    public SuiteConfig withResetKeycloak(boolean value) {
        return new SuiteConfig(repoRoot, stateDir, keycloakZip, keycloakVersion, dbPassword, keycloakAdminPassword,
                bindAddress, appHeap, infraOnly, value, resetData, appEnvironment);
    }

    public SuiteConfig withResetData(boolean value) {
        return new SuiteConfig(repoRoot, stateDir, keycloakZip, keycloakVersion, dbPassword, keycloakAdminPassword,
                bindAddress, appHeap, infraOnly, resetKeycloak, value, appEnvironment);
    }

    public SuiteConfig withStateDir(Path value) {
        return new SuiteConfig(repoRoot, value.toAbsolutePath(), keycloakZip, keycloakVersion, dbPassword,
                keycloakAdminPassword, bindAddress, appHeap, infraOnly, resetKeycloak, resetData, appEnvironment);
    }

    /**
     * These variables added to what {@code app} (a service's name or "gateway") is started with; a name given twice
     * keeps the last value. An unknown application is refused: a misspelt name would silently configure nothing.
     */
    public SuiteConfig withAppEnvironment(String app, Map<String, String> env) {
        if (Stream.concat(Suite.SERVICES.stream(), Stream.of(Suite.GATEWAY)).noneMatch(a -> a.name().equals(app))) {
            throw new IllegalArgumentException("no application called " + app);
        }
        Map<String, Map<String, String>> all = new LinkedHashMap<>(appEnvironment);
        Map<String, String> merged = new LinkedHashMap<>(environmentOf(app));
        merged.putAll(env);
        all.put(app, merged);
        return new SuiteConfig(repoRoot, stateDir, keycloakZip, keycloakVersion, dbPassword, keycloakAdminPassword,
                bindAddress, appHeap, infraOnly, resetKeycloak, resetData, all);
    }

    /** The variables {@link #withAppEnvironment} gave {@code app}; empty when none. */
    public Map<String, String> environmentOf(String app) {
        return appEnvironment.getOrDefault(app, Map.of());
    }

    public Path logs() {
        return stateDir.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path runDir() {
        return stateDir.resolve("run");
    }

    public Path kafkaData() {
        return stateDir.resolve("kafka");
    }

    public Path postgresData() {
        return stateDir.resolve("pg");
    }

    public Path keycloakHome() {
        return stateDir.resolve("keycloak-" + keycloakVersion);
    }

    public Path realmFile() {
        return repoRoot.resolve("deploy/keycloak/merit-realm.json");
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
