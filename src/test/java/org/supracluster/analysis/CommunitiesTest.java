package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class CommunitiesTest {

    /** Zachary (1977) karate club, 34 members, 78 friendships, numbered 1..34 as published. */
    private static final int[][] KARATE = {
        {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 11}, {1, 12}, {1, 13}, {1, 14},
        {1, 18}, {1, 20}, {1, 22}, {1, 32}, {2, 3}, {2, 4}, {2, 8}, {2, 14}, {2, 18}, {2, 20}, {2, 22},
        {2, 31}, {3, 4}, {3, 8}, {3, 9}, {3, 10}, {3, 14}, {3, 28}, {3, 29}, {3, 33}, {4, 8}, {4, 13},
        {4, 14}, {5, 7}, {5, 11}, {6, 7}, {6, 11}, {6, 17}, {7, 17}, {9, 31}, {9, 33}, {9, 34}, {10, 34},
        {14, 34}, {15, 33}, {15, 34}, {16, 33}, {16, 34}, {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34},
        {23, 33}, {23, 34}, {24, 26}, {24, 28}, {24, 30}, {24, 33}, {24, 34}, {25, 26}, {25, 28}, {25, 32},
        {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32}, {29, 34}, {30, 33}, {30, 34}, {31, 33}, {31, 34},
        {32, 33}, {32, 34}, {33, 34}};

    /** Firms 0..n-1 in Seoul (firm n-1 in Jeju when {@code lastInJeju}) with unit co-patent links. */
    static Network undirected(int n, int[][] edges, int base, boolean lastInJeju) {
        Network.Builder b = Network.builder();
        for (int i = 0; i < n; i++) {
            Region r = lastInJeju && i == n - 1 ? Region.JEJU : Region.SEOUL;
            b.addFirm(new Firm("F" + i, "F" + i, r, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        for (int[] e : edges) {
            b.addLink(e[0] - base, e[1] - base, LinkType.COPATENT, 1, 2020);
        }
        return b.build();
    }

    private static LinkGraph graph(Network n) {
        return LinkGraph.of(NetworkView.of(n, Filter.all()));
    }

    /**
     * Triangles {0,1,2} and {3,4,5} joined by the bridge 2–3: W = 7 links. The two triangles give
     * w_in = 3 and d = 2 + 2 + 3 = 7 each, so Q = 2·(3/7 − (7/14)²) = 6/7 − 1/2 = 5/14 ≈ 0.357,
     * the best split (cutting anything else cuts two links or more).
     */
    @Test
    void twoTrianglesJoinedByABridgeAreTwoCommunities() {
        int[][] edges = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
        Communities.Result r = Communities.detect(graph(undirected(6, edges, 0, false)), 1);
        assertEquals(2, r.count());
        // equal sizes: the community holding firm 0 comes first
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, r.partition().clusterOf());
        assertEquals(List.of("Community 1", "Community 2"), r.partition().names());
        assertEquals(5.0 / 14, r.modularity(), 1e-12);
        assertEquals(r.modularity(), r.quality(), 1e-12);
    }

    @Test
    void karateClubReachesTheKnownModularity() {
        LinkGraph karate = graph(undirected(34, KARATE, 1, false));
        assertEquals(78, karate.pairCount());
        double best = 0;
        for (long seed = 0; seed < 10; seed++) {
            Communities.Result r = Communities.detect(karate, 1.0, 2, seed, Progress.NONE);
            // CWTS's own quality and our modularity agree at γ = 1
            assertEquals(r.quality(), r.modularity(), 1e-12);
            best = Math.max(best, r.modularity());
        }
        // The optimum is 0.4198 (Brandes et al. 2008, four communities).
        assertTrue(best >= 0.41, "best modularity " + best);
        assertTrue(best <= 0.41979 + 1e-4, "best modularity " + best);
    }

    @Test
    void theSameSeedGivesTheSameCommunities() {
        LinkGraph karate = graph(undirected(34, KARATE, 1, false));
        Communities.Result a = Communities.detect(karate, 1.0, 2, 99, Progress.NONE);
        Communities.Result b = Communities.detect(karate, 1.0, 2, 99, Progress.NONE);
        assertEquals(a, b);
    }

    @Test
    void largerResolutionGivesMoreCommunities() {
        LinkGraph karate = graph(undirected(34, KARATE, 1, false));
        Communities.Result coarse = Communities.detect(karate, 0.5, 2, 3, Progress.NONE);
        Communities.Result fine = Communities.detect(karate, 3.0, 2, 3, Progress.NONE);
        assertTrue(fine.count() > coarse.count(), coarse.count() + " vs " + fine.count());
        assertEquals(fine.modularity(), Communities.modularity(karate, fine.partition()), 1e-12);
    }

    @Test
    void hiddenFirmsAreOtherAndIsolatedFirmsStandAlone() {
        // 0–1–2 path, 3 isolated, 4 in Jeju (hidden) linked to 0.
        Network n = undirected(5, new int[][] {{0, 1}, {1, 2}, {0, 4}}, 0, true);
        LinkGraph g = LinkGraph.of(NetworkView.of(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
        Communities.Result r = Communities.detect(g, 5);
        assertEquals(Partition.OTHER, r.partition().of(4));
        assertEquals(r.partition().of(0), r.partition().of(1));
        assertEquals(r.partition().of(1), r.partition().of(2));
        assertEquals(2, r.count());
        assertEquals(1, r.isolated());
        assertEquals(1, r.partition().of(3));
        // One community holding all links: Q = 2/2 − (4/4)² = 0.
        assertEquals(0.0, r.modularity(), 1e-12);
    }

    @Test
    void modularityOfAGivenPartitionByHand() {
        // Path 0–1–2–3 split {0,1} {2,3}: W = 3, w_in = 1 each, d = 3 each:
        // Q = 2·(1/3 − (3/6)²) = 2/3 − 1/2 = 1/6. Firm 3 in "other" instead: modules {0,1}, {2}, {3}:
        // Q = 1/3 − (3/6)² − (2/6)² − (1/6)² = 1/3 − 14/36 = −1/18.
        LinkGraph path = graph(undirected(4, new int[][] {{0, 1}, {1, 2}, {2, 3}}, 0, false));
        Partition halves = new Partition(2, new int[] {0, 0, 1, 1}, List.of("a", "b"));
        assertEquals(1.0 / 6, Communities.modularity(path, halves), 1e-12);
        Partition withOther = new Partition(2, new int[] {0, 0, 1, Partition.OTHER}, List.of("a", "b"));
        assertEquals(-1.0 / 18, Communities.modularity(path, withOther), 1e-12);
    }

    @Test
    void pairWeightsAreTheSummedLinks() {
        // Square 0-1-2-3-0; the pairs 0–1 and 2–3 carry trade both ways plus co-patent (weight 3 in
        // all), 1–2 and 3–0 weight 1. Every firm's strength is 3 + 1 = 4. Best: {0,1} {2,3}: W = 8,
        // w_in = 3, d = 8 each → Q = 2·(3/8 − (8/16)²) = 3/4 − 1/2 = 1/4 (unweighted, {0,1} {2,3}
        // and {1,2} {3,0} would tie at 0; the weights decide).
        Network.Builder b = Network.builder();
        for (int i = 0; i < 4; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        for (int[] p : new int[][] {{0, 1}, {2, 3}}) {
            b.addLink(p[0], p[1], LinkType.TRADE, 1, 2020);
            b.addLink(p[1], p[0], LinkType.TRADE, 1, 2020);
            b.addLink(p[0], p[1], LinkType.COPATENT, 1, 2020);
        }
        b.addLink(1, 2, LinkType.TRADE, 1, 2020);
        b.addLink(3, 0, LinkType.COPATENT, 1, 2020);
        Communities.Result r = Communities.detect(graph(b.build()), 1);
        assertArrayEquals(new int[] {0, 0, 1, 1}, r.partition().clusterOf());
        assertEquals(1.0 / 4, r.modularity(), 1e-12);
    }

    /**
     * Triangles {0,1,2} and {3,4,5} (links of weight 1) joined by a heavy bridge 2–3 (weight 10).
     * <ul>
     *   <li>Unweighted, the bridge is one link: the two triangles, Q = 5/14 (as in
     *   {@link #twoTrianglesJoinedByABridgeAreTwoCommunities}).</li>
     *   <li>Weighted, W = 6 + 10 = 16, strengths 2, 2, 12, 12, 2, 2. The triangles: w_in = 3 and
     *   d = 16 each, Q = 2·(3/16 − (16/32)²) = −1/8. {0,1} {2,3} {4,5}: w_in = 1 + 10 + 1 = 12,
     *   d = 4, 24, 4: Q = 12/16 − (16 + 576 + 16)/1024 = 3/4 − 19/32 = 5/32, the best (Leiden
     *   finds it).</li>
     * </ul>
     */
    @Test
    void weightedAndUnweightedModularityByHand() {
        Network.Builder b = Network.builder();
        for (int i = 0; i < 6; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        for (int[] e : new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}}) {
            b.addLink(e[0], e[1], LinkType.COPATENT, 1, 2020);
        }
        b.addLink(2, 3, LinkType.TRADE, 10, 2020);
        LinkGraph g = graph(b.build());
        Partition triangles = new Partition(2, new int[] {0, 0, 0, 1, 1, 1}, List.of("a", "b"));
        Partition pairs = new Partition(3, new int[] {0, 0, 1, 1, 2, 2}, List.of("a", "b", "c"));
        assertEquals(5.0 / 14, Communities.modularity(g, triangles, false), 1e-12);
        assertEquals(-1.0 / 8, Communities.modularity(g, triangles, true), 1e-12);
        assertEquals(5.0 / 32, Communities.modularity(g, pairs, true), 1e-12);

        Communities.Result unweighted = Communities.detect(g, false, 1, Progress.NONE);
        assertEquals(false, unweighted.weighted());
        assertArrayEquals(triangles.clusterOf(), unweighted.partition().clusterOf());
        assertEquals(5.0 / 14, unweighted.modularity(), 1e-12);
        Communities.Result weighted = Communities.detect(g, true, 1, Progress.NONE);
        assertEquals(true, weighted.weighted());
        assertArrayEquals(pairs.clusterOf(), weighted.partition().clusterOf());
        assertEquals(5.0 / 32, weighted.modularity(), 1e-12);
        assertEquals(weighted, Communities.detect(g, 1));
    }

    @Test
    void emptyNetworkAndBadParameters() {
        Communities.Result empty = Communities.detect(graph(Network.builder().build()), 1);
        assertEquals(0, empty.count());
        assertEquals(0.0, empty.modularity());
        LinkGraph g = graph(undirected(2, new int[][] {{0, 1}}, 0, false));
        assertThrows(IllegalArgumentException.class, () -> Communities.detect(g, 1.0, 0, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Communities.detect(g, 0.0, 2, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Communities.detect(g, Double.NaN, 2, 1, Progress.NONE));
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.Cancelled.class, () -> Communities.detect(g, 1.0, 2, 1, cancelled));
    }
}
