package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.OrgTree;
import id.merit.employee.domain.Supervision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads of the organisation the rules need (parents, heads, holders, unit chains, sub-trees). */
@ApplicationScoped
public class OrgLookups implements Supervision.OrgView {
    /** Who holds a position for supervision: the first of its incumbents (by NIP) who is active or on leave. */
    private static final List<EmployeeStatus> HOLDING = EmployeeStatus.ACTIVE_SERVICE;
    /**
     * Upward from the unit by parent links, depth-capped like the rules' walks; holders by the same rule as holderOf.
     * The first holder is taken with array_agg, not "order by nip limit 1": the planner cannot see the head position's
     * value here and, when some positions have thousands of incumbents, walks the whole primary key for it (13 ms
     * instead of 0.1 ms on the benchmark's data).
     */
    private static final String CHAIN = """
            with recursive chain(id, code, name, parent_id, head_position_id, depth) as (
                select id, code, name, parent_id, head_position_id, 0 from org_unit where id = :unit
                union all
                select u.id, u.code, u.name, u.parent_id, u.head_position_id, c.depth + 1
                from org_unit u join chain c on u.id = c.parent_id where c.depth < %d)
            select c.id, c.code, c.name, c.parent_id, c.head_position_id, h.nip as holder_nip, h.unit_id as holder_unit_id
            from chain c left join lateral (
                select (array_agg(e.nip order by e.nip))[1] as nip, (array_agg(e.unit_id order by e.nip))[1] as unit_id
                from employee e where e.position_id = c.head_position_id and e.status in (:holding)) h on true
            order by c.depth""".formatted(OrgTree.MAX_DEPTH - 1);

    private static final String HOLDER = """
            select (array_agg(e.nip order by e.nip))[1] as nip
            from employee e where e.position_id = :position and e.status in (:holding)""";
    /** Advisory lock key of {@link #lockSupervision()} ("MERITSUP"; the outbox relay uses "MERIT"). */
    static final long SUPERVISION_LOCK = 0x4d45524954535550L;
    /** No table: taking the lock flushes nothing. */
    private static final String SUPERVISION_LOCK_SPACE = "supervision_lock";

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

    /** Whether an employee in this status holds their position (counts as its holder for supervision). */
    public static boolean holds(EmployeeStatus status) {
        return HOLDING.contains(status);
    }

    /** The holder by the same rule and plan as {@link #CHAIN}: array_agg, not "order by nip limit 1". */
    @Override
    public Optional<String> holderOf(UUID position) {
        if (position == null) {
            return Optional.empty();
        }
        Object nip = em.createNativeQuery(HOLDER)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Employee.class)
                .addScalar("nip", String.class)
                .setParameter("position", position).setParameterList("holding", HOLDING.stream().map(Enum::name).toList())
                .getSingleResult();
        return Optional.ofNullable((String) nip);
    }

    /**
     * Serialises, until the transaction ends, the writes that change who supervises whom: seat changes (position,
     * unit or holding status of an employee) and head or parent changes of units. Each such write takes it before it
     * reads the organisation and holds it to its commit, so the snapshots it publishes (the supervisor of the moved
     * employee, and of everyone {@link #supervisedVia} a changed head) see every earlier change of the same kind —
     * without it, a unit head and a sub-unit head placed at the same time each missed the other. Reads take no lock.
     */
    public void lockSupervision() {
        em.createNativeQuery("select 1 as locked from pg_advisory_xact_lock(:key)")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(SUPERVISION_LOCK_SPACE)
                .addScalar("locked", Integer.class)
                .setParameter("key", SUPERVISION_LOCK)
                .getSingleResult();
    }

    /** Where an employee sits; empty when unknown. */
    public Optional<OrgChain.Seat> seatOf(String nip) {
        return Employee.<Employee>findByIdOptional(nip).map(e -> new OrgChain.Seat(e.nip, e.positionId, e.unitId));
    }

    public Optional<String> supervisorOf(Employee e) {
        return chain(e.unitId).supervisorOf(e.nip, e.positionId, e.unitId);
    }

    /**
     * The unit and its ancestors (at most {@link OrgTree#MAX_DEPTH} units), each with the holder of its head position,
     * in one statement; no unit, no statement. Pending changes of units and employees are flushed first.
     */
    @SuppressWarnings("unchecked")
    public OrgChain chain(UUID unitId) {
        if (unitId == null) {
            return new OrgChain(List.of(), this);
        }
        List<Object[]> rows = em.createNativeQuery(CHAIN)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(OrgUnit.class).addSynchronizedEntityClass(Employee.class)
                .addScalar("id", UUID.class).addScalar("code", String.class).addScalar("name", String.class)
                .addScalar("parent_id", UUID.class).addScalar("head_position_id", UUID.class)
                .addScalar("holder_nip", String.class).addScalar("holder_unit_id", UUID.class)
                .setParameter("unit", unitId).setParameterList("holding", HOLDING.stream().map(Enum::name).toList())
                .getResultList();
        return new OrgChain(rows.stream().map(r -> new OrgChain.Link((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                (UUID) r[4], (String) r[5], (UUID) r[6])).toList(), this);
    }

    /** The unit and every unit below it. */
    @SuppressWarnings("unchecked")
    public List<UUID> subtree(UUID unitId) {
        return em.createNativeQuery("with recursive t(id, depth) as (select id, 0 from org_unit where id = ?1 "
                        + "union all select u.id, t.depth + 1 from org_unit u join t on u.parent_id = t.id where t.depth < "
                        + OrgTree.MAX_DEPTH + ") select id from t", UUID.class)
                .setParameter(1, unitId).getResultList();
    }

    /**
     * Employees whose supervisor follows from this unit's head: its staff, the heads of its child units and, below a
     * child unit whose head position is missing or vacant (supervision passes up), that unit's staff and child heads
     * in turn. Each once.
     */
    public List<Employee> supervisedVia(UUID unitId) {
        Map<String, Employee> found = new LinkedHashMap<>();
        collectSupervisedVia(unitId, found, new HashSet<>(), 1);
        return new ArrayList<>(found.values());
    }

    /**
     * Employees whose supervisor is found above this unit: the incumbents of its head position and, when that is
     * missing or vacant, everyone supervised via it — whose snapshots change when the unit moves to another parent.
     */
    public List<Employee> supervisedFromAbove(UUID unitId) {
        Map<String, Employee> found = new LinkedHashMap<>();
        UUID head = headPositionOf(unitId);
        if (head != null) {
            Employee.<Employee>list("positionId", head).forEach(e -> found.putIfAbsent(e.nip, e));
        }
        if (head == null || holderOf(head).isEmpty()) {
            collectSupervisedVia(unitId, found, new HashSet<>(), 1);
        }
        return new ArrayList<>(found.values());
    }

    private void collectSupervisedVia(UUID unitId, Map<String, Employee> found, Set<UUID> seen, int depth) {
        if (!seen.add(unitId) || depth > OrgTree.MAX_DEPTH) {
            return;
        }
        Employee.<Employee>list("unitId", unitId).forEach(e -> found.putIfAbsent(e.nip, e));
        for (OrgUnit child : OrgUnit.<OrgUnit>list("parentId", unitId)) {
            if (child.headPositionId != null) {
                Employee.<Employee>list("positionId", child.headPositionId).forEach(e -> found.putIfAbsent(e.nip, e));
            }
            if (child.headPositionId == null || holderOf(child.headPositionId).isEmpty()) {
                collectSupervisedVia(child.id, found, seen, depth + 1);
            }
        }
    }
}
