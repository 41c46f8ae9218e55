package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.JavaProcess;
import id.merit.infra.Net;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code merit start [--demo] [--infra-only] [--reset-keycloak] [--reset-data]} runs the suite in the foreground until Ctrl-C
 * or {@code merit stop}; {@code merit stop} stops it from another terminal; {@code merit status} shows what runs.
 */
public final class Main {
    private static final Duration LAUNCHER_GRACE = Duration.ofMinutes(2);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(20);
    private static final PrintStream OUT = System.out;

    private Main() {
    }

    public static void main(String[] args) {
        // The infra library logs through SLF4J; the launcher reports on its own, so no provider and no warning.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        int code;
        try {
            code = run(args);
        } catch (InfraException | IllegalArgumentException e) {
            System.err.println("merit: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    static int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        List<String> options = new ArrayList<>(List.of(args).subList(1, args.length));
        return switch (args[0]) {
            case "start" -> start(options);
            case "stop" -> stop(options);
            case "status" -> status(options);
            case "dead-letters" -> new DeadLetters(kafkaBootstrap(), OUT).run(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0] + " (start, stop, status or dead-letters)");
        };
    }

    private static void usage() {
        OUT.println("""
                usage: merit start [--demo] [--infra-only] [--reset-keycloak] [--reset-data]
                       merit stop
                       merit status
                       merit dead-letters <topic> [--replay]
                  start             run the whole suite in the foreground; Ctrl-C stops it
                  --demo            load the Palangka Raya demo data
                  --infra-only      PostgreSQL, Kafka and Keycloak only (no applications)
                  --reset-keycloak  drop Keycloak's database so the realm file is imported afresh
                  --reset-data      drop the services' databases and Kafka's data: start with no business data
                  stop              stop a suite started in another terminal
                  status            show what runs
                  dead-letters      list the events the services set aside on <topic>.dlq (reason given);
                                    --replay publishes those not yet replayed on <topic> again (consumers skip
                                    what they had already processed); broker: KAFKA_BOOTSTRAP_SERVERS or the suite's""");
    }

    /** The broker of a deployment (KAFKA_BOOTSTRAP_SERVERS), else the local suite's. */
    private static String kafkaBootstrap() {
        String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return env != null && !env.isBlank() ? env : "127.0.0.1:" + Ports.KAFKA;
    }

    private static SuiteConfig config() {
        String home = Optional.ofNullable(System.getProperty("merit.home")).orElse(System.getenv("MERIT_HOME"));
        Path root = home != null ? Path.of(home) : SuiteConfig.findRepoRoot(Path.of(""));
        return SuiteConfig.fromEnvironment(root);
    }

    private static void allowOnly(List<String> options, String... allowed) {
        for (String o : options) {
            if (!List.of(allowed).contains(o)) {
                throw new IllegalArgumentException("unknown option " + o);
            }
        }
    }

    private static int start(List<String> options) {
        allowOnly(options, "--demo", "--infra-only", "--reset-keycloak", "--reset-data");
        SuiteConfig config = config()
                .withInfraOnly(options.contains("--infra-only"))
                .withResetKeycloak(options.contains("--reset-keycloak"))
                .withResetData(options.contains("--reset-data"));
        RunDir run = new RunDir(config.runDir());
        run.find(RunDir.LAUNCHER).ifPresent(h -> {
            throw new InfraException("Merit is already running (launcher pid " + h.pid() + "); stop it with ./merit stop");
        });
        run.record(RunDir.LAUNCHER, ProcessHandle.current());
        Suite suite = new Suite(config, OUT::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.stop();
            run.forget(RunDir.LAUNCHER);
        }, "merit-stop"));

