package id.merit.employee.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pause before a registry write's next try: the first, doubling per failed try, capped. */
class RegistryWritesBackoffTests {
    @Test
    void thePauseDoublesPerFailedTryUpToTheCap() {
        Duration first = Duration.ofMinutes(1);
        Duration max = Duration.ofHours(6);
        assertEquals(Duration.ofMinutes(1), RegistryWrites.backoff(first, max, 1));
        assertEquals(Duration.ofMinutes(2), RegistryWrites.backoff(first, max, 2));
        assertEquals(Duration.ofMinutes(4), RegistryWrites.backoff(first, max, 3));
        assertEquals(Duration.ofMinutes(256), RegistryWrites.backoff(first, max, 9));
        assertEquals(Duration.ofHours(6), RegistryWrites.backoff(first, max, 10));
        assertEquals(Duration.ofHours(6), RegistryWrites.backoff(first, max, 500), "no overflow however many tries");
    }
}
