package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * What breaks when a firm or a whole cluster disappears: the view's figures before and after
 * removing some firms (and every link touching them), computed on the remaining graph in place,
 * without building a new network.
 *
 * <ul>
 *   <li><b>Connected components</b> of the neighbour view (firms joined by any shown link, whatever
 *   its type or direction) over the shown firms, counted with union-find (union by size, path
 *   halving): the number of components, isolated firms included, and the size of the largest.</li>
 *   <li><b>Inter-cluster links</b>: merged links (DESIGN.md, "What a link is in a view": a→b and
 *   b→a trade are two links, a co-patent link is another) whose two firms are in two different
 *   clusters, counted and weighted. A link with a firm in {@link Partition#OTHER} is not
 *   inter-cluster: "other" is left out of the cluster-level figures.</li>
 *   <li><b>Lost cluster pairs</b>: the unordered pairs of clusters joined by at least one link
 *   before and by none after. When a whole cluster is removed, its pairs are among them.</li>
 * </ul>
 *
 * <p>Time O(firms + links · α) for union-find plus O(L log L) to group the L inter-cluster links
 * by pair; memory O(firms + L).
 *
 * <p>Source: DESIGN.md, "Analysis definitions" (what-if); robustness to node removal as in
 * R. Albert, H. Jeong and A.-L. Barabási, "Error and attack tolerance of complex networks",
 * Nature 406 (2000) 378–382.
 */
public final class WhatIf {

    /**
     * Connected components of the neighbour view.
     *
     * @param firms shown firms taken into account (removed firms excluded)
     * @param count number of components, each isolated firm being one
     * @param largest firms in the largest component, 0 when there are none
     */
    public record Components(int firms, int count, int largest) {
    }

    /**
     * Two clusters, {@code first < second}, that lost every link between them.
     *
     * @param linksBefore merged links between them before the removal
     */
    public record ClusterPair(int first, int second, long linksBefore) {
    }

    /**
     * The figures before and after a removal.
     *
     * @param removedFirms shown firms removed
     * @param before components of the whole view
     * @param after components once the firms are removed
     * @param interClusterLinksBefore merged links between two different clusters, before
     * @param interClusterLinksAfter the same, after
     * @param interClusterWeightBefore summed weight of those links, before
     * @param interClusterWeightAfter the same, after
     * @param lostPairs cluster pairs linked before and not after, ordered by (first, second)
     */
    public record Report(int removedFirms, Components before, Components after,
                         long interClusterLinksBefore, long interClusterLinksAfter,
                         double interClusterWeightBefore, double interClusterWeightAfter,
                         List<ClusterPair> lostPairs) {

        public Report {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            lostPairs = List.copyOf(lostPairs);
        }
    }

    private WhatIf() {
    }

    /**
     * Removes one firm.
     *
     * @throws IllegalArgumentException if {@code firm} is not an index of the graph's network or the
     *     partition does not have one entry per firm
     */
    public static Report removeFirm(LinkGraph graph, Partition clusters, int firm) {
        Objects.requireNonNull(graph, "graph");
        if (firm < 0 || firm >= graph.firmCount()) {
            throw new IllegalArgumentException("no firm " + firm);
        }
        BitSet removed = new BitSet(graph.firmCount());
        removed.set(firm);
        return remove(graph, clusters, removed);
    }

    /**
     * Removes every firm of one cluster.
     *
     * @param cluster index 0..count-1 (OTHER cannot be removed as a cluster)
     * @throws IllegalArgumentException for an index outside the clusters, or a partition that does
     *     not have one entry per firm
     */
    public static Report removeCluster(LinkGraph graph, Partition clusters, int cluster) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(clusters, "clusters");
        if (cluster < 0 || cluster >= clusters.count()) {
            throw new IllegalArgumentException("no cluster " + cluster);
        }
        BitSet removed = new BitSet(graph.firmCount());
        for (int f = 0; f < clusters.firmCount(); f++) {
            if (clusters.of(f) == cluster) {
                removed.set(f);
            }
        }
        return remove(graph, clusters, removed);
    }

    /**
     * Removes the given firms (bits beyond the network's firms are ignored).
     *
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     */
    public static Report remove(LinkGraph graph, Partition clusters, BitSet firms) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(firms, "firms");
        if (clusters.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition has " + clusters.firmCount() + " firms, graph "
                    + graph.firmCount());
        }
        int removedShown = 0;
        for (int f = firms.nextSetBit(0); f >= 0 && f < graph.firmCount(); f = firms.nextSetBit(f + 1)) {
            removedShown += graph.isShown(f) ? 1 : 0;
        }
        Components before = components(graph, new BitSet());
        Components after = components(graph, firms);
        return interCluster(graph, clusters, firms, removedShown, before, after);
    }

    /** Union-find over the shown firms that are not removed. */
    private static Components components(LinkGraph g, BitSet removed) {
        int n = g.firmCount();
        int[] parent = new int[n];
        int[] size = new int[n];
        int firms = 0;
        for (int f = 0; f < n; f++) {
            parent[f] = f;
            size[f] = 1;
            firms += g.isShown(f) && !removed.get(f) ? 1 : 0;
        }
        int count = firms;
        for (int a = 0; a < n; a++) {
            if (removed.get(a)) {
                continue;
            }
            for (int k = g.neighbourStart(a); k < g.neighbourEnd(a); k++) {
                int b = g.neighbour(k);
                if (b > a && !removed.get(b) && union(parent, size, a, b)) {
                    count--;
                }
            }
        }
        int largest = 0;
        for (int f = 0; f < n; f++) {
            if (parent[f] == f && g.isShown(f) && !removed.get(f)) {
                largest = Math.max(largest, size[f]);
            }
        }
        return new Components(firms, count, largest);
    }

    private static int find(int[] parent, int f) {
        while (parent[f] != f) {
            parent[f] = parent[parent[f]];
            f = parent[f];
        }
        return f;
    }

    private static boolean union(int[] parent, int[] size, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    /** Inter-cluster links before and after, and the pairs that lose all of theirs. */
    private static Report interCluster(LinkGraph g, Partition clusters, BitSet removed, int removedShown,
                                       Components before, Components after) {
        long k = clusters.count();
        long[] pairOf = new long[g.linkCount()];
        int inter = 0;
        long[] kept = new long[g.linkCount()];
        int keptCount = 0;
        double weightBefore = 0;
        double weightAfter = 0;
        for (int l = 0; l < g.linkCount(); l++) {
            int c = clusters.of(g.from(l));
            int d = clusters.of(g.to(l));
            if (c == Partition.OTHER || d == Partition.OTHER || c == d) {
                continue;
            }
            long key = Math.min(c, d) * k + Math.max(c, d);
            pairOf[inter++] = key;
            weightBefore += g.weight(l);
            if (!removed.get(g.from(l)) && !removed.get(g.to(l))) {
                kept[keptCount++] = key;
                weightAfter += g.weight(l);
            }
        }
        long[] all = Arrays.copyOf(pairOf, inter);
        long[] survive = Arrays.copyOf(kept, keptCount);
        Arrays.sort(all);
        Arrays.sort(survive);
        List<ClusterPair> lost = new ArrayList<>();
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            if (Arrays.binarySearch(survive, all[i]) < 0) {
                lost.add(new ClusterPair((int) (all[i] / k), (int) (all[i] % k), j - i));
            }
            i = j;
        }
        return new Report(removedShown, before, after, inter, keptCount, weightBefore, weightAfter, lost);
    }
}
