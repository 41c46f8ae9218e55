package id.merit.employee.registry;

import id.merit.infra.test.FakeRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
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
        Map<String, String> config = new HashMap<>(registry().clientConfig());
        config.put("merit.registry.read-timeout", "1s");
        config.put("merit.registry.max-attempts", "3");
        config.put("merit.registry.initial-backoff", "20ms");
        return config;
    }

    @Override
    public void stop() {
        // Shared by every Quarkus start of this JVM; stopped by the shutdown hook.
    }
}
