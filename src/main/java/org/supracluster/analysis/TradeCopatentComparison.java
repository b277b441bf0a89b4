package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.supracluster.model.LinkType;
import org.supracluster.model.Progress;

/**
 * Trade against co-patent links (DESIGN.md, "Beyond the study": edge overlap, correlation of the
 * two K×K matrices with a QAP permutation test).
 *
 * <p><b>Edge overlap</b>: the Jaccard index J = |T ∩ P| / |T ∪ P| of the firm pairs joined by at
 * least one trade link (either direction) T and by a co-patent link P, over the view's merged
 * links ({@link LinkGraph}); NaN when neither type has a link. Firms in no cluster count here.
 *
 * <p><b>Matrix correlation</b>: Pearson's r between the two {@link InterClusterMatrix}es over the
 * K(K−1)/2 cells c &lt; d. Trade is symmetrised first, S[c][d] = T[c][d] + T[d][c] (trade links
 * between c and d in either direction), so both matrices count the links between two clusters;
 * the co-patent matrix is symmetric already. The <b>diagonal is excluded</b>: the links inside a
 * cluster are far more than those between clusters and would make any two matrices look alike.
 * Counts by default, or summed weights. NaN when fewer than 2 cells or either side has no variance.
 *
 * <p><b>QAP</b> (quadratic assignment procedure, Krackhardt 1987, "QAP partialling as a test of
 * spuriousness", Social Networks 9:171–186; Hubert 1987): the co-patent matrix's rows and columns
 * are permuted together by a uniformly drawn permutation of the clusters (Fisher–Yates, seeded
 * {@link SplittableRandom}), N times (default {@value #PERMUTATIONS_DEFAULT}); two-sided
 * p = (1 + #{|r_perm| ≥ |r_obs|}) / (1 + N), with |r_perm| ≥ |r_obs| − 1e-12 counting a tie.
 * With K clusters only K! distinct permutations exist (120 for K = 5), so p cannot fall much
 * below about 1/K! (times the matrices' symmetries) whatever N is.
 */
public final class TradeCopatentComparison {

    /** QAP permutations by default. */
    public static final int PERMUTATIONS_DEFAULT = 1000;

    /**
     * The comparison.
     *
     * @param tradePairs    firm pairs joined by trade
     * @param copatentPairs firm pairs joined by co-patent
     * @param sharedPairs   firm pairs joined by both
     * @param jaccard       sharedPairs / (tradePairs + copatentPairs − sharedPairs), or NaN
     * @param trade         the trade matrix (directed cells, as counted)
     * @param copatent      the co-patent matrix
     * @param weighted      whether the correlation used weights rather than counts
     * @param cells         the cells compared, K(K−1)/2
     * @param correlation   Pearson's r over the off-diagonal cells, or NaN
     * @param pValue        the QAP p-value, or NaN when r is NaN
     * @param permutations  N
     */
    public record Result(int tradePairs, int copatentPairs, int sharedPairs, double jaccard,
                         InterClusterMatrix trade, InterClusterMatrix copatent, boolean weighted, int cells,
                         double correlation, double pValue, int permutations) {
        public Result {
            Objects.requireNonNull(trade, "trade");
            Objects.requireNonNull(copatent, "copatent");
        }
    }

    private TradeCopatentComparison() {
    }

    /** Counts, {@value #PERMUTATIONS_DEFAULT} permutations, no progress. */
    public static Result compute(LinkGraph graph, Partition clusters, long seed) {
        return compute(graph, clusters, false, PERMUTATIONS_DEFAULT, seed, Progress.NONE);
    }

