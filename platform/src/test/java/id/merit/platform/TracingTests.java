package id.merit.platform;

import id.merit.infra.Wait;
import id.merit.infra.test.TopicReader;
import id.merit.platform.outbox.Outbox;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TracingTests {
    static final String TOPIC = "merit.org.v1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    EntityManager em;
    @Inject
    SpanRecorder spans;
    @Inject
    Outbox outbox;

    static String hex(int chars) {
        StringBuilder b = new StringBuilder(chars);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < chars; i++) {
            b.append(Character.forDigit(r.nextInt(16), 16));
        }
        return b.toString();
    }

    /** POSTs a probe item inside the caller's trace; the probe writes its event through the outbox. */
    static void postInTrace(String name, String traceId, String callerSpanId) {
        given().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"level\":1}")
                .when().post("/probe/items").then().statusCode(200);
    }

    private String storedTraceparent(String key) {
        return (String) em.createNativeQuery("select traceparent from outbox_event where event_key = ?1")
                .setParameter(1, key).getSingleResult();
    }

    private static ConsumerRecord<String, String> onTheBroker(String key) {
        return TopicReader.await(TOPIC, r -> key.equals(r.key()), Duration.ofSeconds(30));
    }

    static ProbeConsumer.Seen consumed(String key) {
        Wait.until("the test consumer to process " + key, Duration.ofSeconds(30), () -> ProbeConsumer.SEEN.containsKey(key));
        return ProbeConsumer.SEEN.get(key);
    }

    private SpanData span(String traceId, String what, Predicate<SpanData> match) {
        Wait.until(what + " in trace " + traceId, Duration.ofSeconds(10),
                () -> spans.inTrace(traceId).stream().anyMatch(match));
        return spans.inTrace(traceId).stream().filter(match).findFirst().orElseThrow();
    }

    @Test
    void aRequestsTraceFollowsItsEventThroughTheOutboxAndTheBrokerIntoTheConsumer() {
        String traceId = hex(32);
        String callerSpanId = hex(16);
        String name = "trace-" + SEQ.incrementAndGet();

        postInTrace(name, traceId, callerSpanId);

        String stored = storedTraceparent(name);
        assertNotNull(stored, "the outbox row keeps the request's trace context");
        assertTrue(stored.matches("00-" + traceId + "-[0-9a-f]{16}-01"), stored);

        ConsumerRecord<String, String> record = onTheBroker(name);
        String header = TopicReader.header(record, "traceparent");
        assertNotNull(header, "the record carries a traceparent header");
        assertTrue(header.matches("00-" + traceId + "-[0-9a-f]{16}-01"), header);
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        assertEquals("id.merit.probe.created.v1", TopicReader.header(record, "ce_type"));
        assertNotNull(TopicReader.header(record, "ce_id"));

        ProbeConsumer.Seen seen = consumed(name);
        assertEquals(traceId, seen.traceId(), "the consumer runs inside the request's trace");
        assertEquals(traceId, seen.mdcTraceId(), "the consumer's log lines carry the request's trace id");

        // One tree: caller → server span → ... → the span that wrote the row → relay publish → consumer.
        String writerSpanId = stored.split("-")[2];
        String publishSpanId = header.split("-")[2];
        SpanData server = span(traceId, "the HTTP server span", s -> s.getKind() == SpanKind.SERVER);
        assertEquals(callerSpanId, server.getParentSpanId());
        SpanData publish = span(traceId, "the relay's publish span", s -> s.getSpanId().equals(publishSpanId));
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals(writerSpanId, publish.getParentSpanId());
        assertEquals(TOPIC + " publish", publish.getName());
        SpanData consumer = span(traceId, "the consumer span", s -> s.getKind() == SpanKind.CONSUMER);
        assertEquals(publishSpanId, consumer.getParentSpanId());
    }

    @Test
    void aPlainLogLineOfTheConsumerCarriesTheRequestsTraceId() {
        String traceId = hex(32);
        String name = "plain-" + SEQ.incrementAndGet();
        List<String> lines;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            postInTrace(name, traceId, hex(16));
            consumed(name);
            lines = console.linesWith("for " + name + " consumed");
        }
        assertEquals(1, lines.size(), "the consumer's line: " + lines);
        assertTrue(lines.get(0).contains(" " + traceId + " probe event "), lines.get(0));
    }

    @Test
    void anEventWrittenOutsideAnyTraceCarriesNoTraceparent() {
        String name = "untraced-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(TOPIC, name, "id.merit.probe.created.v1", name, Map.of("name", name, "level", 1)));

        assertNull(storedTraceparent(name));
        assertNull(TopicReader.header(onTheBroker(name), "traceparent"));
        ProbeConsumer.Seen seen = consumed(name);
        assertTrue(seen.traceId().matches("[0-9a-f]{32}") && !seen.traceId().equals("0".repeat(32)),
                "the consumer still gets a trace of its own: " + seen.traceId());
    }

    @Test
    void eachRequestsEventStaysInItsOwnTrace() {
        String first = hex(32);
        String second = hex(32);
        String a = "trace-" + SEQ.incrementAndGet();
        String b = "trace-" + SEQ.incrementAndGet();
        postInTrace(a, first, hex(16));
        postInTrace(b, second, hex(16));

        assertEquals(first, consumed(a).traceId());
        assertEquals(second, consumed(b).traceId());
        List.of(a, b).forEach(k -> assertNotNull(TopicReader.header(onTheBroker(k), "traceparent")));
    }
}
