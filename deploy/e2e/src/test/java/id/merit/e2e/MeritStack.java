package id.merit.e2e;

import id.merit.infra.Net;
import id.merit.infra.test.FakeRegistry;
import id.merit.launcher.App;
import id.merit.launcher.Ports;
import id.merit.launcher.RunDir;
import id.merit.launcher.Suite;
import id.merit.launcher.SuiteConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole suite, started once per test JVM with the launcher's {@link Suite} in a fresh state folder under
 * target/ (its own embedded PostgreSQL on {@code merit.e2e.pg-port}, its own Kafka log and Keycloak database), and
 * stopped when the JVM's tests are done. Tests talk only to the gateway, with real Keycloak tokens. employee-service
 * reads a fake national registry (SIASN) run in this JVM, which tests fill with the people they sync.
 */
public final class MeritStack implements BeforeAllCallback {
    public static final String GATEWAY = "http://localhost:" + Ports.GATEWAY;
    public static final String KEYCLOAK = "http://localhost:" + Ports.KEYCLOAK;

    private static Suite suite;
    private static id.merit.infra.PostgresServer attachedPostgres;
    private static Api api;
    private static Tokens tokens;
    private static KeycloakUsers users;
    private static long startedNanos;
    private static TraceCollector traces;
    private static FakeRegistry registry;
    private static final List<Runnable> extraStops = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (MeritStack.class) {
            if (suite == null && api == null) {
                start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("merit-suite", (AutoCloseable) MeritStack::stop);
            }
        }
    }

    private static void start() {
        startedNanos = System.nanoTime();
        if (Boolean.getBoolean("merit.e2e.attach")) {
            attach();
            return;
        }
        int pgPort = Integer.getInteger("merit.e2e.pg-port", 15432);
        Map<String, Integer> ports = new LinkedHashMap<>(Ports.needed(false));
        ports.put("the e2e PostgreSQL", pgPort);
        int otlpPort = Integer.getInteger("merit.e2e.otlp-port", 14318);
        ports.put("the e2e OTLP receiver", otlpPort);
        // Fail before anything starts, naming every port in use (another developer's ./merit start, a stray run).
        Ports.requireFree(ports);
        if (!Integer.toString(pgPort).equals(System.getenv("MERIT_PG_PORT"))) {
            throw new IllegalStateException("MERIT_PG_PORT must be " + pgPort + " (set by this module's surefire "
                    + "configuration) so the suite never uses a developer's PostgreSQL; run through Maven");
        }
        Path repo = SuiteConfig.findRepoRoot(Path.of(""));
        Path state;
        try {
            Path base = Files.createDirectories(repo.resolve("deploy/e2e/target"));
            state = Files.createTempDirectory(base, "e2e-state-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the e2e state folder: " + e.getMessage(), e);
        }
        try {
            // Before the applications start: they export their spans here from their first request on.
            traces = new TraceCollector(otlpPort);
            registry = new FakeRegistry();
        } catch (IOException e) {
            closeReceivers();
            throw new IllegalStateException("cannot open the OTLP receiver on port " + otlpPort + " or the fake registry: " + e.getMessage(), e);
        }
        SuiteConfig config = SuiteConfig.fromEnvironment(appsRoot(repo)).withStateDir(state)
                .withAppEnvironment("employee-service", registryEnvironment(registry));
        System.out.println("[e2e] starting Merit in " + state);
        Suite s = new Suite(config, line -> System.out.println("[e2e] " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "merit-e2e-stop"));
        try {
            s.start();
        } catch (RuntimeException e) {
            s.stop();
            closeReceivers(); // the port must be free for the next attempt in this JVM
            throw e;
        }
        suite = s;
        api = new Api(GATEWAY);
        tokens = new Tokens(KEYCLOAK + "/realms/merit");
        users = new KeycloakUsers(KEYCLOAK, config.keycloakAdminPassword());
        Poll.untilTrue("the gateway to be ready", Duration.ofMinutes(2), () -> api.get("/q/health/ready").send().status() == 200);
        System.out.printf("[e2e] suite ready after %.0f s%n", (System.nanoTime() - startedNanos) / 1e9);
    }

    /**
     * employee-service against the fake registry. Sending final results (skp22/save) stays off: every
     * appraisal.finalized would become a write to a registry that knows none of those people (the demo data alone
     * finalizes about 1 200), failing and retrying for hours in the background and changing registry_write rows under
     * tests that compare table digests; employee-service's own tests cover the sending against the same fake. The
     * nightly sync is off for the same reason: at 01:30 WIB it would sync everyone in the middle of a run.
     */
    static Map<String, String> registryEnvironment(FakeRegistry fake) {
        Map<String, String> env = new LinkedHashMap<>(fake.clientEnvironment());
        env.put("MERIT_REGISTRY_SEND_APPRAISALS", "false");
        env.put("MERIT_REGISTRY_NIGHTLY_CRON", "off");
        return env;
    }

    private static void closeReceivers() {
        if (traces != null) {
            traces.close();
            traces = null;
        }
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }

    /**
     * For working on the tests: -Dmerit.e2e.attach=true uses a suite already running on the standard ports (started
     * with MERIT_PG_PORT=15432 so its databases are reachable); the fault tests need a suite of their own.
     */
    private static void attach() {
        System.out.println("[e2e] attaching to the running suite");
        api = new Api(GATEWAY);
        tokens = new Tokens(KEYCLOAK + "/realms/merit");
        users = new KeycloakUsers(KEYCLOAK, SuiteConfig.DEFAULT_KEYCLOAK_ADMIN_PASSWORD);
        attachedPostgres = id.merit.infra.PostgresServer.connectOrStart("127.0.0.1", Integer.getInteger("merit.e2e.pg-port", 15432),
                "postgres", "", Path.of("target/unused-pg"));
    }

    public static boolean attached() {
        return suite == null && api != null;
    }

    /**
     * Where the applications' quarkus-app jars are: the checkout (as built by the reactor before this module), or
     * -Dmerit.e2e.apps-root=<another checkout> to test a separately built tree.
     */
    private static Path appsRoot(Path repo) {
        String other = System.getProperty("merit.e2e.apps-root");
        return other == null || other.isBlank() ? repo : SuiteConfig.findRepoRoot(Path.of(other));
    }

    private static void stop() {
        synchronized (MeritStack.class) {
            extraStops.forEach(Runnable::run);
            extraStops.clear();
            if (suite != null) {
                suite.stop();
                closeReceivers();
                System.out.printf("[e2e] whole e2e run (start, tests, stop) took %.0f s%n", (System.nanoTime() - startedNanos) / 1e9);
                deleteStateExceptLogs(suite.config().stateDir());
                suite = null;
            }
        }
    }

    /** The state folder is large (Keycloak, databases, Kafka log); the logs stay for a failed run's diagnosis. */
    private static void deleteStateExceptLogs(Path state) {
        try (Stream<Path> all = Files.walk(state)) {
            all.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.startsWith(state.resolve("logs")) && !p.equals(state))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("[e2e] could not clean " + state + ": " + e.getMessage());
        }
    }

    public static Suite suite() {
        return suite;
    }

    /** The fake registry employee-service reads (null when attached to a running suite, which has none of ours). */
    static FakeRegistry registry() {
        return registry;
    }

    /** The spans the suite's applications exported (null when attached to a running suite). */
    static TraceCollector traces() {
        return traces;
    }

    public static Api api() {
        return api;
    }

    public static Tokens tokens() {
        return tokens;
    }

    public static KeycloakUsers users() {
        return users;
    }

    public static String token(String user) {
        return tokens.of(user);
    }

    /** Admin connection to a service's own database, for counting what a fault test must find (never to drive). */
    public static Connection database(String name) throws SQLException {
        return (suite == null ? attachedPostgres : suite.postgres()).admin(name);
    }

    public static App service(String name) {
        return Suite.SERVICES.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** The running process of an application (a child of this JVM, recorded by the launcher). */
    public static ProcessHandle process(String name) {
        return new RunDir(suite.config().runDir()).find(name)
                .or(() -> ProcessHandle.current().descendants()
                        .filter(p -> p.info().commandLine().orElse("").contains(name + "/target/quarkus-app/quarkus-run.jar"))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    public static void onStop(Runnable r) {
        extraStops.add(r);
    }

    public static boolean listening(int port) {
        return Net.isListening("127.0.0.1", port);
    }
}
