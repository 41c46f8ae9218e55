package id.merit.employee.service;

import id.merit.employee.config.RegistryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without MERIT_REGISTRY_API_URL (the local launcher, e2e) or with sending switched off, the sender claims and tries
 * nothing — the writes stay PENDING — and says why once, not at every round. Plain JUnit: a real application cannot
 * be without the test registry (the fake is configured for the whole module) without a second Quarkus start.
 */
class RegistryWriterGuardTests {
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            said.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(RegistryWriter.class.getName());
    private final AtomicInteger claims = new AtomicInteger();

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    private RegistryWriter writer(boolean sendAppraisals, Optional<URI> apiUrl) {
        RegistryWriter w = new RegistryWriter();
        w.config = config(sendAppraisals, apiUrl);
        w.writes = new RegistryWrites() {
            @Override
            public List<Claim> claimDue(int max, Duration claimFor) {
                claims.incrementAndGet();
                return List.of();
            }
        };
        return w;
    }

    /** The settings that matter here; every other one is not read on these paths. */
    private static RegistryConfig config(boolean sendAppraisals, Optional<URI> apiUrl) {
        Object writes = Proxy.newProxyInstance(RegistryConfig.class.getClassLoader(), new Class<?>[]{RegistryConfig.Writes.class},
                (p, m, args) -> switch (m.getName()) {
                    case "batchSize" -> 20;
                    case "claimFor" -> Duration.ofMinutes(10);
                    default -> throw new AssertionError(m.getName() + " is not read here");
                });
        return (RegistryConfig) Proxy.newProxyInstance(RegistryConfig.class.getClassLoader(), new Class<?>[]{RegistryConfig.class},
                (p, m, args) -> switch (m.getName()) {
                    case "sendAppraisals" -> sendAppraisals;
                    case "apiUrl" -> apiUrl;
                    case "writes" -> writes;
                    default -> throw new AssertionError(m.getName() + " is not read here");
                });
    }

    @Test
    void withoutTheRegistrysAddressNothingIsClaimedAndThatIsSaidOnce() {
        RegistryWriter w = writer(true, Optional.empty());
        for (int i = 0; i < 5; i++) {
            assertEquals(0, w.sendDue());
        }
        assertEquals(0, claims.get());
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).contains("MERIT_REGISTRY_API_URL"), said::toString);
    }

    @Test
    void switchedOffNothingIsClaimedAndThatIsSaidOnce() {
        RegistryWriter w = writer(false, Optional.of(URI.create("https://siasn.example/apisiasn/1.0/")));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, w.sendDue());
        }
        assertEquals(0, claims.get());
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).contains("send-appraisals=false"), said::toString);
    }

    @Test
    void configuredAndOnTheSenderLooksForDueWrites() {
        RegistryWriter w = writer(true, Optional.of(URI.create("https://siasn.example/apisiasn/1.0/")));
        assertEquals(0, w.sendDue());
        assertEquals(1, claims.get());
        assertEquals(List.of(), said);
    }
}
