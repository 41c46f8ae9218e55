package id.merit.employee.events;

import id.merit.employee.OrgUnit;

import java.util.UUID;

/** Public state of a unit, carried whole by unit.upserted on merit.org.v1 (schema: events/unit.upserted.schema.json). */
public record UnitSnapshot(UUID id, String code, String name, UUID parentId, UUID headPositionId, long version) {
    public static final String TOPIC = "merit.org.v1";
    public static final String TYPE = "id.merit.unit.upserted.v1";

    public static UnitSnapshot of(OrgUnit u) {
        return new UnitSnapshot(u.id, u.code, u.name, u.parentId, u.headPositionId, u.version);
    }
}
