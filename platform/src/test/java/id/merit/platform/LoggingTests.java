package id.merit.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON console logs, switched on the way an operator does (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true). */
@QuarkusTest
@TestProfile(LoggingTests.JsonLogs.class)
class LoggingTests {
    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    @Test
    void withJsonLogsAConsumersLogLineIsOneJsonObjectCarryingTheRequestsTraceId() throws Exception {
        String traceId = TracingTests.hex(32);
        String name = "json-" + TracingTests.hex(4);
        List<String> lines;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            TracingTests.postInTrace(name, traceId, TracingTests.hex(16));
            TracingTests.consumed(name);
            lines = console.linesWith("for " + name + " consumed");
        }

        assertEquals(1, lines.size(), "the consumer's line: " + lines);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertEquals("INFO", line.path("level").asText());
        assertEquals(ProbeConsumer.class.getName(), line.path("loggerName").asText());
        assertTrue(line.path("message").asText().endsWith("for " + name + " consumed"), line.toString());
        assertEquals(traceId, line.path("mdc").path("traceId").asText(), line.toString());
        assertTrue(line.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), line.toString());
    }
}
