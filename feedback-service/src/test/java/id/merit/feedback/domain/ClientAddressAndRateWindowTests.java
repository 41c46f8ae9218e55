package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressAndRateWindowTests {
    private static final Set<String> GATEWAY = Set.of("10.0.0.2");

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "1.2.3.4", GATEWAY));
    }

    @Test
    void behindTheTrustedProxyTheHopItAppendedIsTheClientNotTheFirstHop() {
        // The client sent a made-up X-Forwarded-For "1.2.3.4"; the gateway appended the address it saw.
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "1.2.3.4, 203.0.113.7", GATEWAY));
    }

    @Test
    void chainedTrustedProxiesAreSkippedFromTheRight() {
        Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.3", proxies));
    }

    @Test
    void aTrustedProxyWithoutForwardingHeaderIsItselfTheClient() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", null, GATEWAY));
    }

    @Test
    void theWindowStartsOnItsBoundaryAndRetryAfterCountsToItsEnd() {
        RateWindow w = new RateWindow(Duration.ofMinutes(1), 2);
        Instant now = Instant.parse("2026-03-01T10:15:42.300Z");
        assertEquals(Instant.parse("2026-03-01T10:15:00Z"), w.start(now));
        assertEquals(18, w.retryAfterSeconds(now)); // 17.7 s left, rounded up
        assertTrue(w.allows(2));
        assertFalse(w.allows(3));
    }
}
