package id.merit.feedback.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The part of employee.upserted (employee-service's events/employee.upserted.schema.json) this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmployeeSnapshot(String nip, String displayName, String status, String supervisorNip, Unit unit,
                               Position position, Long version) {
    public static final String UPSERTED = "id.merit.employee.upserted.v1";
    public static final String DEACTIVATED = "id.merit.employee.deactivated.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(UUID id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Position(String name) {
    }
}
