package id.merit.employee.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/**
 * placement.approved from placement-service on merit.placements.v1 (key = NIP). Fields added later by the producer
 * are ignored, so the contract can grow without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlacementApproved(String nip, UUID positionId, UUID unitId, LocalDate tmt, String decisionRef, Long version) {
    public static final String TYPE = "id.merit.placement.approved.v1";
}
