package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.infra.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue #8 item 3: the promises under faults — nothing acknowledged is lost, every event arrives, no effect twice.
 * Each test is bounded in time and prints its figures. They run last: they stop and kill processes of the suite.
 */
@ExtendWith(MeritStack.class)
@Order(20)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultTests {
    /** The services that keep a projection of employee-service's employees. */
    static final List<String> EMPLOYEE_CONSUMERS = List.of("merit_appraisal", "merit_feedback", "merit_placement");
    static final Duration CONVERGE = Duration.ofMinutes(3);

    @Test
    @Order(1)
    void concurrentEditsWithTheSameVersionOneWinsTheOtherGets412AndNothingIsLost() throws Exception {
        World w = World.get();
        Merit hr = World.as(World.HR);
        Nips.Person p = FaultWrites.person(3000);
        hr.employee(FaultWrites.spec(p, w.bidang, "Rahmat Hidayat"));
        int rounds = 10, wins = 0, conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            Api.Res read = hr.get("/api/v1/employees/" + p.nip()).send().expect(200);
            String etag = read.etag();
            Map<String, Object> a = FaultWrites.editable(read.json());
            Map<String, Object> b = FaultWrites.editable(read.json());
            a.put("birthPlace", "Sampit " + round);
            b.put("backTitle", "S.T. " + round);
            CountDownLatch go = new CountDownLatch(1);
            Api.Res[] res = new Api.Res[2];
            Thread ta = new Thread(() -> res[0] = awaitThen(go, () -> hr.put("/api/v1/employees/" + p.nip()).ifMatch(etag).json(a).send()));
            Thread tb = new Thread(() -> res[1] = awaitThen(go, () -> hr.put("/api/v1/employees/" + p.nip()).ifMatch(etag).json(b).send()));
            ta.start();
            tb.start();
            go.countDown();
            ta.join(30_000);
            tb.join(30_000);
            List<Integer> statuses = List.of(res[0].status(), res[1].status());
            assertTrue(statuses.contains(200) && (statuses.contains(412) || statuses.contains(409)),
                    () -> "one update wins, the other is refused: " + statuses + " " + res[0] + " " + res[1]);
            assertTrue(statuses.stream().filter(s -> s == 200).count() == 1, () -> "exactly one winner: " + statuses);
            Api.Res lost = res[0].status() == 200 ? res[1] : res[0];
            assertEquals("application/problem+json", lost.header("content-type").split(";")[0], () -> "refusal: " + lost);
            wins++;
            conflicts++;
            // The loser re-reads and applies its change on top: both changes are there, nothing lost.
            Map<String, Object> retry = res[0].status() == 200 ? b : a;
            Api.Res fresh = hr.get("/api/v1/employees/" + p.nip()).send().expect(200);
            Map<String, Object> merged = FaultWrites.editable(fresh.json());
            if (retry == a) {
                merged.put("birthPlace", a.get("birthPlace"));
            } else {
                merged.put("backTitle", b.get("backTitle"));
            }
            hr.put("/api/v1/employees/" + p.nip()).ifMatch(fresh.etag()).json(merged).send().expect(200);
            JsonNode now = hr.get("/api/v1/employees/" + p.nip()).send().expect(200).json();
            assertEquals("Sampit " + round, now.path("birthPlace").asText());
            assertEquals("S.T. " + round, now.path("backTitle").asText());
        }
        System.out.printf("[e2e] fault concurrent edits: %d rounds, %d won, %d refused (412/409), 0 changes lost%n",
                rounds, wins, conflicts);
    }

    @Test
    @Order(2)
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsConsuming() throws Exception {
        World w = World.get();
        String marker = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> poison = new ProducerRecord<>("merit.employees.v1", marker, "{\"nip\": [not json");
            poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_id", marker.getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_type", "id.merit.employee.upserted.v1".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_source", "/e2e/poison".getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get(30, TimeUnit.SECONDS);
        }
        // A healthy event written after the poison, to the same partition's stream: every consumer must get past it.
        Merit hr = World.as(World.HR);
        Nips.Person p = FaultWrites.person(3001);
        hr.employee(FaultWrites.spec(p, w.bidang, "Yohanes Ngabut"));
        long t0 = System.nanoTime();
        Poll.untilTrue("all consumers to project " + p.nip() + " after the poison", CONVERGE,
                () -> EMPLOYEE_CONSUMERS.stream().allMatch(db -> FaultWrites.count(db,
                        "select count(*) from employee_view where nip = ?", p.nip()) == 1));
        List<ConsumerRecord<String, String>> dlq = Poll.until("the poison in merit.employees.v1.dlq", CONVERGE, () -> {
            List<ConsumerRecord<String, String>> found = TopicReader.readToEnd(MeritStack.suite().kafka().bootstrapServers(),
                    "merit.employees.v1.dlq", r -> marker.equals(r.key()));
            return found.size() >= EMPLOYEE_CONSUMERS.size() ? found : null;
        });
        assertEquals(EMPLOYEE_CONSUMERS.size(), dlq.size(), "one dead letter per consuming service: " + dlq);
        System.out.printf("[e2e] fault poison: 1 malformed record → %d dead letters (one per consumer), the next event "
                + "projected by all %d consumers after %.1f s%n", dlq.size(), EMPLOYEE_CONSUMERS.size(), (System.nanoTime() - t0) / 1e9);
    }

    @Test
    @Order(3)
    void aBrokerOutageDuringTwoThousandWritesLosesNothingAndDuplicatesNoEffect() throws Exception {
        assumeFalse(MeritStack.attached(), "the fault tests stop Kafka: they need a suite of their own");
        World w = World.get();
        FaultWrites writes = new FaultWrites(World.as(World.HR), w.bidang, 0, 2000);
        long t0 = System.nanoTime();
        FaultWrites.Result result = writes.run(4, 50, acked -> {
            if (acked == 500) {
                System.out.println("[e2e] fault broker outage: stopping Kafka (SIGKILL) after 500 acknowledged writes");
                MeritStack.suite().stopKafka(true);
                sleep(Duration.ofSeconds(5));
                MeritStack.suite().startKafkaAgain();
                System.out.println("[e2e] fault broker outage: Kafka is back");
            }
        });
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(2000, result.acknowledged().size(), () -> "the outbox keeps writes independent of the broker: " + result);
        Convergence c = Convergence.await(result.acknowledged());
        System.out.printf("[e2e] fault broker outage: %d writes in %.1f s, %d acknowledged, statuses %s; %d events in the "
                        + "outbox, %d records on merit.employees.v1 (%d distinct, %d duplicates delivered), applied once each by %d "
                        + "consumers (%s processed rows), projections converged %.1f s after the last write%n",
                2000, writeSeconds, result.acknowledged().size(), result.statuses(), c.outboxEvents, c.records, c.distinctRecords,
                c.records - c.distinctRecords, EMPLOYEE_CONSUMERS.size(), c.processedRows, c.convergeSeconds);
    }

    @Test
    @Order(4)
    void killNineDuringWritesLosesNoAcknowledgedWriteAndConsumersResume() throws Exception {
        assumeFalse(MeritStack.attached(), "the fault tests kill services: they need a suite of their own");
        World w = World.get();
        FaultWrites writes = new FaultWrites(World.as(World.HR), w.bidang, 2000, 1000);
        long t0 = System.nanoTime();
        Map<String, Double> downtime = new LinkedHashMap<>();
        FaultWrites.Result result = writes.run(4, 50, acked -> {
            if (acked == 300) {
                downtime.put("employee-service", crashAndRestart("employee-service"));
            } else if (acked == 600) {
                downtime.put("placement-service", crashAndRestart("placement-service"));
            }
        });
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        // Every acknowledged write is there after the restart.
        Merit hr = World.as(World.HR);
        long found = present(hr, result.acknowledged());
        assertEquals(result.acknowledged().size(), found, "every write acknowledged with 2xx survives the crash");
        long inDoubtLanded = present(hr, result.refused());
        Convergence c = Convergence.await(result.acknowledged());
        System.out.printf("[e2e] fault kill -9: %d writes in %.1f s, %d acknowledged and all %d found after restart, %d "
                        + "refused while down (%d of those landed anyway), statuses %s; restart times %s; %d events, %d records "
                        + "(%d duplicates delivered), each applied once by %d consumers, converged %.1f s after the last write%n",
                result.attempted(), writeSeconds, result.acknowledged().size(), found, result.refused().size(), inDoubtLanded,
                result.statuses(), downtime, c.outboxEvents, c.records, c.records - c.distinctRecords, EMPLOYEE_CONSUMERS.size(),
                c.convergeSeconds);
    }

    /** How many of these employees employee-service has, read through the gateway. */
    static long present(Merit hr, List<String> nips) {
        return nips.stream().filter(nip -> hr.get("/api/v1/employees/" + nip).send().status() == 200).count();
    }

    static double crashAndRestart(String app) {
        long t = System.nanoTime();
        System.out.println("[e2e] fault kill -9: " + app);
        MeritStack.suite().crash(app);
        MeritStack.suite().restart(app);
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("[e2e] fault kill -9: %s ready again after %.1f s%n", app, s);
        return Math.round(s * 10) / 10.0;
    }

    /**
     * What every employee consumer must show for a set of NIPs: the employee-service's version in its projection,
     * every outbox event for them published and on the topic, and each event id processed exactly once.
     */
    static final class Convergence {
        int outboxEvents;
        int records;
        int distinctRecords;
        int processedRows;
        double convergeSeconds;

        static Convergence await(List<String> nips) throws SQLException {
            long t0 = System.nanoTime();
            Convergence c = new Convergence();
            String[] arr = nips.toArray(String[]::new);
            Map<String, Long> versions = FaultWrites.versions("merit_employee", "select nip, version from employee where nip = any(?)", arr);
            assertEquals(nips.size(), versions.size(), "employee-service has every NIP");
            Poll.untilTrue("the outbox to drain", CONVERGE, () -> FaultWrites.count("merit_employee",
                    "select count(*) from outbox_event where published_at is null and event_key = any(?)", arr) == 0);
            for (String db : EMPLOYEE_CONSUMERS) {
                Poll.untilTrue(db + " to converge on " + nips.size() + " employees", CONVERGE, () -> {
                    Map<String, Long> seen = FaultWrites.versions(db, "select nip, version from employee_view where nip = any(?)", arr);
                    return seen.equals(versions);
                });
            }
            c.convergeSeconds = (System.nanoTime() - t0) / 1e9;
            List<String> eventIds = FaultWrites.strings("merit_employee",
                    "select event_id::text from outbox_event where event_key = any(?) and topic = 'merit.employees.v1'", arr);
            c.outboxEvents = eventIds.size();
            Set<String> keys = Set.copyOf(nips);
            List<ConsumerRecord<String, String>> recs = TopicReader.readToEnd(MeritStack.suite().kafka().bootstrapServers(), "merit.employees.v1",
                    r -> keys.contains(r.key()));
            c.records = recs.size();
            Set<String> distinct = new java.util.HashSet<>();
            recs.forEach(r -> distinct.add(TopicReader.header(r, "ce_id")));
            c.distinctRecords = distinct.size();
            assertTrue(distinct.containsAll(eventIds), "every outbox event reached the topic");
            String[] ids = eventIds.toArray(String[]::new);
            for (String db : EMPLOYEE_CONSUMERS) {
                // processed_event's key is (consumer, event id): a second delivery is recognised, never applied twice.
                long rows = FaultWrites.count(db, "select count(*) from processed_event where event_id = any(?)", ids);
                long distinctIds = FaultWrites.count(db, "select count(distinct event_id) from processed_event where event_id = any(?)", ids);
                assertEquals(ids.length, distinctIds, db + " processed every event");
                assertEquals(distinctIds, rows, db + " has one consumer of merit.employees.v1, so one row per event");
                c.processedRows += rows;
            }
            return c;
        }
    }

    static KafkaProducer<String, String> producer() {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MeritStack.suite().kafka().bootstrapServers());
        cfg.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        cfg.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(cfg);
    }

    static <T> T awaitThen(CountDownLatch go, java.util.function.Supplier<T> action) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return action.get();
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
