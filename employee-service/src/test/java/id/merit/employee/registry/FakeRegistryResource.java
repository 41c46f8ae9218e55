package id.merit.employee.registry;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the fake registry once per test JVM and points merit.registry.* at it (short timeouts and backoff). */
public class FakeRegistryResource implements QuarkusTestResourceLifecycleManager {
    private static FakeRegistry registry;

    public static synchronized FakeRegistry registry() {
        if (registry == null) {
            try {
                registry = new FakeRegistry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "fake-registry-stop"));
        }
        return registry;
    }

    @Override
    public Map<String, String> start() {
        String base = registry().baseUrl();
        return Map.of(
                "merit.registry.api-url", base + "/apisiasn/1.0/",
                "merit.registry.token-url", base + "/oauth2/token",
                "merit.registry.sso-token-url", base + "/realms/public-siasn/protocol/openid-connect/token",
                "merit.registry.consumer-key", FakeRegistry.CONSUMER_KEY,
                "merit.registry.consumer-secret", FakeRegistry.CONSUMER_SECRET,
                "merit.registry.username", FakeRegistry.USERNAME,
                "merit.registry.password", FakeRegistry.PASSWORD,
                "merit.registry.read-timeout", "1s",
                "merit.registry.max-attempts", "3",
                "merit.registry.initial-backoff", "20ms");
    }

    @Override
    public void stop() {
        // Shared by every Quarkus start of this JVM; stopped by the shutdown hook.
    }
}