        OUT.println("Starting Merit" + (config.infraOnly() ? " (infrastructure only)" : "") + " — logs in " + config.logs());
        try {
            suite.start();
        } catch (InfraException e) {
            if (suite.isStopping()) {
                return 130;
            }
            System.err.println("merit: " + e.getMessage());
            suite.stop();
            run.forget(RunDir.LAUNCHER);
            return 1;
        }
        Summary.print(OUT, config);
        if (options.contains("--demo")) {
            loadDemo(config, suite);
        }
        while (!suite.isStopping()) {
            suite.deadProcesses().forEach(d -> OUT.println("WARNING: " + d));
            sleep(5000);
        }
        return 0;
    }

    /**
     * Runs the Palangka Raya demo-data generator (deploy/e2e, {@code id.merit.e2e.demo.DemoLoader}) in a JVM of its
     * own against the running suite: it uses only the public API, so it needs the applications, and the e2e module's
     * classes and class-path file from the build. A failed load is reported; the suite keeps running.
     */
    private static void loadDemo(SuiteConfig config, Suite suite) {
        if (config.infraOnly()) {
            OUT.println("demo data: not loaded — it goes through the applications' API, which --infra-only does not start");
            return;
        }
        Path e2e = config.repoRoot().resolve("deploy/e2e/target");
        Path classes = e2e.resolve("classes");
        Path classpath = e2e.resolve("e2e.classpath");
        if (!Files.isDirectory(classes.resolve("id/merit/e2e/demo")) || !Files.isRegularFile(classpath)) {
            OUT.println("demo data: not loaded — the e2e module is not built (" + classes + " and " + classpath
                    + " are missing); build it with ./mvnw -B -q -DskipTests install (./merit start without --no-build does)");
            return;
        }
        List<String> command = new ArrayList<>(List.of(JavaProcess.javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                classes + java.io.File.pathSeparator + readClasspath(classpath), "id.merit.e2e.demo.DemoLoader",
                "--gateway", "http://localhost:" + Ports.GATEWAY, "--keycloak", Keycloak.URL));
        String size = System.getenv("MERIT_DEMO_SIZE");
        if (size != null && !size.isBlank()) {
            command.addAll(List.of("--size", size.trim()));
        }
        OUT.println("Loading the Palangka Raya demo data (a few minutes the first time; loading again changes nothing) ...");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // Keycloak's admin password goes in the environment, not on a command line others can list.
            builder.environment().put("MERIT_KEYCLOAK_ADMIN_PASSWORD", config.keycloakAdminPassword());
            Process demo = builder.start();
            Thread stopDemo = new Thread(demo::destroy, "merit-demo-stop");
            Runtime.getRuntime().addShutdownHook(stopDemo);
            int code = demo.waitFor();
            if (!suite.isStopping()) {
                Runtime.getRuntime().removeShutdownHook(stopDemo);
                OUT.println(code == 0 ? "demo data: loaded" : "demo data: the generator failed (exit code " + code + "); the suite keeps running");
            }
        } catch (java.io.IOException e) {
            OUT.println("demo data: cannot start the generator: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readClasspath(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            throw new InfraException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static int stop(List<String> options) {
        allowOnly(options);
        SuiteConfig config = config();
        boolean any = new RunDir(config.runDir()).stopAll(LAUNCHER_GRACE, LEFTOVER_GRACE, OUT::println);
        OUT.println(any ? "Merit stopped." : "Merit is not running.");
        return 0;
    }

    /** Exit code 0 when the launcher runs, 3 when it does not (as LSB status commands do). */
    private static int status(List<String> options) {
        allowOnly(options);
        SuiteConfig config = config();
        RunDir run = new RunDir(config.runDir());
        Optional<ProcessHandle> launcher = run.find(RunDir.LAUNCHER);
        OUT.println("launcher            " + launcher.map(h -> "running, pid " + h.pid()).orElse("not running"));
        String pgPort = SuiteConfig.env("MERIT_PG_PORT", "5432");
        row(run, "postgres", Net.isListening("127.0.0.1", Integer.parseInt(pgPort)), "127.0.0.1:" + pgPort);
        row(run, "kafka", Net.isListening("127.0.0.1", Ports.KAFKA), "127.0.0.1:" + Ports.KAFKA);
        row(run, "keycloak", Http.status(Keycloak.REALM_URL + "/.well-known/openid-configuration") == 200,
                Keycloak.URL + "/admin");
        for (App app : Suite.SERVICES) {
            row(run, app.name(), Http.status("http://127.0.0.1:" + app.port() + "/q/health/ready") == 200, app.url());
        }
        row(run, Suite.GATEWAY.name(), Http.status("http://127.0.0.1:" + Ports.GATEWAY + "/q/health/ready") == 200,
                Suite.GATEWAY.url());
        OUT.println("logs                " + config.logs());
        return launcher.isPresent() ? 0 : 3;
    }

    private static void row(RunDir run, String name, boolean answers, String address) {
        String pid = run.find(name).map(h -> "pid " + h.pid()).orElse("");
        OUT.printf("%-19s %-6s %-10s %s%n", name, answers ? "up" : "down", pid, address);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
