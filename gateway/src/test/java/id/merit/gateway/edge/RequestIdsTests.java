package id.merit.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTests {
    @Test
    void aSaneRequestIdIsKeptAndAnythingElseReplaced() {
        assertEquals("abc-123_x.y:z", RequestIds.requestId("abc-123_x.y:z"));
        assertTrue(RequestIds.requestId("with space").matches("[0-9a-f]{32}"));
        assertTrue(RequestIds.requestId("x".repeat(129)).matches("[0-9a-f]{32}"));
    }
}
