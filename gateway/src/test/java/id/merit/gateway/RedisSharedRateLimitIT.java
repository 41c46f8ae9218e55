package id.merit.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redis mode with two real gateway replicas: the packaged gateway (target/quarkus-app) started twice as separate
 * processes on their own ports, both pointed at the Redis at 127.0.0.1:6379 with the same key prefix, in front of
 * the same fake services and identity provider. Requests spread over both replicas spend one budget per client.
 */
class RedisSharedRateLimitIT {
    static final int LIMIT = 10;
    static final String PREFIX = "merit:it:" + UUID.randomUUID() + ":";
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final FakeUpstream upstreams = new FakeUpstream();
    private static final FakeIdentityProvider identity = new FakeIdentityProvider();
    private static final List<Process> replicas = new ArrayList<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String replicaA;
    private static String replicaB;
    /** Each replica's management interface (metrics): two gateways on one machine need two ports, not both 9000. */
    private static final Map<String, String> management = new HashMap<>();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        assertTrue(Files.exists(JAR), "the packaged gateway is built in the package phase: " + JAR.toAbsolutePath());
        Map<String, String> config = new HashMap<>(upstreams.start());
        config.putAll(identity.start());
        config.put("merit.gateway.rate-limit.redis-url", "redis://127.0.0.1:6379");
        config.put("merit.gateway.rate-limit.key-prefix", PREFIX);
        config.put("merit.gateway.rate-limit.anonymous", Integer.toString(LIMIT));
        config.put("merit.gateway.rate-limit.authenticated", Integer.toString(LIMIT));
        config.put("merit.gateway.trusted-proxies", "127.0.0.1");
        config.put("merit.gateway.access-log", "false");
        replicaA = start("a", config);
        replicaB = start("b", config);
        for (String replica : List.of(replicaA, replicaB)) {
            Await.until(Duration.ofSeconds(90), () -> status(get(replica, "/q/health/live", Map.of())) == 200);
        }
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        for (Process p : replicas) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        upstreams.stop();
        identity.stop();
    }

    @Test
    void anonymousClientsShareOneBudgetAcrossReplicas() {
        String client = "192.0.2." + (System.nanoTime() % 200 + 1);
        Map<String, String> fromClient = Map.of("X-Forwarded-For", client);
        awaitRoomInWindow();
        for (int i = 0; i < LIMIT; i++) {
            String replica = i % 2 == 0 ? replicaA : replicaB;
            assertEquals(200, status(get(replica, "/f/QR1", fromClient)), "request " + (i + 1) + " within the limit");
        }

        HttpResponse<String> overB = get(replicaB, "/f/QR1", fromClient);
        assertRateLimited(overB);
        assertRateLimited(get(replicaA, "/f/QR1", fromClient));
        assertEquals(200, status(get(replicaA, "/f/QR1", Map.of("X-Forwarded-For", "198.51.100.77"))),
                "another client keeps its own budget");
    }

    @Test
    void aTokenSubjectSharesOneBudgetAcrossReplicas() {
        String subject = "it-" + UUID.randomUUID();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + FakeIdentityProvider.token(subject, "employee"));
        awaitRoomInWindow();
        for (int i = 0; i < LIMIT; i++) {
            String replica = i < LIMIT / 2 ? replicaA : replicaB;
            assertEquals(200, status(get(replica, "/api/v1/skp/1", bearer)), "request " + (i + 1) + " within the limit");
        }

        assertRateLimited(get(replicaA, "/api/v1/skp/1", bearer));
    }

    /** The packaged gateway (prod mode): metrics on the management port from MERIT_GATEWAY_MANAGEMENT_PORT only. */
    @Test
    void metricsAreServedOnTheManagementPortNotThePublicOne() {
        Map<String, String> fromClient = Map.of("X-Forwarded-For", "203.0.113." + (System.nanoTime() % 200 + 1));
        assertEquals(200, status(get(replicaA, "/f/QR1", fromClient)));
        HttpResponse<String> scraped = get(management.get(replicaA), "/q/metrics", Map.of());
        assertEquals(200, status(scraped));
        assertTrue(scraped.body().contains("merit_gateway_requests_seconds_count{route=\"feedback\",status=\"2xx\"}"),
                scraped.body());
        assertEquals(404, status(get(replicaA, "/q/metrics", Map.of())), "no metrics on the public port");
        assertEquals(200, status(get(replicaA, "/q/health/ready", Map.of())), "health stays on the public port");
    }

    /**
     * The budget is per fixed one-minute window aligned to the clock: a burst that crossed a minute boundary would start
     * afresh halfway and never reach the limit. Start bursts with at least 15 s of the window left.
     */
    private static void awaitRoomInWindow() {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            try {
                Thread.sleep(60_000 - intoMinute + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertRateLimited(HttpResponse<String> response) {
        assertEquals(429, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After within the one-minute window: " + retryAfter);
        assertTrue(response.body().contains("https://merit.id/problems/rate-limited"), response.body());
    }

    private static String start(String name, Map<String, String> config) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        File log = Path.of("target", "redis-it-replica-" + name + ".log").toFile();
        ProcessBuilder replica = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        // The variable operators set (README); the management interface binds to quarkus.http.host, as the main port.
        replica.environment().put("MERIT_GATEWAY_MANAGEMENT_PORT", Integer.toString(managementPort));
        replicas.add(replica.start());
        String base = "http://127.0.0.1:" + port;
        management.put(base, "http://127.0.0.1:" + managementPort);
        return base;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String base, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? -1 : response.statusCode();
    }
}
