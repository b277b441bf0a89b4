package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.supracluster.model.Progress;

/**
 * Communities detected from the links with the Leiden algorithm (Traag, Waltman &amp; van Eck
 * 2019, "From Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9:5233), as
 * implemented by CWTS networkanalysis (nl.cwts:networkanalysis).
 *
 * <p><b>Graph.</b> The neighbour view of {@link LinkGraph} over the shown firms: one undirected
 * edge per neighbour pair, <b>weighted</b> by default by {@link LinkGraph#neighbourWeight} (the
 * summed weight of every shown link of the pair, whatever its type or direction), or
 * <b>unweighted</b> on request (every neighbour pair weight 1, however many links and whatever
 * their weights: the structure alone). DESIGN.md: "modularity weighted by default and labelled so
 * ("weighted modularity"), unweighted on request". A firm linked to itself (the importers never
 * make one) is ignored.
 *
 * <p><b>Objective.</b> CWTS optimises CPM, Σ_ij δ(c_i, c_j)(A_ij − r·n_i·n_j) / 2W. With node
 * weight n_i = s_i, the firm's total edge weight (strength), and r = γ / 2W, W the total edge
 * weight (each pair once), this is modularity with resolution γ (Reichardt &amp; Bornholdt 2006):
 * Q_γ = Σ_c [w_in_c / W − γ (d_c / 2W)²], w_in_c the weight of pairs inside c and d_c the summed
 * strengths of c. γ = 1 is Newman's (2004) weighted modularity, which {@link #modularity} computes
 * independently as a check and which {@link Result#modularity()} reports; unweighted, the same with
 * every pair weight 1 (Newman &amp; Girvan 2004's modularity, strengths become degrees).
 *
 * <p><b>Runs.</b> A seeded {@link Random}, randomness 0.01 (CWTS's
 * default), starting from singletons, a fixed number of Leiden iterations (default
 * {@value #ITERATIONS_DEFAULT}; each further iteration starts from the previous result and never
 * lowers the quality). "Until stable" is deliberately not offered: on large unweighted graphs it
 * took hundreds of iterations (LIBRARIES.md). Progress is reported and cancel checked between
 * iterations.
 *
 * <p><b>Result.</b> A {@link Partition} over all firms: hidden firms are {@link Partition#OTHER};
 * every shown firm is in a community, a firm with no link in one of its own (DESIGN.md: "a firm
 * with no link is a community of its own everywhere"). Communities are numbered by
 * size, largest first (ties: the one holding the lower firm index first), named "Community 1"…
 *
 * <p>Speed (2 cores, sample generator, 100,000 firms / 500,000 rows = 279,559 neighbour pairs, 2
 * iterations): 0.5–0.7 s in a warm JVM, 2.5–3.1 s in a cold one; modularity 0.611 (1 iteration: 0.610).
 */
public final class Communities {

    /** Communities are named "Community 1", "Community 2", … (numbered by their first firm); in Korean "공동체 1", …. */
    public static final String NAME_PREFIX = "Community ";
    public static final String KOREAN_NAME_PREFIX = "공동체 ";

    /** Leiden iterations by default. */
    public static final int ITERATIONS_DEFAULT = 2;
    /** Resolution γ by default: plain modularity. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    /**
     * Communities found.
     *
     * @param partition  the communities, largest first; hidden firms {@link Partition#OTHER}
     * @param modularity Newman's modularity (γ = 1) of the partition, weighted or unweighted as
     *                   {@code weighted} says, computed by {@link #modularity}; 0 for a view without links
     * @param quality    the objective Leiden optimised, Q_γ (equal to {@code modularity} at γ = 1)
     * @param count      the number of communities (isolated firms count one each)
     * @param isolated   shown firms without any link, each a community of its own
     * @param resolution the resolution γ used
     * @param iterations the Leiden iterations run
     * @param weighted   whether pairs weighed their links' summed weight (else 1 each)
     */
    public record Result(Partition partition, double modularity, double quality, int count, int isolated,
                         double resolution, int iterations, boolean weighted) {
        public Result {
            Objects.requireNonNull(partition, "partition");
        }
    }

    private Communities() {
    }

    /** Weighted Leiden with γ = 1, 2 iterations, no progress. */
    public static Result detect(LinkGraph graph, long seed) {
        return detect(graph, true, seed, Progress.NONE);
    }

