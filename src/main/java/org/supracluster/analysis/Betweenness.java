package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.supracluster.model.Progress;

/**
 * Betweenness centrality of firms on the neighbour view (DESIGN.md, "Firm level").
 *
 * <p><b>Definition.</b> {@code C_B(v) = Σ_{ {s,t}, s ≠ v ≠ t } σ_st(v) / σ_st}, where σ_st is the
 * number of shortest paths between s and t and σ_st(v) the number of them through v. Paths are
 * unweighted (hops) in the neighbour view of {@link LinkGraph}: link types and trade directions are
 * ignored. Each unordered pair is counted once and nothing is normalised, so a star's centre with
 * k leaves scores k(k−1)/2; this is half the sum of Brandes' dependencies,
 * {@code C_B(v) = ½ Σ_s δ_s(v)}. Hidden firms take no part and score 0.
 *
 * <p><b>Algorithm.</b> Brandes, U. (2001), "A faster algorithm for betweenness centrality",
 * J. Math. Sociology 25(2), 163–177: one breadth-first search per source, O(n·m) in all, after
 * pendant trees (firms with one neighbour, repeatedly) are folded exactly into the firm they hang
 * from (formula in {@code BrandesGraph}), so that they need no search of their own. Sources are
 * split over a fixed pool of threads (default {@link Runtime#availableProcessors()}) in batches
 * whose sums are added in a fixed order, so the scores are bit-for-bit the same for any number of
 * threads. Progress is reported and cancellation checked once per batch of 64 sources.
 *
 * <p><b>Exact or sampled.</b> {@link #compute(LinkGraph, Progress)} is exact when the view shows
 * at most {@link #EXACT_LIMIT_DEFAULT} firms. Cost, as processor time summed over threads (generated
 * data, {@code bench --exact-firms}): 1.3 s at 10,000 firms, 5.5 s at 20,000; the time grows as
 * n·m, so {@link #exact} (no limit) needs about 100 times the 10,000-firm figure at 100,000. On two
 * otherwise idle cores the wall time is about half the processor time (0.7 s at 10,000); with
 * other programs busy on the same cores it is longer (4.7 s was measured so, with the 1.85 s
 * search before {@link BrandesSweep} lost its branches).
 * Above the limit it samples {@link #PIVOTS_DEFAULT} pivots, as Brandes &amp; Pich (2007),
 * "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7), 2303–2318:
 * k distinct sources S drawn uniformly (a {@link SplittableRandom} with the given seed) from the N
 * firms that can be a source (core firms with a core neighbour; the others have no dependents),
 * scaled by N/k into the unbiased estimate
 * <pre>
 *   Ĉ_B(v) = T(v) + (N/k) · ½ Σ_{s ∈ S} ω_s δ_s(v)
 * </pre>
 * where T(v) is the exact part from the subtrees folded into v (a folded firm's score is exact).
 * The error is stated per firm as the standard error from the spread of the per-pivot
 * contributions {@code X_s = (N/2)·ω_s δ_s(v)}:
 * <pre>
 *   SE(v) = sqrt( s²_X / k · (1 − k/N) )
 * </pre>
 * with s²_X their sample variance and the finite-population correction for drawing without
 * replacement (SE = 0 when k = N, which is exact; infinite when one pivot leaves the spread
 * unknown). About 95% of estimates lie within 2 SE of the exact value when k is in the hundreds or
 * more. Uniform pivots are noisy where a firm's betweenness comes from a few sources (a firm
 * bridging a small group to the rest): at 100,000 generated firms the 20 leading firms had
 * standard errors up to 31% of their value with 1,000 pivots and 13% with 5,000 (about 11 s).
 */
public final class Betweenness {

    /** Largest number of shown firms that {@link #compute(LinkGraph, Progress)} solves exactly. */
    public static final int EXACT_LIMIT_DEFAULT = 20_000;
    /** Pivots sampled above the exact limit. */
    public static final int PIVOTS_DEFAULT = 5_000;
    /** Seed of the pivot sample. */
    public static final long SEED_DEFAULT = 1L;

    private Betweenness() {
    }

