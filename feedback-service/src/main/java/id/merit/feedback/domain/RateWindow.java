package id.merit.feedback.domain;

import java.time.Duration;
import java.time.Instant;

/** Fixed-window rate limiting: which window an instant falls in, and how long a refused caller has to wait. */
public record RateWindow(Duration length, int limit) {
    public RateWindow {
        if (length.isZero() || length.isNegative() || limit < 1) {
            throw new IllegalArgumentException("a rate window needs a positive length and limit");
        }
    }

    public Instant start(Instant now) {
        long ms = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), ms) * ms);
    }

    /** Seconds until the window that contains {@code now} ends, at least 1 (the Retry-After value). */
    public long retryAfterSeconds(Instant now) {
        long left = start(now).plus(length).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (left + 999) / 1000);
    }

    public boolean allows(long countIncludingThisOne) {
        return countIncludingThisOne <= limit;
    }
}
