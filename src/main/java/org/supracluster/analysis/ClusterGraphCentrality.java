package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Centralities of the cluster graph (DESIGN.md, "Analysis definitions"): clusters are the nodes,
 * and clusters c ≠ d are joined with the weight {@code W_cd} = inter-cluster links between them in
 * both directions ({@link ClusterRoles#linksBetween}), or in the weighted form their summed weight
 * ({@link ClusterRoles#weightBetween}). Internal links are not loops of this graph. Every score is
 * given for both forms.
 *
 * <ul>
 *   <li><b>Weighted degree</b> {@code Σ_d W_cd}: equals {@code E_c} of {@link ClusterMetrics}.</li>
 *   <li><b>Eigenvector centrality</b> (Bonacich 1972): the principal eigenvector of the symmetric
 *   matrix W, by power iteration on {@code W + I} (same eigenvectors; the shift keeps the iteration
 *   from oscillating on a bipartite cluster graph) from the all-ones vector, until the largest
 *   change is below {@value #EIGEN_TOLERANCE} (at most {@value #EIGEN_MAX_ITERATIONS} steps).
 *   Normalised so that the largest score is 1 (not to unit L2 length). All 0 when the cluster graph
 *   has no edges.</li>
 *   <li><b>PageRank</b> (Brin &amp; Page 1998): a walker moves from c to d with probability
 *   {@code W_cd / Σ_e W_ce}, jumps anywhere with probability 1 − damping (default
 *   {@value #DAMPING_DEFAULT}); a cluster without inter-cluster links spreads its score evenly.
 *   Iterated from 1/K until the L1 change is below {@value #PAGERANK_TOLERANCE} (at most
 *   {@value #PAGERANK_MAX_ITERATIONS} steps); the scores sum to 1.</li>
 * </ul>
 *
 * Cost O(K²) per step; K is small.
 */
public final class ClusterGraphCentrality {

    public static final double DAMPING_DEFAULT = 0.85;
    public static final double PAGERANK_TOLERANCE = 1e-10;
    public static final int PAGERANK_MAX_ITERATIONS = 200;
    public static final double EIGEN_TOLERANCE = 1e-12;
    public static final int EIGEN_MAX_ITERATIONS = 10_000;

    /** The three scores in one form (link counts or weights). */
    public record Scores(double degree, double eigenvector, double pageRank) {
    }

    /**
     * @param cluster the cluster's index
     * @param byLinks the scores with links counted
     * @param byWeight the scores with link weights summed
     */
    public record ClusterScores(int cluster, Scores byLinks, Scores byWeight) {
    }

    private final List<ClusterScores> clusters;

    private ClusterGraphCentrality(List<ClusterScores> clusters) {
        this.clusters = List.copyOf(clusters);
    }

    /** The centralities with the default damping. */
    public static ClusterGraphCentrality of(ClusterRoles roles) {
        return of(roles, DAMPING_DEFAULT);
    }

    /**
     * The centralities of the cluster graph of {@code roles}.
     *
     * @param damping PageRank's damping factor, in [0, 1)
     * @throws IllegalArgumentException when damping is outside [0, 1)
     */
    public static ClusterGraphCentrality of(ClusterRoles roles, double damping) {
        Objects.requireNonNull(roles, "roles");
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
        }
        int k = roles.clusterCount();
        double[][] links = new double[k][k];
        double[][] weights = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    links[c][d] = roles.linksBetween(c, d);
                    weights[c][d] = roles.weightBetween(c, d);
                }
            }
        }
        Scores[] byLinks = scores(links, damping);
        Scores[] byWeight = scores(weights, damping);
        List<ClusterScores> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(new ClusterScores(c, byLinks[c], byWeight[c]));
        }
        return new ClusterGraphCentrality(out);
    }

    private static Scores[] scores(double[][] w, double damping) {
        int k = w.length;
        double[] degree = new double[k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                degree[c] += w[c][d];
            }
        }
        double[] eigen = eigenvector(w, degree);
        double[] rank = pageRank(w, degree, damping);
        Scores[] out = new Scores[k];
        for (int c = 0; c < k; c++) {
            out[c] = new Scores(degree[c], eigen[c], rank[c]);
        }
        return out;
    }

    static double[] eigenvector(double[][] w, double[] degree) {
        int k = w.length;
        double[] x = new double[k];
        boolean edges = false;
        for (double d : degree) {
            edges |= d > 0;
        }
        if (!edges) {
            return x;
        }
        Arrays.fill(x, 1.0);
        for (int it = 0; it < EIGEN_MAX_ITERATIONS; it++) {
            double[] y = new double[k];
            double max = 0;
            for (int c = 0; c < k; c++) {
                double s = x[c];
                for (int d = 0; d < k; d++) {
                    s += w[c][d] * x[d];
                }
                y[c] = s;
                max = Math.max(max, s);
            }
            double change = 0;
            for (int c = 0; c < k; c++) {
                y[c] /= max;
                change = Math.max(change, Math.abs(y[c] - x[c]));
            }
            x = y;
            if (change < EIGEN_TOLERANCE) {
                break;
            }
        }
        return x;
    }

    static double[] pageRank(double[][] w, double[] degree, double damping) {
        int k = w.length;
        double[] x = new double[k];
        Arrays.fill(x, 1.0 / k);
        for (int it = 0; it < PAGERANK_MAX_ITERATIONS; it++) {
            double dangling = 0;
            for (int c = 0; c < k; c++) {
                dangling += degree[c] == 0 ? x[c] : 0;
            }
            double[] y = new double[k];
            for (int d = 0; d < k; d++) {
                double s = dangling / k;
                for (int c = 0; c < k; c++) {
                    if (degree[c] > 0) {
                        s += x[c] * w[c][d] / degree[c];
                    }
                }
                y[d] = (1 - damping) / k + damping * s;
            }
            double change = 0;
            for (int c = 0; c < k; c++) {
                change += Math.abs(y[c] - x[c]);
            }
            x = y;
            if (change < PAGERANK_TOLERANCE) {
                break;
            }
        }
        return x;
    }

    /** Every cluster's scores, by cluster index. */
    public List<ClusterScores> clusters() {
        return clusters;
    }

    /**
     * One cluster's scores.
     *
     * @throws IllegalArgumentException for an index outside 0..K-1
     */
    public ClusterScores cluster(int c) {
        if (c < 0 || c >= clusters.size()) {
            throw new IllegalArgumentException("no cluster " + c + " among " + clusters.size());
        }
        return clusters.get(c);
    }
}
