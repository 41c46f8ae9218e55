package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.Net;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTests {

    @Test
    void aPortInUseIsNamedWithWhatNeedsIt() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int free = Net.freePort();
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("gateway", busy.getLocalPort());
            ports.put("Kafka", free);
            InfraException e = assertThrows(InfraException.class, () -> Ports.requireFree(ports));
            assertTrue(e.getMessage().contains("port " + busy.getLocalPort() + " (gateway)"), e.getMessage());
            assertFalse(e.getMessage().contains(Integer.toString(free)), e.getMessage());
            assertTrue(e.getMessage().contains("ss -ltnp"), e.getMessage());
        }
    }

    @Test
    void everyPortInUseIsNamedAtOnce() throws IOException {
        try (ServerSocket a = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket b = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            InfraException e = assertThrows(InfraException.class,
                    () -> Ports.requireFree(Map.of("Keycloak", a.getLocalPort(), "Kafka", b.getLocalPort())));
            assertTrue(e.getMessage().contains("port " + a.getLocalPort() + " (Keycloak)"), e.getMessage());
            assertTrue(e.getMessage().contains("port " + b.getLocalPort() + " (Kafka)"), e.getMessage());
        }
    }

    @Test
    void freePortsPass() {
        assertDoesNotThrow(() -> Ports.requireFree(Map.of("Kafka", Net.freePort())));
    }

    @Test
    void theSuiteChecksItsOwnPortsButNotPostgres() {
        Map<String, Integer> all = Ports.needed(false);
        assertEquals(Map.of("gateway", 8080, "gateway management", 9000, "employee-service", 8081,
                "appraisal-service", 8082, "feedback-service", 8083, "placement-service", 8084, "Keycloak", 8180,
                "Kafka", 9092, "Kafka controller", 9093), all);
        assertEquals(Map.of("Keycloak", 8180, "Kafka", 9092, "Kafka controller", 9093), Ports.needed(true));
    }

    @Test
    void theGatewayFindsEachServiceUnderItsOwnVariable() {
        assertEquals("EMPLOYEE_SERVICE_URL", Suite.SERVICES.get(0).urlVariable());
        assertEquals("PLACEMENT_SERVICE_URL", Suite.SERVICES.get(3).urlVariable());
    }
}
