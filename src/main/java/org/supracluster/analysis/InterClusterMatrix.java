package org.supracluster.analysis;

import java.util.Objects;
import org.supracluster.model.LinkType;

/**
 * The K×K inter-cluster link matrix of one link type (DESIGN.md, "Cluster level": "the K×K
 * inter-cluster link matrix, per link type (trade: row = supplier's cluster)"), in counts and in
 * weights. The links are the view's merged links ({@link LinkGraph}); a link with an end in no
 * cluster ({@link Partition#OTHER}) is left out.
 *
 * <ul>
 *   <li><b>Trade</b> (directed): a link supplier → customer adds to [c(supplier)][c(customer)]:
 *   row = supplier's cluster, column = customer's. Row sums are a cluster's sales links, column
 *   sums its purchase links; the diagonal holds the links inside a cluster.</li>
 *   <li><b>Co-patent</b> (undirected), symmetric: a link between clusters c ≠ d adds to both
 *   [c][d] and [d][c]; a link inside c adds once to [c][c]. So the links between c and d are
 *   [c][d] (not [c][d] + [d][c]), and the total number of links is the upper triangle with the
 *   diagonal.</li>
 * </ul>
 *
 * <p>Immutable: the array accessors return copies.
 *
 * @param type    the link type counted
 * @param size    K, the number of clusters
 * @param counts  links per cell
 * @param weights summed link weights per cell
 */
public record InterClusterMatrix(LinkType type, int size, long[][] counts, double[][] weights) {

    public InterClusterMatrix {
        Objects.requireNonNull(type, "type");
        counts = copy(counts);
        weights = copy(weights);
        if (counts.length != size || weights.length != size) {
            throw new IllegalArgumentException("matrices must be " + size + "×" + size);
        }
        for (int c = 0; c < size; c++) {
            if (counts[c].length != size || weights[c].length != size) {
                throw new IllegalArgumentException("matrices must be " + size + "×" + size);
            }
        }
    }

    /**
     * The matrix of one link type of the graph's view over the partition's clusters.
     *
     * @throws IllegalArgumentException if the partition covers another number of firms
     */
    public static InterClusterMatrix of(LinkGraph graph, Partition clusters, LinkType type) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(type, "type");
        if (clusters.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition of " + clusters.firmCount() + " firms, graph of "
                    + graph.firmCount());
        }
        int k = clusters.count();
        long[][] counts = new long[k][k];
        double[][] weights = new double[k][k];
        for (int l = 0; l < graph.linkCount(); l++) {
            if (graph.type(l) != type) {
                continue;
            }
            int c = clusters.of(graph.from(l));
            int d = clusters.of(graph.to(l));
            if (c == Partition.OTHER || d == Partition.OTHER) {
                continue;
            }
            counts[c][d]++;
            weights[c][d] += graph.weight(l);
            if (!type.isDirected() && c != d) {
                counts[d][c]++;
                weights[d][c] += graph.weight(l);
            }
        }
        return new InterClusterMatrix(type, k, counts, weights);
    }

    /** Links in cell [row][column]. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** Summed weight in cell [row][column]. */
    public double weight(int row, int column) {
        return weights[row][column];
    }

    @Override
    public long[][] counts() {
        return copy(counts);
    }

    @Override
    public double[][] weights() {
        return copy(weights);
    }

    /** Links counted in the matrix: each link once (for co-patent, the upper triangle and diagonal). */
    public long totalLinks() {
        long t = 0;
        for (int c = 0; c < size; c++) {
            for (int d = type.isDirected() ? 0 : c; d < size; d++) {
                t += counts[c][d];
            }
        }
        return t;
    }

    private static long[][] copy(long[][] m) {
        long[][] out = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterClusterMatrix x && x.type == type && x.size == size
                && java.util.Arrays.deepEquals(x.counts, counts) && java.util.Arrays.deepEquals(x.weights, weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, size, java.util.Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "InterClusterMatrix[" + type.code() + ", " + size + "×" + size + ", " + totalLinks() + " links]";
    }
}