    /** Leiden with γ = 1 and 2 iterations, weighted or not. */
    public static Result detect(LinkGraph graph, boolean weighted, long seed, Progress progress) {
        return detect(graph, weighted, RESOLUTION_DEFAULT, ITERATIONS_DEFAULT, seed, progress);
    }

    /** Weighted Leiden on the neighbour view (see {@link #detect(LinkGraph, boolean, double, int, long, Progress)}). */
    public static Result detect(LinkGraph graph, double resolution, int iterations, long seed, Progress progress) {
        return detect(graph, true, resolution, iterations, seed, progress);
    }

    /**
     * Runs Leiden on the neighbour view.
     *
     * @param weighted   pairs weigh their links' summed weight; false: 1 each
     * @param resolution γ, positive and finite (larger gives more, smaller communities)
     * @param iterations Leiden iterations, at least 1
     * @param seed       seed of the algorithm's {@link Random}
     * @throws IllegalArgumentException for a resolution ≤ 0 or not finite, or iterations &lt; 1
     * @throws Progress.Cancelled       if the progress callback cancels
     */
    public static Result detect(LinkGraph graph, boolean weighted, double resolution, int iterations, long seed,
                                Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(progress, "progress");
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite: " + resolution);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        int n = graph.firmCount();
        int[] node = new int[n];
        int[] firmOfNode = new int[n];
        int nodes = 0;
        for (int f = 0; f < n; f++) {
            node[f] = graph.isShown(f) ? nodes : -1;
            if (graph.isShown(f)) {
                firmOfNode[nodes++] = f;
            }
        }
        Network net = cwtsNetwork(graph, weighted, node, firmOfNode, nodes);
        int isolated = 0;
        for (int i = 0; i < nodes; i++) {
            isolated += net.getNNeighbors(i) == 0 ? 1 : 0;
        }
        Run run = leiden(net, resolution, iterations, seed, progress);
        Partition partition = renumber(n, firmOfNode, run.clusterOfNode());
        return new Result(partition, modularity(graph, partition, weighted), run.quality(), partition.count(),
                isolated, resolution, iterations, weighted);
    }

    /** Each node's cluster and the quality Q_γ reached. */
    private record Run(int[] clusterOfNode, double quality) {
    }

    private static Run leiden(Network net, double resolution, int iterations, long seed, Progress progress) {
        double totalWeight = net.getTotalEdgeWeight();
        if (totalWeight == 0) {
            progress.report(1, "Leiden done: no links");
            int[] singletons = new int[net.getNNodes()];
            Arrays.setAll(singletons, i -> i);
            return new Run(singletons, 0);
        }
        LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / (2 * totalWeight), 1,
                LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering clustering = new Clustering(net.getNNodes());
        for (int it = 0; it < iterations; it++) {
            progress.checkCancelled();
            progress.report((double) it / iterations, "Leiden iteration " + (it + 1) + " of " + iterations);
            leiden.improveClustering(net, clustering);
        }
        progress.report(1, "Leiden done");
        return new Run(clustering.getClusters(), leiden.calcQuality(net, clustering));
    }

    /** The shown firms' neighbour view in CWTS form: sorted neighbour lists, node weight = strength. */
    private static Network cwtsNetwork(LinkGraph g, boolean weighted, int[] node, int[] firmOfNode, int nodes) {
        long[] first = new long[nodes + 1];
        int[] nbr = new int[2 * g.pairCount()];
        double[] w = new double[nbr.length];
        double[] strength = new double[nodes];
        int e = 0;
        for (int i = 0; i < nodes; i++) {
            int f = firmOfNode[i];
            int start = e;
            boolean sorted = true;
            for (int k = g.neighbourStart(f); k < g.neighbourEnd(f); k++) {
                int j = node[g.neighbour(k)];
                if (j < 0 || j == i) {
                    continue;
                }
                sorted &= e == start || nbr[e - 1] < j;
                double weight = weighted ? g.neighbourWeight(k) : 1;
                nbr[e] = j;
                w[e++] = weight;
                strength[i] += weight;
            }
            if (!sorted) {
                sortSlice(nbr, w, start, e);
            }
            first[i + 1] = e;
        }
        return new Network(strength, first, new LargeIntArray(Arrays.copyOf(nbr, e)),
                new LargeDoubleArray(Arrays.copyOf(w, e)), false);
    }

