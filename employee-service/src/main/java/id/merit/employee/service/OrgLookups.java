package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.OrgTree;
import id.merit.employee.domain.Supervision;
import id.merit.employee.events.EmployeeSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the organisation the rules need (parents, heads, holders, unit paths, sub-trees). */
@ApplicationScoped
public class OrgLookups implements Supervision.OrgView {
    @Inject
    EntityManager em;

    @Override
    public UUID parentOf(UUID unit) {
        OrgUnit u = OrgUnit.findById(unit);
        return u == null ? null : u.parentId;
    }

    @Override
    public UUID headPositionOf(UUID unit) {
        OrgUnit u = OrgUnit.findById(unit);
        return u == null ? null : u.headPositionId;
    }

    @Override
    public Optional<String> holderOf(UUID position) {
        return Employee.<Employee>find("positionId = ?1 and status in ?2 order by nip", position,
                List.of(EmployeeStatus.ACTIVE, EmployeeStatus.LEAVE)).firstResultOptional().map(e -> e.nip);
    }

    public Optional<String> supervisorOf(Employee e) {
        return Supervision.supervisorOf(e.nip, e.positionId, e.unitId, this);
    }

    /** From the root down to the unit, inclusive. */
    public List<EmployeeSnapshot.UnitRef> path(UUID unitId) {
        List<EmployeeSnapshot.UnitRef> path = new ArrayList<>();
        for (UUID u = unitId; u != null && path.size() < OrgTree.MAX_DEPTH; ) {
            OrgUnit unit = OrgUnit.findById(u);
            if (unit == null) {
                break;
            }
            path.add(new EmployeeSnapshot.UnitRef(unit.id, unit.code, unit.name));
            u = unit.parentId;
        }
        Collections.reverse(path);
        return path;
    }

    /** The unit and every unit below it. */
    @SuppressWarnings("unchecked")
    public List<UUID> subtree(UUID unitId) {
        return em.createNativeQuery("with recursive t(id, depth) as (select id, 0 from org_unit where id = ?1 "
                        + "union all select u.id, t.depth + 1 from org_unit u join t on u.parent_id = t.id where t.depth < "
                        + OrgTree.MAX_DEPTH + ") select id from t", UUID.class)
                .setParameter(1, unitId).getResultList();
    }

    /** Employees whose supervisor follows from this unit's head: its staff and the heads of its child units. */
    public List<Employee> supervisedVia(UUID unitId) {
        List<Employee> staff = new ArrayList<>(Employee.list("unitId", unitId));
        for (OrgUnit child : OrgUnit.<OrgUnit>list("parentId", unitId)) {
            if (child.headPositionId != null) {
                staff.addAll(Employee.list("positionId", child.headPositionId));
            }
        }
        return staff;
    }
}
