package id.merit.gateway.ratelimit;

import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Counters shared by every gateway replica: one Redis key per client and window, incremented and given its expiry
 * in one atomic script. If Redis cannot be reached the request is let through (logged) — losing the limit for a
 * moment is better than losing the front door.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final Logger LOG = Logger.getLogger(RedisRateLimiter.class);
    private static final String INCREMENT = """
            local c = redis.call('INCR', KEYS[1])
            if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return c""";

    private final RedisAPI redis;
    private final String prefix;
    private final FixedWindows windows;

    public RedisRateLimiter(Redis client, String keyPrefix, FixedWindows windows) {
        this.redis = RedisAPI.api(client);
        this.prefix = keyPrefix;
        this.windows = windows;
    }

    @Override
    public Future<Decision> acquire(String key, int limit) {
        FixedWindows.Slot slot = windows.current();
        String redisKey = prefix + key + ":" + slot.index();
        // The key outlives its window a little so a late increment never revives an expired count.
        return redis.eval(List.of(INCREMENT, "1", redisKey, Long.toString(windows.windowMillis() + 1000)))
                .map((Response r) -> Decision.of(r.toLong(), limit, slot.millisLeft()))
                .recover(t -> {
                    LOG.warnf("rate limit store unreachable, letting %s through: %s", key, t.getMessage());
                    return Future.succeededFuture(new Decision(true, limit, limit, 0));
                });
    }

    public void close() {
        redis.close();
    }
}
