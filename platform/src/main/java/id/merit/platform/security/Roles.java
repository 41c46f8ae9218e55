package id.merit.platform.security;

/** Keycloak realm roles of realm "merit" (DESIGN §6). */
public final class Roles {
    public static final String HR_ADMIN = "hr-admin";
    public static final String EMPLOYEE = "employee";
    public static final String PLACEMENT_BOARD = "placement-board";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
