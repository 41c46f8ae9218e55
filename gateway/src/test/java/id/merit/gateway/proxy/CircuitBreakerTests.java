package id.merit.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircuitBreakerTests {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void itOpensAfterTheThresholdOfConsecutiveFailuresOnly() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertTrue(breaker.allow());
        breaker.onFailure();
        assertFalse(breaker.allow());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertEquals(10, breaker.retryAfterSeconds());
    }

    @Test
    void afterOpenForExactlyOneTrialPassesAndItsSuccessCloses() {
        open();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.allow());
        assertFalse(breaker.allow(), "a second caller waits for the trial's outcome");
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allow());
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherPeriod() {
        open();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.allow());
        breaker.onFailure();
        assertFalse(breaker.allow());
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertFalse(breaker.allow());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(breaker.allow());
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
    }
}
