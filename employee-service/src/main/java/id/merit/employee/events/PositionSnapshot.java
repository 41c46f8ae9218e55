package id.merit.employee.events;

import id.merit.employee.Position;
import id.merit.employee.domain.CompetencyStandard;
import id.merit.employee.domain.FungsionalLevel;
import id.merit.employee.domain.PositionType;

import java.util.List;
import java.util.UUID;

/** Public state of a position, carried whole by position.upserted on merit.org.v1 (schema: events/position.upserted.schema.json). */
public record PositionSnapshot(UUID id, String code, String name, PositionType type, FungsionalLevel fungsionalLevel,
                               UUID unitId, boolean head, int seats, List<CompetencyStandard.Requirement> competencyStandard,
                               Position.Requirements requirements, List<String> incumbentNips, long version) {
    public static final String TOPIC = "merit.org.v1";
    public static final String TYPE = "id.merit.position.upserted.v1";

    public static PositionSnapshot of(Position p, boolean head, List<String> incumbentNips) {
        return new PositionSnapshot(p.id, p.code, p.name, p.type, p.fungsionalLevel, p.unitId, head, p.seats,
                p.competencyStandard, p.requirements, incumbentNips, p.version);
    }
}
