package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateWindowTests {
    @Test
    void theWindowStartsOnItsBoundaryAndRetryAfterCountsToItsEnd() {
        RateWindow w = new RateWindow(Duration.ofMinutes(1), 2);
        Instant now = Instant.parse("2026-03-01T10:15:42.300Z");
        assertEquals(Instant.parse("2026-03-01T10:15:00Z"), w.start(now));
        assertEquals(18, w.retryAfterSeconds(now)); // 17.7 s left, rounded up
        assertTrue(w.allows(2));
        assertFalse(w.allows(3));
    }
}
