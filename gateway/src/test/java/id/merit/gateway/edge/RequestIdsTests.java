package id.merit.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTests {
    @Test
    void aSaneRequestIdIsKeptAndAnythingElseReplaced() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        assertEquals("abc-123_x.y:z", RequestIds.requestId("abc-123_x.y:z", trace));
        assertEquals(trace, RequestIds.requestId("with space", trace), "none sane: the trace id");
        assertEquals(trace, RequestIds.requestId(null, trace));
        assertTrue(RequestIds.requestId("x".repeat(129), null).matches("[0-9a-f]{32}"), "no trace: random");
    }
}
