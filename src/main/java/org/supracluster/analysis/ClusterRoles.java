package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cluster-level figures and the cluster role of every cluster of a partition, for the links of
 * one view (DESIGN.md, "Analysis definitions"). The per-cluster figures are in
 * {@link ClusterMetrics}; this class also keeps the totals and the symmetric K×K link matrix they
 * come from, so that {@link ClusterGraphCentrality}, {@link Finding} and the tables all read the
 * same numbers.
 *
 * <p>Links are the merged links of the {@link LinkGraph} (a trade a→b and b→a are two links; a
 * trade and a co-patent link between the same firms are two links). A link between two firms of
 * cluster c is internal to c ({@code I_c}); a link between clusters c ≠ d is external to both
 * ({@code E_c} and {@code E_d}), so {@code Σ_c E_c = 2 ×} {@link #interClusterLinks()}. A link
 * that touches a firm in no cluster ({@link Partition#OTHER}) is left out of every cluster figure
 * and counted in {@link #otherLinks()}; such firms are counted in {@link #otherFirms()}.
 *
 * <p>Role: with K = {@link Partition#count()} clusters the fair share is 1/K; a cluster is a
 * {@link ClusterRole#CORE_HUB} when {@code I_c / Σ I ≥ 1/K} and {@code E_c / Σ E ≥ 1/K}, and so on
 * ({@link ClusterRole}). Counts are compared exactly ({@code I_c · K ≥ Σ I}); weights with a
 * relative tolerance of 1e-12 to absorb rounding in the sums. Overall E-I index (Krackhardt &amp;
 * Stern 1988): {@code (X − ΣI) / (X + ΣI)} with X the inter-cluster links, NaN without links.
 *
 * <p>Cost: one pass over firms, merged links and neighbour pairs, O(n + m + K²); 500,000 links
 * take a few tens of milliseconds.
 */
public final class ClusterRoles {

    private static final double WEIGHT_TOLERANCE = 1e-12;

    private final LinkGraph graph;
    private final Partition partition;
    private final int k;
    private final long[] matrixLinks;
    private final double[] matrixWeight;
    private final long internalLinks;
    private final double internalWeight;
    private final long interClusterLinks;
    private final double interClusterWeight;
    private final int otherFirms;
    private final long otherLinks;
    private final double otherWeight;
    private final List<ClusterMetrics> clusters;

    private ClusterRoles(LinkGraph graph, Partition partition) {
        this.graph = graph;
        this.partition = partition;
        this.k = partition.count();
        int[] firms = new int[k];
        int others = 0;
        for (int f = 0; f < graph.firmCount(); f++) {
            if (graph.isShown(f)) {
                int c = partition.of(f);
                if (c == Partition.OTHER) {
                    others++;
                } else {
                    firms[c]++;
                }
            }
        }
        otherFirms = others;
        matrixLinks = new long[k * k];
        matrixWeight = new double[k * k];
        long otherCount = 0;
        double otherSum = 0;
        for (int l = 0; l < graph.linkCount(); l++) {
            int a = partition.of(graph.from(l));
            int b = partition.of(graph.to(l));
            double w = graph.weight(l);
            if (a == Partition.OTHER || b == Partition.OTHER) {
                otherCount++;
                otherSum += w;
            } else {
                matrixLinks[a * k + b]++;
                matrixWeight[a * k + b] += w;
                if (a != b) {
                    matrixLinks[b * k + a]++;
                    matrixWeight[b * k + a] += w;
                }
            }
        }
        otherLinks = otherCount;
        otherWeight = otherSum;
        long in = 0;
        long out = 0;
        double inW = 0;
        double outW = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    in += matrixLinks[c * k + d];
                    inW += matrixWeight[c * k + d];
                } else if (c < d) {
                    out += matrixLinks[c * k + d];
                    outW += matrixWeight[c * k + d];
                }
            }
        }
        internalLinks = in;
        internalWeight = inW;
        interClusterLinks = out;
        interClusterWeight = outW;
        clusters = metrics(firms, internalPairs());
    }

    /**
     * The figures of {@code partition}'s clusters for the links of {@code graph}.
     *
     * @throws IllegalArgumentException when the partition does not cover the graph's firms
     */
    public static ClusterRoles of(LinkGraph graph, Partition partition) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(partition, "partition");
        if (partition.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("the partition has " + partition.firmCount()
                    + " firms but the graph " + graph.firmCount());
        }
        return new ClusterRoles(graph, partition);
    }

    /** Neighbour-view pairs with both firms in one cluster, per cluster (each pair once). */
    private long[] internalPairs() {
        long[] pairs = new long[k];
        for (int f = 0; f < graph.firmCount(); f++) {
            int c = partition.of(f);
            if (c == Partition.OTHER) {
                continue;
            }
            for (int j = graph.neighbourStart(f); j < graph.neighbourEnd(f); j++) {
                int g = graph.neighbour(j);
                if (g > f && partition.of(g) == c) {
                    pairs[c]++;
                }
            }
        }
        return pairs;
    }

    private List<ClusterMetrics> metrics(int[] firms, long[] pairs) {
        long sumE = 2 * interClusterLinks;
        double sumEW = 2 * interClusterWeight;
        List<ClusterMetrics> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            long i = matrixLinks[c * k + c];
            double iw = matrixWeight[c * k + c];
            long e = 0;
            double ew = 0;
            List<ClusterMetrics.Partner> partners = new ArrayList<>();
            for (int d = 0; d < k; d++) {
                if (d != c && matrixLinks[c * k + d] > 0) {
                    e += matrixLinks[c * k + d];
                    ew += matrixWeight[c * k + d];
                    partners.add(new ClusterMetrics.Partner(d, matrixLinks[c * k + d], matrixWeight[c * k + d]));
                }
            }
            partners.sort(Comparator.comparingLong(ClusterMetrics.Partner::links).reversed()
                    .thenComparing(Comparator.comparingDouble(ClusterMetrics.Partner::weight).reversed())
                    .thenComparingInt(ClusterMetrics.Partner::cluster));
            long n = firms[c];
            double density = n < 2 ? Double.NaN : pairs[c] / (n * (n - 1) / 2.0);
            ClusterRole role = ClusterRole.of(internalLinks > 0 && i * k >= internalLinks,
                    sumE > 0 && e * k >= sumE);
            ClusterRole weightedRole = ClusterRole.of(atLeastFair(iw, internalWeight), atLeastFair(ew, sumEW));
            out.add(new ClusterMetrics(c, partition.names().get(c), firms[c], i, iw, e, ew, pairs[c],
                    eiIndex(e, i), eiIndex(ew, iw), density, share(i, internalLinks), share(e, sumE),
                    share(iw, internalWeight), share(ew, sumEW), partners, role, weightedRole));
        }
        return List.copyOf(out);
    }

    private boolean atLeastFair(double part, double total) {
        return total > 0 && part * k >= total * (1 - WEIGHT_TOLERANCE);
    }

    /** {@code (e − i) / (e + i)}, or NaN when both are 0 (Krackhardt &amp; Stern 1988). */
    static double eiIndex(double e, double i) {
        return e + i == 0 ? Double.NaN : (e - i) / (e + i);
    }

    private static double share(double part, double total) {
        return total == 0 ? Double.NaN : part / total;
    }

    public LinkGraph graph() {
        return graph;
    }

    public Partition partition() {
        return partition;
    }

    /** K, the number of clusters of the partition. */
    public int clusterCount() {
        return k;
    }

    /** The fair share 1/K, or NaN when the partition has no clusters. */
    public double fairShare() {
        return k == 0 ? Double.NaN : 1.0 / k;
    }

    /** Every cluster's figures, by cluster index. */
    public List<ClusterMetrics> clusters() {
        return clusters;
    }

    /**
     * One cluster's figures.
     *
     * @throws IllegalArgumentException for an index outside 0..K-1
     */
    public ClusterMetrics cluster(int c) {
        check(c);
        return clusters.get(c);
    }

    /** {@code Σ_c I_c}: links inside one cluster. */
    public long internalLinks() {
        return internalLinks;
    }

    public double internalWeight() {
        return internalWeight;
    }

    /** Links between two different clusters, each counted once ({@code Σ_c E_c / 2}). */
    public long interClusterLinks() {
        return interClusterLinks;
    }

    public double interClusterWeight() {
        return interClusterWeight;
    }

    /**
     * Links between clusters c and d in both directions together; for c = d, the internal links
     * {@code I_c}. Symmetric.
     *
     * @throws IllegalArgumentException for an index outside 0..K-1
     */
    public long linksBetween(int c, int d) {
        check(c);
        check(d);
        return matrixLinks[c * k + d];
    }

    /** The weighted form of {@link #linksBetween(int, int)}. */
    public double weightBetween(int c, int d) {
        check(c);
        check(d);
        return matrixWeight[c * k + d];
    }

    /** Overall E-I index of the partition, {@code (X − ΣI) / (X + ΣI)}, or NaN without links. */
    public double eiIndex() {
        return eiIndex(interClusterLinks, internalLinks);
    }

    /** The weighted form of {@link #eiIndex()}. */
    public double weightedEiIndex() {
        return eiIndex(interClusterWeight, internalWeight);
    }

    /** Shown firms in no cluster. */
    public int otherFirms() {
        return otherFirms;
    }

    /** Links with at least one end in a firm in no cluster, left out of the cluster figures. */
    public long otherLinks() {
        return otherLinks;
    }

    public double otherWeight() {
        return otherWeight;
    }

    private void check(int c) {
        if (c < 0 || c >= k) {
            throw new IllegalArgumentException("no cluster " + c + " among " + k);
        }
    }
}
