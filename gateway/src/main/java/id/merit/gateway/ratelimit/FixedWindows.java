package id.merit.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Time cut into equal windows; every counter belongs to the window it was counted in. */
public final class FixedWindows {
    private final long windowMillis;
    private final LongSupplier epochMillis;

    public FixedWindows(Duration window, LongSupplier epochMillis) {
        this.windowMillis = window.toMillis();
        this.epochMillis = epochMillis;
    }

    public Slot current() {
        long now = epochMillis.getAsLong();
        long index = now / windowMillis;
        return new Slot(index, (index + 1) * windowMillis - now);
    }

    public long windowMillis() {
        return windowMillis;
    }

    /** The window's number since the epoch and the milliseconds left in it. */
    public record Slot(long index, long millisLeft) {
    }
}
