package id.merit.gateway;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each proxied request is a server span of the gateway's own; the upstream request carries that span as its parent
 * (one traceparent header), and the access log line names the trace.
 */
@QuarkusTest
@TestSecurity(user = "tracer", roles = "hr-admin")
class TracingTests {
    /** Unique per run: other test classes send traces of their own into the same recorder. */
    private static final String TRACE_ID = String.format("%032x", new java.math.BigInteger(128, new java.security.SecureRandom()));
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    SpanRecorder spans;

    @Test
    void anIncomingTraceIsContinuedAndTheUpstreamsParentIsTheGatewaysSpan() throws Exception {
        Response r = given().header("X-Request-Id", "trace-continued").header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .get("/api/v1/units");
        r.then().statusCode(200);
        String[] sent = r.jsonPath().getString("headers.traceparent").split("-");
        assertEquals(1, r.jsonPath().getInt("traceparents"), "exactly one traceparent upstream");
        assertEquals("00", sent[0]);
        assertEquals(TRACE_ID, sent[1]);
        assertNotEquals(CALLER_SPAN, sent[2], "the gateway is a hop of its own");
        assertEquals("01", sent[3]);
        SpanData server = serverSpan(TRACE_ID);
        assertEquals(sent[2], server.getSpanId(), "the upstream's parent is the gateway's server span");
        assertEquals(CALLER_SPAN, server.getParentSpanId());
        assertEquals("GET employee", server.getName(), "named after the method and the route");
        assertEquals(200L, server.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("/api/v1/units", server.getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("trace-continued", r.header("X-Request-Id"));
        assertEquals("trace-continued", r.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void withoutAnIncomingTraceTheGatewayStartsOneAndTheAccessLogNamesIt() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger access = Logger.getLogger("merit.gateway.access");
        Level before = access.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        access.setLevel(Level.INFO);
        access.addHandler(capture);
        try {
            Response r = given().header("X-Request-Id", "trace-started").get("/api/v1/skp/1");
            r.then().statusCode(200);
            String traceparent = r.jsonPath().getString("headers.traceparent");
            assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
            String traceId = traceparent.split("-")[1];
            assertNotEquals("0".repeat(32), traceId);
            SpanData server = serverSpan(traceId);
            assertEquals(traceparent.split("-")[2], server.getSpanId());
            assertFalse(server.getParentSpanContext().isValid(), "a new trace: the server span is its root");
            Await.until(Duration.ofSeconds(5), () -> lines.stream().anyMatch(l -> l.startsWith("trace-started ")));
            String line = lines.stream().filter(l -> l.startsWith("trace-started ")).findFirst().orElseThrow();
            assertTrue(line.endsWith(" trace=" + traceId), line);
        } finally {
            access.removeHandler(capture);
            access.setLevel(before);
        }
    }

    private SpanData serverSpan(String traceId) throws InterruptedException {
        Await.until(Duration.ofSeconds(5), () -> spans.inTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
        List<SpanData> server = spans.inTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.SERVER).toList();
        assertEquals(1, server.size(), "one server span per request: " + server);
        return server.get(0);
    }
}
