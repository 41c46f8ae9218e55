package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.PlacementRun;
import id.merit.placement.Vacancy;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.AssignmentSolver;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.Eligibility;
import id.merit.placement.domain.Score;
import id.merit.placement.domain.VacancyProfile;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Optimal assignment of a candidate pool to a set of open vacancies. Ineligible pairs are not arcs at all;
 * scores are scaled to integers for the solver, and the stored run keeps inputs, result, total and solve time.
 */
@ApplicationScoped
public class RunService {
    @Inject
    Profiles profiles;
    @Inject
    RankingService ranking;
    @Inject
    PlacementConfig config;
    @Inject
    Caller caller;

    public record Assignment(UUID vacancyId, String nip, double score, Score.Breakdown breakdown) {
    }

    public record Result(List<Assignment> assignments, List<UUID> unfilledVacancyIds, int poolSize) {
    }

    @Transactional
    public PlacementRun run(List<UUID> vacancyIds, List<String> candidateNips, List<UUID> unitIds, Integer maxMovesPerUnit) {
        List<UUID> vIds = List.copyOf(new LinkedHashSet<>(vacancyIds));
        List<Vacancy> vacancies = new ArrayList<>();
        for (UUID id : vIds) {
            Vacancy v = Vacancy.findById(id);
            if (v == null) {
                throw ProblemException.notFound("vacancy", id);
            }
            if (v.state != Vacancy.State.OPEN) {
                throw ProblemException.illegalState("vacancy " + id + " is " + v.state + "; only OPEN vacancies take part in a run");
            }
            vacancies.add(v);
        }
        List<EmployeeView> pool = pool(candidateNips, unitIds);
        if (pool.isEmpty()) {
            throw ProblemException.unprocessable("the candidate pool is empty: no known employee matches the given NIPs or units");
        }
        List<VacancyProfile> profilesOf = vacancies.stream().map(ranking::profile).toList();
        List<Candidate> candidates = profiles.candidates(pool);
        Score.Settings settings = profiles.settings();

        Map<UUID, Integer> unitIndex = new HashMap<>();
        int[] candidateUnit = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            candidateUnit[i] = unitIndex.computeIfAbsent(candidates.get(i).unitId(), u -> unitIndex.size());
        }
        int[] vacancyUnit = new int[vacancies.size()];
        for (int j = 0; j < vacancies.size(); j++) {
            vacancyUnit[j] = unitIndex.computeIfAbsent(vacancies.get(j).unitId, u -> unitIndex.size());
        }
        List<int[]> pairs = new ArrayList<>();
        List<Score.Breakdown> breakdowns = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = 0; j < vacancies.size(); j++) {
                if (Eligibility.evaluate(candidates.get(i), profilesOf.get(j)).eligible()) {
                    pairs.add(new int[]{i, j});
                    breakdowns.add(Score.of(candidates.get(i), profilesOf.get(j), settings));
                }
            }
        }
        int[] arcC = new int[pairs.size()];
        int[] arcV = new int[pairs.size()];
        long[] arcS = new long[pairs.size()];
        for (int a = 0; a < pairs.size(); a++) {
            arcC[a] = pairs.get(a)[0];
            arcV[a] = pairs.get(a)[1];
            arcS[a] = Math.round(breakdowns.get(a).total() * config.solver().scale());
        }
        var problem = new AssignmentSolver.Problem(candidates.size(), vacancies.size(), arcC, arcV, arcS, candidateUnit, vacancyUnit, maxMovesPerUnit);
        AssignmentSolver.Solution s = AssignmentSolver.solve(problem, config.solver().cpSatSeconds());
        if (s.status() == AssignmentSolver.Status.FAILED) {
            throw ProblemException.unprocessable("the solver found no assignment");
        }

        List<Assignment> assignments = new ArrayList<>();
        Set<UUID> filled = new TreeSet<>();
        double total = 0;
        for (int a = 0; a < pairs.size(); a++) {
            if (s.vacancyOfCandidate()[arcC[a]] == arcV[a]) {
                Score.Breakdown b = breakdowns.get(a);
                assignments.add(new Assignment(vacancies.get(arcV[a]).id, candidates.get(arcC[a]).nip(), b.total(), b));
                filled.add(vacancies.get(arcV[a]).id);
                total += b.total();
            }
        }
        List<UUID> unfilled = vIds.stream().filter(id -> !filled.contains(id)).toList();

        PlacementRun r = new PlacementRun();
        r.id = UUID.randomUUID();
        r.vacancyIds = profiles.write(vIds);
        r.candidateNips = profiles.write(pool.stream().map(e -> e.nip).toList());
        r.maxMovesPerUnit = maxMovesPerUnit;
        r.method = s.method().name();
        r.status = s.status().name();
        r.totalScore = total;
        r.assigned = assignments.size();
        r.eligiblePairs = pairs.size();
        r.solveMillis = s.solveNanos() / 1_000_000;
        r.result = profiles.write(new Result(assignments, unfilled, pool.size()));
        r.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.createdBy = caller.id();
        r.persist();
        return r;
    }

    private static List<EmployeeView> pool(List<String> nips, List<UUID> unitIds) {
        Set<String> seen = new LinkedHashSet<>();
        List<EmployeeView> out = new ArrayList<>();
        if (nips != null && !nips.isEmpty()) {
            for (EmployeeView e : EmployeeView.<EmployeeView>list("nip in ?1", Sort.by("nip"), List.copyOf(new LinkedHashSet<>(nips)))) {
                if (seen.add(e.nip)) {
                    out.add(e);
                }
            }
        }
        if (unitIds != null && !unitIds.isEmpty()) {
            for (EmployeeView e : EmployeeView.<EmployeeView>list("unitId in ?1", Sort.by("nip"), List.copyOf(new LinkedHashSet<>(unitIds)))) {
                if (seen.add(e.nip)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlacementRun get(UUID id) {
        PlacementRun r = PlacementRun.findById(id);
        if (r == null) {
            throw ProblemException.notFound("placement run", id);
        }
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlacementRun> list(int offset, int size) {
        return PlacementRun.findAll(Sort.by("createdAt").descending().and("id")).range(offset, offset + size - 1).list();
    }

    public Result result(PlacementRun r) {
        return profiles.read(r.result, Result.class);
    }
}
