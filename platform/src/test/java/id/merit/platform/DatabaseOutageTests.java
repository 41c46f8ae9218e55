package id.merit.platform;

import id.merit.infra.test.MeritInfraResource;
import id.merit.platform.events.CloudEventHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under a running service (a restart, a fail-over, a full connection table): the pool's dead
 * connections are replaced rather than failing requests, and while no connection can be had the client gets a
 * retryable 503 problem, never a 500, and nothing is half-written; an event arriving meanwhile waits for the database
 * instead of going to the dead-letter topic.
 */
@QuarkusTest
class DatabaseOutageTests {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    @Test
    void connectionsKilledByTheServerAreReplacedBeforeTheNextRequest() throws Exception {
        // As many requests at once as the pool holds connections, so some are bound to be handed a killed one.
        List<String> names = IntStream.range(0, 8).mapToObj(i -> "dbo-kill" + i).toList();
        names.parallelStream().forEach(n -> post(n + "w").statusCode(200));
        assertTrue(terminateServiceConnections() > 0, "the service held connections to kill");
        ExecutorService callers = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<Integer>> answers = names.stream()
                    .map(n -> callers.submit(() -> post(n).extract().statusCode())).toList();
            for (Future<Integer> a : answers) {
                assertEquals(200, a.get(30, TimeUnit.SECONDS), "a request right after the kill");
            }
        } finally {
            callers.shutdownNow();
        }
        for (String n : names) {
            assertEquals(2, rows(n));
        }
    }

    @Test
    void whileNoConnectionCanBeHadTheAnswerIsA503WithRetryAfterAndNothingIsWritten() throws Exception {
        admin("alter role " + database() + " connection limit 0");
        try {
            terminateServiceConnections();
            post("dbo-refuse").statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", equalTo("5"))
                    .body("type", containsString("database-unavailable"))
                    .body("status", equalTo(503));
        } finally {
            admin("alter role " + database() + " connection limit -1");
        }
        assertEquals(0, rows("dbo-refuse"), "the refused request wrote nothing");
        post("dbo-refuse").statusCode(200);
        assertEquals(2, rows("dbo-refuse"), "the same request succeeds once the database is back");
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsConsumedWhenItReturnsNotDeadLettered() throws Exception {
        String key = "dbo-event";
        String eventId = UUID.randomUUID().toString();
        // The consumer is assigned its partitions and has consumed something before the database goes away.
        post("dbo-ev-w").statusCode(200);
        awaitSeen("dbo-ev-w");
        admin("alter role " + database() + " connection limit 0");
        try {
            terminateServiceConnections();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MeritInfraResource.infra().kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                ProducerRecord<String, String> r = new ProducerRecord<>("merit.org.v1", key, "{\"name\":\"" + key + "\"}");
                r.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
                r.headers().add(CloudEventHeaders.TYPE, "id.merit.probe.created.v1".getBytes(StandardCharsets.UTF_8));
                r.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
                producer.send(r).get(30, TimeUnit.SECONDS);
            }
            Thread.sleep(3_000); // the consumer has it and keeps failing on the database meanwhile
            assertFalse(ProbeConsumer.SEEN.containsKey(key), "not processed while the database refuses connections");
        } finally {
            admin("alter role " + database() + " connection limit -1");
        }
        awaitSeen(key);
        assertTrue(ProbeConsumer.SEEN.containsKey(key), "consumed once the database is back (a dead-lettered event never is)");
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from processed_event where consumer = 'platform.probe' "
                + "and event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static void awaitSeen(String key) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ProbeConsumer.SEEN.containsKey(key) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static io.restassured.response.ValidatableResponse post(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"level\":3,\"colour\":\"RED\"}")
                .when().post("/probe/items").then();
    }

    private long rows(String name) {
        return ProbeResource.written(em, name);
    }

    private static String database() {
        return MeritInfraResource.infra().database;
    }

    /** Ends every server process of the service's own role, as a database restart would. */
    private static int terminateServiceConnections() throws SQLException {
        try (Connection c = MeritInfraResource.infra().postgres.admin("postgres"); Statement st = c.createStatement();
             var rs = st.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = '"
                     + database() + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = MeritInfraResource.infra().postgres.admin("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
