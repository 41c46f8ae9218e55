package id.merit.employee.domain;

/** Service status; every status but ACTIVE and LEAVE takes the employee out of active service (employee.deactivated). */
public enum EmployeeStatus {
    ACTIVE, LEAVE, SUSPENDED, RETIRED, DISMISSED, DECEASED;

    public boolean inActiveService() {
        return this == ACTIVE || this == LEAVE;
    }
}
