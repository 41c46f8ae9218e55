package id.merit.launcher;

import java.io.PrintStream;

/** What a developer needs once the suite runs: addresses, accounts, logs, a first request. */
final class Summary {
    private Summary() {
    }

    static void print(PrintStream out, SuiteConfig config) {
        out.println();
        if (!config.infraOnly()) {
            line(out, "gateway", Suite.GATEWAY.url());
            line(out, "Swagger UI", Suite.GATEWAY.url() + "/q/swagger-ui");
            line(out, "gateway metrics", "http://localhost:" + Ports.GATEWAY_MANAGEMENT + "/q/metrics");
            Suite.SERVICES.forEach(s -> line(out, s.name(), s.url()));
        }
        boolean defaultPassword = SuiteConfig.DEFAULT_KEYCLOAK_ADMIN_PASSWORD.equals(config.keycloakAdminPassword());
        line(out, "Keycloak admin", Keycloak.URL + "/admin  (" + Keycloak.ADMIN_USER + " / "
                + (defaultPassword ? config.keycloakAdminPassword() : "$MERIT_KEYCLOAK_ADMIN_PASSWORD") + ")");
        line(out, "Keycloak realm", Keycloak.REALM_URL);
        line(out, "Kafka", "127.0.0.1:" + Ports.KAFKA);
        line(out, "logs", config.logs().toString());
        out.println();
        out.println("Demo users (password " + DemoUser.PASSWORD + "):");
        for (DemoUser u : DemoUser.ALL) {
            out.printf("  %-10s %-27s %-19s %s%n", u.username(), String.join(", ", u.roles()),
                    u.nip() == null ? "" : u.nip(), u.description());
        }
        out.println();
        out.println("Try it:");
        out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=merit-web -d username=hr.admin -d password="
                + DemoUser.PASSWORD + " \\");
        out.println("    " + Keycloak.REALM_URL + "/protocol/openid-connect/token"
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + Suite.GATEWAY.url() + "/api/v1/units");
        out.println();
        out.println("Ctrl-C here, or ./merit stop in another terminal, stops everything.");
    }

    private static void line(PrintStream out, String what, String where) {
        out.printf("  %-18s %s%n", what, where);
    }
}
