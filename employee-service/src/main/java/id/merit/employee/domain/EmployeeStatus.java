package id.merit.employee.domain;

/** Service status; every status but ACTIVE and LEAVE takes the employee out of active service (employee.deactivated). */
public enum EmployeeStatus {
    ACTIVE, LEAVE, SUSPENDED, RETIRED, DISMISSED, DECEASED;

    /** The statuses of active service, for queries. */
    public static final java.util.List<EmployeeStatus> ACTIVE_SERVICE = java.util.List.of(ACTIVE, LEAVE);

    public boolean inActiveService() {
        return ACTIVE_SERVICE.contains(this);
    }
}
