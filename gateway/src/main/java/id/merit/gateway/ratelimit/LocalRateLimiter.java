package id.merit.gateway.ratelimit;

import io.vertx.core.Future;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The default: counters in this process (each replica limits on its own). */
public final class LocalRateLimiter implements RateLimiter {
    private final FixedWindows clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LocalRateLimiter(FixedWindows windows) {
        this.clock = windows;
    }

    @Override
    public Future<Decision> acquire(String key, int limit) {
        FixedWindows.Slot slot = clock.current();
        // Lock-free while the window lasts: compute() locks the key's bin, and one busy client (or a NAT) would make
        // every event loop queue on that lock.
        Window w = windows.get(key);
        if (w == null || w.index != slot.index()) {
            w = windows.compute(key, (k, old) -> old != null && old.index == slot.index() ? old : new Window(slot.index()));
        }
        return Future.succeededFuture(Decision.of(w.count.incrementAndGet(), limit, slot.millisLeft()));
    }

    /** Forget clients whose window has passed, so the map holds only the current window's callers. */
    public void evictExpired() {
        long index = clock.current().index();
        windows.values().removeIf(w -> w.index < index);
    }

    public int size() {
        return windows.size();
    }

    private static final class Window {
        final long index;
        final AtomicLong count = new AtomicLong();

        Window(long index) {
            this.index = index;
        }
    }
}
