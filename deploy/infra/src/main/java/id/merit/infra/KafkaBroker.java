package id.merit.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one JVM) run as its own process from
 * the Apache Kafka jars on Maven Central. Storage is formatted on first start; data survives restarts.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final String CLASSPATH_RESOURCE = "merit-kafka.classpath";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private final String heap;
    private JavaProcess process;

    public KafkaBroker(Path dataDir, int port, int controllerPort, Path logFile, String heap) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = logFile.toAbsolutePath();
        this.heap = heap;
    }

    /**
     * A throw-away broker for a test: free ports, data and log under {@code dir}, Merit's topics created with
     * {@code partitions} partitions each (their dead-letter topics with one).
     */
    public static KafkaBroker scratch(Path dir, int partitions) {
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), Net.freePort(), Net.freePort(), dir.resolve("kafka.log"), "384m")
                .start(Duration.ofSeconds(90));
        Topics.ensure(broker, partitions);
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Long pid() {
        return process == null ? null : process.pid();
    }

    public KafkaBroker start(Duration timeout) {
        Net.requireFree("Kafka", "127.0.0.1", port);
        Net.requireFree("Kafka controller", "127.0.0.1", controllerPort);
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            Path props = writeServerProperties();
            Path log4j = writeLog4jConfig();
            String classpath = brokerClasspath();
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                format(classpath, props, log4j);
            }
            List<String> cmd = new ArrayList<>(List.of(JavaProcess.javaBinary(), "-Xms256m", "-Xmx" + heap,
                    "-XX:+UseG1GC", "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath, "kafka.Kafka", props.toString()));
            process = JavaProcess.start("kafka", cmd, Map.of(), dataDir, logFile);
            Wait.until("Kafka broker on port " + port, timeout, () -> {
                process.requireAlive();
                return Net.isListening("127.0.0.1", port) && clusterAnswers();
            });
            return this;
        } catch (IOException e) {
            throw new InfraException("cannot prepare Kafka in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private boolean clusterAnswers() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private void format(String classpath, Path props, Path log4j) {
        Path formatLog = dataDir.resolve("format.log");
        List<String> cmd = List.of(JavaProcess.javaBinary(), "-Xmx256m", "-Dlog4j2.configurationFile=" + log4j,
                "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", props.toString(),
                "--ignore-formatted");
        JavaProcess p = JavaProcess.start("kafka-storage-format", cmd, Map.of(), dataDir, formatLog);
        Wait.until("Kafka storage format", Duration.ofSeconds(60), () -> !p.isAlive());
        if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
            throw new InfraException("formatting Kafka storage failed; see " + formatLog);
        }
    }

    /**
     * A Kafka cluster id is 16 random bytes in URL-safe base64 without padding. One starting with '-' would be read
     * as an option by the storage tool (1 start in 64 failed so), as Kafka's own Uuid.randomUuid avoids too.
     */
    static String clusterId() {
        while (true) {
            UUID u = UUID.randomUUID();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
            b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private Path writeServerProperties() throws IOException {
        String props = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.hours=168",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, props, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLog4jConfig() throws IOException {
        // Without its own config the storage tool prints log lines on stdout; the broker logs to its file.
        String cfg = String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.state.name = state.change.logger",
                "logger.state.level = warn",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "");
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, cfg, StandardCharsets.UTF_8);
        return file;
    }

    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new InfraException(CLASSPATH_RESOURCE + " is not on the class path: build deploy/kafka-dist first (./mvnw install -pl deploy/kafka-dist)");
            }
            String cp = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : cp.split(java.io.File.pathSeparator)) {
                if (!Files.exists(Path.of(jar))) {
                    throw new InfraException("Kafka jar missing: " + jar + " (rebuild deploy/kafka-dist to fetch it)");
                }
            }
            return cp;
        } catch (IOException e) {
            throw new InfraException("cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** Simulates a crash or outage (used by fault tests): the process is killed at once. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.stop(Duration.ZERO);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
