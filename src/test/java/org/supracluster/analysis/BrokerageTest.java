package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.supracluster.analysis.Partition.OTHER;
import static org.supracluster.analysis.RoleTestNetworks.firms;
import static org.supracluster.analysis.RoleTestNetworks.partition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.analysis.Brokerage.Counts;
import org.supracluster.analysis.Brokerage.Result;

class BrokerageTest {

    @ParameterizedTest(name = "clusters {0}→{1}→{2}: {3}")
    @CsvSource({
        "0, 0, 0, COORDINATOR",    // local supplier → local fab → local packager
        "0, 1, 0, ITINERANT",      // a and c in cluster 0, broker b outside
        "0, 0, 1, REPRESENTATIVE", // b sells its own cluster's output out
        "1, 0, 0, GATEKEEPER",     // b buys in from outside for its cluster
        "0, 1, 2, LIAISON"})       // three clusters
    void aChainMakesItsMiddleFirmABrokerOfOneRole(int ca, int cb, int cc, BrokerageRole role) {
        // 0 → 1 → 2 with no 0 → 2: one open two-path, through firm 1.
        Result r = Brokerage.compute(firms(3).chain(0, 1, 2).graph(), partition(3, ca, cb, cc));
        assertEquals(1, r.firm(1).get(role));
        assertEquals(1, r.firm(1).total());
        assertEquals(Counts.ZERO, r.firm(0));
        assertEquals(Counts.ZERO, r.firm(2));
        assertEquals(1, r.cluster(cb).get(role));
        assertEquals(role, BrokerageRole.of(ca, cb, cc));
    }

    @Test
    void aPathBackToItsStartIsNotBrokerage() {
        // Clusters 0, 1, 0; arcs 0→1, 1→0, 1→2. Through 1: 0→1→0 (a = c, not counted) and
        // 0→1→2 (a, c in cluster 0, b in 1: itinerant). Through 0: 1→0→1 (a = c). Through 2: none.
        Result r = Brokerage.compute(firms(3).chain(0, 1, 0).trade(1, 2).graph(), partition(2, 0, 1, 0));
        assertEquals(new Counts(0, 1, 0, 0, 0), r.firm(1));
        assertEquals(Counts.ZERO, r.firm(0));
        // A reciprocal pair alone brokers nothing.
        assertEquals(Counts.ZERO, Brokerage.compute(firms(2).chain(0, 1, 0).graph(), partition(1, 0, 0)).firm(0));
    }

    @Test
    void aClosedTwoPathIsNotBrokerage() {
        // 0→1→2 and 0→2: a supplies c directly, so b brokers nothing.
        Result r = Brokerage.compute(firms(3).chain(0, 1, 2).trade(0, 2).graph(), partition(1, 0, 0, 0));
        assertEquals(0, r.firm(1).total());
        // The opposite arc 2→0 does not close 0→1→2 (and makes 2 a broker of 1→2→0, and 0 of 2→0→1).
        Result reverse = Brokerage.compute(firms(3).chain(0, 1, 2).trade(2, 0).graph(), partition(1, 0, 0, 0));
        assertEquals(new Counts(1, 0, 0, 0, 0), reverse.firm(1));
        assertEquals(new Counts(3, 0, 0, 0, 0), reverse.cluster(0));
    }

    @Test
    void coPatentLinksNeitherMakeNorCloseATwoPath() {
        // 0→1→2 with a co-patent link 0–2 (does not close) and 2–3 (no two-path 1→2→3).
        Result r = Brokerage.compute(firms(4).chain(0, 1, 2).copatent(0, 2).copatent(2, 3).graph(),
                partition(1, 0, 0, 0, 0));
        assertEquals(new Counts(1, 0, 0, 0, 0), r.firm(1));
        assertEquals(0, r.firm(2).total());
    }

    @Test
    void repeatedRowsMergeAndSelfLoopsAreIgnored() {
        // 0→1 twice (one merged link), 1→1 (a self-loop: no a→a→c two-path), 1→2.
        Result r = Brokerage.compute(firms(3).chain(0, 1, 1, 2).trade(0, 1).graph(), partition(1, 0, 0, 0));
        assertEquals(new Counts(1, 0, 0, 0, 0), r.firm(1));
    }

