package id.merit.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TracingTests {
    @Test
    void aWellFormedTraceKeepsItsTraceIdAndFlagsWithANewParentSpan() {
        String next = Tracing.traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
        assertTrue(next.matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00"), next);
        assertNotEquals("00f067aa0ba902b7", next.split("-")[2]);
    }

    @Test
    void anInvalidOrAllZeroTraceStartsANewOne() {
        for (String bad : new String[]{null, "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"}) {
            String next = Tracing.traceparent(bad);
            assertTrue(next.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), next);
            assertNotEquals("00000000000000000000000000000000", next.split("-")[1]);
        }
    }

    @Test
    void aSaneRequestIdIsKeptAndAnythingElseReplaced() {
        assertEquals("abc-123_x.y:z", Tracing.requestId("abc-123_x.y:z"));
        assertTrue(Tracing.requestId("with space").matches("[0-9a-f]{32}"));
        assertTrue(Tracing.requestId("x".repeat(129)).matches("[0-9a-f]{32}"));
    }
}
