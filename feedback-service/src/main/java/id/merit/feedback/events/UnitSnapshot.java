package id.merit.feedback.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** unit.upserted on merit.org.v1 (employee-service's events/unit.upserted.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSnapshot(UUID id, String code, String name, UUID parentId, Long version) {
    public static final String UPSERTED = "id.merit.unit.upserted.v1";
}
