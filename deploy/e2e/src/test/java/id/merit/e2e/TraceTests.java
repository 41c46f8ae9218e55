package id.merit.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #9 item 4: one trace id follows a request from the caller through the gateway into employee-service, through
 * its outbox and Kafka, into the consumers of the other services — read from the spans every application exported
 * to the tests' OTLP receiver.
 */
@ExtendWith(MeritStack.class)
@Order(5)
class TraceTests {
    static final List<String> CONSUMERS = List.of("appraisal-service", "feedback-service", "placement-service");

    @Test
    void oneTraceIdFromTheGatewayThroughAServiceAndKafkaIntoEveryConsumer() {
        assumeTrue(MeritStack.traces() != null, "needs the suite's own OTLP receiver (not attached mode)");
        World w = World.get();
        SecureRandom random = new SecureRandom();
        String traceId = HexFormat.of().formatHex(random.generateSeed(16));
        String callerSpan = HexFormat.of().formatHex(random.generateSeed(8));
        Nips.Person p = FaultWrites.person(3100);

        Merit hr = World.as(World.HR);
        hr.post("/api/v1/employees").header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .json(FaultWrites.spec(p, w.bidang, "Damang Batu").body()).send().expect(201);

        long t0 = System.nanoTime();
        List<TraceCollector.Span> trace = Poll.until("spans of trace " + traceId + " from the gateway, employee-service and "
                + CONSUMERS, Duration.ofSeconds(60), () -> {
            List<TraceCollector.Span> spans = MeritStack.traces().trace(traceId);
            // Each application exports in its own batches: a consumer's span can arrive before the relay's producer
            // span (which ends only on the broker's ack), so wait for every span the assertions below read.
            return find(spans, "gateway", "SPAN_KIND_SERVER").isPresent()
                    && find(spans, "employee-service", "SPAN_KIND_SERVER").isPresent()
                    && find(spans, "employee-service", "SPAN_KIND_PRODUCER").isPresent()
                    && CONSUMERS.stream().allMatch(c -> find(spans, c, "SPAN_KIND_CONSUMER").isPresent()) ? spans : null;
        });

        // The chain: caller → gateway (SERVER) → … → employee-service (SERVER) → relay (PRODUCER) → each consumer.
        TraceCollector.Span gateway = find(trace, "gateway", "SPAN_KIND_SERVER").orElseThrow();
        assertEquals(callerSpan, gateway.parentSpanId(), "the gateway continues the caller's span");
        TraceCollector.Span service = find(trace, "employee-service", "SPAN_KIND_SERVER").orElseThrow();
        assertTrue(ancestors(trace, service).contains(gateway.spanId()), () -> "employee-service's span descends from the "
                + "gateway's: " + trace);
        TraceCollector.Span publish = find(trace, "employee-service", "SPAN_KIND_PRODUCER").orElseThrow();
        assertTrue(publish.name().contains("merit.employees.v1"), () -> "the relay's span names the topic: " + publish);
        assertTrue(ancestors(trace, publish).contains(service.spanId()), "the relay continues the request's trace");
        for (String c : CONSUMERS) {
            TraceCollector.Span consumer = find(trace, c, "SPAN_KIND_CONSUMER").orElseThrow();
            assertTrue(ancestors(trace, consumer).contains(publish.spanId()), () -> c + " consumes in the producer's trace: " + trace);
        }
        System.out.printf("[e2e] trace %s: %d spans from %s, complete %.1f s after the request%n", traceId, trace.size(),
                trace.stream().map(TraceCollector.Span::service).distinct().sorted().toList(), (System.nanoTime() - t0) / 1e9);
        for (TraceCollector.Span s : trace) {
            System.out.printf("[e2e]   %-18s %-20s %s ← %s  %s%n", s.service(), s.kind().replace("SPAN_KIND_", ""),
                    s.spanId(), s.parentSpanId().isEmpty() ? "-" : s.parentSpanId(), s.name());
        }
    }

    static Optional<TraceCollector.Span> find(List<TraceCollector.Span> spans, String service, String kind) {
        return spans.stream().filter(s -> s.service().equals(service) && s.kind().equals(kind)).findFirst();
    }

    /** Span ids from this span's parent up to the root, within the spans received. */
    static Set<String> ancestors(List<TraceCollector.Span> spans, TraceCollector.Span span) {
        Set<String> out = new java.util.LinkedHashSet<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && out.add(parent)) {
            String p = parent;
            parent = spans.stream().filter(s -> s.spanId().equals(p)).map(TraceCollector.Span::parentSpanId).findFirst().orElse("");
        }
        return out;
    }
}
