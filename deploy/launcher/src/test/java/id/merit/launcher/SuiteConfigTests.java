package id.merit.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuiteConfigTests {
    static SuiteConfig plain() {
        return new SuiteConfig(Path.of("/merit"), Path.of("/merit/.merit"), Path.of("/kc.zip"), "26", "pw", "admin",
                "127.0.0.1", "256m", false, false, false, Map.of());
    }

    @Test
    void anApplicationGetsItsOwnExtraVariablesMergedAndKeptThroughTheOtherSettings() {
        SuiteConfig c = plain()
                .withAppEnvironment("employee-service", Map.of("MERIT_REGISTRY_API_URL", "http://old", "MERIT_REGISTRY_USERNAME", "op"))
                .withAppEnvironment("employee-service", Map.of("MERIT_REGISTRY_API_URL", "http://127.0.0.1:1/apisiasn/1.0/"))
                .withStateDir(Path.of("/tmp/state")).withResetData(true).withInfraOnly(false).withResetKeycloak(true);
        assertEquals(Map.of("MERIT_REGISTRY_API_URL", "http://127.0.0.1:1/apisiasn/1.0/", "MERIT_REGISTRY_USERNAME", "op"),
                c.environmentOf("employee-service"), "the later value of a name wins, other names stay");
        assertEquals(Map.of(), c.environmentOf("placement-service"));
        assertEquals(Map.of(), c.environmentOf("gateway"));
        assertEquals(Map.of(), plain().environmentOf("employee-service"), "the earlier configuration is unchanged");
    }

    @Test
    void aMisspeltApplicationIsRefusedRatherThanConfiguringNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plain().withAppEnvironment("employee", Map.of("X", "1")));
        assertTrue(e.getMessage().contains("employee"), e.getMessage());
        assertEquals(Map.of("X", "1"), plain().withAppEnvironment("gateway", Map.of("X", "1")).environmentOf("gateway"));
    }

    @Test
    void theCallersMapIsCopiedSoLaterChangesToItDoNotReachTheSuite() {
        Map<String, String> env = new HashMap<>(Map.of("A", "1"));
        SuiteConfig c = plain().withAppEnvironment("feedback-service", env);
        env.put("B", "2");
        assertEquals(Map.of("A", "1"), c.environmentOf("feedback-service"));
        assertThrows(UnsupportedOperationException.class, () -> c.environmentOf("feedback-service").put("C", "3"));
    }
}
