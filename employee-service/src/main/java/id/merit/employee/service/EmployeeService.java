package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.Position;
import id.merit.employee.PositionHistory;
import id.merit.employee.Training;
import id.merit.employee.domain.Competency;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.Golongan;
import id.merit.employee.domain.Nip;
import id.merit.employee.domain.PositionType;
import id.merit.employee.events.EmployeeDeactivated;
import id.merit.employee.events.EmployeeSnapshot;
import id.merit.platform.events.PoisonEventException;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Employees: records, moves between positions, reads with object-level access; each change publishes its snapshot. */
@ApplicationScoped
public class EmployeeService {
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Search filters; null means "any". */
    public record Search(String name, String nip, UUID unitId, boolean includeSubUnits, PositionType positionType,
                         String golongan, EmployeeStatus status) {
    }

    public record Found(List<Employee> items, long total) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Caller caller;
    @Inject
    OrgLookups org;
    @Inject
    PositionService positions;

    @Transactional
    public Employee create(EmployeeData d) {
        if (Employee.findById(d.nip()) != null) {
            throw ProblemException.conflict("employee " + d.nip() + " already exists");
        }
        if (seatChanges(null, d)) {
            org.lockSupervision();
        }
        Employee e = new Employee();
        e.nip = d.nip();
        apply(e, d);
        e.touch(caller.id(), now());
        e.persistAndFlush();
        publish(e, null);
        return e;
    }

    @Transactional
    public Employee update(String nip, String ifMatch, EmployeeData d) {
        Employee e = find(nip);
        Versions.check(ifMatch, e.version);
        if (!nip.equals(d.nip())) {
            throw ProblemException.invalid("body.nip", "must be the NIP of the record being updated (" + nip + ")");
        }
        if (seatChanges(e, d)) {
            org.lockSupervision();
        }
        EmployeeStatus before = e.status;
        apply(e, d);
        e.touch(caller.id(), now());
        e.persistAndFlush();
        publish(e, before);
        republishSupervisedIfHeadStatusChanged(e, before, caller.id());
        return e;
    }

