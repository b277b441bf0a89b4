package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.ClusterRolesFixtures.graph;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;

class EIPermutationTestTest {

    private static final double EPS = 1e-12;

    private static EIPermutationTest.Result run(Net net, int k, int permutations, long seed, boolean weighted) {
        Network n = net.network();
        return new EIPermutationTest(permutations, seed, weighted).test(graph(n), net.partition(k), Progress.NONE);
    }

    /**
     * Two triangles a-b-c | d-e-f joined by the bridge c–d, 7 links. Observed: I = 6, X = 1,
     * E-I = (1 − 6)/7 = −5/7. Shuffling the labels gives one of the C(6,3) = 20 splits into two
     * threes with equal chance: E-I = −5/7 for the 2 splits that separate the triangles, 1/7 for
     * 8 splits (I = 3, X = 4) and 3/7 for 10 splits (I = 2, X = 5); mean (2·(−5) + 8·1 + 10·3)/(20·7)
     * = 1/5. So the observed value is the smallest possible: every permuted value is ≥ it
     * (pAtLeast = 1 exactly) and about a tenth are ≤ it (pAtMost ≈ 0.1).
     */
    @Test
    void twoTrianglesAreMoreInternalThanRandomLabels() {
        EIPermutationTest.Result r = run(ClusterRolesFixtures.twoTriangles(), 2, 2000, 42L, false);
        assertEquals(-5.0 / 7, r.overall().observed(), EPS);
        assertEquals(1.0, r.overall().pAtLeast(), EPS);
        assertEquals(0.1, r.overall().pAtMost(), 0.025);
        assertEquals(0.2, r.overall().mean(), 0.03);
        assertEquals(-5.0 / 7, r.overall().min(), EPS);
        assertEquals(3.0 / 7, r.overall().max(), EPS);
        // Cluster 0: I = 3, E = 1: (1 − 3)/4 = −1/2.
        assertEquals(-0.5, r.clusters().get(0).observed(), EPS);
        assertEquals(2000, r.permutations());
    }

    @Test
    void sameSeedSameResultOtherSeedOtherDraws() {
        EIPermutationTest.Result a = run(ClusterRolesFixtures.twoTriangles(), 2, 500, 7L, false);
        EIPermutationTest.Result b = run(ClusterRolesFixtures.twoTriangles(), 2, 500, 7L, false);
        assertEquals(a, b);
        EIPermutationTest.Result c = run(ClusterRolesFixtures.twoTriangles(), 2, 500, 8L, false);
        assertNotEquals(a.overall().pAtMost(), c.overall().pAtMost());
    }

    @Test
    void weightedFormSumsWeights() {
        // Bridge weight 4, triangle links 1: (4 − 6)/(4 + 6) = −1/5; per cluster (4 − 3)/7 = 1/7.
        EIPermutationTest.Result r = run(ClusterRolesFixtures.twoTriangles(), 2, 10, 1L, true);
        assertEquals(-0.2, r.overall().observed(), EPS);
        assertEquals(1.0 / 7, r.clusters().get(1).observed(), EPS);
        assertTrue(r.weighted());
    }

    @Test
    void observedValuesAgreeWithClusterRoles() {
        Net net = ClusterRolesFixtures.pathAcross();
        ClusterRoles roles = ClusterRolesFixtures.roles(net, 2);
        EIPermutationTest.Result r = run(net, 2, 10, 1L, false);
        assertEquals(roles.eiIndex(), r.overall().observed(), EPS);
        assertEquals(roles.cluster(1).eiIndex(), r.clusters().get(1).observed(), EPS);
    }

    @Test
    void emptyNetworkAndLinklessClusterGiveUndefinedPValues() {
        EIPermutationTest.Result r = run(new Net(), 0, 5, 1L, false);
        assertTrue(Double.isNaN(r.overall().observed()));
        assertTrue(Double.isNaN(r.overall().pAtLeast()));
        assertTrue(r.clusters().isEmpty());
        // x, y in cluster 1 without links; a–b in cluster 0 only. Cluster 1's index is undefined.
        Net quiet = new Net().firm("a", 0).firm("b", 0).firm("x", 1).firm("y", 1).copatent("a", "b", 1);
        EIPermutationTest.Result q = run(quiet, 2, 50, 1L, false);
        assertTrue(Double.isNaN(q.clusters().get(1).pAtMost()));
        assertEquals(-1.0, q.overall().observed(), EPS);
    }

    @Test
    void firmsInNoClusterFormTheGroupOther() {
        // o is in no cluster, in the group "other": a–o joins two groups. W = 1 (a–b),
        // X = 2 (b–c, a–o): E-I = (2 − 1)/3 = 1/3. (With "other" dropped it was I = 1, X = 1: 0.)
        // Cluster 0: I = 1, E = 2 (b–c, a–o): 1/3.
        Net net = new Net().firm("a", 0).firm("b", 0).firm("c", 1).firm("o", -1)
                .copatent("a", "b", 1).copatent("b", "c", 1).copatent("a", "o", 1);
        EIPermutationTest.Result r = run(net, 2, 20, 3L, false);
        assertEquals(1.0 / 3, r.overall().observed(), EPS);
        assertEquals(1.0 / 3, r.clusters().get(0).observed(), EPS);
        assertEquals(ClusterRolesFixtures.roles(net, 2).eiIndex(), r.overall().observed(), EPS);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        AtomicInteger reports = new AtomicInteger();
        double[] last = {0};
        Progress counting = new Progress() {
            @Override
            public void report(double fraction, String what) {
                reports.incrementAndGet();
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 3;
            }
        };
        Network n = ClusterRolesFixtures.twoTriangles().network();
        Partition p = ClusterRolesFixtures.twoTriangles().partition(2);
        assertThrows(Progress.Cancelled.class, () -> new EIPermutationTest(1000, 1L, false).test(graph(n), p, counting));
        assertEquals(3, reports.get());
        reports.set(-1_000_000);
        new EIPermutationTest(100, 1L, false).test(graph(n), p, counting);
        assertEquals(1.0, last[0], EPS);
    }

    @Test
    void rejectsNoPermutations() {
        assertThrows(IllegalArgumentException.class, () -> new EIPermutationTest(0, 1L, false));
        assertEquals(EIPermutationTest.PERMUTATIONS_DEFAULT, new EIPermutationTest(1L).test(
                graph(ClusterRolesFixtures.pathAcross().network()), ClusterRolesFixtures.pathAcross().partition(2),
                Progress.NONE).permutations());
    }
}
