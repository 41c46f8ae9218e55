package id.merit.placement.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentSolverTests {

    /** score[i][j] < 0 means the pair is ineligible (no arc). */
    private static AssignmentSolver.Problem problem(long[][] score, int[] candidateUnit, int[] vacancyUnit, Integer limit) {
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            for (int j = 0; j < score[i].length; j++) {
                if (score[i][j] >= 0) {
                    arcs.add(new int[]{i, j});
                }
            }
        }
        int[] c = arcs.stream().mapToInt(a -> a[0]).toArray();
        int[] v = arcs.stream().mapToInt(a -> a[1]).toArray();
        long[] s = arcs.stream().mapToLong(a -> score[a[0]][a[1]]).toArray();
        return new AssignmentSolver.Problem(score.length, score[0].length, c, v, s, candidateUnit, vacancyUnit, limit);
    }

    /** Every partial matching, enumerated: the best total, honouring the move limit. */
    private static long bruteForce(long[][] score, int[] cu, int[] vu, Integer limit) {
        return best(score, cu, vu, limit, 0, new boolean[score[0].length], new int[64]);
    }

    private static long best(long[][] score, int[] cu, int[] vu, Integer limit, int i, boolean[] taken, int[] moves) {
        if (i == score.length) {
            return 0;
        }
        long best = best(score, cu, vu, limit, i + 1, taken, moves);
        for (int j = 0; j < taken.length; j++) {
            if (taken[j] || score[i][j] < 0) {
                continue;
            }
            boolean move = cu[i] != vu[j];
            if (move && limit != null && moves[cu[i]] >= limit) {
                continue;
            }
            taken[j] = true;
            if (move) {
                moves[cu[i]]++;
            }
            best = Math.max(best, score[i][j] + best(score, cu, vu, limit, i + 1, taken, moves));
            taken[j] = false;
            if (move) {
                moves[cu[i]]--;
            }
        }
        return best;
    }

    private static long[][] random(Random r, int n, int m, double eligible) {
        long[][] s = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                s[i][j] = r.nextDouble() < eligible ? r.nextInt(1_000_001) : -1;
            }
        }
        return s;
    }

    private static void assertValid(AssignmentSolver.Problem p, long[][] score, AssignmentSolver.Solution s) {
        boolean[] seat = new boolean[p.vacancies()];
        long total = 0;
        for (int i = 0; i < p.candidates(); i++) {
            int j = s.vacancyOfCandidate()[i];
            if (j >= 0) {
                assertTrue(score[i][j] >= 0, "assigned an ineligible pair " + i + "->" + j);
                assertTrue(!seat[j], "seat " + j + " assigned twice");
                seat[j] = true;
                total += score[i][j];
            }
        }
        assertEquals(total, s.total());
    }

    @Test
    void aHandMadeInstanceHasItsKnownOptimumNotTheGreedyOne() {
        // Greedy takes A->X (10) and then B can only take nothing useful (B->X only): total 10.
        // The optimum is A->Y (9) + B->X (8) = 17; C is ineligible everywhere and stays unassigned.
        long[][] score = {{10, 9}, {8, -1}, {-1, -1}};
        var p = problem(score, new int[]{0, 0, 0}, new int[]{1, 1}, null);
        var s = AssignmentSolver.solve(p, 10);
        assertEquals(17, s.total());
        assertArrayEquals(new int[]{1, 0, -1}, s.vacancyOfCandidate());
        assertEquals(AssignmentSolver.Status.OPTIMAL, s.status());
    }

    @Test
    void matchesBruteForceOnSmallRandomRectangularInstances() {
        Random r = new Random(20260701L);
        for (int round = 0; round < 60; round++) {
            int n = 1 + r.nextInt(7);
            int m = 1 + r.nextInt(5);
            long[][] score = random(r, n, m, 0.3 + 0.7 * r.nextDouble());
            int[] cu = r.ints(n, 0, 3).toArray();
            int[] vu = r.ints(m, 0, 3).toArray();
            var p = problem(score, cu, vu, null);
            var s = AssignmentSolver.solve(p, 10);
            assertEquals(bruteForce(score, cu, vu, null), s.total(), "round " + round);
            assertValid(p, score, s);
        }
    }

    @Test
    void thePerUnitMoveLimitIsRespectedAndStillOptimal() {
        Random r = new Random(42L);
        int constrained = 0;
        for (int round = 0; round < 40; round++) {
            int n = 2 + r.nextInt(6);
            int m = 2 + r.nextInt(4);
            long[][] score = random(r, n, m, 0.8);
            int[] cu = r.ints(n, 0, 2).toArray();
            int[] vu = r.ints(m, 0, 3).toArray();
            int limit = r.nextInt(2);
            var p = problem(score, cu, vu, limit);
            var s = AssignmentSolver.solve(p, 10);
            assertEquals(bruteForce(score, cu, vu, limit), s.total(), "round " + round);
            assertValid(p, score, s);
            int[] moves = new int[2];
            for (int i = 0; i < n; i++) {
                int j = s.vacancyOfCandidate()[i];
                if (j >= 0 && cu[i] != vu[j]) {
                    moves[cu[i]]++;
                }
            }
            assertTrue(moves[0] <= limit && moves[1] <= limit, "round " + round);
            constrained += s.method() == AssignmentSolver.Method.CP_SAT ? 1 : 0;
        }
        assertTrue(constrained > 0, "the limit never bound; the instances prove nothing about CP-SAT");
    }

    @Test
    void aHandMadeMoveLimitForcesTheSecondBestSeat() {
        // Both candidates of unit 0 prefer seats in unit 1; with at most one move out of unit 0 the second
        // takes the seat inside its own unit: 10 + 3 = 13 instead of 10 + 9 = 19.
        long[][] score = {{10, -1, -1}, {-1, 9, 3}};
        var p = problem(score, new int[]{0, 0}, new int[]{1, 1, 0}, 1);
        var s = AssignmentSolver.solve(p, 10);
        assertEquals(13, s.total());
        assertArrayEquals(new int[]{0, 2}, s.vacancyOfCandidate());
    }

    @Test
    void noEligiblePairsGivesAnEmptyAssignment() {
        var p = new AssignmentSolver.Problem(3, 2, new int[0], new int[0], new long[0], null, null, null);
        var s = AssignmentSolver.solve(p, 10);
        assertEquals(0, s.total());
        assertEquals(0, s.assigned());
    }

    @Test
    void aNegativeMoveLimitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new AssignmentSolver.Problem(1, 1, new int[]{0}, new int[]{0}, new long[]{1}, new int[]{0}, new int[]{0}, -1));
    }
}