    /**
     * Creates or updates from the registry or an import file; no version check, the registry is the source.
     * {@code registryAppraisals} (sorted by year) replace the stored ones, null keeps them (nothing was read);
     * {@code alsoChange} writes more of the snapshot (run once the employee row exists; true when it changed something),
     * so one sync publishes one snapshot.
     */
    @Transactional
    public Outcome upsert(EmployeeData d, List<Employee.RegistryAppraisal> registryAppraisals, String who, Predicate<Employee> alsoChange) {
        Employee e = Employee.findById(d.nip());
        boolean created = e == null;
        if (created) {
            e = new Employee();
            e.nip = d.nip();
        }
        if (seatChanges(created ? null : e, d)) {
            org.lockSupervision();
        }
        String before = created ? null : state(e);
        EmployeeStatus statusBefore = created ? null : e.status;
        apply(e, d);
        if (registryAppraisals != null) {
            e.registryAppraisals = new ArrayList<>(registryAppraisals);
        }
        boolean changed = created || !before.equals(state(e));
        // Written before alsoChange runs (its rows need the employee; its queries would flush it anyway): one version step.
        if (changed) {
            e.registrySyncedAt = now();
            e.touch(who, now());
            e.persistAndFlush();
        }
        boolean alsoChanged = alsoChange.test(e);
        if (!changed && !alsoChanged) {
            return Outcome.UNCHANGED;
        }
        if (!changed) {
            e.registrySyncedAt = now();
            e.touch(who, now());
            e.persistAndFlush();
        }
        publish(e, statusBefore);
        if (!created) {
            republishSupervisedIfHeadStatusChanged(e, statusBefore, who);
        }
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** hr-admin assigns a position: version-checked, and only into a free seat. */
    @Transactional
    public Employee assign(String nip, String ifMatch, UUID positionId, LocalDate tmt, String decisionRef) {
        org.lockSupervision();
        Versions.check(ifMatch, find(nip).version);
        return move(nip, positionId, tmt, decisionRef, true, caller.id());
    }

    /**
     * Moves an employee into a position from {@code tmt}: closes the open history row and opens a new one.
     * Refused when the employee already holds a later position (an older decision must not undo a newer one).
     */
    @Transactional
    public Employee move(String nip, UUID positionId, LocalDate tmt, String decisionRef, boolean enforceSeats, String who) {
        // Before anything is read: the supervisors published below must see every move and head change committed before.
        org.lockSupervision();
        Employee e = find(nip);
        Position p = positions.find(positionId);
        if (!e.status.inActiveService()) {
            throw ProblemException.illegalState("employee " + nip + " is " + e.status + " and cannot take a position");
        }
        Optional<PositionHistory> open = PositionHistory.open(nip);
        if (open.isPresent() && tmt.isBefore(open.get().tmt)) {
            throw ProblemException.conflict("employee " + nip + " holds a position since " + open.get().tmt
                    + "; a move with TMT " + tmt + " would rewrite later history");
        }
        if (p.id.equals(e.positionId)) {
            return e;
        }
        if (enforceSeats && p.incumbentCount() >= p.seats) {
            throw ProblemException.conflict("position " + p.code + " has no free seat (" + p.seats + " seat(s))");
        }
        UUID previousPosition = e.positionId;
        UUID previousUnit = e.unitId;
        open.ifPresent(h -> h.until = tmt);
        PositionHistory h = new PositionHistory();
        h.nip = nip;
        h.positionId = p.id;
        h.positionName = p.name;
        h.positionType = p.type.name();
        h.unitId = p.unitId;
        h.tmt = tmt;
        h.decisionRef = decisionRef;
        h.createdAt = now();
        h.createdBy = who;
        PositionHistory.getEntityManager().flush();
        h.persist();
        e.positionId = p.id;
        e.positionTmt = tmt;
        e.unitId = p.unitId;
        e.touch(who, now());
        e.persistAndFlush();
        publish(e, null);
        if (previousPosition != null) {
            positions.republish(previousPosition, who);
        }
        positions.republish(p.id, who);
        // A head moving in or out changes the supervisor in the snapshots of everyone under that unit.
        Map<String, Employee> supervised = new LinkedHashMap<>();
        supervisedIfHead(previousPosition, previousUnit, supervised);
        supervisedIfHead(p.id, p.unitId, supervised);
        republishAll(supervised.values(), e.nip, who);
        return e;
    }

    /**
     * Applies an approved placement once per decision version: an older version of a decision already applied,
     * or a TMT before the employee's current position, changes nothing. Unknown employee or position is poison.
     *
     * @return true when the employee moved (or was confirmed in the position)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyPlacement(String nip, UUID positionId, UUID unitId, LocalDate tmt, String decisionRef, long version) {
        org.lockSupervision();
        var em = Employee.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Number> applied = em.createNativeQuery("select version from applied_placement where decision_ref = ?1")
                .setParameter(1, decisionRef).getResultList();
        if (!applied.isEmpty() && applied.get(0).longValue() >= version) {
            return false;
        }
        Employee e = Employee.findById(nip);
        if (e == null) {
            throw new PoisonEventException("placement " + decisionRef + ": employee " + nip + " is unknown here");
        }
        Position p = Position.findById(positionId);
        if (p == null || !p.unitId.equals(unitId)) {
            throw new PoisonEventException("placement " + decisionRef + ": position " + positionId + " is unknown or not in unit " + unitId);
        }
        em.createNativeQuery("insert into applied_placement (decision_ref, nip, version, applied_at) values (?1, ?2, ?3, now()) "
                        + "on conflict (decision_ref) do update set version = excluded.version, nip = excluded.nip, applied_at = now()")
                .setParameter(1, decisionRef).setParameter(2, nip).setParameter(3, version).executeUpdate();
        Optional<PositionHistory> open = PositionHistory.open(nip);
        if (!e.status.inActiveService() || (open.isPresent() && tmt.isBefore(open.get().tmt))) {
            return false;
        }
        move(nip, positionId, tmt, decisionRef, false, "placement:" + decisionRef);
        return true;
    }

    /**
     * GET of a snapshot: one read-only transaction of four statements — the employee with their position, the unit
     * chain (path, heads, holders; it also settles an employee's right to read), the history, the trainings.
     * Read-only: entities load without the copies kept for dirty checking, and no query flushes first.
     */
    @Transactional
    public EmployeeSnapshot readSnapshot(String nip) {
        Session session = Employee.getSession();
        boolean readOnly = session.isDefaultReadOnly();
        FlushModeType flush = session.getFlushMode();
        session.setDefaultReadOnly(true);
        session.setFlushMode(FlushModeType.COMMIT);
        try {
            Employee e = findWithPosition(nip);
            OrgChain chain = org.chain(e.unitId);
            checkCanRead(e, chain);
            return snapshot(e, chain);
        } finally {
            session.setDefaultReadOnly(readOnly);
            session.setFlushMode(flush);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Employee read(String nip) {
        Employee e = find(nip);
        checkCanRead(e);
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Employee> supervisor(String nip) {
        Employee e = read(nip);
        return org.supervisorOf(e).map(n -> Employee.<Employee>findById(n));
    }

    /**
     * The people {@code nip} supervises directly, in active service, by name then NIP: when they hold the head position
     * of their unit, its people, the heads of its child units and, below a child unit whose head is missing or vacant,
     * that unit's people in turn ({@link OrgLookups#supervisedVia}); anyone else supervises nobody. Read as the
     * employee's own record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Employee> reports(String nip) {
        Employee e = read(nip);
        Map<String, Employee> supervised = new LinkedHashMap<>();
        if (org.holderOf(e.positionId).map(nip::equals).orElse(false)) {
            supervisedIfHead(e.positionId, e.unitId, supervised);
        }
        return supervised.values().stream()
                .filter(r -> !r.nip.equals(nip) && r.status.inActiveService())
                .sorted(Comparator.comparing((Employee r) -> r.name.toLowerCase(Locale.ROOT)).thenComparing(r -> r.nip))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found search(Search s, PageQuery page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (s.name() != null) {
            q.append(" and lower(name) like :name");
            params.and("name", "%" + s.name().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.nip() != null) {
            q.append(" and nip like :nip");
            params.and("nip", s.nip() + "%");
        }
        if (s.unitId() != null) {
            q.append(" and unitId in :units");
            params.and("units", s.includeSubUnits() ? org.subtree(s.unitId()) : List.of(s.unitId()));
        }
        if (s.positionType() != null) {
            q.append(" and positionId in (select p.id from Position p where p.type = :type)");
            params.and("type", s.positionType());
        }
        if (s.golongan() != null) {
            List<Golongan> g = java.util.Arrays.stream(Golongan.values()).filter(x -> x.code.equalsIgnoreCase(s.golongan())).toList();
            if (g.isEmpty()) {
                throw ProblemException.invalid("query.golongan", "'" + s.golongan() + "' is not a golongan (I/a..IV/e or I..XVII)");
            }
            q.append(" and golongan in :golongan");
            params.and("golongan", g);
        }
        if (s.status() != null) {
            q.append(" and status = :status");
            params.and("status", s.status());
        }
        var query = Employee.<Employee>find(q + " order by lower(name), nip", params);
        long total = Employee.count(q.toString(), params);
        return new Found(query.range(page.offset(), page.offset() + page.size - 1).list(), total);
    }

    public EmployeeSnapshot snapshot(Employee e) {
        return snapshot(e, org.chain(e.unitId));
    }

    private EmployeeSnapshot snapshot(Employee e, OrgChain chain) {
        EmployeeSnapshot.PositionView pv = null;
        if (e.positionId != null) {
            Position p = Position.findById(e.positionId);
            pv = new EmployeeSnapshot.PositionView(p.id, p.code, p.name, p.type, p.fungsionalLevel, p.unitId, e.positionTmt);
        }
        EmployeeSnapshot.UnitView uv = chain.unit()
                .map(u -> new EmployeeSnapshot.UnitView(u.id(), u.code(), u.name(), chain.path())).orElse(null);
        List<EmployeeSnapshot.HistoryView> history = PositionHistory.of(e.nip).stream()
                .map(h -> new EmployeeSnapshot.HistoryView(h.positionId, h.positionName, h.positionType, h.unitId, h.tmt, h.until))
                .toList();
        List<EmployeeSnapshot.TrainingView> trainings = Training.of(e.nip).stream().map(EmployeeSnapshot.TrainingView::of).toList();
        return EmployeeSnapshot.of(e, pv, uv, chain.supervisorOf(e.nip, e.positionId, e.unitId).orElse(null), history, trainings);
    }

    Employee find(String nip) {
        Employee e = Employee.findById(nip);
        if (e == null) {
            throw ProblemException.notFound("employee", nip);
        }
        return e;
    }

    /** The employee and their position (then found in the session) in one statement. */
    private Employee findWithPosition(String nip) {
        List<Object[]> rows = Employee.getEntityManager()
                .createQuery("select e, p from Employee e left join Position p on p.id = e.positionId where e.nip = :nip", Object[].class)
                .setParameter("nip", nip).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("employee", nip);
        }
        return (Employee) rows.get(0)[0];
    }

    /** hr-admin, integration and auditor read everyone; an employee reads themself and the people they supervise. */
    void checkCanRead(Employee e) {
        checkCanRead(e, null);
    }

    /** As {@link #checkCanRead(Employee)}, walking up {@code chain} (the employee's, or null: read it if needed). */
    private void checkCanRead(Employee e, OrgChain chain) {
        if (caller.isHrAdmin() || caller.hasRole(Roles.INTEGRATION) || caller.hasRole(Roles.AUDITOR)) {
            return;
        }
        if (caller.hasRole(Roles.EMPLOYEE) && caller.nip().isPresent()
                && (caller.is(e.nip) || supervises(caller.nip().get(), e, chain != null ? chain : org.chain(e.unitId)))) {
            return;
        }
        throw ProblemException.forbidden("you may read only your own record and those of the employees you supervise");
    }

    /** Up the supervision chain from {@code e}; its supervisors head units of {@code chain}, so no step costs a query. */
    private boolean supervises(String supervisorNip, Employee e, OrgChain chain) {
        Set<String> seen = new HashSet<>();
        Optional<OrgChain.Seat> current = Optional.of(new OrgChain.Seat(e.nip, e.positionId, e.unitId));
        while (current.isPresent() && seen.add(current.get().nip()) && seen.size() <= id.merit.employee.domain.OrgTree.MAX_DEPTH) {
            OrgChain.Seat s = current.get();
            Optional<String> up = chain.supervisorOf(s.nip(), s.positionId(), s.unitId());
            if (up.isEmpty()) {
                return false;
            }
            if (up.get().equals(supervisorNip)) {
                return true;
            }
            current = chain.seatOf(up.get());
        }
        return false;
    }

    /** Publishes the current snapshot of an employee whose derived data (supervisor) changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(Employee e) {
        e.persistAndFlush();
        publish(e, null);
    }

    private void supervisedIfHead(UUID positionId, UUID unitId, Map<String, Employee> into) {
        if (positionId != null && unitId != null && positionId.equals(org.headPositionOf(unitId))) {
            org.supervisedVia(unitId).forEach(s -> into.putIfAbsent(s.nip, s));
        }
    }

    /** A head whose status starts or stops holding their position (e.g. retired, back from leave) changes their staff's supervisor. */
    private void republishSupervisedIfHeadStatusChanged(Employee e, EmployeeStatus before, String who) {
        if (before != null && OrgLookups.holds(before) != OrgLookups.holds(e.status)) {
            Map<String, Employee> supervised = new LinkedHashMap<>();
            supervisedIfHead(e.positionId, e.unitId, supervised);
            republishAll(supervised.values(), e.nip, who);
        }
    }

    /**
     * Whether applying {@code d} changes where the employee sits for supervision (a unit, for one without a position)
     * or whether they hold their position; {@code before} null: a new employee. Such writes take the supervision lock.
     */
    private static boolean seatChanges(Employee before, EmployeeData d) {
        if (before == null) {
            return d.unitId() != null;
        }
        EmployeeStatus status = d.status() == null ? before.status : d.status();
        return (before.positionId == null && !Objects.equals(before.unitId, d.unitId()))
                || OrgLookups.holds(status) != OrgLookups.holds(before.status);
    }

    /** Republishes these employees (their supervisor changed), each once, except {@code except}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republishAll(Collection<Employee> affected, String except, String who) {
        for (Employee s : affected) {
            if (!s.nip.equals(except)) {
                s.touch(who, now());
                s.persistAndFlush();
                publish(s, null);
            }
        }
    }

    private void apply(Employee e, EmployeeData d) {
        Nip nip;
        try {
            nip = Nip.parse(d.nip());
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("body.nip", ex.getMessage());
        }
        try {
            nip.checkAgrees(d.birthDate(), null);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("body.birthDate", ex.getMessage());
        }
        try {
            nip.checkAgrees(null, d.sex());
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("body.sex", ex.getMessage());
        }
        Golongan golongan = null;
        if (d.golongan() != null) {
            golongan = Golongan.of(nip.type(), d.golongan()).orElseThrow(() -> ProblemException.invalid("body.golongan",
                    "'" + d.golongan() + "' is not a " + nip.type() + " golongan ("
                            + (nip.type() == id.merit.employee.domain.EmploymentType.PNS ? "I/a..IV/e" : "I..XVII") + ")"));
            if (d.golonganTmt() == null) {
                throw ProblemException.invalid("body.golonganTmt", "is required with a golongan");
            }
        }
        if (d.potentialScore() != null && d.potentialAssessedOn() == null) {
            throw ProblemException.invalid("body.potentialAssessedOn", "is required with a potential score");
        }
        Set<String> codes = new HashSet<>();
        for (EmployeeData.AssessmentItem a : d.competenciesOrEmpty()) {
            if (!codes.add(a.code())) {
                throw ProblemException.invalid("body.competencies", "competency " + a.code() + " appears twice; keep the latest assessment");
            }
        }
        if (e.positionId == null && d.unitId() != null && OrgUnit.findById(d.unitId()) == null) {
            throw ProblemException.invalid("body.unitId", "unit " + d.unitId() + " does not exist");
        }
        e.employmentType = nip.type();
        e.name = d.name().trim();
        e.frontTitle = blankToNull(d.frontTitle());
        e.backTitle = blankToNull(d.backTitle());
        e.birthPlace = blankToNull(d.birthPlace());
        e.birthDate = d.birthDate();
        e.sex = d.sex();
        e.status = d.status() == null ? (e.status == null ? EmployeeStatus.ACTIVE : e.status) : d.status();
        e.golongan = golongan;
        e.golonganTmt = golongan == null ? null : d.golonganTmt();
        if (e.positionId == null) {
            e.unitId = d.unitId();
        }
        e.education = new ArrayList<>(d.educationOrEmpty().stream()
                .map(x -> new Employee.Education(x.level(), blankToNull(x.field()), blankToNull(x.institution()), x.year()))
                .sorted(java.util.Comparator.comparing(Employee.Education::year).thenComparing(Employee.Education::level))
                .toList());
        e.competencies = new ArrayList<>(d.competenciesOrEmpty().stream()
                .map(a -> new Employee.Assessment(a.code(), Competency.kindOf(a.code()), a.level(), a.assessedOn(), blankToNull(a.source())))
                .sorted(java.util.Comparator.comparing(Employee.Assessment::code))
                .toList());
        e.potentialScore = d.potentialScore();
        e.potentialAssessedOn = d.potentialScore() == null ? null : d.potentialAssessedOn();
    }

    /** What a registry sync may change, to tell UPDATED from UNCHANGED. */
    private static String state(Employee e) {
        return String.join("|", e.name, Objects.toString(e.frontTitle), Objects.toString(e.backTitle), Objects.toString(e.birthPlace),
                e.birthDate.toString(), e.sex.name(), e.status.name(), Objects.toString(e.golongan), Objects.toString(e.golonganTmt),
                Objects.toString(e.unitId), e.education.toString(), e.competencies.toString(), e.registryAppraisals.toString(),
                Objects.toString(e.potentialScore == null ? null : e.potentialScore.stripTrailingZeros()), Objects.toString(e.potentialAssessedOn));
    }

    private void publish(Employee e, EmployeeStatus statusBefore) {
        outbox.publish(EmployeeSnapshot.TOPIC, e.nip, EmployeeSnapshot.TYPE, e.nip, snapshot(e));
        if (!e.status.inActiveService() && (statusBefore == null || statusBefore.inActiveService())) {
            outbox.publish(EmployeeSnapshot.TOPIC, e.nip, EmployeeDeactivated.TYPE, e.nip, new EmployeeDeactivated(e.nip, e.status, e.version));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
