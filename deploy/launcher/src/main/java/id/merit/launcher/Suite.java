package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.JavaProcess;
import id.merit.infra.KafkaBroker;
import id.merit.infra.PostgresServer;
import id.merit.infra.Topics;
import id.merit.infra.Wait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole Merit suite on one machine: PostgreSQL, Kafka, Keycloak, the four services and the gateway.
 * {@link #start()} brings them up in dependency order and fails fast with a message naming the cause;
 * {@link #stop()} (also called from the launcher's shutdown hook) ends them in reverse order. Every process
 * is recorded in {@link RunDir} so another terminal can stop it.
 */
public final class Suite implements AutoCloseable {
    public static final List<App> SERVICES = List.of(
            new App("employee-service", 8081, "merit_employee"),
            new App("appraisal-service", 8082, "merit_appraisal"),
            new App("feedback-service", 8083, "merit_feedback"),
            new App("placement-service", 8084, "merit_placement"));
    public static final App GATEWAY = new App("gateway", Ports.GATEWAY, null);
    public static final String KEYCLOAK_DATABASE = "merit_keycloak";

    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(3);
    /** Creating Keycloak's schema and importing the realm on a busy 2-core machine took over 3 minutes. */
    static final Duration KEYCLOAK_FIRST_TIMEOUT = Duration.ofMinutes(6);
    static final Duration APP_TIMEOUT = Duration.ofMinutes(2);
    static final Duration APP_GRACE = Duration.ofSeconds(20);
    static final Duration KEYCLOAK_GRACE = Duration.ofSeconds(30);
    /** Two cores on the reference machine: two JVMs booting at once is the useful maximum. */
    static final int PARALLEL_APP_STARTS = 2;

    private final SuiteConfig config;
    private final Consumer<String> out;
    private final RunDir run;
    private final LocalSecrets secrets;
    private final Object lock = new Object();
    private final List<Started> started = new ArrayList<>();
    private final Map<String, ProcessHandle> processes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reportedDead = new ConcurrentHashMap<>();
    private boolean stopping;
    private PostgresServer postgres;
    private KafkaBroker kafka;

    /**
     * Stop layers, whatever the start order was (Keycloak is launched before Kafka but stops before it);
     * the services form one layer and stop together.
     */
    private static final List<List<String>> STOP_LAYERS = List.of(List.of("gateway"),
            List.of("employee-service", "appraisal-service", "feedback-service", "placement-service"),
            List.of("keycloak"), List.of("kafka"), List.of("postgres"));

    private record Started(String name, Runnable stop) {
    }

    /** The stop layer of a component; unknown names go first. */
    static int stopRank(String name) {
        for (int i = 0; i < STOP_LAYERS.size(); i++) {
            if (STOP_LAYERS.get(i).contains(name)) {
                return i;
            }
        }
        return -1;
    }

    public Suite(SuiteConfig config, Consumer<String> out) {
        this.config = config;
        this.out = out;
        this.run = new RunDir(config.runDir());
        this.secrets = new LocalSecrets(config.stateDir().resolve("secrets.properties"));
    }

    public SuiteConfig config() {
        return config;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String keycloakRealmUrl() {
        return Keycloak.REALM_URL;
    }

    public Suite start() {
        long t0 = System.nanoTime();
        preflight();
        rotateLogs();
        startPostgres();
        if (!Files.isExecutable(config.keycloakHome().resolve("bin/kc.sh"))) {
            long t = System.nanoTime();
            Keycloak.install(config);
            report("Keycloak", "unpacked into " + config.keycloakHome(), t);
        }
        long tKeycloak = System.nanoTime();
        boolean firstStart = !realmImported();
        if (firstStart) {
            out.accept("  Keycloak           first start: creating its database and importing the realm (1-3 min) ...");
        }
        // Keycloak boots (slowly) while Kafka starts.
        JavaProcess keycloak = Keycloak.launch(config.keycloakHome(), config,
                postgres.jdbcUrl(KEYCLOAK_DATABASE), KEYCLOAK_DATABASE, config.log("keycloak"));
        track("keycloak", keycloak, () -> keycloak.stop(KEYCLOAK_GRACE));
        startKafka();
        withLogTail(config.log("keycloak"),
                () -> Keycloak.awaitReady(keycloak, firstStart ? KEYCLOAK_FIRST_TIMEOUT : KEYCLOAK_TIMEOUT));
        String issuer = Keycloak.issuer();
        report("Keycloak", "realm " + Keycloak.REALM + " ready at " + Keycloak.URL, tKeycloak);
        if (issuer != null && !issuer.equals(Keycloak.REALM_URL)) {
            out.accept("  WARNING: Keycloak announces issuer " + issuer + ", the applications expect "
                    + Keycloak.REALM_URL + " (is KC_HOSTNAME set?)");
        }
        if (!config.infraOnly()) {
            startApps();
        }
        out.accept(String.format("Merit started in %.0f s.", seconds(t0)));
        return this;
    }

    private void preflight() {
        if (Runtime.version().feature() < 17) {
            throw new InfraException("Java 17 or newer is needed; this is Java " + Runtime.version()
                    + " (" + System.getProperty("java.home") + ")");
        }
        List<RunDir.Entry> leftovers = run.children();
        if (!leftovers.isEmpty()) {
            throw new InfraException("processes of an earlier Merit run are still running ("
                    + String.join(", ", leftovers.stream().map(e -> e.name() + " pid " + e.process().pid()).toList())
                    + "); stop them first with: ./merit stop");
        }
        if (!Files.isRegularFile(config.realmFile())) {
            throw new InfraException("the realm file is missing: " + config.realmFile());
        }
        if (!config.infraOnly()) {
            List<String> missing = Stream.concat(SERVICES.stream(), Stream.of(GATEWAY))
                    .filter(a -> !Files.isRegularFile(a.jar(config.repoRoot())))
                    .map(a -> config.repoRoot().relativize(a.jar(config.repoRoot())).toString())
                    .toList();
            if (!missing.isEmpty()) {
                throw new InfraException("the applications are not built (missing " + String.join(", ", missing)
                        + "): run ./mvnw package -DskipTests first");
            }
        }
        Ports.requireFree(Ports.needed(config.infraOnly()));
    }

    private void rotateLogs() {
        try {
            Files.createDirectories(config.logs());
            try (Stream<Path> logs = Files.list(config.logs())) {
                for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                    Files.move(log, log.resolveSibling(log.getFileName() + ".prev"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new InfraException("cannot prepare the log folder " + config.logs() + ": " + e.getMessage(), e);
        }
    }

    private void startPostgres() {
        long t = System.nanoTime();
        postgres = PostgresServer.fromEnvironment(config.postgresData());
        PostgresServer pg = postgres;
        if (pg.isEmbedded()) {
            register("postgres", pg::close);
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(h -> record("postgres", h));
        }
        if (config.resetKeycloak()) {
            pg.dropDatabase(KEYCLOAK_DATABASE);
            out.accept("  Keycloak's database dropped: the realm file will be imported afresh");
        }
        if (config.resetData()) {
            resetData(pg, SERVICES.stream().map(App::database).toList(), config.kafkaData());
            out.accept("  the services' databases dropped and Kafka's data deleted: no business data, no events");
        }
        for (App s : SERVICES) {
            pg.ensureDatabase(s.database(), s.database(), config.dbPassword());
        }
        pg.ensureDatabase(KEYCLOAK_DATABASE, KEYCLOAK_DATABASE, config.dbPassword());
        report("PostgreSQL", (pg.isEmbedded() ? "embedded, data in " + config.postgresData() : "existing server")
                + " on " + pg.host() + ":" + pg.port() + ", databases ready", t);
    }

    /**
     * {@code --reset-data}: the services' databases dropped, and Kafka's data with them — the events of the dropped
     * data and the consumers' committed offsets (a fresh database behind an old offset would miss nothing, but the
     * topics would still replay the old organisation to any new consumer group). Kafka is not running yet.
     */
    static void resetData(PostgresServer pg, List<String> databases, Path kafkaData) {
        databases.forEach(pg::dropDatabase);
        try {
            FileTrees.delete(kafkaData);
        } catch (IOException e) {
            throw new InfraException("cannot delete Kafka's data " + kafkaData + ": " + e.getMessage(), e);
        }
    }

    /** Whether Keycloak's database already holds the merit realm (then Keycloak skips the import). */
    private boolean realmImported() {
        try (Connection c = postgres.admin(KEYCLOAK_DATABASE);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from realm where name = '" + Keycloak.REALM + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private Optional<Long> postmasterPid() {
        try {
            return Optional.of(Long.parseLong(
                    Files.readAllLines(config.postgresData().resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void startKafka() {
        long t = System.nanoTime();
        KafkaBroker broker = new KafkaBroker(config.kafkaData(), Ports.KAFKA, Ports.KAFKA_CONTROLLER,
                config.log("kafka"), "512m");
        kafka = broker;
        // Registered before it starts: a Ctrl-C during its start still stops it.
        register("kafka", broker::stop);
        withLogTail(config.log("kafka"), () -> broker.start(KAFKA_TIMEOUT));
        ProcessHandle.of(broker.pid()).ifPresent(h -> record("kafka", h));
        Topics.ensure(broker, 3);
        report("Kafka", "ready on " + broker.bootstrapServers() + ", " + Topics.all().size() + " topics", t);
    }

    private void startApps() {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_APP_STARTS, r -> {
            Thread th = new Thread(r, "merit-app-start");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (App s : SERVICES) {
                starts.add(pool.submit(() -> startApp(s, serviceEnvironment(s))));
            }
            for (Future<?> f : starts) {
                f.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e.getCause() instanceof RuntimeException re ? re : new InfraException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while starting the services", e);
        } finally {
            pool.shutdown();
        }
        startApp(GATEWAY, gatewayEnvironment());
    }

    private Map<String, String> commonEnvironment(App app) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(app.port()));
        env.put("QUARKUS_HTTP_HOST", config.bindAddress());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Keycloak.REALM_URL);
        return env;
    }

    Map<String, String> serviceEnvironment(App service) {
        Map<String, String> env = commonEnvironment(service);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.dbPassword());
        if (service.name().equals("feedback-service")) {
            putUnlessSet(env, "MERIT_FEEDBACK_TOKEN_SECRET", () -> secrets.get("feedback.token-secret"));
            putUnlessSet(env, "MERIT_FEEDBACK_ADDRESS_PEPPER", () -> secrets.get("feedback.address-pepper"));
            putUnlessSet(env, "MERIT_FEEDBACK_PUBLIC_BASE_URL", GATEWAY::url);
            // Citizens reach the service through the gateway on this machine: its forwarded-for header counts.
            putUnlessSet(env, "MERIT_FEEDBACK_TRUSTED_PROXIES", () -> "127.0.0.1");
            // A local suite (development, the demo, the e2e tests) shows the public's responses as they come; production
            // keeps the service's default, counting each day's responses from the next day (feedback-service README).
            putUnlessSet(env, "MERIT_FEEDBACK_PUBLIC_AGGREGATE_UNTIL", () -> "NOW");
        }
        return env;
    }

    private static void putUnlessSet(Map<String, String> env, String name, java.util.function.Supplier<String> value) {
        if (System.getenv(name) == null) {
            env.put(name, value.get());
        }
    }

    Map<String, String> gatewayEnvironment() {
        Map<String, String> env = commonEnvironment(GATEWAY);
        SERVICES.forEach(s -> env.put(s.urlVariable(), "http://127.0.0.1:" + s.port()));
        // Metrics on the gateway's management interface (same host as its HTTP port), the port checked free above.
        env.put("MERIT_GATEWAY_MANAGEMENT_PORT", Integer.toString(Ports.GATEWAY_MANAGEMENT));
        return env;
    }

    private void startApp(App app, Map<String, String> launcherEnv) {
        long t = System.nanoTime();
        Path jar = app.jar(config.repoRoot());
        List<String> cmd = List.of(JavaProcess.javaBinary(), "-Xms32m", "-Xmx" + config.appHeap(), "-jar", jar.toString());
        // Last, so the caller's explicit settings win (a restart after a crash gets them again too).
        Map<String, String> env = new LinkedHashMap<>(launcherEnv);
        env.putAll(config.environmentOf(app.name()));
        JavaProcess p = JavaProcess.start(app.name(), cmd, env, config.repoRoot().resolve(app.name()), config.log(app.name()));
        track(app.name(), p, () -> p.stop(APP_GRACE));
        String ready = "http://127.0.0.1:" + app.port() + "/q/health/ready";
        withLogTail(p.log(), () -> Wait.until(app.name() + " to be ready (" + ready + ")", APP_TIMEOUT, () -> {
            p.requireAlive();
            return Http.status(ready) == 200;
        }));
        report(app.name(), "ready on " + app.url(), t);
    }

    /** A process just launched: into the stop order first, then into the pid files. */
    private void track(String name, JavaProcess process, Runnable stop) {
        register(name, stop);
        ProcessHandle.of(process.pid()).ifPresent(h -> record(name, h));
    }

    /** Into the pid files (for merit stop / status) and for {@link #deadProcesses()}. */
    private void record(String name, ProcessHandle process) {
        processes.put(name, process);
        run.record(name, process);
    }

    private void register(String name, Runnable stop) {
        synchronized (lock) {
            if (stopping) {
                stop.run();
                throw new InfraException("stopped while starting " + name);
            }
            started.add(new Started(name, stop));
        }
    }

    /**
     * Fault tests: ends an application with SIGKILL (no shutdown hook, no graceful drain), as a crash would,
     * and waits until it is gone. Its entry stays in the stop order; {@link #restart} replaces it.
     */
    public void crash(String name) {
        ProcessHandle h = processes.get(name);
        if (h == null) {
            throw new InfraException(name + " is not running under this suite");
        }
        reportedDead.put(name, true);
        h.destroyForcibly();
        try {
            h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new InfraException(name + " (pid " + h.pid() + ") did not die after SIGKILL", e);
        }
    }

    /** Starts an application again after {@link #crash} (or its own death), with the environment of the first start. */
    public void restart(String name) {
        App app = Stream.concat(SERVICES.stream(), Stream.of(GATEWAY)).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new InfraException("no application called " + name));
        ProcessHandle old = processes.get(name);
        if (old != null && old.isAlive()) {
            throw new InfraException(name + " is still running (pid " + old.pid() + ")");
        }
        synchronized (lock) {
            started.removeIf(s -> s.name().equals(name));
        }
        reportedDead.remove(name);
        startApp(app, app == GATEWAY ? gatewayEnvironment() : serviceEnvironment(app));
    }

    /** Fault tests: a broker outage. {@code crash} kills it at once, otherwise it shuts down cleanly. */
    public void stopKafka(boolean crash) {
        reportedDead.put("kafka", true);
        if (crash) {
            kafka.kill();
        } else {
            kafka.stop();
        }
    }

    /** Brings the broker back on the same ports and data after {@link #stopKafka}. */
    public void startKafkaAgain() {
        long t = System.nanoTime();
        withLogTail(config.log("kafka"), () -> kafka.start(KAFKA_TIMEOUT));
        ProcessHandle.of(kafka.pid()).ifPresent(h -> record("kafka", h));
        reportedDead.remove("kafka");
        report("Kafka", "restarted on " + kafka.bootstrapServers(), t);
    }

    public boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /** Stops everything started so far, last started first; safe to call more than once and from any thread. */
    public void stop() {
        synchronized (lock) {
            stopping = true;
            if (started.isEmpty()) {
                return;
            }
            out.accept("Stopping Merit ...");
            Map<Integer, List<Started>> layers = new TreeMap<>();
            for (Started s : started) {
                layers.computeIfAbsent(stopRank(s.name()), k -> new ArrayList<>()).add(s);
            }
            started.clear();
            for (List<Started> layer : layers.values()) {
                List<Thread> threads = layer.stream()
                        .map(s -> new Thread(() -> stop(s), "merit-stop-" + s.name()))
                        .toList();
                threads.forEach(Thread::start);
                threads.forEach(Suite::join);
            }
            out.accept("Merit stopped.");
        }
    }

    private void stop(Started s) {
        long t = System.nanoTime();
        try {
            s.stop().run();
            out.accept(String.format("  %-18s stopped (%.1f s)", s.name(), seconds(t)));
        } catch (RuntimeException e) {
            out.accept("  " + s.name() + " did not stop cleanly: " + e.getMessage());
        }
        run.forget(s.name());
        processes.remove(s.name());
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Processes that ended without being asked to; each is reported once. */
    public List<String> deadProcesses() {
        List<String> dead = new ArrayList<>();
        processes.forEach((name, h) -> {
            if (!RunDir.isRunning(h) && !isStopping() && reportedDead.putIfAbsent(name, true) == null) {
                dead.add(name + " exited unexpectedly; see " + config.log(name));
            }
        });
        return dead;
    }

    private void withLogTail(Path log, Runnable action) {
        try {
            action.run();
        } catch (InfraException e) {
            if (isStopping()) {
                throw e;
            }
            throw new InfraException(e.getMessage() + "\n--- last lines of " + log + " ---\n" + tail(log, 20), e);
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log)";
        }
    }

    private void report(String name, String what, long startNanos) {
        out.accept(String.format("  %-18s %s (%.1f s)", name, what, seconds(startNanos)));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
