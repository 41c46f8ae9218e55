package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.PositionView;
import id.merit.placement.Vacancy;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.Eligibility;
import id.merit.placement.domain.Score;
import id.merit.placement.domain.VacancyProfile;
import id.merit.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Eligibility per pair and the explainable ranking of one vacancy's eligible candidates. */
@ApplicationScoped
public class RankingService {
    @Inject
    Profiles profiles;
    @Inject
    VacancyService vacancies;

    public record Ranked(int rank, String nip, String name, UUID unitId, String golongan, Score.Breakdown score) {
    }

    public record PairCheck(UUID vacancyId, String nip, Eligibility.Result eligibility, Score.Breakdown score) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VacancyProfile profile(Vacancy v) {
        PositionView p = PositionView.findById(v.positionId);
        if (p == null) {
            throw ProblemException.illegalState("position " + v.positionId + " of vacancy " + v.id + " is no longer known");
        }
        return profiles.vacancy(v, p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PairCheck check(UUID vacancyId, String nip) {
        Vacancy v = vacancies.get(vacancyId);
        EmployeeView e = EmployeeView.findById(nip);
        if (e == null) {
            throw ProblemException.notFound("employee", nip);
        }
        VacancyProfile profile = profile(v);
        Candidate c = profiles.candidate(e);
        Eligibility.Result r = Eligibility.evaluate(c, profile);
        return new PairCheck(vacancyId, nip, r, r.eligible() ? Score.of(c, profile, profiles.settings()) : null);
    }

    /** Eligible candidates, best first (ties by NIP so the order is stable), optionally from one unit or golongan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked> rank(UUID vacancyId, int limit, UUID unitId, String golongan) {
        Vacancy v = vacancies.get(vacancyId);
        if (v.state != Vacancy.State.OPEN && v.state != Vacancy.State.PROPOSED) {
            throw ProblemException.illegalState("a " + v.state + " vacancy has no candidates to rank");
        }
        VacancyProfile profile = profile(v);
        List<EmployeeView> pool = unitId == null
                ? EmployeeView.list("status", Sort.by("nip"), "ACTIVE")
                : EmployeeView.list("status = ?1 and unitId = ?2", Sort.by("nip"), "ACTIVE", unitId);
        Score.Settings settings = profiles.settings();
        List<Ranked> eligible = new ArrayList<>();
        List<Candidate> candidates = profiles.candidates(pool);
        for (int i = 0; i < pool.size(); i++) {
            Candidate c = candidates.get(i);
            if ((golongan == null || golongan.equals(c.golongan())) && Eligibility.evaluate(c, profile).eligible()) {
                eligible.add(new Ranked(0, c.nip(), pool.get(i).name, c.unitId(), c.golongan(), Score.of(c, profile, settings)));
            }
        }
        eligible.sort(Comparator.comparingDouble((Ranked r) -> -r.score().total()).thenComparing(Ranked::nip));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, eligible.size()); i++) {
            Ranked r = eligible.get(i);
            out.add(new Ranked(i + 1, r.nip(), r.name(), r.unitId(), r.golongan(), r.score()));
        }
        return out;
    }
}
