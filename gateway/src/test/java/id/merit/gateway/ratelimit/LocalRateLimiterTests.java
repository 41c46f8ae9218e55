package id.merit.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalRateLimiterTests {
    private final AtomicLong now = new AtomicLong(60_000L * 1000);
    private final LocalRateLimiter limiter = new LocalRateLimiter(new FixedWindows(Duration.ofMinutes(1), now::get));

    @Test
    void theRequestAfterTheLimitIsRefusedUntilTheWindowEnds() {
        for (int i = 1; i <= 3; i++) {
            RateLimiter.Decision d = limiter.acquire("a", 3).result();
            assertTrue(d.allowed());
            assertEquals(3 - i, d.remaining());
        }
        now.addAndGet(15_500);
        RateLimiter.Decision refused = limiter.acquire("a", 3).result();
        assertFalse(refused.allowed());
        // 44.5 s left in the minute, rounded up.
        assertEquals(45, refused.retryAfterSeconds());
        assertTrue(limiter.acquire("b", 3).result().allowed(), "each client has its own count");
        now.addAndGet(44_500);
        assertTrue(limiter.acquire("a", 3).result().allowed(), "a new window starts from zero");
    }

    @Test
    void countsOfPastWindowsAreForgotten() {
        limiter.acquire("a", 3);
        limiter.acquire("b", 3);
        now.addAndGet(60_000);
        limiter.acquire("b", 3);
        limiter.evictExpired();
        assertEquals(1, limiter.size());
    }
}
