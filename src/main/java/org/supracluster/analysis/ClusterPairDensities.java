package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Progress;

/**
 * The link densities between each two clusters, trade and co-patent, and the QAP correlation of
 * the two (DESIGN.md, "Beyond the study": "correlation of the two K×K matrices of link densities
 * (links / possible firm pairs; raw counts mostly measure cluster size), off-diagonal, trade
 * symmetrised, with a QAP p-value over relabellings of the clusters").
 *
 * <p><b>Clusters compared</b>: those with at least one shown firm (n_c ≥ 1, n_c the shown firms
 * of cluster c); a cluster not in view has no possible pair and no density. Firms in no cluster
 * and their links are left out, as in {@link InterClusterMatrix}.
 *
 * <p><b>Densities</b>, for clusters c ≠ d (the merged links of the view; {@code weighted}: summed
 * weights instead of links, i.e. weight per possible pair):
 * <ul>
 *   <li>co-patent (undirected): {@code D_P(c, d) = P[c][d] / (n_c·n_d)}: a co-patent link joins an
 *   unordered firm pair, and n_c·n_d pairs have one firm in c and one in d;</li>
 *   <li>trade (directed), symmetrised: {@code D_T(c, d) = (T[c][d] + T[d][c]) / (2·n_c·n_d)}:
 *   the trade links between c and d in either direction over the 2·n_c·n_d possible
 *   supplier → customer arcs between them, i.e. the mean of the two directed densities
 *   T[c][d]/(n_c·n_d) and T[d][c]/(n_d·n_c). Both lie in [0, 1] for counts. (Pearson's r does
 *   not change if the factor 2 is dropped.)</li>
 * </ul>
 * The diagonal (density inside a cluster) is left out: it is far higher than the rest and
 * would make any two matrices look alike.
 *
 * <p><b>Correlation</b>: Pearson's r between D_T and D_P over the K(K−1)/2 cells c &lt; d of the K
 * compared clusters; NaN for fewer than 2 cells (K &lt; 3) or when either side has no variance.
 * <b>QAP</b>: {@link Qap} over relabellings of the K clusters, the co-patent densities' rows and
 * columns permuted together: exact over all K! when K! is at most the permutations asked.
 * As R's {@code sna::gcor(list(T, P), mode = "graph")} with {@code qaptest}.
 */
public final class ClusterPairDensities {

    private final List<Integer> clusters;
    private final double[][] trade;
    private final double[][] copatent;
    private final int[] compact;

    private ClusterPairDensities(List<Integer> clusters, double[][] trade, double[][] copatent, int[] compact) {
        this.clusters = clusters;
        this.trade = trade;
        this.copatent = copatent;
        this.compact = compact;
    }

    /**
     * The densities of a view's matrices.
     *
     * @param firmsPerCluster n_c, the shown firms of each cluster
     * @throws IllegalArgumentException when the matrices are not trade and co-patent of the same K,
     *                                  or firmsPerCluster has another length
     */
    public static ClusterPairDensities of(InterClusterMatrix trade, InterClusterMatrix copatent,
                                          int[] firmsPerCluster, boolean weighted) {
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(copatent, "copatent");
        if (trade.type() != LinkType.TRADE || copatent.type() != LinkType.COPATENT) {
            throw new IllegalArgumentException("need a trade and a co-patent matrix");
        }
        int k = trade.size();
        if (copatent.size() != k || firmsPerCluster.length != k) {
            throw new IllegalArgumentException("matrices and cluster sizes of different K");
        }
        List<Integer> shown = new ArrayList<>();
        int[] compact = new int[k];
        for (int c = 0; c < k; c++) {
            compact[c] = firmsPerCluster[c] > 0 ? shown.size() : -1;
            if (firmsPerCluster[c] > 0) {
                shown.add(c);
            }
        }
        int m = shown.size();
        double[][] t = new double[m][m];
        double[][] p = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (a == b) {
                    continue;
                }
                int c = shown.get(a);
                int d = shown.get(b);
                double pairs = (double) firmsPerCluster[c] * firmsPerCluster[d];
                t[a][b] = (value(trade, c, d, weighted) + value(trade, d, c, weighted)) / (2 * pairs);
                p[a][b] = value(copatent, c, d, weighted) / pairs;
            }
        }
        return new ClusterPairDensities(List.copyOf(shown), t, p, compact);
    }

    /** The shown firms of each cluster of the partition. */
    public static int[] firmsPerCluster(LinkGraph graph, Partition clusters) {
        int[] n = new int[clusters.count()];
        for (int f = 0; f < graph.firmCount(); f++) {
            if (graph.isShown(f) && clusters.of(f) != Partition.OTHER) {
                n[clusters.of(f)]++;
            }
        }
        return n;
    }

    private static double value(InterClusterMatrix m, int row, int column, boolean weighted) {
        return weighted ? m.weight(row, column) : m.count(row, column);
    }

    /** The clusters compared (those with a shown firm), by their index in the partition. */
    public List<Integer> clusters() {
        return clusters;
    }

    /** Cells compared: K(K−1)/2 for the K clusters compared. */
    public int cells() {
        return clusters.size() * (clusters.size() - 1) / 2;
    }

    /** D_T(c, d) by the partition's cluster indices; NaN on the diagonal or for a cluster not compared. */
    public double trade(int c, int d) {
        return at(trade, c, d);
    }

    /** D_P(c, d) by the partition's cluster indices; NaN on the diagonal or for a cluster not compared. */
    public double copatent(int c, int d) {
        return at(copatent, c, d);
    }

    private double at(double[][] m, int c, int d) {
        Objects.checkIndex(c, compact.length);
        Objects.checkIndex(d, compact.length);
        return c == d || compact[c] < 0 || compact[d] < 0 ? Double.NaN : m[compact[c]][compact[d]];
    }

    /** Pearson's r of D_T and D_P over the cells c &lt; d, with its QAP p-values. */
    public Qap.Result test(int permutations, long seed, Progress progress) {
        return Qap.test(clusters.size(), perm -> correlation(trade, copatent, perm), permutations, seed, progress);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterPairDensities x && x.clusters.equals(clusters) && Arrays.deepEquals(x.trade, trade)
                && Arrays.deepEquals(x.copatent, copatent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clusters, Arrays.deepHashCode(trade), Arrays.deepHashCode(copatent));
    }
}
