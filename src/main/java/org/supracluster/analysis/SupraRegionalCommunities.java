package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Detected communities set against geographic clusters: a community whose firms span two or more
 * clusters and whose links substantially cross cluster borders is a <i>supra-regional
 * community</i>, a candidate super-cluster (DESIGN.md, "Beyond the study").
 *
 * <p>For each community C of the community partition, against a cluster partition with K
 * clusters:
 * <ul>
 *   <li><b>firms per cluster</b>: C's firms in each cluster (plus those in no cluster, "other");</li>
 *   <li><b>clusters spanned</b>: the clusters holding at least one of C's firms;</li>
 *   <li><b>internal links</b> of C: the view's links (merged as in {@link LinkGraph}; a trade link
 *   and a co-patent link of one pair are two links) with both ends in C;</li>
 *   <li><b>cross-cluster share</b> = X_C / L_C, where L_C counts C's internal links whose two ends
 *   are both in some cluster (a link touching a firm in no cluster is left out, as cluster-level
 *   figures leave "other" out) and X_C those of them whose ends lie in different clusters; NaN
 *   when L_C = 0. The weighted share sums link weights instead of counting;</li>
 *   <li><b>supra-regional</b> when C spans ≥ 2 clusters and its cross-cluster share ≥ the
 *   threshold (default {@value #THRESHOLD_DEFAULT}).</li>
 * </ul>
 *
 * <p><b>Ranking:</b> supra-regional communities first, then by score = firms × cross-cluster share
 * (a NaN share scores 0), descending, then larger first, then by community index.
 * There is no single source for this screen: it combines the study's cluster idea with
 * community detection; the threshold is a user parameter.
 */
public final class SupraRegionalCommunities {

    /** Minimum cross-cluster share of a supra-regional community by default. */
    public static final double THRESHOLD_DEFAULT = 0.2;

    /**
     * One community against the clusters.
     *
     * @param community        index of the community in the community partition
     * @param name             its name there
     * @param firms            its firms (also those in no cluster)
     * @param firmsPerCluster  its firms in each cluster 0..K-1
     * @param firmsOutside     its firms in no cluster
     * @param clustersSpanned  clusters holding at least one of its firms
     * @param internalLinks    links with both ends in it
     * @param clusteredLinks   L: internal links with both ends in a cluster
     * @param crossLinks       X: of those, links between different clusters
     * @param crossShare       X / L, or NaN when L = 0
     * @param crossWeightShare the same with link weights
     * @param supraRegional    spans ≥ 2 clusters with crossShare ≥ the threshold
     */
    public record Row(int community, String name, int firms, List<Integer> firmsPerCluster, int firmsOutside,
                      int clustersSpanned, int internalLinks, int clusteredLinks, int crossLinks,
                      double crossShare, double crossWeightShare, boolean supraRegional) {
        public Row {
            firmsPerCluster = List.copyOf(firmsPerCluster);
        }

        /** The ranking score: firms × cross-cluster share (0 when the share is undefined). */
        public double score() {
            return Double.isNaN(crossShare) ? 0 : firms * crossShare;
        }
    }

    /**
     * All communities, ranked (see the class comment).
     *
     * @param rows      one per non-empty community, ranked
     * @param threshold the cross-cluster share threshold used
     */
    public record Result(List<Row> rows, double threshold) {
        public Result {
            rows = List.copyOf(rows);
        }

        /** The supra-regional communities only, in rank order. */
        public List<Row> supraRegional() {
            return rows.stream().filter(Row::supraRegional).toList();
        }
    }

    private SupraRegionalCommunities() {
    }

    /** With the default threshold {@value #THRESHOLD_DEFAULT}. */
    public static Result of(LinkGraph graph, Partition communities, Partition clusters) {
        return of(graph, communities, clusters, THRESHOLD_DEFAULT);
    }

    /**
     * Sets each community against the clusters.
     *
     * @param threshold minimum cross-cluster share of a supra-regional community, in [0, 1]
     * @throws IllegalArgumentException if a partition covers another number of firms than the
     *                                  graph, or the threshold lies outside [0, 1]
     */
    public static Result of(LinkGraph graph, Partition communities, Partition clusters, double threshold) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(clusters, "clusters");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1]: " + threshold);
        }
        int n = graph.firmCount();
        if (communities.firmCount() != n || clusters.firmCount() != n) {
            throw new IllegalArgumentException("partitions must cover the graph's " + n + " firms");
        }
        Tally t = new Tally(communities, clusters);
        t.countFirms();
        t.countLinks(graph);
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < communities.count(); c++) {
            if (t.size[c] > 0) {
                rows.add(t.row(c, threshold));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> !r.supraRegional())
                .thenComparing(Comparator.comparingDouble(Row::score).reversed())
                .thenComparing(Comparator.comparingInt(Row::firms).reversed())
                .thenComparingInt(Row::community));
        return new Result(rows, threshold);
    }

    /** Counts per community: working state only. */
    private static final class Tally {
        private final Partition communities;
        private final Partition clusters;
        private final int[][] perCluster;
        private final int[] outside;
        private final int[] size;
        private final int[] internal;
        private final int[] clustered;
        private final int[] cross;
        private final double[] clusteredWeight;
        private final double[] crossWeight;

        Tally(Partition communities, Partition clusters) {
            this.communities = communities;
            this.clusters = clusters;
            int m = communities.count();
            perCluster = new int[m][clusters.count()];
            outside = new int[m];
            size = new int[m];
            internal = new int[m];
            clustered = new int[m];
            cross = new int[m];
            clusteredWeight = new double[m];
            crossWeight = new double[m];
        }

        void countFirms() {
            for (int f = 0; f < communities.firmCount(); f++) {
                int c = communities.of(f);
                if (c == Partition.OTHER) {
                    continue;
                }
                size[c]++;
                if (clusters.of(f) == Partition.OTHER) {
                    outside[c]++;
                } else {
                    perCluster[c][clusters.of(f)]++;
                }
            }
        }

        void countLinks(LinkGraph graph) {
            for (int l = 0; l < graph.linkCount(); l++) {
                int a = graph.from(l);
                int b = graph.to(l);
                int c = communities.of(a);
                if (c == Partition.OTHER || communities.of(b) != c) {
                    continue;
                }
                internal[c]++;
                int ka = clusters.of(a);
                int kb = clusters.of(b);
                if (ka == Partition.OTHER || kb == Partition.OTHER) {
                    continue;
                }
                clustered[c]++;
                clusteredWeight[c] += graph.weight(l);
                if (ka != kb) {
                    cross[c]++;
                    crossWeight[c] += graph.weight(l);
                }
            }
        }

        Row row(int c, double threshold) {
            int spanned = 0;
            List<Integer> counts = new ArrayList<>(perCluster[c].length);
            for (int firms : perCluster[c]) {
                counts.add(firms);
                spanned += firms > 0 ? 1 : 0;
            }
            double share = clustered[c] == 0 ? Double.NaN : (double) cross[c] / clustered[c];
            double weightShare = clustered[c] == 0 ? Double.NaN : crossWeight[c] / clusteredWeight[c];
            boolean supra = spanned >= 2 && share >= threshold;
            return new Row(c, communities.names().get(c), size[c], counts, outside[c], spanned, internal[c],
                    clustered[c], cross[c], share, weightShare, supra);
        }
    }
}
