package id.merit.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One per upstream, shared by all event loops (hence atomics, no locks). Closed: everything passes and consecutive
 * failures are counted. Open: callers get a fast 503 until {@code openFor} has passed. Then exactly one trial
 * request goes through (half-open); its success closes the breaker, its failure opens it again.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    /** 0 while closed; otherwise the instant the breaker opened (nanoTime). */
    private final AtomicLong openedAt = new AtomicLong();
    private final AtomicLong trialStarted = new AtomicLong();

    public CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.clock = nanoClock;
    }

    public boolean allow() {
        long opened = openedAt.get();
        if (opened == 0) {
            return true;
        }
        long now = clock.getAsLong();
        if (now - opened < openForNanos) {
            return false;
        }
        long trial = trialStarted.get();
        // One trial at a time; a trial that never reported back (lost) is replaced after another openFor.
        return (trial == 0 || now - trial >= openForNanos) && trialStarted.compareAndSet(trial, now);
    }

    public void onSuccess() {
        failures.set(0);
        openedAt.set(0);
        trialStarted.set(0);
    }

    public void onFailure() {
        long now = clock.getAsLong();
        if (openedAt.get() != 0) {
            openedAt.set(now == 0 ? 1 : now);
            trialStarted.set(0);
            return;
        }
        if (failures.incrementAndGet() >= threshold) {
            openedAt.set(now == 0 ? 1 : now);
            trialStarted.set(0);
        }
    }

    public State state() {
        long opened = openedAt.get();
        if (opened == 0) {
            return State.CLOSED;
        }
        return clock.getAsLong() - opened < openForNanos ? State.OPEN : State.HALF_OPEN;
    }

    /** Whole seconds until a trial request will be let through, for Retry-After. */
    public long retryAfterSeconds() {
        long opened = openedAt.get();
        if (opened == 0) {
            return 0;
        }
        long left = openForNanos - (clock.getAsLong() - opened);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
