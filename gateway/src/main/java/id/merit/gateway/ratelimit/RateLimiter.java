package id.merit.gateway.ratelimit;

import io.vertx.core.Future;

/** Counts requests per client key in fixed windows; implementations never block the event loop. */
public interface RateLimiter {
    Future<Decision> acquire(String key, int limit);

    record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
        static Decision of(long count, int limit, long millisLeftInWindow) {
            boolean allowed = count <= limit;
            return new Decision(allowed, limit, (int) Math.max(0, limit - count),
                    allowed ? 0 : Math.max(1, (millisLeftInWindow + 999) / 1000));
        }
    }
}