    /** Number of threads used by default: the processors available to the JVM. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Exact up to {@link #EXACT_LIMIT_DEFAULT} shown firms, else {@link #PIVOTS_DEFAULT} pivots
     * sampled with {@link #SEED_DEFAULT}, on {@link #defaultThreads()} threads.
     *
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static Result compute(LinkGraph graph, Progress progress) {
        return compute(graph, EXACT_LIMIT_DEFAULT, PIVOTS_DEFAULT, SEED_DEFAULT, defaultThreads(), progress);
    }

    /**
     * Exact when the view shows at most {@code exactLimit} firms, else sampled with {@code pivots}.
     *
     * @param exactLimit ≥ 0
     * @param pivots ≥ 1
     * @param threads ≥ 1
     * @throws IllegalArgumentException for a parameter out of range
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static Result compute(LinkGraph graph, int exactLimit, int pivots, long seed, int threads,
            Progress progress) {
        Objects.requireNonNull(graph, "graph");
        if (exactLimit < 0) {
            throw new IllegalArgumentException("exact limit must be ≥ 0: " + exactLimit);
        }
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be ≥ 1: " + pivots);
        }
        return graph.view().shownFirmCount() <= exactLimit
                ? exact(graph, threads, progress)
                : sampled(graph, pivots, seed, threads, progress);
    }

    /**
     * Exact betweenness: a search from every shown firm (but folded leaves and firms without
     * neighbours, whose share is counted without one).
     *
     * @param threads ≥ 1
     * @throws IllegalArgumentException when {@code threads < 1}
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static Result exact(LinkGraph graph, int threads, Progress progress) {
        check(graph, threads, progress);
        BrandesGraph g = BrandesGraph.of(graph);
        int[] sources = sources(g);
        double[][] sums = SourceBatches.run(g, sources, false, threads, progress, "betweenness");
        double[] scores = g.treePairs.clone();
        for (int i = 0; i < g.size; i++) {
            scores[g.firmOf[i]] += sums[0][i] / 2;
        }
        return new Result(scores, new double[graph.firmCount()], true, sources.length, g.shownFirms);
    }

    /**
     * Estimated betweenness from {@code pivots} sources drawn without replacement (every possible
     * source when {@code pivots ≥ N}, which gives the exact values), with a standard error per firm.
     *
     * @param pivots ≥ 1
     * @param threads ≥ 1
     * @throws IllegalArgumentException for a parameter out of range
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static Result sampled(LinkGraph graph, int pivots, long seed, int threads, Progress progress) {
        check(graph, threads, progress);
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be ≥ 1: " + pivots);
        }
        BrandesGraph g = BrandesGraph.of(graph);
        int[] population = sources(g);
        int n = population.length;
        int k = Math.min(pivots, n);
        double[][] sums = SourceBatches.run(g, drawPivots(g, population, k, seed), true, threads, progress,
                "betweenness (sampled)");
        double[] scores = g.treePairs.clone();
        double[] errors = new double[graph.firmCount()];
        double half = n / 2.0;
        for (int i = 0; i < g.size; i++) {
            double sum = sums[0][i] * half;
            double squares = sums[1][i] * half * half;
            scores[g.firmOf[i]] += k == 0 ? 0 : sum / k;
            errors[g.firmOf[i]] = standardError(sum, squares, k, n);
        }
        return new Result(scores, errors, k == n, k, g.shownFirms);
    }

    private static void check(LinkGraph graph, int threads, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1: " + threads);
        }
    }

    /** Labels of the firms with a neighbour after folding: the sources whose dependencies can be nonzero. */
    private static int[] sources(BrandesGraph g) {
        int count = 0;
        for (int i = 0; i < g.size; i++) {
            count += g.hasNeighbour(i) ? 1 : 0;
        }
        int[] sources = new int[count];
        for (int i = 0, k = 0; i < g.size; i++) {
            if (g.hasNeighbour(i)) {
                sources[k++] = i;
            }
        }
        return sources;
    }

    /**
     * k distinct sources, uniformly: the first k of a partial Fisher–Yates shuffle of the population
     * taken in firm index order (so the draw does not depend on the internal numbering).
     */
    private static int[] drawPivots(BrandesGraph g, int[] population, int k, long seed) {
        int[] firms = new int[population.length];
        for (int i = 0; i < firms.length; i++) {
            firms[i] = g.firmOf[population[i]];
        }
        Arrays.sort(firms);
        SplittableRandom random = new SplittableRandom(seed);
        int[] pivots = new int[k];
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(firms.length - i);
            int f = firms[j];
            firms[j] = firms[i];
            firms[i] = f;
            pivots[i] = g.labelOf[f];
        }
        return pivots;
    }

    /** SE of the mean of k draws without replacement from n values, from their sum and sum of squares. */
    static double standardError(double sum, double squares, int k, int n) {
        if (k >= n) {
            return 0;
        }
        if (k < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double variance = Math.max(0, (squares - sum * sum / k) / (k - 1));
        return Math.sqrt(variance / k * (1 - (double) k / n));
    }

    /**
     * Betweenness of every firm of the network, by network index (0 for hidden firms).
     *
     * @param scores the betweenness (exact) or its estimate (sampled)
     * @param standardErrors each estimate's standard error; all 0 when exact
     * @param exact whether every shown firm was a source
     * @param pivots sources searched from (all N possible sources when exact)
     * @param shownFirms the shown firms
     */
    public record Result(double[] scores, double[] standardErrors, boolean exact, int pivots, int shownFirms) {

        public Result {
            scores = scores.clone();
            standardErrors = standardErrors.clone();
            if (scores.length != standardErrors.length || pivots < 0 || pivots > shownFirms) {
                throw new IllegalArgumentException("inconsistent betweenness result");
            }
        }

        /** Betweenness of firm {@code f}. */
        public double score(int f) {
            return scores[f];
        }

        /** Standard error of firm {@code f}'s score (0 when exact). */
        public double standardError(int f) {
            return standardErrors[f];
        }

        /** The largest standard error over all firms (0 when exact). */
        public double maxStandardError() {
            return Arrays.stream(standardErrors).max().orElse(0);
        }

        @Override
        public double[] scores() {
            return scores.clone();
        }

        @Override
        public double[] standardErrors() {
            return standardErrors.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.exact == exact && r.pivots == pivots && r.shownFirms == shownFirms
                    && Arrays.equals(r.scores, scores) && Arrays.equals(r.standardErrors, standardErrors);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(scores), Arrays.hashCode(standardErrors), exact, pivots, shownFirms);
        }

        @Override
        public String toString() {
            return "Betweenness.Result[" + (exact ? "exact" : pivots + " pivots") + ", " + shownFirms
                    + " shown firms]";
        }
    }
}
