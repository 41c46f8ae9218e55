package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.Position;
import id.merit.employee.domain.OrgTree;
import id.merit.platform.rest.Versions;
import id.merit.employee.events.UnitSnapshot;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organisation units: every change and its unit.upserted event commit together. */
@ApplicationScoped
public class OrgUnitService {
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;
    @Inject
    OrgLookups org;
    @Inject
    PositionService positions;
    @Inject
    EmployeeService employees;

    @Transactional
    public OrgUnit create(String code, String name, UUID parentId) {
        if (OrgUnit.findByCode(code).isPresent()) {
            throw ProblemException.conflict("a unit with code " + code + " already exists");
        }
        if (parentId != null && OrgUnit.findById(parentId) == null) {
            throw ProblemException.invalid("body.parentId", "unit " + parentId + " does not exist");
        }
        OrgUnit u = new OrgUnit();
        u.id = UUID.randomUUID();
        u.code = code;
        u.name = name;
        u.parentId = parentId;
        u.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        u.persistAndFlush();
        publish(u);
        return u;
    }

    /**
     * Renames, moves (refused when the new parent is the unit itself or below it) and sets the head position
     * (which must belong to the unit). A new head changes the supervisor of the unit's staff: they are republished.
     */
    @Transactional
    public OrgUnit update(UUID id, String ifMatch, String name, UUID parentId, UUID headPositionId) {
        // A new head or parent changes supervisors: serialised with moves and other such changes (see OrgLookups).
        org.lockSupervision();
        OrgUnit u = get(id);
        Versions.check(ifMatch, u.version);
        if (parentId != null && OrgUnit.findById(parentId) == null) {
            throw ProblemException.invalid("body.parentId", "unit " + parentId + " does not exist");
        }
        if (parentId != null && OrgTree.wouldCreateCycle(id, parentId, org::parentOf)) {
            throw ProblemException.conflict("unit " + u.code + " cannot move under " + parentId
                    + ": that unit is the unit itself or one of its descendants");
        }
        if (headPositionId != null) {
            Position head = Position.findById(headPositionId);
            if (head == null || !head.unitId.equals(id)) {
                throw ProblemException.invalid("body.headPositionId", "position " + headPositionId + " is not a position of this unit");
            }
        }
        UUID previousHead = u.headPositionId;
        UUID previousParent = u.parentId;
        u.name = name;
        u.parentId = parentId;
        u.headPositionId = headPositionId;
        u.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        u.persistAndFlush();
        publish(u);
        republishSupervised(u, previousHead, previousParent, caller.id());
        return u;
    }

    /**
     * After a unit's head position or parent changed (the unit already holds the new ones, the caller holds
     * {@link OrgLookups#lockSupervision()}): republishes the head positions and everyone whose supervisor changed.
     */
    private void republishSupervised(OrgUnit u, UUID previousHead, UUID previousParent, String who) {
        Map<String, Employee> affected = new LinkedHashMap<>();
        if (!java.util.Objects.equals(previousHead, u.headPositionId)) {
            for (UUID p : new UUID[]{previousHead, u.headPositionId}) {
                if (p != null) {
                    positions.republish(p, who);
                }
            }
            org.supervisedVia(u.id).forEach(e -> affected.putIfAbsent(e.nip, e));
        }
        if (!java.util.Objects.equals(previousParent, u.parentId)) {
            // The head's own supervisor comes from the new parent; with the head vacant, also its staff's and so on.
            org.supervisedFromAbove(u.id).forEach(e -> affected.putIfAbsent(e.nip, e));
        }
        employees.republishAll(affected.values(), null, who);
    }

    /**
     * A unit from the registry's ref-unor, matched by its registry id; the parent must already be known or null.
     * A move to another parent republishes, as {@link #update} does, everyone whose supervisor it changes.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EmployeeService.Outcome upsertFromRegistry(String registryId, String code, String name, String parentRegistryId, String who) {
        // A parent change changes supervisors: serialised with moves and other such changes (see OrgLookups).
        org.lockSupervision();
        UUID parentId = null;
        if (parentRegistryId != null) {
            OrgUnit parent = OrgUnit.find("registryId", parentRegistryId).firstResult();
            if (parent == null) {
                throw new IllegalArgumentException("parent unor " + parentRegistryId + " is not known here");
            }
            parentId = parent.id;
        }
        OrgUnit u = OrgUnit.find("registryId", registryId).firstResult();
        boolean created = u == null;
        UUID previousParent = created ? null : u.parentId;
        if (created) {
            u = new OrgUnit();
            u.id = UUID.randomUUID();
            u.registryId = registryId;
            u.code = code;
        } else if (u.name.equals(name) && java.util.Objects.equals(u.parentId, parentId)) {
            return EmployeeService.Outcome.UNCHANGED;
        } else if (parentId != null && OrgTree.wouldCreateCycle(u.id, parentId, org::parentOf)) {
            throw new IllegalArgumentException("moving " + registryId + " under its descendant would create a cycle");
        }
        u.name = name;
        u.parentId = parentId;
        u.touch(who, OffsetDateTime.now(ZoneOffset.UTC));
        u.persistAndFlush();
        publish(u);
        if (!created) {
            republishSupervised(u, u.headPositionId, previousParent, who);
        }
        return created ? EmployeeService.Outcome.CREATED : EmployeeService.Outcome.UPDATED;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit get(UUID id) {
        OrgUnit u = OrgUnit.findById(id);
        if (u == null) {
            throw ProblemException.notFound("unit", id);
        }
        return u;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> list(int offset, int size) {
        return OrgUnit.findAll(io.quarkus.panache.common.Sort.by("code").and("id")).range(offset, offset + size - 1).list();
    }

    private void publish(OrgUnit u) {
        outbox.publish(UnitSnapshot.TOPIC, u.id.toString(), UnitSnapshot.TYPE, u.id.toString(), UnitSnapshot.of(u));
    }
}