    /**
     * Compares the trade and co-patent links of the graph's view.
     *
     * @param weighted     correlate summed weights instead of link counts
     * @param permutations QAP permutations N, at least 1
     * @param seed         seed of the permutations
     * @throws IllegalArgumentException if permutations &lt; 1 or the partition covers another
     *                                  number of firms
     * @throws Progress.Cancelled       if the progress callback cancels
     */
    public static Result compute(LinkGraph graph, Partition clusters, boolean weighted, int permutations, long seed,
                                 Progress progress) {
        Objects.requireNonNull(progress, "progress");
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
        }
        InterClusterMatrix trade = InterClusterMatrix.of(graph, clusters, LinkType.TRADE);
        InterClusterMatrix copatent = InterClusterMatrix.of(graph, clusters, LinkType.COPATENT);
        long[] t = pairs(graph, LinkType.TRADE);
        long[] p = pairs(graph, LinkType.COPATENT);
        int shared = intersection(t, p);
        int union = t.length + p.length - shared;
        double jaccard = union == 0 ? Double.NaN : (double) shared / union;

        int k = clusters.count();
        double[][] s = symmetric(trade, weighted);
        double[][] c = symmetric(copatent, weighted);
        int[] identity = new int[k];
        Arrays.setAll(identity, a -> a);
        double r = correlation(s, c, identity);
        double pValue = Double.NaN;
        if (!Double.isNaN(r)) {
            pValue = qap(s, c, r, permutations, seed, progress);
        }
        return new Result(t.length, p.length, shared, jaccard, trade, copatent, weighted, k * (k - 1) / 2, r,
                pValue, permutations);
    }

    /** Links (or weight) between each two clusters: [c][d] + [d][c] for trade, [c][d] for co-patent. */
    private static double[][] symmetric(InterClusterMatrix m, boolean weighted) {
        int k = m.size();
        double[][] out = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                out[a][b] = value(m, a, b, weighted) + (m.type().isDirected() ? value(m, b, a, weighted) : 0);
            }
        }
        return out;
    }

    private static double value(InterClusterMatrix m, int a, int b, boolean weighted) {
        return weighted ? m.weight(a, b) : m.count(a, b);
    }

    /** Sorted distinct keys min·n + max of the pairs joined by links of one type. */
    private static long[] pairs(LinkGraph g, LinkType type) {
        long n = g.firmCount();
        long[] keys = new long[g.linkCount()];
        int m = 0;
        for (int l = 0; l < g.linkCount(); l++) {
            if (g.type(l) == type) {
                keys[m++] = Math.min(g.from(l), g.to(l)) * n + Math.max(g.from(l), g.to(l));
            }
        }
        keys = Arrays.copyOf(keys, m);
        Arrays.sort(keys);
        int u = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[u++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, u);
    }

    private static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
        }
        return both;
    }

    /** Pearson's r between x[a][b] and y[π(a)][π(b)] over the cells a &lt; b; NaN without variance. */
    static double correlation(double[][] x, double[][] y, int[] perm) {
        int k = x.length;
        int cells = k * (k - 1) / 2;
        if (cells < 2) {
            return Double.NaN;
        }
        double sx = 0;
        double sy = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                sx += x[a][b];
                sy += y[perm[a]][perm[b]];
            }
        }
        double mx = sx / cells;
        double my = sy / cells;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double dx = x[a][b] - mx;
                double dy = y[perm[a]][perm[b]] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double qap(double[][] s, double[][] c, double observed, int permutations, long seed,
                              Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = s.length;
        int[] perm = new int[k];
        int atLeast = 0;
        double bar = Math.abs(observed) - 1e-12;
        for (int i = 0; i < permutations; i++) {
            if ((i & 63) == 0) {
                progress.checkCancelled();
                progress.report((double) i / permutations, "QAP permutation " + (i + 1) + " of " + permutations);
            }
            for (int a = 0; a < k; a++) {
                perm[a] = a;
            }
            for (int a = k - 1; a > 0; a--) {
                int b = random.nextInt(a + 1);
                int x = perm[a];
                perm[a] = perm[b];
                perm[b] = x;
            }
            if (Math.abs(correlation(s, c, perm)) >= bar) {
                atLeast++;
            }
        }
        progress.report(1, "QAP done");
        return (1.0 + atLeast) / (1.0 + permutations);
    }
}