    private static void sortSlice(int[] nbr, double[] w, int from, int to) {
        long[] packed = new long[to - from];
        for (int k = from; k < to; k++) {
            packed[k - from] = (long) nbr[k] << 32 | (k - from);
        }
        Arrays.sort(packed);
        double[] ws = Arrays.copyOfRange(w, from, to);
        for (int k = 0; k < packed.length; k++) {
            nbr[from + k] = (int) (packed[k] >>> 32);
            w[from + k] = ws[(int) packed[k]];
        }
    }

    /** Communities numbered by size descending, ties by their lowest firm index. */
    private static Partition renumber(int firmCount, int[] firmOfNode, int[] clusterOfNode) {
        int k = 0;
        for (int c : clusterOfNode) {
            k = Math.max(k, c + 1);
        }
        int[] size = new int[k];
        int[] lowest = new int[k];
        Arrays.fill(lowest, Integer.MAX_VALUE);
        for (int i = 0; i < clusterOfNode.length; i++) {
            size[clusterOfNode[i]]++;
            lowest[clusterOfNode[i]] = Math.min(lowest[clusterOfNode[i]], firmOfNode[i]);
        }
        long[] order = new long[k];
        int used = 0;
        for (int c = 0; c < k; c++) {
            if (size[c] > 0) {
                // larger size first, then the lower firm index; the firm index identifies c uniquely
                order[used++] = (long) (Integer.MAX_VALUE - size[c]) << 32 | lowest[c];
            }
        }
        order = Arrays.copyOf(order, used);
        Arrays.sort(order);
        int[] rankOfLowest = new int[firmCount];
        for (int r = 0; r < used; r++) {
            rankOfLowest[(int) order[r]] = r;
        }
        int[] clusterOf = new int[firmCount];
        Arrays.fill(clusterOf, Partition.OTHER);
        for (int i = 0; i < clusterOfNode.length; i++) {
            clusterOf[firmOfNode[i]] = rankOfLowest[lowest[clusterOfNode[i]]];
        }
        List<String> names = new ArrayList<>(used);
        for (int r = 0; r < used; r++) {
            names.add(NAME_PREFIX + (r + 1));
        }
        return new Partition(used, clusterOf, names);
    }

    /** Newman's weighted modularity of any partition (see {@link #modularity(LinkGraph, Partition, boolean)}). */
    public static double modularity(LinkGraph graph, Partition partition) {
        return modularity(graph, partition, true);
    }

    /**
     * Newman's modularity (Newman 2004, Phys. Rev. E 70:056131, weighted; Newman &amp; Girvan 2004,
     * Phys. Rev. E 69:026113, unweighted) of any partition on the neighbour view:
     * Q = Σ_c [w_in_c / W − (d_c / 2W)²], W the total pair weight over pairs of shown firms, w_in_c
     * the weight of pairs with both ends in c, d_c the summed strengths of c's firms; unweighted,
     * every pair weighs 1 (W the pairs, d_c the summed degrees). A firm in
     * {@link Partition#OTHER} counts as a module of its own. Self-pairs are ignored, as in
     * {@link #detect}. 0 when the view has no links.
     *
     * @param weighted pairs weigh their links' summed weight; false: 1 each
     * @throws IllegalArgumentException if the partition covers another number of firms
     */
    public static double modularity(LinkGraph graph, Partition partition, boolean weighted) {
        if (partition.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition of " + partition.firmCount() + " firms, graph of "
                    + graph.firmCount());
        }
        double twiceW = 0;
        double inside = 0; // counted from both ends: 2 Σ_c w_in_c
        double[] d = new double[partition.count()];
        double otherSquares = 0;
        for (int f = 0; f < graph.firmCount(); f++) {
            int c = partition.of(f);
            double s = 0;
            for (int k = graph.neighbourStart(f); k < graph.neighbourEnd(f); k++) {
                int g = graph.neighbour(k);
                if (g == f) {
                    continue;
                }
                double weight = weighted ? graph.neighbourWeight(k) : 1;
                s += weight;
                if (c != Partition.OTHER && partition.of(g) == c) {
                    inside += weight;
                }
            }
            twiceW += s;
            if (c == Partition.OTHER) {
                otherSquares += s * s;
            } else {
                d[c] += s;
            }
        }
        if (twiceW == 0) {
            return 0;
        }
        double expected = otherSquares;
        for (double x : d) {
            expected += x * x;
        }
        return inside / twiceW - expected / (twiceW * twiceW);
    }
}
