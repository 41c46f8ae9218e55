package id.merit.launcher;

import java.util.List;

/** The demo users of deploy/keycloak/merit-realm.json, for the start summary (a test keeps both in step). */
public record DemoUser(String username, List<String> roles, String nip, String description) {
    public static final String PASSWORD = "merit-demo";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("hr.admin", List.of("hr-admin", "employee"), "198001012005011001", "BKPSDM staff"),
            new DemoUser("pegawai", List.of("employee"), "199003152015052001", "employee (female PNS)"),
            new DemoUser("atasan", List.of("employee"), "197805102003121002", "supervisor (atasan)"),
            new DemoUser("board", List.of("placement-board"), null, "Baperjakat member"),
            new DemoUser("auditor", List.of("auditor"), null, "read-only inspector"),
            new DemoUser("integrasi", List.of("integration"), null, "another government system"));
}
