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

    /**
     * Runs a step again while a service answers 422 because its projection has not yet received an employee or unit
     * from employee-service's events ("not known"); other failures pass through. Returns the step's value (may be null).
     */
    public static <T> T whileUnknown(String what, Duration timeout, Supplier<T> step) {
        Object[] result = new Object[1];
        untilTrue(what, timeout, () -> {
            try {
                result[0] = step.get();
                return true;
            } catch (Api.ApiException e) {
                if (e.getMessage().contains("422") && e.getMessage().contains("not known")) {
                    return false;
                }
                throw e;
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
