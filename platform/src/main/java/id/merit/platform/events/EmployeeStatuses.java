package id.merit.platform.events;

import java.util.Set;

/** The {@code status} values of employee-service's employee events, as the consuming services read them. */
public final class EmployeeStatuses {
    /** Still in active service: on leave included; retired, dismissed, deceased and suspended are not. */
    public static final Set<String> IN_SERVICE = Set.of("ACTIVE", "LEAVE");

    private EmployeeStatuses() {
    }

    public static boolean inService(String status) {
        return status != null && IN_SERVICE.contains(status);
    }
}
