package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.ClusterRolesFixtures.defaultRoles;
import static org.supracluster.analysis.ClusterRolesFixtures.graph;
import static org.supracluster.analysis.ClusterRolesFixtures.roles;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

class ClusterRolesTest {

    private static final double EPS = 1e-12;

    @Test
    void pathAcrossTwoClustersHasOneInternalLinkEachAndOneSharedExternalLink() {
        // A1 – A2 – B1 – B2: I_0 = 1 (A1–A2), I_1 = 1 (B1–B2), the link A2–B1 is external to both.
        // ΣI = 2, ΣE = 2 (the one inter-cluster link counted at each end).
        // Shares 1/2 and 1/2 = exactly the fair share 1/K, K = 2: both clusters are core hubs.
        // E-I of each: (1 − 1)/2 = 0; overall (X − I)/(X + I) = (1 − 2)/3 = −1/3.
        // Density: n = 2, one pair of 1 possible = 1.
        ClusterRoles r = roles(ClusterRolesFixtures.pathAcross(), 2);
        assertEquals(2, r.internalLinks());
        assertEquals(1, r.interClusterLinks());
        assertEquals(-1.0 / 3, r.eiIndex(), EPS);
        for (ClusterMetrics c : r.clusters()) {
            assertEquals(2, c.firms());
            assertEquals(1, c.internalLinks());
            assertEquals(1, c.externalLinks());
            assertEquals(0.0, c.eiIndex(), EPS);
            assertEquals(1.0, c.internalDensity(), EPS);
            assertEquals(0.5, c.internalShare(), EPS);
            assertEquals(0.5, c.externalShare(), EPS);
            assertEquals(ClusterRole.CORE_HUB, c.role());
        }
        assertEquals(List.of(new ClusterMetrics.Partner(1, 1, 1.0)), r.cluster(0).partners());
        assertEquals(1, r.linksBetween(0, 1));
        assertEquals(1, r.linksBetween(1, 0));
        assertEquals(1, r.linksBetween(0, 0));
    }

    @Test
    void starCentredInOneClusterMakesItTheOnlyCoreHub() {
        // Trade star: H → L1, H → L2 (cluster 0 with H), H → M (cluster 1), H → P (cluster 2); K = 3.
        // I = (2, 0, 0), ΣI = 2; E = (2, 1, 1), ΣE = 4.
        // Cluster 0: internal 2/2 = 1, external 2/4 = 1/2, both ≥ 1/3: core hub; E-I (2 − 2)/4 = 0;
        //   density: 3 firms, pairs H–L1 and H–L2 of 3 possible = 2/3.
        // Clusters 1 and 2: internal 0, external 1/4 < 1/3: peripheral; E-I (1 − 0)/1 = 1; one firm: density NaN.
        Net star = new Net().firm("H", 0).firm("L1", 0).firm("L2", 0).firm("M", 1).firm("P", 2)
                .trade("H", "L1", 1).trade("H", "L2", 1).trade("H", "M", 1).trade("H", "P", 1);
        ClusterRoles r = roles(star, 3);
        ClusterMetrics hub = r.cluster(0);
        assertEquals(ClusterRole.CORE_HUB, hub.role());
        assertEquals(1.0, hub.internalShare(), EPS);
        assertEquals(0.5, hub.externalShare(), EPS);
        assertEquals(0.0, hub.eiIndex(), EPS);
        assertEquals(2.0 / 3, hub.internalDensity(), EPS);
        assertEquals(2, hub.internalPairs());
        for (int c = 1; c <= 2; c++) {
            assertEquals(ClusterRole.PERIPHERAL, r.cluster(c).role());
            assertEquals(1.0, r.cluster(c).eiIndex(), EPS);
            assertEquals(0.25, r.cluster(c).externalShare(), EPS);
            assertTrue(Double.isNaN(r.cluster(c).internalDensity()));
        }
        // Partners of cluster 0: clusters 1 and 2, one link each: tie broken by index.
        assertEquals(List.of(1, 2), hub.partners().stream().map(ClusterMetrics.Partner::cluster).toList());
        assertEquals(0.0, r.eiIndex(), EPS); // X = 2, I = 2
    }

