package id.merit.e2e;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded polling for asynchronous effects (events reaching projections): never a fixed sleep. */
public final class Poll {
    private Poll() {
    }

    /** Polls until the supplier returns a non-null value; fails naming what was awaited and the last value seen. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    public static void untilTrue(String what, Duration timeout, Supplier<Boolean> probe) {
        until(what, timeout, () -> Boolean.TRUE.equals(probe.get()) ? Boolean.TRUE : null);
    }
}
