package id.merit.infra;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: every wait in the launcher and the tests has a deadline and says what it waited for. */
public final class Wait {
    private Wait() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new InfraException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            sleep(pause);
            pause = Math.min(pause * 2, 500);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted", e);
        }
    }
}
