package id.merit.placement.bench;

import id.merit.placement.domain.AssignmentSolver;

import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Random;

/**
 * Benchmark of our solver path (deploy/bench/assignment/run.sh runs it): writes each random score matrix as raw
 * little-endian int32 for scipy to solve the very same instance, then solves it with {@link AssignmentSolver}
 * and prints "case rows cols arcs millis total".
 */
public final class AssignmentBench {
    private AssignmentBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        AssignmentSolver.loadNativeLibraries();
        dense(dir, "dense-1000x1000", 1000, 1000, 1);
        dense(dir, "dense-2000x2000", 2000, 2000, 2);
        dense(dir, "dense-5000x300", 5000, 300, 3);
        sparse(dir, "sparse-50000x2000", 50_000, 2000, 0.02, 4);
    }

    private static void dense(Path dir, String name, int n, int m, long seed) throws IOException {
        Random r = new Random(seed);
        int[] score = new int[n * m];
        for (int k = 0; k < score.length; k++) {
            score[k] = r.nextInt(1_000_001);
        }
        ByteBuffer buf = ByteBuffer.allocate(score.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(score);
        try (FileOutputStream out = new FileOutputStream(dir.resolve(name + ".i32").toFile())) {
            out.write(buf.array());
        }
        int[] c = new int[n * m];
        int[] v = new int[n * m];
        long[] s = new long[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int a = i * m + j;
                c[a] = i;
                v[a] = j;
                s[a] = score[a];
            }
        }
        report(name, n, m, new AssignmentSolver.Problem(n, m, c, v, s, null, null, null));
    }

    /** Eligible pairs only, written as (row, col, score) int32 triples. */
    private static void sparse(Path dir, String name, int n, int m, double density, long seed) throws IOException {
        Random r = new Random(seed);
        int expected = (int) (n * (long) m * density * 1.1);
        int[] c = new int[expected];
        int[] v = new int[expected];
        long[] s = new long[expected];
        int arcs = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(dir.resolve(name + ".coo.i32").toFile()), 1 << 20))) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (r.nextDouble() < density) {
                        int score = 1 + r.nextInt(1_000_000);
                        c[arcs] = i;
                        v[arcs] = j;
                        s[arcs] = score;
                        arcs++;
                        out.writeInt(Integer.reverseBytes(i));
                        out.writeInt(Integer.reverseBytes(j));
                        out.writeInt(Integer.reverseBytes(score));
                    }
                }
            }
        }
        report(name, n, m, new AssignmentSolver.Problem(n, m, java.util.Arrays.copyOf(c, arcs), java.util.Arrays.copyOf(v, arcs),
                java.util.Arrays.copyOf(s, arcs), null, null, null));
    }

    private static void report(String name, int n, int m, AssignmentSolver.Problem p) {
        long start = System.nanoTime();
        AssignmentSolver.Solution sol = AssignmentSolver.solve(p, 600);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s %d %d %d %d %d %s%n", name, n, m, p.arcScore().length, millis, sol.total(), sol.status());
    }
}