    @Test
    void twoTrianglesJoinedByABridgeInCountsAndWeights() {
        // Triangles a-b-c and d-e-f (weight 1 each link), bridge c–d of weight 4.
        // Counts: I_c = 3, E_c = 1: E-I = (1 − 3)/4 = −1/2. Weights: I = 3, E = 4: (4 − 3)/7 = 1/7.
        // Density 3/3 = 1. Overall: counts (1 − 6)/7 = −5/7, weights (4 − 6)/10 = −1/5.
        ClusterRoles r = roles(ClusterRolesFixtures.twoTriangles(), 2);
        for (ClusterMetrics c : r.clusters()) {
            assertEquals(3, c.internalLinks());
            assertEquals(3.0, c.internalWeight(), EPS);
            assertEquals(1, c.externalLinks());
            assertEquals(4.0, c.externalWeight(), EPS);
            assertEquals(-0.5, c.eiIndex(), EPS);
            assertEquals(1.0 / 7, c.weightedEiIndex(), EPS);
            assertEquals(1.0, c.internalDensity(), EPS);
            assertEquals(0.5, c.internalWeightShare(), EPS);
            assertEquals(0.5, c.externalWeightShare(), EPS);
        }
        assertEquals(-5.0 / 7, r.eiIndex(), EPS);
        assertEquals(-0.2, r.weightedEiIndex(), EPS);
        assertEquals(4.0, r.weightBetween(0, 1), EPS);
    }

