package id.merit.placement.domain;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlowBase;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact maximum-score assignment of candidates to vacancies (each person at most one seat, each seat at most
 * one person). Rectangular, never padded: only eligible pairs exist as arcs. Without a per-unit move limit it
 * is a min-cost flow (OR-Tools MinCostFlow, the Java name of SimpleMinCostFlow) source → candidates → vacancies → sink with a zero-cost bypass, so seats may stay empty;
 * with a limit (at most N people moved out of any one unit) it is a CP-SAT model, unless the unconstrained
 * optimum already respects the limit (then it is optimal for the constrained problem too).
 */
public final class AssignmentSolver {
    private static volatile boolean loaded;

    public enum Status { OPTIMAL, FEASIBLE_NOT_PROVEN, FAILED }

    public enum Method { MIN_COST_FLOW, CP_SAT }

    /**
     * @param arcCandidate / arcVacancy / arcScore parallel arrays of eligible pairs; scores are non-negative integers
     * @param candidateUnit unit index per candidate, vacancyUnit unit index per vacancy (used by the move limit)
     * @param maxMovesPerUnit null for no limit; else at most this many candidates of one unit go to a seat in another unit
     */
    public record Problem(int candidates, int vacancies, int[] arcCandidate, int[] arcVacancy, long[] arcScore,
                          int[] candidateUnit, int[] vacancyUnit, Integer maxMovesPerUnit) {
        public Problem {
            if (arcCandidate.length != arcVacancy.length || arcCandidate.length != arcScore.length) {
                throw new IllegalArgumentException("arc arrays differ in length");
            }
            if (maxMovesPerUnit != null && maxMovesPerUnit < 0) {
                throw new IllegalArgumentException("maxMovesPerUnit must not be negative");
            }
            for (int a = 0; a < arcScore.length; a++) {
                if (arcScore[a] < 0 || arcCandidate[a] < 0 || arcCandidate[a] >= candidates || arcVacancy[a] < 0 || arcVacancy[a] >= vacancies) {
                    throw new IllegalArgumentException("arc " + a + " is out of range or has a negative score");
                }
            }
        }

        boolean isMove(int arc) {
            return candidateUnit == null || vacancyUnit == null || candidateUnit[arcCandidate[arc]] != vacancyUnit[arcVacancy[arc]];
        }
    }

    /** vacancyOfCandidate[i] = seat index or -1. */
    public record Solution(int[] vacancyOfCandidate, long total, Status status, Method method, long solveNanos) {
        public int assigned() {
            int n = 0;
            for (int v : vacancyOfCandidate) {
                n += v >= 0 ? 1 : 0;
            }
            return n;
        }
    }

    public static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    public static Solution solve(Problem p, double cpSatTimeLimitSeconds) {
        loadNativeLibraries();
        long start = System.nanoTime();
        Solution flow = minCostFlow(p, start);
        if (p.maxMovesPerUnit() == null || flow.status() != Status.OPTIMAL || respectsLimit(p, flow.vacancyOfCandidate())) {
            return flow;
        }
        return cpSat(p, cpSatTimeLimitSeconds, start);
    }

    private static Solution minCostFlow(Problem p, long start) {
        int n = p.candidates();
        int m = p.vacancies();
        MinCostFlow f = new MinCostFlow(n + m + 2, n + m + 1 + p.arcScore().length);
        try {
            return minCostFlow(p, f, start);
        } finally {
            f.delete();
        }
    }