    @ParameterizedTest(name = "groups {0}→{1}→{2}: {3}")
    @CsvSource({
        // "other" (-1) is a group like a cluster, as in sna::brokerage with every actor in a group.
        "-1, 0, 1, LIAISON",        // supplier in "other"
        "-1, 0, 0, GATEKEEPER",     // b buys in from "other" for its cluster
        "0, -1, 1, LIAISON",        // broker in "other" between two clusters
        "0, -1, 0, ITINERANT",      // an "other" firm serves cluster 0 from outside
        "-1, -1, 0, REPRESENTATIVE", // an "other" firm sells "other" output into cluster 0
        "-1, -1, -1, COORDINATOR",  // all three in "other"
        "0, 1, -1, LIAISON"})       // customer in "other"
    void twoPathsTouchingOtherAreCountedWithOtherAsAGroup(int ca, int cb, int cc, BrokerageRole role) {
        // 0 → 1 → 2 with no 0 → 2: one open two-path through firm 1, of the role the groups give.
        // (The old convention counted nothing here: every one of these touches "other".)
        Result r = Brokerage.compute(firms(3).chain(0, 1, 2).graph(), partition(2, ca, cb, cc));
        assertEquals(1, r.firm(1).get(role));
        assertEquals(1, r.firm(1).total());
        Counts group = cb == OTHER ? r.other() : r.cluster(cb);
        assertEquals(1, group.get(role));
        assertEquals(1, group.total());
        assertEquals(role, BrokerageRole.of(ca, cb, cc));
    }

    @Test
    void otherHasItsOwnRowBesideTheClusters() {
        // Clusters: 0 → c0, 1 → other, 2 → c1, 3 → other, 4 → c0. Arcs 0→1, 1→2, 3→1, 1→4, 2→3.
        // Through 1 (other): 0→1→2 liaison (c0, other, c1), 0→1→4 itinerant (c0, other, c0),
        //   3→1→2 representative (other, other, c1), 3→1→4 representative (other, other, c0).
        // Through 2 (c1): 1→2→3 itinerant (other, c1, other). Through 3 (other): 2→3→1 gatekeeper
        //   (c1, other, other). None closed. Other = firms 1 + 3: (0, 1, 2, 1, 1); c1 = (0, 1, 0, 0, 0).
        Result r = Brokerage.compute(firms(5).trade(0, 1).trade(1, 2).trade(3, 1).trade(1, 4).trade(2, 3).graph(),
                partition(2, 0, OTHER, 1, OTHER, 0));
        assertEquals(new Counts(0, 1, 2, 0, 1), r.firm(1));
        assertEquals(new Counts(0, 1, 0, 0, 0), r.firm(2));
        assertEquals(new Counts(0, 0, 0, 1, 0), r.firm(3));
        assertEquals(new Counts(0, 1, 2, 1, 1), r.other());
        assertEquals(new Counts(0, 1, 0, 0, 0), r.cluster(1));
        assertEquals(Counts.ZERO, r.cluster(0));
    }

