package org.supracluster.analysis;

import java.util.Objects;
import java.util.SplittableRandom;
import org.supracluster.model.Progress;

/**
 * The quadratic assignment procedure (QAP; Hubert 1987, "Assignment methods in combinatorial
 * data analysis"; Krackhardt 1987, "QAP partialling as a test of spuriousness", Social Networks
 * 9:171–186): a statistic of two matrices over the same labelled units (clusters, firms) is
 * compared with its values when one matrix's rows and columns are relabelled together by a
 * permutation of the units. The relabelling keeps each matrix's structure (its values, who
 * shares a row) and breaks only the match between the two, so it tests "do the same pairs stand
 * out in both?" without assuming the cells independent.
 *
 * <p>A {@link Statistic} gets the relabelling π as an array ({@code π[i]} the unit whose row and
 * column take unit i's place) and must not change it; the observed value is its value at the
 * identity. Both one-sided p-values are reported, as UCINET's QAP correlation and R's
 * {@code sna::qaptest} (its {@code pgreq} and {@code pleeq}) do:
 * <ul>
 *   <li><b>exact</b>, when n! ≤ the permutations asked (n the units; 5 clusters: 120): every
 *   relabelling once, the identity among them, {@code pAtLeast = #{s(π) ≥ s_obs} / n!} and
 *   {@code pAtMost = #{s(π) ≤ s_obs} / n!};</li>
 *   <li><b>sampled</b> otherwise: N relabellings drawn uniformly (Fisher–Yates from the identity
 *   each time, {@link SplittableRandom} seeded by {@code seed}, so a seed gives the same
 *   p-values), the observed labelling counted as one of them: {@code pAtLeast = (1 + #{s(π) ≥
 *   s_obs}) / (1 + N)}, likewise {@code pAtMost} (as {@link EIPermutationTest}; sna's
 *   {@code qaptest} reports #/N, within 1/(N + 1) of these).</li>
 * </ul>
 * Values within {@value #TIE_TOLERANCE} of the observed one count as ties, on both sides, so
 * {@code pAtLeast + pAtMost ≥ 1}. An undefined (NaN) observed statistic gives NaN p-values and
 * no permutation is run.
 *
 * <p>Cost: n!·(cost of s) exact, N·(n + cost of s) sampled; cancellation is checked every 64
 * relabellings.
 */
public final class Qap {

    /** Permuted values this close to the observed one are ties. */
    public static final double TIE_TOLERANCE = 1e-12;

    /** A statistic of a relabelling π (read only). */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] relabelling);
    }

    /**
     * A tested statistic.
     *
     * @param observed     the statistic at the identity, or NaN
     * @param pAtLeast     share of relabellings with a value ≥ the observed (see the class comment); NaN when
     *                     the observed value is NaN
     * @param pAtMost      share with a value ≤ the observed
     * @param permutations relabellings compared: n! when exact, N when sampled, 0 when not tested
     * @param exact        whether every relabelling was compared
     */
    public record Result(double observed, double pAtLeast, double pAtMost, int permutations, boolean exact) {

        /** The result of an undefined statistic: nothing tested. */
        public static final Result UNDEFINED = new Result(Double.NaN, Double.NaN, Double.NaN, 0, false);
    }

    private Qap() {
    }

    /**
     * Tests the statistic over relabellings of {@code units} units.
     *
     * @param permutations N asked, at least 1; the test is exact when units! ≤ N
     * @param seed         seed of the sampled relabellings
     * @throws IllegalArgumentException when units &lt; 0 or permutations &lt; 1
     * @throws Progress.Cancelled       when the progress callback cancels
     */
    public static Result test(int units, Statistic statistic, int permutations, long seed, Progress progress) {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(progress, "progress");
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative: " + units);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
        }
        int[] perm = identity(units);
        double observed = statistic.of(perm);
        if (Double.isNaN(observed)) {
            return Result.UNDEFINED;
        }
        long all = factorialUpTo(units, permutations);
        Tally tally = new Tally(observed);
        if (all <= permutations) {
            int done = 0;
            do {
                step(progress, done++, (int) all);
                tally.add(statistic.of(perm));
            } while (nextPermutation(perm));
            progress.report(1, "QAP done");
            return new Result(observed, (double) tally.atLeast / all, (double) tally.atMost / all, (int) all, true);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < permutations; i++) {
            step(progress, i, permutations);
            for (int a = 0; a < units; a++) {
                perm[a] = a;
            }
            for (int a = units - 1; a > 0; a--) {
                int b = random.nextInt(a + 1);
                int x = perm[a];
                perm[a] = perm[b];
                perm[b] = x;
            }
            tally.add(statistic.of(perm));
        }
        progress.report(1, "QAP done");
        return new Result(observed, (1.0 + tally.atLeast) / (1.0 + permutations),
                (1.0 + tally.atMost) / (1.0 + permutations), permutations, false);
    }

    private static void step(Progress progress, int i, int of) {
        if ((i & 63) == 0) {
            progress.checkCancelled();
            progress.report((double) i / of, "QAP permutation " + (i + 1) + " of " + of);
        }
    }

    /** Counts of permuted values at least and at most the observed one, ties on both sides. */
    private static final class Tally {
        private final double observed;
        private long atLeast;
        private long atMost;

        Tally(double observed) {
            this.observed = observed;
        }

        void add(double value) {
            atLeast += value >= observed - TIE_TOLERANCE ? 1 : 0;
            atMost += value <= observed + TIE_TOLERANCE ? 1 : 0;
        }
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** n!, or the first partial product above {@code limit} (no overflow). */
    static long factorialUpTo(int n, long limit) {
        long f = 1;
        for (int i = 2; i <= n && f <= limit; i++) {
            f *= i;
        }
        return f;
    }

    /** The next permutation in lexicographic order, in place; false (and unchanged) after the last. */
    static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        swap(p, i, j);
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            swap(p, a, b);
        }
        return true;
    }

    private static void swap(int[] p, int i, int j) {
        int x = p[i];
        p[i] = p[j];
        p[j] = x;
    }
}
