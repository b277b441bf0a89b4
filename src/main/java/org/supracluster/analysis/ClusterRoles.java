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
 * trade and a co-patent link between the same firms are two links). <b>Groups</b>: the clusters
 * and the group "other", the firms in no cluster ({@link Partition#OTHER}; Gangwon and Jeju by
 * default). A link between two firms of cluster c is internal to c ({@code I_c}); a link with
 * exactly one end in c is external to c ({@code E_c}), whether its other end is in another cluster
 * or in "other" (Krackhardt &amp; Stern count every tie that leaves the group). So
 * {@code Σ_c E_c = 2 ×} {@link #interClusterLinks()} {@code +} {@link #clusterOtherLinks()}: a link
 * between two clusters is external to both, a link between a cluster and "other" to the cluster
 * only. "other" has its own row ({@link #other()}): its firms, its internal links (both ends in
 * "other"), its external links (to a cluster) and E-I index, but no shares and no role, and it is
 * not one of the K clusters.
 *
 * <p>Role: K = {@link #clustersInView()}, the clusters with at least one shown firm, and the fair
 * share is 1/K; a cluster is a {@link ClusterRole#CORE_HUB} when {@code I_c / Σ I ≥ 1/K} and
 * {@code E_c / Σ E ≥ 1/K}, and so on ({@link ClusterRole}), the sums over the clusters. A cluster
 * with no firm in the view is "not in view": no shares and no role ({@code null}). Counts are
 * compared exactly ({@code I_c · K ≥ Σ I}); weights with a relative tolerance of 1e-12 to absorb
 * rounding in the sums. Overall E-I index (Krackhardt &amp; Stern 1988) over the groups:
 * {@code (X − W) / (X + W)} with X the links between two groups (inter-cluster and cluster–other)
 * and W the links inside one group (inside a cluster or inside "other"), NaN without links.
 *
 * <p>Cost: one pass over firms, merged links and neighbour pairs, O(n + m + K²); 500,000 links
 * take a few tens of milliseconds.
 */
public final class ClusterRoles {

    private static final double WEIGHT_TOLERANCE = 1e-12;
    /** The name of the group of firms in no cluster, in {@link ClusterMetrics#name()}. */
    public static final String OTHER_NAME = "other";

    private final LinkGraph graph;
    private final Partition partition;
    private final int k;
    /** Groups 0..k-1 are the clusters, group k is "other"; (k + 1)² cells, symmetric. */
    private final long[] matrixLinks;
    private final double[] matrixWeight;
    private final int[] firms;
    private final int inView;
    private final long internalLinks;
    private final double internalWeight;
    private final long interClusterLinks;
    private final double interClusterWeight;
    private final long clusterOtherLinks;
    private final double clusterOtherWeight;
    private final List<ClusterMetrics> clusters;
    private final ClusterMetrics other;

    private ClusterRoles(LinkGraph graph, Partition partition) {
        this.graph = graph;
        this.partition = partition;
        this.k = partition.count();
        int groups = k + 1;
        firms = new int[groups];
        for (int f = 0; f < graph.firmCount(); f++) {
            if (graph.isShown(f)) {
                firms[group(f)]++;
            }
        }
        int shown = 0;
        for (int c = 0; c < k; c++) {
            shown += firms[c] > 0 ? 1 : 0;
        }
        inView = shown;
        matrixLinks = new long[groups * groups];
        matrixWeight = new double[groups * groups];
        for (int l = 0; l < graph.linkCount(); l++) {
            int a = group(graph.from(l));
            int b = group(graph.to(l));
            double w = graph.weight(l);
            matrixLinks[a * groups + b]++;
            matrixWeight[a * groups + b] += w;
            if (a != b) {
                matrixLinks[b * groups + a]++;
                matrixWeight[b * groups + a] += w;
            }
        }
        long in = 0;
        double inW = 0;
        long between = 0;
        double betweenW = 0;
        long withOther = 0;
        double withOtherW = 0;
        for (int c = 0; c < k; c++) {
            in += cell(c, c);
            inW += weightCell(c, c);
            withOther += cell(c, k);
            withOtherW += weightCell(c, k);
            for (int d = c + 1; d < k; d++) {
                between += cell(c, d);
                betweenW += weightCell(c, d);
            }
        }
        internalLinks = in;
        internalWeight = inW;
        interClusterLinks = between;
        interClusterWeight = betweenW;
        clusterOtherLinks = withOther;
        clusterOtherWeight = withOtherW;
        long[] pairs = internalPairs();
        List<ClusterMetrics> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(metrics(c, pairs[c]));
        }
        clusters = List.copyOf(out);
        other = metrics(k, pairs[k]);
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

    /** A firm's group: its cluster, or k for "other". */
    private int group(int f) {
        int c = partition.of(f);
        return c == Partition.OTHER ? k : c;
    }

    private long cell(int a, int b) {
        return matrixLinks[a * (k + 1) + b];
    }

    private double weightCell(int a, int b) {
        return matrixWeight[a * (k + 1) + b];
    }

    /** Neighbour-view pairs with both firms in one group, per group (each pair once). */
    private long[] internalPairs() {
        long[] pairs = new long[k + 1];
        for (int f = 0; f < graph.firmCount(); f++) {
            int c = group(f);
            for (int j = graph.neighbourStart(f); j < graph.neighbourEnd(f); j++) {
                int g = graph.neighbour(j);
                if (g > f && group(g) == c) {
                    pairs[c]++;
                }
            }
        }
        return pairs;
    }

    /** The figures of group {@code c} (k for "other"). */
    private ClusterMetrics metrics(int c, long pairs) {
        boolean isOther = c == k;
        long i = cell(c, c);
        double iw = weightCell(c, c);
        long e = 0;
        double ew = 0;
        List<ClusterMetrics.Partner> partners = new ArrayList<>();
        for (int d = 0; d <= k; d++) {
            if (d != c && cell(c, d) > 0) {
                e += cell(c, d);
                ew += weightCell(c, d);
                partners.add(new ClusterMetrics.Partner(d == k ? Partition.OTHER : d, cell(c, d), weightCell(c, d)));
            }
        }
        // Most links first, then most weight, then cluster order with "other" last.
        partners.sort(Comparator.comparingLong(ClusterMetrics.Partner::links).reversed()
                .thenComparing(Comparator.comparingDouble(ClusterMetrics.Partner::weight).reversed())
                .thenComparingInt(p -> p.cluster() == Partition.OTHER ? Integer.MAX_VALUE : p.cluster()));
        long n = firms[c];
        double density = n < 2 ? Double.NaN : pairs / (n * (n - 1) / 2.0);
        boolean ranked = !isOther && n > 0;
        long sumI = internalLinks;
        long sumE = externalLinkSum();
        double sumIW = internalWeight;
        double sumEW = externalWeightSum();
        ClusterRole role = ranked ? ClusterRole.of(sumI > 0 && i * inView >= sumI, sumE > 0 && e * inView >= sumE)
                : null;
        ClusterRole weightedRole = ranked ? ClusterRole.of(atLeastFair(iw, sumIW), atLeastFair(ew, sumEW)) : null;
        return new ClusterMetrics(isOther ? Partition.OTHER : c, isOther ? OTHER_NAME : partition.names().get(c),
                firms[c], i, iw, e, ew, pairs, eiIndex(e, i), eiIndex(ew, iw), density,
                ranked ? share(i, sumI) : Double.NaN, ranked ? share(e, sumE) : Double.NaN,
                ranked ? share(iw, sumIW) : Double.NaN, ranked ? share(ew, sumEW) : Double.NaN,
                partners, role, weightedRole);
    }

    private boolean atLeastFair(double part, double total) {
        return total > 0 && part * inView >= total * (1 - WEIGHT_TOLERANCE);
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

    /**
     * The partition's clusters, in view or not: cluster indices run 0..clusterCount()-1. K, the
     * count behind the fair share, is {@link #clustersInView()}.
     */
    public int clusterCount() {
        return k;
    }

    /** K: the clusters with at least one shown firm ("other" is not one). */
    public int clustersInView() {
        return inView;
    }

    /** The fair share 1/K with K = {@link #clustersInView()}, or NaN when no cluster is in view. */
    public double fairShare() {
        return inView == 0 ? Double.NaN : 1.0 / inView;
    }

    /** Every cluster's figures, by cluster index (those not in view too, with no role). */
    public List<ClusterMetrics> clusters() {
        return clusters;
    }

    /**
     * One cluster's figures.
     *
     * @throws IllegalArgumentException for an index outside 0..clusterCount()-1
     */
    public ClusterMetrics cluster(int c) {
        check(c);
        return clusters.get(c);
    }

    /**
     * The figures of the group "other" (cluster {@link Partition#OTHER}, named {@link #OTHER_NAME}):
     * no shares, no role. Its firms are 0 when every shown firm is in a cluster.
     */
    public ClusterMetrics other() {
        return other;
    }

    /** {@code Σ_c I_c}: links inside one cluster. */
    public long internalLinks() {
        return internalLinks;
    }

    public double internalWeight() {
        return internalWeight;
    }

    /** Links between two different clusters, each counted once. */
    public long interClusterLinks() {
        return interClusterLinks;
    }

    public double interClusterWeight() {
        return interClusterWeight;
    }

    /** Links between a cluster and "other" (external to the cluster, counted once). */
    public long clusterOtherLinks() {
        return clusterOtherLinks;
    }

    public double clusterOtherWeight() {
        return clusterOtherWeight;
    }

    /** {@code Σ_c E_c = 2 × inter-cluster links + cluster–other links}, the external shares' denominator. */
    public long externalLinkSum() {
        return 2 * interClusterLinks + clusterOtherLinks;
    }

    /** The weighted form of {@link #externalLinkSum()}. */
    public double externalWeightSum() {
        return 2 * interClusterWeight + clusterOtherWeight;
    }

    /**
     * Links between clusters c and d in both directions together; for c = d, the internal links
     * {@code I_c}. Symmetric.
     *
     * @throws IllegalArgumentException for an index outside 0..clusterCount()-1
     */
    public long linksBetween(int c, int d) {
        check(c);
        check(d);
        return cell(c, d);
    }

    /** The weighted form of {@link #linksBetween(int, int)}. */
    public double weightBetween(int c, int d) {
        check(c);
        check(d);
        return weightCell(c, d);
    }

    /**
     * Overall E-I index over the groups, {@code (X − W) / (X + W)}: X links between two groups
     * (inter-cluster and cluster–other), W links inside one (a cluster or "other"); NaN without links.
     */
    public double eiIndex() {
        return eiIndex(interClusterLinks + clusterOtherLinks, internalLinks + cell(k, k));
    }

    /** The weighted form of {@link #eiIndex()}. */
    public double weightedEiIndex() {
        return eiIndex(interClusterWeight + clusterOtherWeight, internalWeight + weightCell(k, k));
    }

    /** Shown firms in no cluster. */
    public int otherFirms() {
        return firms[k];
    }

    /** Links with at least one end in "other": cluster–other links and links inside "other". */
    public long otherLinks() {
        return clusterOtherLinks + cell(k, k);
    }

    public double otherWeight() {
        return clusterOtherWeight + weightCell(k, k);
    }

    private void check(int c) {
        if (c < 0 || c >= k) {
            throw new IllegalArgumentException("no cluster " + c + " among " + k);
        }
    }
}
