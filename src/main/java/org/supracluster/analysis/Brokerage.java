package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.supracluster.model.Progress;

/**
 * Gould–Fernandez brokerage on the directed merged trade links of a {@link LinkGraph}: every
 * two-path a→b→c with a, b, c three different firms and no trade link a→c makes b a broker, in
 * the {@link BrokerageRole} given by the groups of a, b and c. Co-patent links neither make nor
 * close a two-path. Counts per firm (as broker b) and per group (the sum over the group's firms).
 *
 * <p><b>Groups.</b> The clusters of the partition and the group "other" (the firms in no cluster,
 * {@link Partition#OTHER}; Gangwon and Jeju by default), which is a group like the clusters:
 * Gould and Fernandez assign every actor to a group, and so does R's {@code sna::brokerage}, whose
 * counts these are when "other" is given a label of its own (DESIGN.md, "Analysis definitions").
 * So a two-path through an "other" firm, or from or to one, is counted like any other, and "other"
 * has its own total ({@link Result#other()}) beside the clusters'.
 *
 * <p><b>Counting without enumerating pairs.</b> For a broker b in group s, let {@code S_t} and
 * {@code C_t} be b's suppliers and customers in group t, {@code S = Σ S_t}, {@code C = Σ C_t}.
 * All two-paths through b, by role: coordinator {@code S_s·C_s}; representative
 * {@code S_s·(C − C_s)}; gatekeeper {@code (S − S_s)·C_s}; itinerant {@code Σ_{t≠s} S_t·C_t};
 * liaison {@code (S − S_s)(C − C_s) − itinerant}. From these are taken off (1) the a = c cases,
 * one per firm that is both a supplier and a customer of b, and (2) the closed cases, found by
 * marking b's customers and, for each supplier a, walking a's own customers (or, when a has far
 * more customers than b, looking b's customers up in a's sorted list). Time
 * {@code O(arcs + Σ_{a→b} min(out(a), out(b)·log out(a)))}; a hub with thousands of suppliers and
 * customers costs its degree, not their product. Self-loops (a→a) are ignored.
 *
 * <p>Source: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19 (1989) 89–126; DESIGN.md,
 * "Analysis definitions".
 */
public final class Brokerage {

    private static final int ROLES = BrokerageRole.values().length;
    private static final int CHECK_EVERY = 1024;

    /**
     * Two-path counts by role.
     *
     * @param coordinator two-paths with a, b, c in one group
     * @param itinerant a and c in one group, b in another
     * @param representative a and b in one group, c in another
     * @param gatekeeper b and c in one group, a in another
     * @param liaison three different groups
     */
    public record Counts(long coordinator, long itinerant, long representative, long gatekeeper, long liaison) {

        /** No brokerage. */
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        /** The count of one role. */
        public long get(BrokerageRole role) {
            return switch (Objects.requireNonNull(role, "role")) {
                case COORDINATOR -> coordinator;
                case ITINERANT -> itinerant;
                case REPRESENTATIVE -> representative;
                case GATEKEEPER -> gatekeeper;
                case LIAISON -> liaison;
            };
        }

        /** All open two-paths, every role together. */
        public long total() {
            return coordinator + itinerant + representative + gatekeeper + liaison;
        }

        private static Counts of(long[] byRole, int offset) {
            return new Counts(byRole[offset], byRole[offset + 1], byRole[offset + 2], byRole[offset + 3],
                    byRole[offset + 4]);
        }
    }

    /**
     * Brokerage of every firm and group.
     *
     * @param firms counts per firm (as broker), by firm index
     * @param clusters counts per cluster, the sum over its firms, by cluster index
     * @param other the sum over the firms in no cluster (the group "other")
     */
    public record Result(List<Counts> firms, List<Counts> clusters, Counts other) {

        public Result {
            firms = List.copyOf(firms);
            clusters = List.copyOf(clusters);
            Objects.requireNonNull(other, "other");
        }