    @Test
    void clusterTotalsAddUpTheirFirms() {
        // Clusters: 0 → c0, 1 → c0, 2 → c1, 3 → c1, 4 → c2. Arcs 0→1, 3→1, 1→2, 1→4, 2→3.
        // Through 1 (c0): 0→1→2 representative, 0→1→4 representative, 3→1→2 itinerant (c1, c0, c1),
        //   3→1→4 liaison (c1, c0, c2). None closed (no 0→2, 0→4, 3→2, 3→4).
        // Through 2 (c1): 1→2→3 gatekeeper (c0, c1, c1); 1→3 absent.
        // Through 3 (c1): 2→3→1 representative (c1, c1, c0); 2→1 absent.
        // 0 and 4 broker nothing (no supplier / no customer).
        // c0 = firm 1: (0, 1, 2, 0, 1); c1 = firms 2 + 3: (0, 0, 1, 1, 0); c2: nothing.
        Result r = Brokerage.compute(firms(5).trade(0, 1).trade(3, 1).trade(1, 2).trade(1, 4).trade(2, 3).graph(),
                partition(3, 0, 0, 1, 1, 2));
        assertEquals(new Counts(0, 1, 2, 0, 1), r.firm(1));
        assertEquals(new Counts(0, 0, 0, 1, 0), r.firm(2));
        assertEquals(new Counts(0, 0, 1, 0, 0), r.firm(3));
        assertEquals(new Counts(0, 1, 2, 0, 1), r.cluster(0));
        assertEquals(new Counts(0, 0, 1, 1, 0), r.cluster(1));
        assertEquals(Counts.ZERO, r.cluster(2));
        assertEquals(4, r.cluster(0).total());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 2025, 99_991})
    void matchesTheNaiveCountOnRandomGraphs(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 40 + rng.nextInt(40);
        int k = 1 + rng.nextInt(4);
        RoleTestNetworks t = firms(n);
        Set<Long> arcs = new HashSet<>();
        int rows = n * (2 + rng.nextInt(5));
        for (int i = 0; i < rows; i++) {
            int a = rng.nextInt(n);
            int c = rng.nextInt(n);
            if (rng.nextInt(10) == 0) {
                t.copatent(a, c);
                continue;
            }
            t.trade(a, c);
            arcs.add(key(a, c));
            if (rng.nextInt(4) == 0) { // reciprocal arcs
                t.trade(c, a);
                arcs.add(key(c, a));
            }
        }
        int[] clusterOf = randomClusters(rng, n, k);
        assertSameAsNaive(t.graph(), partition(k, clusterOf), n, arcs);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 314})
    void matchesTheNaiveCountAroundHubsWithThousandsOfSuppliersAndCustomers(long seed) {
        // Firm 0 is a hub buying from and selling to ~2,500 firms each (some both ways); firm 1 a big
        // supplier of ~2,000 firms whose customers are small brokers, so both ways of finding closed
        // two-paths (walking a supplier's customers, looking up the broker's) are used.
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 4000;
        int k = 5;
        RoleTestNetworks t = firms(n);
        Set<Long> arcs = new HashSet<>();
        for (int f = 2; f < n; f++) {
            int r = rng.nextInt(8);
            if (r < 5) {
                addArc(t, arcs, f, 0);
            }
            if (r >= 3) {
                addArc(t, arcs, 0, f);
            }
            if (rng.nextInt(2) == 0) {
                addArc(t, arcs, 1, f);
            }
            for (int e = rng.nextInt(3); e > 0; e--) {
                addArc(t, arcs, f, 2 + rng.nextInt(n - 2));
            }
        }
        addArc(t, arcs, 1, 0);
        assertSameAsNaive(t.graph(), partition(k, randomClusters(rng, n, k)), n, arcs);
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        Result empty = Brokerage.compute(firms(0).graph(), partition(2));
        assertEquals(List.of(), empty.firms());
        assertEquals(List.of(Counts.ZERO, Counts.ZERO), empty.clusters());
        assertEquals(Counts.ZERO, empty.other());
        Result one = Brokerage.compute(firms(1).trade(0, 0).graph(), partition(1, 0));
        assertEquals(List.of(Counts.ZERO), one.firms());
        assertEquals(Counts.ZERO, one.cluster(0));
    }

    @Test
    void rejectsAPartitionOfAnotherSizeAndUnknownIndices() {
        LinkGraph g = firms(3).chain(0, 1, 2).graph();
        assertThrows(IllegalArgumentException.class, () -> Brokerage.compute(g, partition(1, 0, 0)));
        Result r = Brokerage.compute(g, partition(1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> r.firm(3));
        assertThrows(IllegalArgumentException.class, () -> r.cluster(1));
        // OTHER is a group now (a supplier in "other" selling into cluster 0's broker: gatekeeper).
        assertEquals(BrokerageRole.GATEKEEPER, BrokerageRole.of(OTHER, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> BrokerageRole.of(-2, 0, 0));
    }

    private static void addArc(RoleTestNetworks t, Set<Long> arcs, int a, int c) {
        t.trade(a, c);
        arcs.add(key(a, c));
    }

    private static int[] randomClusters(SplittableRandom rng, int n, int k) {
        int[] clusterOf = new int[n];
        for (int f = 0; f < n; f++) {
            clusterOf[f] = rng.nextInt(10) == 0 ? OTHER : rng.nextInt(k);
        }
        return clusterOf;
    }

    private static long key(int a, int c) {
        return (long) a << 32 | c;
    }

    /**
     * The reference: for every b, every supplier a and every customer c (from the arcs as added, not
     * from LinkGraph) with a, b, c distinct and no arc a→c, one two-path of the role the table gives
     * for their groups ("other" a group of its own). Quadratic per firm, so only for tests.
     */
    private static void assertSameAsNaive(LinkGraph g, Partition p, int n, Set<Long> arcs) {
        List<Set<Integer>> in = new java.util.ArrayList<>();
        List<Set<Integer>> out = new java.util.ArrayList<>();
        for (int f = 0; f < n; f++) {
            in.add(new HashSet<>());
            out.add(new HashSet<>());
        }
        for (long arc : arcs) {
            int a = (int) (arc >>> 32);
            int c = (int) arc;
            out.get(a).add(c);
            in.get(c).add(a);
        }
        long[][] expected = new long[n][5];
        long[][] byCluster = new long[p.count() + 1][5]; // the last row is "other"
        for (int b = 0; b < n; b++) {
            for (int a : in.get(b)) {
                for (int c : out.get(b)) {
                    if (a == b || c == b || a == c || arcs.contains(key(a, c))) {
                        continue;
                    }
                    int role = naiveRole(p.of(a), p.of(b), p.of(c));
                    expected[b][role]++;
                    byCluster[p.of(b) == OTHER ? p.count() : p.of(b)][role]++;
                }
            }
        }
        Result r = Brokerage.compute(g, p);
        for (int b = 0; b < n; b++) {
            assertEquals(counts(expected[b]), r.firm(b), "firm " + b);
        }
        for (int c = 0; c < p.count(); c++) {
            assertEquals(counts(byCluster[c]), r.cluster(c), "cluster " + c);
        }
        assertEquals(counts(byCluster[p.count()]), r.other(), "other");
    }

    /** The role table written out on its own: 0 coordinator … 4 liaison. */
    private static int naiveRole(int a, int b, int c) {
        if (a == b && b == c) {
            return 0;
        }
        if (a == c) {
            return 1;
        }
        if (a == b) {
            return 2;
        }
        if (b == c) {
            return 3;
        }
        return 4;
    }

    private static Counts counts(long[] c) {
        return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }
}
