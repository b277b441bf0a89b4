package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.supracluster.analysis.Partition.OTHER;
import static org.supracluster.analysis.RoleTestNetworks.firms;
import static org.supracluster.analysis.RoleTestNetworks.partition;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.WhatIf.ClusterPair;
import org.supracluster.analysis.WhatIf.Components;
import org.supracluster.analysis.WhatIf.Report;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

class WhatIfTest {

    private static final Partition TWO = partition(2, 0, 0, 0, 1, 1, 1);

    /**
     * Triangles {0,1,2} (cluster 0) and {3,4,5} (cluster 1) of co-patent links, joined at 2 and 3 by a
     * trade link 2→3 (weight 1) and a co-patent link 2–3 (weight 4): two inter-cluster links, weight 5.
     */
    private static LinkGraph bridgedTriangles() {
        return firms(6).clique(0, 1, 2).clique(3, 4, 5).trade(2, 3).copatent(2, 3, 4).graph();
    }

    @Test
    void removingTheBridgeFirmSplitsTheComponentAndCutsTheClusters() {
        // Before: 6 firms, one component of 6. Without firm 2: {0,1} and {3,4,5}, largest 3.
        // Both inter-cluster links touch 2: none left, so clusters 0 and 1 lose their only link pair.
        Report r = WhatIf.removeFirm(bridgedTriangles(), TWO, 2);
        assertEquals(1, r.removedFirms());
        assertEquals(new Components(6, 1, 6), r.before());
        assertEquals(new Components(5, 2, 3), r.after());
        assertEquals(2, r.interClusterLinksBefore());
        assertEquals(0, r.interClusterLinksAfter());
        assertEquals(5.0, r.interClusterWeightBefore());
        assertEquals(0.0, r.interClusterWeightAfter());
        assertEquals(List.of(new ClusterPair(0, 1, 2)), r.lostPairs());
    }

    @Test
    void removingAFirmOffTheBridgeBreaksNothing() {
        // Without firm 0: {1,2,3,4,5} still one component (5 firms); both bridge links stay.
        Report r = WhatIf.removeFirm(bridgedTriangles(), TWO, 0);
        assertEquals(new Components(5, 1, 5), r.after());
        assertEquals(2, r.interClusterLinksAfter());
        assertEquals(List.of(), r.lostPairs());
    }

    @Test
    void removingAClusterRemovesAllItsFirms() {
        // Without cluster 1 ({3,4,5}): the triangle {0,1,2} is left, one component of 3.
        Report r = WhatIf.removeCluster(bridgedTriangles(), TWO, 1);
        assertEquals(3, r.removedFirms());
        assertEquals(new Components(3, 1, 3), r.after());
        assertEquals(0, r.interClusterLinksAfter());
        assertEquals(List.of(new ClusterPair(0, 1, 2)), r.lostPairs());
    }

    @Test
    void onlyPairsThatWereLinkedAreLostAndOtherIsNotACluster() {
        // Path 0–1–2 over clusters 0, 1, 2 (trade 0→1 and 1→0: two links; co-patent 1–2), and
        // firm 3 in OTHER linked to 0 (not an inter-cluster link). Before: 3 inter-cluster links,
        // pairs (0,1) with 2 links and (1,2) with 1; (0,2) never had one.
        // Without firm 1: components {0,3} and {2}: 2, largest 2; both pairs lost.
        LinkGraph g = firms(4).chain(0, 1, 0).copatent(1, 2).copatent(0, 3).graph();
        Report r = WhatIf.removeFirm(g, partition(3, 0, 1, 2, OTHER), 1);
        assertEquals(new Components(4, 1, 4), r.before());
        assertEquals(new Components(3, 2, 2), r.after());
        assertEquals(3, r.interClusterLinksBefore());
        assertEquals(0, r.interClusterLinksAfter());
        assertEquals(List.of(new ClusterPair(0, 1, 2), new ClusterPair(1, 2, 1)), r.lostPairs());
    }

    @Test
    void isolatedFirmsAreComponentsAndHiddenFirmsAreNot() {
        // Seoul firms 0–1 linked, 2 alone; Busan firm 3 hidden. Shown: 3 firms, 2 components.
        RoleTestNetworks t = firms(3).firm(Region.BUSAN).copatent(0, 1);
        LinkGraph g = LinkGraph.of(NetworkView.of(t.network(), Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
        Report r = WhatIf.removeFirm(g, partition(1, 0, 0, 0, 0), 3);
        assertEquals(0, r.removedFirms());
        assertEquals(new Components(3, 2, 2), r.before());
        assertEquals(r.before(), r.after());
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        Report empty = WhatIf.remove(firms(0).graph(), partition(0), new BitSet());
        assertEquals(new Components(0, 0, 0), empty.before());
        assertEquals(new Components(0, 0, 0), empty.after());
        assertEquals(List.of(), empty.lostPairs());
        Report one = WhatIf.removeFirm(firms(1).graph(), partition(1, 0), 0);
        assertEquals(new Components(1, 1, 1), one.before());
        assertEquals(new Components(0, 0, 0), one.after());
        assertEquals(0, one.interClusterLinksBefore());
    }

    @Test
    void rejectsUnknownFirmsClustersAndPartitionsOfAnotherSize() {
        LinkGraph g = bridgedTriangles();
        assertThrows(IllegalArgumentException.class, () -> WhatIf.removeFirm(g, TWO, 6));
        assertThrows(IllegalArgumentException.class, () -> WhatIf.removeFirm(g, TWO, -1));
        assertThrows(IllegalArgumentException.class, () -> WhatIf.removeCluster(g, TWO, 2));
        assertThrows(IllegalArgumentException.class, () -> WhatIf.removeCluster(g, TWO, OTHER));
        assertThrows(IllegalArgumentException.class, () -> WhatIf.removeFirm(g, partition(1, 0, 0), 0));
    }
}