    private static Solution minCostFlow(Problem p, MinCostFlow f, long start) {
        int n = p.candidates();
        int m = p.vacancies();
        int source = 0;
        int sink = n + m + 1;
        int k = Math.min(n, m);
        for (int i = 0; i < n; i++) {
            f.addArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
        }
        int firstPairArc = -1;
        for (int a = 0; a < p.arcScore().length; a++) {
            int arc = f.addArcWithCapacityAndUnitCost(1 + p.arcCandidate()[a], 1 + n + p.arcVacancy()[a], 1, -p.arcScore()[a]);
            if (a == 0) {
                firstPairArc = arc;
            }
        }
        for (int j = 0; j < m; j++) {
            f.addArcWithCapacityAndUnitCost(1 + n + j, sink, 1, 0);
        }
        // Flow that finds no profitable seat goes straight to the sink, so seats and people may stay unassigned.
        f.addArcWithCapacityAndUnitCost(source, sink, k, 0);
        f.setNodeSupply(source, k);
        f.setNodeSupply(sink, -k);
        MinCostFlowBase.Status st = f.solve();
        int[] vacancyOf = new int[n];
        java.util.Arrays.fill(vacancyOf, -1);
        if (st != MinCostFlowBase.Status.OPTIMAL) {
            return new Solution(vacancyOf, 0, Status.FAILED, Method.MIN_COST_FLOW, System.nanoTime() - start);
        }
        long total = 0;
        for (int a = 0; a < p.arcScore().length; a++) {
            if (f.getFlow(firstPairArc + a) > 0) {
                vacancyOf[p.arcCandidate()[a]] = p.arcVacancy()[a];
                total += p.arcScore()[a];
            }
        }
        return new Solution(vacancyOf, total, Status.OPTIMAL, Method.MIN_COST_FLOW, System.nanoTime() - start);
    }

    static boolean respectsLimit(Problem p, int[] vacancyOf) {
        Map<Integer, Integer> moves = new HashMap<>();
        for (int a = 0; a < p.arcScore().length; a++) {
            if (vacancyOf[p.arcCandidate()[a]] == p.arcVacancy()[a] && p.isMove(a)) {
                int unit = p.candidateUnit() == null ? -1 : p.candidateUnit()[p.arcCandidate()[a]];
                if (moves.merge(unit, 1, Integer::sum) > p.maxMovesPerUnit()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Solution cpSat(Problem p, double timeLimitSeconds, long start) {
        CpModel model = new CpModel();
        int arcs = p.arcScore().length;
        BoolVar[] x = new BoolVar[arcs];
        Map<Integer, List<Literal>> byCandidate = new HashMap<>();
        Map<Integer, List<Literal>> byVacancy = new HashMap<>();
        Map<Integer, List<BoolVar>> movesByUnit = new HashMap<>();
        for (int a = 0; a < arcs; a++) {
            x[a] = model.newBoolVar("x" + a);
            byCandidate.computeIfAbsent(p.arcCandidate()[a], i -> new ArrayList<>()).add(x[a]);
            byVacancy.computeIfAbsent(p.arcVacancy()[a], j -> new ArrayList<>()).add(x[a]);
            if (p.isMove(a)) {
                movesByUnit.computeIfAbsent(p.candidateUnit()[p.arcCandidate()[a]], u -> new ArrayList<>()).add(x[a]);
            }
        }
        byCandidate.values().forEach(model::addAtMostOne);
        byVacancy.values().forEach(model::addAtMostOne);
        for (List<BoolVar> moved : movesByUnit.values()) {
            model.addLessOrEqual(LinearExpr.sum(moved.toArray(new BoolVar[0])), p.maxMovesPerUnit());
        }
        model.maximize(LinearExpr.weightedSum(x, p.arcScore()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus st = solver.solve(model);
        int[] vacancyOf = new int[p.candidates()];
        java.util.Arrays.fill(vacancyOf, -1);
        if (st != CpSolverStatus.OPTIMAL && st != CpSolverStatus.FEASIBLE) {
            return new Solution(vacancyOf, 0, Status.FAILED, Method.CP_SAT, System.nanoTime() - start);
        }
        long total = 0;
        for (int a = 0; a < arcs; a++) {
            if (solver.booleanValue(x[a])) {
                vacancyOf[p.arcCandidate()[a]] = p.arcVacancy()[a];
                total += p.arcScore()[a];
            }
        }
        return new Solution(vacancyOf, total, st == CpSolverStatus.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE_NOT_PROVEN,
                Method.CP_SAT, System.nanoTime() - start);
    }
}
