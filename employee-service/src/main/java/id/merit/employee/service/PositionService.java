package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.Position;
import id.merit.employee.domain.CompetencyStandard;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Golongan;
import id.merit.employee.domain.PositionType;
import id.merit.employee.events.PositionSnapshot;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Positions (jabatan) and their competency standard; every change publishes position.upserted. */
@ApplicationScoped
public class PositionService {
    public record Found(List<Position> items, long total) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Caller caller;

    @Transactional
    public Position create(PositionData d) {
        if (Position.count("code", d.code()) > 0) {
            throw ProblemException.conflict("a position with code " + d.code() + " already exists");
        }
        Position p = new Position();
        p.id = UUID.randomUUID();
        apply(p, d);
        p.touch(caller.id(), now());
        p.persistAndFlush();
        publish(p);
        return p;
    }

    @Transactional
    public Position update(UUID id, String ifMatch, PositionData d) {
        Position p = find(id);
        Versions.check(ifMatch, p.version);
        if (!p.code.equals(d.code()) && Position.count("code", d.code()) > 0) {
            throw ProblemException.conflict("a position with code " + d.code() + " already exists");
        }
        long incumbents = p.incumbentCount();
        if (d.seats() < incumbents) {
            throw ProblemException.conflict("position " + p.code + " has " + incumbents + " incumbent(s); seats cannot go below that");
        }
        if (!p.unitId.equals(d.unitId()) && (incumbents > 0 || isHead(p))) {
            throw ProblemException.conflict("position " + p.code + " is held or heads its unit; move its incumbents or change the unit head first");
        }
        apply(p, d);
        p.touch(caller.id(), now());
        p.persistAndFlush();
        publish(p);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Position find(UUID id) {
        Position p = Position.findById(id);
        if (p == null) {
            throw ProblemException.notFound("position", id);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found list(UUID unitId, PositionType type, PageQuery page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (unitId != null) {
            q.append(" and unitId = :unit");
            params.and("unit", unitId);
        }
        if (type != null) {
            q.append(" and type = :type");
            params.and("type", type);
        }
        List<Position> items = Position.<Position>find(q + " order by code, id", params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new Found(items, Position.count(q.toString(), params));
    }

    /** The incumbents or head flag changed: a new version of the snapshot goes out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(UUID id, String who) {
        Position p = find(id);
        p.touch(who, now());
        p.persistAndFlush();
        publish(p);
    }

    public PositionSnapshot snapshot(Position p) {
        List<String> incumbents = Employee.<Employee>find("positionId = ?1 order by nip", p.id).stream().map(e -> e.nip).toList();
        return PositionSnapshot.of(p, isHead(p), incumbents);
    }

    private static boolean isHead(Position p) {
        OrgUnit u = OrgUnit.findById(p.unitId);
        return u != null && p.id.equals(u.headPositionId);
    }

    private void apply(Position p, PositionData d) {
        if (OrgUnit.findById(d.unitId()) == null) {
            throw ProblemException.invalid("body.unitId", "unit " + d.unitId() + " does not exist");
        }
        if (d.type().needsFungsionalLevel() != (d.fungsionalLevel() != null)) {
            throw ProblemException.invalid("body.fungsionalLevel", d.type().needsFungsionalLevel()
                    ? "is required for a FUNGSIONAL position" : "applies only to FUNGSIONAL positions");
        }
        List<PositionData.Competency> given = d.competencyStandard() == null ? List.of() : d.competencyStandard();
        Set<String> codes = new HashSet<>();
        for (PositionData.Competency c : given) {
            if (!codes.add(c.code())) {
                throw ProblemException.invalid("body.competencyStandard", "competency " + c.code() + " appears twice");
            }
        }
        PositionData.Requirements r = d.requirements();
        if (r != null && r.minGolongan() != null && Golongan.of(EmploymentType.PNS, r.minGolongan()).isEmpty()
                && Golongan.of(EmploymentType.PPPK, r.minGolongan()).isEmpty()) {
            throw ProblemException.invalid("body.requirements.minGolongan", "'" + r.minGolongan() + "' is not a golongan");
        }
        p.code = d.code();
        p.name = d.name().trim();
        p.type = d.type();
        p.fungsionalLevel = d.fungsionalLevel();
        p.unitId = d.unitId();
        p.seats = d.seats();
        p.competencyStandard = CompetencyStandard.withOverrides(d.type(), d.fungsionalLevel(), given.stream()
                .map(c -> new CompetencyStandard.Requirement(c.code(), c.name(), null, c.requiredLevel())).toList());
        p.requirements = r == null ? new Position.Requirements(null, List.of(), null, null, null)
                : new Position.Requirements(r.minEducationLevel(), r.acceptedFields(), r.minGolongan(), r.minYearsExperience(), r.maxAge());
    }

    private void publish(Position p) {
        outbox.publish(PositionSnapshot.TOPIC, p.id.toString(), PositionSnapshot.TYPE, p.id.toString(), snapshot(p));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