    /**
     * K = 4, fair share 1/4. Internal links: C0 a0–a1 (1), C1 triangle b0-b1-b2 (3): ΣI = 4.
     * Inter-cluster links, all to g0 in C2: a0–g0, a1–g0, b0–g0, p0–g0 (p0 in C3): ΣE = 8.
     * C0: 1/4 and 2/8 = exactly 1/4 both: core hub. C1: 3/4 and 1/8: internally oriented.
     * C2: 0 and 4/8: externally oriented (gateway). C3: 0 and 1/8: peripheral.
     * Weighted, p0–g0 weighs 10 (the rest 1): ΣI_w = 4, ΣE_w = 2 × 13 = 26.
     * C0: 1/4 and 2/26: internally oriented. C1: 3/4, 1/26: internally. C2: 0, 13/26: gateway.
     * C3: 0, 10/26 ≥ 1/4: gateway.
     */
    @Test
    void rolesFallInTheFourQuadrantsAndExactlyTheFairShareCounts() {
        Net net = new Net().firm("a0", 0).firm("a1", 0).firm("b0", 1).firm("b1", 1).firm("b2", 1)
                .firm("g0", 2).firm("p0", 3)
                .copatent("a0", "a1", 1).copatent("b0", "b1", 1).copatent("b1", "b2", 1).copatent("b0", "b2", 1)
                .copatent("a0", "g0", 1).copatent("a1", "g0", 1).copatent("b0", "g0", 1).copatent("p0", "g0", 10);
        ClusterRoles r = roles(net, 4);
        assertEquals(0.25, r.fairShare());
        assertEquals(0.25, r.cluster(0).internalShare());
        assertEquals(0.25, r.cluster(0).externalShare());
        assertEquals(ClusterRole.CORE_HUB, r.cluster(0).role());
        assertEquals(ClusterRole.INTERNALLY_ORIENTED, r.cluster(1).role());
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, r.cluster(2).role());
        assertEquals(ClusterRole.PERIPHERAL, r.cluster(3).role());
        assertEquals(ClusterRole.INTERNALLY_ORIENTED, r.cluster(0).weightedRole());
        assertEquals(ClusterRole.INTERNALLY_ORIENTED, r.cluster(1).weightedRole());
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, r.cluster(2).weightedRole());
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, r.cluster(3).weightedRole());
        assertEquals(10.0 / 26, r.cluster(3).externalWeightShare(), EPS);
        // Partners of the gateway C2, most links first: C0 (2 links), then C3 (1 link, weight 10), then C1.
        assertEquals(List.of(0, 3, 1), r.cluster(2).partners().stream().map(ClusterMetrics.Partner::cluster).toList());
    }

    @Test
    void aClusterWithoutLinksHasNoEiIndexAndZeroDensity() {
        // C2 has two firms and no links: E-I (0 − 0)/0 undefined, density 0 of 1 pair = 0.
        Net net = new Net().firm("a", 0).firm("b", 1).firm("x", 2).firm("y", 2).copatent("a", "b", 1);
        ClusterMetrics quiet = roles(net, 3).cluster(2);
        assertFalse(quiet.hasEiIndex());
        assertTrue(Double.isNaN(quiet.eiIndex()));
        assertEquals(0.0, quiet.internalDensity());
        assertEquals(ClusterRole.PERIPHERAL, quiet.role());
        assertTrue(quiet.partners().isEmpty());
    }

    @Test
    void mergedLinksAreCountedTradeBothWaysAndCopatentSeparately() {
        // a→b trade (two rows in two years merge), b→a trade, a–b co-patent: three links, all external.
        Net net = new Net().firm("a", 0).firm("b", 1)
                .link("a", "b", LinkType.TRADE, 1, 2019)
                .link("a", "b", LinkType.TRADE, 2, 2020)
                .trade("b", "a", 1).copatent("b", "a", 5);
        ClusterRoles r = roles(net, 2);
        assertEquals(3, r.interClusterLinks());
        assertEquals(9.0, r.interClusterWeight(), EPS);
        assertEquals(3, r.cluster(0).externalLinks());
        assertEquals(1.0, r.eiIndex(), EPS);
    }

    @Test
    void firmsInNoClusterFormTheGroupOtherAndItsLinksAreExternalToTheCluster() {
        // Default scheme: S1, S2 in Seoul (capital region), K in Gangwon and J in Jeju are "other".
        // S1–S2 internal to the capital region (weight 1); S2–K (weight 2) is a cluster–other link,
        // external to the capital region; K–J (weight 3) is inside "other".
        Net net = new Net().firm("S1", Region.SEOUL, 0).firm("S2", Region.SEOUL, 0)
                .firm("K", Region.GANGWON, -1).firm("J", Region.JEJU, -1)
                .copatent("S1", "S2", 1).copatent("S2", "K", 2).copatent("K", "J", 3);
        ClusterRoles r = defaultRoles(net.network());
        assertEquals(2, r.otherFirms());
        assertEquals(2, r.otherLinks());
        assertEquals(5.0, r.otherWeight(), EPS);
        ClusterMetrics capital = r.cluster(0);
        assertEquals(2, capital.firms());
        assertEquals(1, capital.internalLinks());
        // I = 1, E = 1 (S2–K): E-I (1 − 1)/2 = 0. (Dropping "other" gave E = 0 and E-I = −1.)
        assertEquals(1, capital.externalLinks());
        assertEquals(2.0, capital.externalWeight(), EPS);
        assertEquals(0.0, capital.eiIndex(), EPS);
        assertEquals(List.of(new ClusterMetrics.Partner(Partition.OTHER, 1, 2.0)), capital.partners());
        assertEquals(1, r.internalLinks());
        assertEquals(0, r.interClusterLinks());
        assertEquals(1, r.clusterOtherLinks());
        // Σ E = 2 × 0 inter-cluster + 1 cluster–other = 1. Only the capital region has firms in view:
        // K = 1, fair share 1; its shares 1/1 and 1/1 reach it: core hub. (It was internally
        // oriented, with no external share, when "other" was dropped.)
        assertEquals(1, r.externalLinkSum());
        assertEquals(1, r.clustersInView());
        assertEquals(1.0, r.fairShare());
        assertEquals(1.0, capital.externalShare(), EPS);
        assertEquals(ClusterRole.CORE_HUB, capital.role());
        // The row of "other": 2 firms, I = 1 (K–J), E = 1 (S2–K), E-I 0, one pair of 1 linked;
        // no shares, no role.
        ClusterMetrics other = r.other();
        assertTrue(other.isOther());
        assertEquals(2, other.firms());
        assertEquals(1, other.internalLinks());
        assertEquals(3.0, other.internalWeight(), EPS);
        assertEquals(1, other.externalLinks());
        assertEquals(0.0, other.eiIndex(), EPS);
        assertEquals(1.0, other.internalDensity(), EPS);
        assertTrue(Double.isNaN(other.externalShare()));
        assertFalse(other.hasRole());
        assertEquals(List.of(0), other.partners().stream().map(ClusterMetrics.Partner::cluster).toList());
        // Overall over the groups: between groups X = 1, inside one W = 1 + 1: (1 − 2)/3.
        assertEquals(-1.0 / 3, r.eiIndex(), EPS);
        // The four clusters without a firm are not in view: no shares, no role.
        for (int c = 1; c < 5; c++) {
            assertFalse(r.cluster(c).inView());
            assertFalse(r.cluster(c).hasRole());
            assertTrue(Double.isNaN(r.cluster(c).internalShare()));
        }
    }

    /**
     * A view of two clusters of five: C0 triangle a-b-c in Seoul, C1 pair d–e in Daejeon, x in
     * Gangwon ("other"), z in Busan (C3) hidden by the filter with its link a–z. Links: I_0 = 3,
     * I_1 = 1, c–d between the clusters, e–x between C1 and "other".
     * ΣI = 4; ΣE = 2 × 1 + 1 = 3: E_0 = 1, E_1 = 2. K = 2 (C2, C3, C4 have no firm in view), fair
     * share 1/2. C0: 3/4 ≥ 1/2, 1/3 < 1/2: internally oriented. C1: 1/4 < 1/2, 2/3 ≥ 1/2:
     * externally oriented. (With K = 5, fair share 1/5, both would have been core hubs.)
     */
    @Test
    void aTwoClusterViewHasTheFairShareOneHalf() {
        Net net = new Net().firm("a", Region.SEOUL, 0).firm("b", Region.SEOUL, 0).firm("c", Region.SEOUL, 0)
                .firm("d", Region.DAEJEON, 1).firm("e", Region.DAEJEON, 1).firm("x", Region.GANGWON, -1)
                .firm("z", Region.BUSAN, 3)
                .copatent("a", "b", 1).copatent("b", "c", 1).copatent("a", "c", 1).copatent("d", "e", 1)
                .copatent("c", "d", 1).copatent("e", "x", 1).copatent("a", "z", 1);
        Network n = net.network();
        NetworkView view = NetworkView.of(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.DAEJEON,
                Region.GANGWON)));
        ClusterRoles r = ClusterRoles.of(LinkGraph.of(view), net.partition(5));
        assertEquals(5, r.clusterCount());
        assertEquals(2, r.clustersInView());
        assertEquals(0.5, r.fairShare());
        assertEquals(3, r.externalLinkSum());
        assertEquals(0.75, r.cluster(0).internalShare(), EPS);
        assertEquals(1.0 / 3, r.cluster(0).externalShare(), EPS);
        assertEquals(ClusterRole.INTERNALLY_ORIENTED, r.cluster(0).role());
        assertEquals(2, r.cluster(1).externalLinks());
        assertEquals(2.0 / 3, r.cluster(1).externalShare(), EPS);
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, r.cluster(1).role());
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, r.cluster(1).weightedRole());
        for (int c = 2; c < 5; c++) {
            assertFalse(r.cluster(c).inView(), "C" + c);
            assertNull(r.cluster(c).role(), "C" + c);
            assertNull(r.cluster(c).weightedRole(), "C" + c);
        }
        assertEquals(1, r.other().firms());
        assertEquals(1.0, r.other().eiIndex(), EPS);
    }

    @Test
    void emptyNetworkAndSingleFirm() {
        ClusterRoles empty = defaultRoles(Network.builder().build());
        assertEquals(5, empty.clusterCount());
        assertEquals(0, empty.internalLinks());
        assertTrue(Double.isNaN(empty.eiIndex()));
        // No cluster has a firm in view: K = 0, no fair share, and no cluster has a role (they
        // were all "peripheral" at 0/0 before).
        assertEquals(0, empty.clustersInView());
        assertTrue(Double.isNaN(empty.fairShare()));
        for (ClusterMetrics c : empty.clusters()) {
            assertEquals(0, c.firms());
            assertTrue(Double.isNaN(c.internalShare()));
            assertNull(c.role());
        }
        ClusterRoles one = defaultRoles(new Net().firm("x", Region.DAEJEON, 1).network());
        assertEquals(1, one.cluster(1).firms());
        assertTrue(Double.isNaN(one.cluster(1).internalDensity()));
        assertFalse(one.cluster(1).hasEiIndex());
    }

    @Test
    void hiddenFirmsAreNotCounted() {
        // Only Seoul shown: the Busan firm and its link disappear from the view.
        Net net = new Net().firm("S1", Region.SEOUL, 0).firm("S2", Region.SEOUL, 0).firm("B", Region.BUSAN, 3)
                .copatent("S1", "S2", 1).copatent("S1", "B", 1);
        Network n = net.network();
        NetworkView view = NetworkView.of(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL)));
        ClusterRoles r = ClusterRoles.of(LinkGraph.of(view), net.partition(5));
        assertEquals(0, r.cluster(3).firms());
        assertEquals(0, r.interClusterLinks());
        assertEquals(1, r.cluster(0).internalLinks());
    }

    @Test
    void rejectsAPartitionOfAnotherSizeAndUnknownClusters() {
        Network n = ClusterRolesFixtures.pathAcross().network();
        Partition wrong = new Partition(1, new int[] {0, 0}, List.of("x"));
        assertThrows(IllegalArgumentException.class, () -> ClusterRoles.of(graph(n), wrong));
        ClusterRoles r = roles(ClusterRolesFixtures.pathAcross(), 2);
        assertThrows(IllegalArgumentException.class, () -> r.cluster(2));
        assertThrows(IllegalArgumentException.class, () -> r.linksBetween(-1, 0));
    }
}
