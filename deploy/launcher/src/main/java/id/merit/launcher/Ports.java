package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.Net;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Merit's fixed local ports (DESIGN §7) and the check that they are free before anything starts. */
public final class Ports {
    public static final int GATEWAY = 8080;
    /** The gateway's management interface (Prometheus metrics at /q/metrics), kept off its public port. */
    public static final int GATEWAY_MANAGEMENT = 9000;
    public static final int KEYCLOAK = 8180;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;

    private Ports() {
    }

    /** Every port the suite binds, by what binds it (PostgreSQL is not here: an existing server is welcome). */
    public static Map<String, Integer> needed(boolean infraOnly) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (!infraOnly) {
            ports.put(Suite.GATEWAY.name(), Suite.GATEWAY.port());
            ports.put(Suite.GATEWAY.name() + " management", GATEWAY_MANAGEMENT);
            Suite.SERVICES.forEach(s -> ports.put(s.name(), s.port()));
        }
        ports.put("Keycloak", KEYCLOAK);
        ports.put("Kafka", KAFKA);
        ports.put("Kafka controller", KAFKA_CONTROLLER);
        return ports;
    }

    /** Fails naming every listed port something already listens on, so one attempt reveals all conflicts. */
    public static void requireFree(Map<String, Integer> ports) {
        List<Map.Entry<String, Integer>> taken = ports.entrySet().stream()
                .filter(e -> Net.isListening("127.0.0.1", e.getValue()))
                .toList();
        if (taken.isEmpty()) {
            return;
        }
        String which = taken.stream().map(e -> "port " + e.getValue() + " (" + e.getKey() + ")")
                .collect(Collectors.joining(", "));
        String find = taken.stream().map(e -> "sport = :" + e.getValue()).collect(Collectors.joining(" or "));
        throw new InfraException("cannot start: " + which + (taken.size() == 1 ? " is" : " are")
                + " already in use by another process; find it with: ss -ltnp '" + find + "'");
    }
}
