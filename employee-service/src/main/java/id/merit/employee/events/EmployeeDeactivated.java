package id.merit.employee.events;

import id.merit.employee.domain.EmployeeStatus;

/** employee.deactivated on merit.employees.v1 (schema: events/employee.deactivated.schema.json). */
public record EmployeeDeactivated(String nip, EmployeeStatus status, long version) {
    public static final String TYPE = "id.merit.employee.deactivated.v1";
}
