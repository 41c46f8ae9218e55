package id.merit.placement.events;

import id.merit.placement.Proposal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * placement.approved on merit.placements.v1, key = NIP (schema: events/placement.approved.schema.json);
 * employee-service consumes exactly these names to move the employee.
 */
public record PlacementApproved(UUID proposalId, String nip, UUID positionId, UUID unitId, LocalDate tmt, String decisionRef,
                                long version) {
    public static final String TOPIC = "merit.placements.v1";
    public static final String TYPE = "id.merit.placement.approved.v1";

    public static PlacementApproved of(Proposal p) {
        return new PlacementApproved(p.id, p.nip, p.positionId, p.unitId, p.tmt, p.decisionRef, p.version);
    }
}
