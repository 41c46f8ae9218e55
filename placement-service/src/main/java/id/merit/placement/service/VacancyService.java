package id.merit.placement.service;

import id.merit.placement.PositionView;
import id.merit.placement.Vacancy;
import id.merit.placement.domain.Golongan;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Vacancies: a seat of a known position, at most as many active vacancies as free seats. */
@ApplicationScoped
public class VacancyService {
    @Inject
    Caller caller;
    @Inject
    Profiles profiles;

    @Transactional
    public Vacancy open(UUID positionId, LocalDate tmt, Overrides.Requirements requirements, Overrides.Weights weights, String note) {
        PositionView p = PositionView.findById(positionId);
        if (p == null) {
            throw ProblemException.invalid("body.positionId", "position " + positionId + " is not known here (not yet received from employee-service)");
        }
        if (requirements != null && requirements.minGolongan() != null && Golongan.parse(requirements.minGolongan()).isEmpty()) {
            throw ProblemException.invalid("body.requirements.minGolongan", "must be a golongan such as III/d or IX");
        }
        if (weights != null && weights.jpm() + weights.education() + weights.experience() + weights.predikat() + weights.talent() <= 0) {
            throw ProblemException.invalid("body.weights", "at least one weight must be positive");
        }
        long active = Vacancy.count("positionId = ?1 and state in ?2", positionId, List.of(Vacancy.State.OPEN, Vacancy.State.PROPOSED));
        int free = p.seats - profiles.incumbents(p).size();
        if (active >= free) {
            throw ProblemException.conflict("position " + p.code + " has " + p.seats + " seat(s), " + (p.seats - free)
                    + " held and " + active + " already open as vacancies");
        }
        Vacancy v = new Vacancy();
        v.id = UUID.randomUUID();
        v.positionId = p.id;
        v.positionType = p.type;
        v.unitId = p.unitId;
        v.state = Vacancy.State.OPEN;
        v.tmt = tmt;
        v.requirementOverrides = requirements == null ? null : profiles.write(requirements);
        v.weightOverrides = weights == null ? null : profiles.write(weights);
        v.note = note;
        v.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        v.persistAndFlush();
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Vacancy get(UUID id) {
        Vacancy v = Vacancy.findById(id);
        if (v == null) {
            throw ProblemException.notFound("vacancy", id);
        }
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vacancy> list(Vacancy.State state, UUID unitId, int offset, int size) {
        return Vacancy.find(filter(state, unitId), Sort.by("createdAt").and("id"), params(state, unitId)).range(offset, offset + size - 1).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Vacancy.State state, UUID unitId) {
        return Vacancy.count(filter(state, unitId), params(state, unitId));
    }

    private static String filter(Vacancy.State state, UUID unitId) {
        String q = "1 = 1";
        q += state == null ? "" : " and state = :state";
        return q + (unitId == null ? "" : " and unitId = :unit");
    }

    private static Parameters params(Vacancy.State state, UUID unitId) {
        Parameters p = new Parameters();
        if (state != null) {
            p.and("state", state);
        }
        if (unitId != null) {
            p.and("unit", unitId);
        }
        return p;
    }

    @Transactional
    public Vacancy cancel(UUID id, String ifMatch) {
        Vacancy v = get(id);
        Versions.check(ifMatch, v.version);
        if (v.state != Vacancy.State.OPEN && v.state != Vacancy.State.PROPOSED) {
            throw ProblemException.illegalState("a " + v.state + " vacancy cannot be cancelled");
        }
        v.state = Vacancy.State.CANCELLED;
        v.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        v.persistAndFlush();
        return v;
    }
}
