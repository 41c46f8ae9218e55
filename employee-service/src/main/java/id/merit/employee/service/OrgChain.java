package id.merit.employee.service;

import id.merit.employee.domain.Supervision;
import id.merit.employee.events.EmployeeSnapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit and its ancestors up to the root, read in one statement together with the holder of each head position
 * ({@link OrgLookups#chain}): the unit path of a snapshot and the supervision walk — also the one that checks an
 * employee's read of a subordinate — need no further query. A unit outside the chain is asked of {@code rest}.
 */
public final class OrgChain implements Supervision.OrgView {
    /** One unit; the holder (first by NIP, active or on leave) of its head position, if any, and where they sit. */
    public record Link(UUID id, String code, String name, UUID parentId, UUID headPositionId, String holderNip,
                       UUID holderUnitId) {
    }

    /** Where an employee sits, as the supervision rule needs it. */
    public record Seat(String nip, UUID positionId, UUID unitId) {
    }

    private final List<Link> upward;
    private final Map<UUID, Link> byId = new HashMap<>();
    private final OrgLookups rest;

    OrgChain(List<Link> upward, OrgLookups rest) {
        this.upward = List.copyOf(upward);
        this.rest = rest;
        for (Link l : this.upward) {
            byId.putIfAbsent(l.id(), l);
        }
    }

    @Override
    public UUID parentOf(UUID unit) {
        Link l = byId.get(unit);
        return l != null ? l.parentId() : rest.parentOf(unit);
    }

    @Override
    public UUID headPositionOf(UUID unit) {
        Link l = byId.get(unit);
        return l != null ? l.headPositionId() : rest.headPositionOf(unit);
    }

    @Override
    public Optional<String> holderOf(UUID position) {
        for (Link l : upward) {
            if (position.equals(l.headPositionId())) {
                return Optional.ofNullable(l.holderNip());
            }
        }
        return rest.holderOf(position);
    }

    public Optional<String> supervisorOf(String nip, UUID positionId, UUID unitId) {
        return Supervision.supervisorOf(nip, positionId, unitId, this);
    }

    /** Where a head of a unit in the chain sits; anyone else is looked up. */
    public Optional<Seat> seatOf(String nip) {
        for (Link l : upward) {
            if (nip.equals(l.holderNip())) {
                return Optional.of(new Seat(nip, l.headPositionId(), l.holderUnitId()));
            }
        }
        return rest.seatOf(nip);
    }

    /** From the root down to the unit, inclusive. */
    public List<EmployeeSnapshot.UnitRef> path() {
        List<EmployeeSnapshot.UnitRef> path = new ArrayList<>();
        for (Link l : upward) {
            path.add(new EmployeeSnapshot.UnitRef(l.id(), l.code(), l.name()));
        }
        Collections.reverse(path);
        return path;
    }

    /** The unit the chain starts from; empty for an employee without a unit. */
    public Optional<Link> unit() {
        return upward.isEmpty() ? Optional.empty() : Optional.of(upward.get(0));
    }
}
