package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Progress;

/**
 * Trade against co-patent links (DESIGN.md, "Beyond the study": "edge overlap; correlation of the
 * two K×K matrices of link densities …, with a QAP p-value over relabellings of the clusters …;
 * and the firm-level QAP").
 *
 * <p><b>Edge overlap</b>: the Jaccard index J = |T ∩ P| / |T ∪ P| of the firm pairs joined by at
 * least one trade link (either direction) T and by a co-patent link P, over the view's merged
 * links ({@link LinkGraph}); NaN when neither type has a link. Firms in no cluster count here.
 *
 * <p><b>Correlation of cluster-pair densities</b> ({@link ClusterPairDensities}): Pearson's r of
 * the trade and co-patent link densities between each two clusters (links over possible firm
 * pairs, trade symmetrised, off the diagonal), with its QAP p-values over relabellings of the
 * clusters, exact when K! is at most the permutations asked. Densities rather than counts: the
 * counts between two clusters grow with both clusters' sizes whatever the links, so two count
 * matrices correlate near 1 on any network with clusters of unequal size.
 *
 * <p><b>Firm level</b> ({@link FirmPairCorrelation}): Pearson's r of the firm × firm trade
 * (either direction) and co-patent adjacency matrices of the shown firms, with its QAP p-values
 * over relabellings of the firms.
 *
 * <p>Both QAPs report P(r ≥ observed) and P(r ≤ observed) ({@link Qap}); counts by default, or
 * summed weights. The same seed gives the same p-values.
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
     * @param densities     the cluster-pair densities of both
     * @param weighted      whether densities and adjacency used weights rather than counts
     * @param densityQap    r of the cluster-pair densities and its QAP over the clusters
     * @param firms         the shown firms compared at firm level
     * @param firmQap       r of the firm adjacency matrices and its QAP over the firms
     * @param permutations  the permutations asked, N
     */
    public record Result(int tradePairs, int copatentPairs, int sharedPairs, double jaccard,
                         InterClusterMatrix trade, InterClusterMatrix copatent, ClusterPairDensities densities,
                         boolean weighted, Qap.Result densityQap, int firms, Qap.Result firmQap, int permutations) {
        public Result {
            Objects.requireNonNull(trade, "trade");
            Objects.requireNonNull(copatent, "copatent");
            Objects.requireNonNull(densities, "densities");
            Objects.requireNonNull(densityQap, "densityQap");
            Objects.requireNonNull(firmQap, "firmQap");
        }

        /** Cells of the density correlation: K(K−1)/2 for the K clusters with a shown firm. */
        public int cells() {
            return densities.cells();
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
     * @param weighted     summed weights instead of link counts
     * @param permutations permutations N asked of each QAP, at least 1
     * @param seed         seed of the sampled permutations
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

        ClusterPairDensities densities = ClusterPairDensities.of(trade, copatent,
                ClusterPairDensities.firmsPerCluster(graph, clusters), weighted);
        // The cluster test is quick (K² cells a relabelling): it may stop, the firm test reports.
        Qap.Result densityQap = densities.test(permutations, seed, silent(progress));
        FirmPairCorrelation firmLevel = FirmPairCorrelation.of(graph, weighted);
        Qap.Result firmQap = firmLevel.test(permutations, seed, progress);
        return new Result(t.length, p.length, shared, jaccard, trade, copatent, densities, weighted, densityQap,
                firmLevel.firms(), firmQap, permutations);
    }

    /** Cancels with {@code progress} but reports nothing. */
    private static Progress silent(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
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
}