        /**
         * Counts of one firm as broker.
         *
         * @throws IllegalArgumentException for an index outside 0..firms-1
         */
        public Counts firm(int firm) {
            if (firm < 0 || firm >= firms.size()) {
                throw new IllegalArgumentException("no firm " + firm);
            }
            return firms.get(firm);
        }

        /**
         * Counts of one cluster's firms together.
         *
         * @throws IllegalArgumentException for an index outside 0..clusters-1
         */
        public Counts cluster(int cluster) {
            if (cluster < 0 || cluster >= clusters.size()) {
                throw new IllegalArgumentException("no cluster " + cluster);
            }
            return clusters.get(cluster);
        }
    }

    private Brokerage() {
    }

    /** {@link #compute(LinkGraph, Partition, Progress)} without progress or cancel. */
    public static Result compute(LinkGraph graph, Partition clusters) {
        return compute(graph, clusters, Progress.NONE);
    }

    /**
     * Counts every firm's brokerage two-paths.
     *
     * @param graph the links of a view (its trade links are used)
     * @param clusters one cluster per firm of the graph's network, or OTHER (a group of its own)
     * @param progress progress and cancel callback
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     * @throws Progress.Cancelled if cancelled
     */
    public static Result compute(LinkGraph graph, Partition clusters, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(progress, "progress");
        if (clusters.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition has " + clusters.firmCount() + " firms, graph "
                    + graph.firmCount());
        }
        return new Work(graph, clusters, progress).run();
    }

    /** Working state of one computation. */
    private static final class Work {
        private final LinkGraph g;
        /** Each firm's group: its cluster, or k for OTHER. */
        private final int[] cluster;
        private final int k;
        private final Progress progress;
        private final boolean sortedOutLists;
        private final long[] counts;
        private final int[] suppliers;
        private final int[] customers;
        private final int[] touched;
        private final int[] customerMark;
        private final long[] own = new long[ROLES];

        Work(LinkGraph graph, Partition clusters, Progress progress) {
            this.g = graph;
            this.k = clusters.count();
            this.cluster = clusters.clusterOf();
            for (int f = 0; f < cluster.length; f++) {
                if (cluster[f] == Partition.OTHER) {
                    cluster[f] = k;
                }
            }
            this.progress = progress;
            int n = graph.firmCount();
            sortedOutLists = outListsSorted(graph);
            counts = new long[n * ROLES];
            suppliers = new int[k + 1];
            customers = new int[k + 1];
            touched = new int[k + 1];
            customerMark = new int[n];
        }

        Result run() {
            int n = g.firmCount();
            for (int b = 0; b < n; b++) {
                if (b % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report((double) b / Math.max(1, n), "brokerage");
                }
                broker(b);
            }
            List<Counts> firms = new ArrayList<>(n);
            long[] byGroup = new long[(k + 1) * ROLES];
            for (int f = 0; f < n; f++) {
                firms.add(Counts.of(counts, f * ROLES));
                for (int r = 0; r < ROLES; r++) {
                    byGroup[cluster[f] * ROLES + r] += counts[f * ROLES + r];
                }
            }
            List<Counts> clusterCounts = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                clusterCounts.add(Counts.of(byGroup, c * ROLES));
            }
            progress.report(1, "brokerage");
            return new Result(firms, clusterCounts, Counts.of(byGroup, k * ROLES));
        }

        private static boolean inPlay(int firm, int broker) {
            return firm != broker;
        }

        /** All of b's open two-paths by role, into {@code counts}. */
        private void broker(int b) {
            int s = cluster[b];
            int used = 0;
            long supplierTotal = 0;
            long customerTotal = 0;
            for (int x = g.inStart(b); x < g.inEnd(b); x++) {
                int a = g.inSource(x);
                if (inPlay(a, b)) {
                    used = touch(cluster[a], used);
                    suppliers[cluster[a]]++;
                    supplierTotal++;
                }
            }
            int stamp = b + 1;
            for (int x = g.outStart(b); x < g.outEnd(b); x++) {
                int c = g.outTarget(x);
                if (inPlay(c, b)) {
                    used = touch(cluster[c], used);
                    customers[cluster[c]]++;
                    customerTotal++;
                    customerMark[c] = stamp;
                }
            }
            long sameS = suppliers[s];
            long sameC = customers[s];
            long itinerant = 0;
            for (int i = 0; i < used; i++) {
                int t = touched[i];
                if (t != s) {
                    itinerant += (long) suppliers[t] * customers[t];
                }
                suppliers[t] = 0;
                customers[t] = 0;
            }
            own[BrokerageRole.COORDINATOR.ordinal()] = sameS * sameC;
            own[BrokerageRole.ITINERANT.ordinal()] = itinerant;
            own[BrokerageRole.REPRESENTATIVE.ordinal()] = sameS * (customerTotal - sameC);
            own[BrokerageRole.GATEKEEPER.ordinal()] = (supplierTotal - sameS) * sameC;
            own[BrokerageRole.LIAISON.ordinal()] = (supplierTotal - sameS) * (customerTotal - sameC) - itinerant;
            if (supplierTotal > 0 && customerTotal > 0) {
                takeOffReciprocalAndClosed(b, stamp);
            }
            System.arraycopy(own, 0, counts, b * ROLES, ROLES);
        }

        private int touch(int t, int used) {
            if (suppliers[t] == 0 && customers[t] == 0) {
                touched[used++] = t;
            }
            return used;
        }

        /** Takes off the a = c two-paths and those closed by a link a→c. */
        private void takeOffReciprocalAndClosed(int b, int stamp) {
            int s = cluster[b];
            int outB = g.outDegree(b);
            for (int x = g.inStart(b); x < g.inEnd(b); x++) {
                int a = g.inSource(x);
                if (!inPlay(a, b)) {
                    continue;
                }
                if (customerMark[a] == stamp) {
                    own[BrokerageRole.of(cluster[a], s, cluster[a]).ordinal()]--;
                }
                int outA = g.outDegree(a);
                if (sortedOutLists && (long) outB * (32 - Integer.numberOfLeadingZeros(outA)) < outA) {
                    closedBySearch(a, b);
                } else {
                    closedByWalk(a, b, stamp);
                }
            }
        }

        /** Walks a's customers and takes off each one that is also b's customer. */
        private void closedByWalk(int a, int b, int stamp) {
            for (int y = g.outStart(a); y < g.outEnd(a); y++) {
                int c = g.outTarget(y);
                if (c != a && customerMark[c] == stamp) {
                    own[BrokerageRole.of(cluster[a], cluster[b], cluster[c]).ordinal()]--;
                }
            }
        }

        /** Looks each of b's customers up in a's sorted customer list (for a with many more customers). */
        private void closedBySearch(int a, int b) {
            for (int y = g.outStart(b); y < g.outEnd(b); y++) {
                int c = g.outTarget(y);
                if (c != a && inPlay(c, b) && hasArc(a, c)) {
                    own[BrokerageRole.of(cluster[a], cluster[b], cluster[c]).ordinal()]--;
                }
            }
        }

        private boolean hasArc(int a, int c) {
            int lo = g.outStart(a);
            int hi = g.outEnd(a) - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int t = g.outTarget(mid);
                if (t < c) {
                    lo = mid + 1;
                } else if (t > c) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether every firm's customers are listed in increasing order (LinkGraph builds them so). */
    private static boolean outListsSorted(LinkGraph g) {
        for (int f = 0; f < g.firmCount(); f++) {
            for (int y = g.outStart(f) + 1; y < g.outEnd(f); y++) {
                if (g.outTarget(y - 1) >= g.outTarget(y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
