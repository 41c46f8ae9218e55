package id.merit.infra.test;

import id.merit.infra.KafkaBroker;
import id.merit.infra.Net;
import id.merit.infra.PostgresServer;
import id.merit.infra.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Real infrastructure for a service's tests: a fresh PostgreSQL database and a Kafka broker with a fresh
 * data folder on free ports, started once per test JVM and removed when the JVM ends. Same code as the launcher.
 */
public class MeritInfraResource implements QuarkusTestResourceLifecycleManager {
    private static Infra infra;

    /** The running infrastructure of this test JVM (started on first use). */
    public static synchronized Infra infra() {
        if (infra == null) {
            infra = Infra.start();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "merit-test-infra-stop"));
        }
        return infra;
    }

    @Override
    public Map<String, String> start() {
        Infra i = infra();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", i.postgres.jdbcUrl(i.database));
        config.put("quarkus.datasource.username", i.database);
        config.put("quarkus.datasource.password", i.database);
        config.put("kafka.bootstrap.servers", i.kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The broker and database outlive one Quarkus application start: several test profiles share them.
    }

    public static final class Infra implements AutoCloseable {
        public final PostgresServer postgres;
        public final KafkaBroker kafka;
        public final String database;
        private final Path dir;

        private Infra(PostgresServer postgres, KafkaBroker kafka, String database, Path dir) {
            this.postgres = postgres;
            this.kafka = kafka;
            this.database = database;
            this.dir = dir;
        }

        static Infra start() {
            try {
                Path dir = Files.createTempDirectory("merit-test-infra-");
                PostgresServer pg = PostgresServer.fromEnvironment(dir.resolve("pg"));
                String db = "merit_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                pg.ensureDatabase(db, db, db);
                KafkaBroker kafka = new KafkaBroker(dir.resolve("kafka"), Net.freePort(), Net.freePort(),
                        Path.of("target", "kafka-test-broker.log"), "512m").start(Duration.ofSeconds(90));
                Topics.ensure(kafka, 3);
                return new Infra(pg, kafka, db, dir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temporary folder for the test infrastructure", e);
            }
        }

        @Override
        public void close() {
            kafka.stop();
            try {
                postgres.dropDatabase(database);
            } catch (RuntimeException e) {
                System.err.println("could not drop test database " + database + ": " + e.getMessage());
            }
            postgres.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temp folder is harmless.
            }
        }
    }
}
