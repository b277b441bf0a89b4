package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class SupraRegionalCommunitiesTest {

    private static final int O = Partition.OTHER;

    /**
     * Firms A0 B1 C2 | D3 E4 F5 G6. Clusters: A, B, D, E, F in cluster 0; C in cluster 1; G in none.
     * Communities: X = {A, B, C}, Y = {D, E, F, G}.
     * X's links: A–B (w1), B–C (w1), A–C (w3) co-patent: 3 internal, 3 between clustered firms,
     * 2 across clusters (B–C, A–C) → share 2/3, weighted (1+3)/(1+1+3) = 0.8; spans 2 clusters →
     * supra-regional at 0.2.
     * Y's links: D→E, E→F trade, D–F co-patent inside cluster 0, F–G co-patent (G in no cluster):
     * 4 internal, 3 clustered, 0 across → share 0, spans 1 cluster → not supra-regional.
     * C–D (co-patent) joins the two communities: internal to neither.
     */
    private static LinkGraph graph() {
        Network.Builder b = Network.builder();
        for (String id : new String[] {"A", "B", "C", "D", "E", "F", "G"}) {
            b.addFirm(new Firm(id, id, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        b.addLink(1, 2, LinkType.COPATENT, 1, 2020);
        b.addLink(0, 2, LinkType.COPATENT, 3, 2020);
        b.addLink(3, 4, LinkType.TRADE, 1, 2020);
        b.addLink(4, 5, LinkType.TRADE, 1, 2020);
        b.addLink(3, 5, LinkType.COPATENT, 1, 2020);
        b.addLink(5, 6, LinkType.COPATENT, 1, 2020);
        b.addLink(2, 3, LinkType.COPATENT, 1, 2020);
        return LinkGraph.of(NetworkView.of(b.build(), Filter.all()));
    }

    private static final Partition CLUSTERS = new Partition(2, new int[] {0, 0, 1, 0, 0, 0, O}, List.of("P", "Q"));
    private static final Partition COMMUNITIES = new Partition(2, new int[] {0, 0, 0, 1, 1, 1, 1}, List.of("X", "Y"));

    @Test
    void aCommunitySpanningTwoClustersIsSupraRegionalAndOneInsideAClusterIsNot() {
        SupraRegionalCommunities.Result r = SupraRegionalCommunities.of(graph(), COMMUNITIES, CLUSTERS);
        assertEquals(2, r.rows().size());
        SupraRegionalCommunities.Row x = r.rows().get(0);
        assertEquals("X", x.name());
        assertEquals(3, x.firms());
        assertEquals(List.of(2, 1), x.firmsPerCluster());
        assertEquals(2, x.clustersSpanned());
        assertEquals(3, x.internalLinks());
        assertEquals(3, x.clusteredLinks());
        assertEquals(2, x.crossLinks());
        assertEquals(2.0 / 3, x.crossShare(), 1e-12);
        assertEquals(0.8, x.crossWeightShare(), 1e-12);
        assertEquals(2.0, x.score(), 1e-12); // 3 firms × 2/3
        assertTrue(x.supraRegional());

        SupraRegionalCommunities.Row y = r.rows().get(1);
        assertEquals("Y", y.name());
        assertEquals(List.of(3, 0), y.firmsPerCluster());
        assertEquals(1, y.firmsOutside());
        assertEquals(1, y.clustersSpanned());
        assertEquals(4, y.internalLinks());
        assertEquals(3, y.clusteredLinks());
        assertEquals(0.0, y.crossShare());
        assertFalse(y.supraRegional());
        assertEquals(List.of(x), r.supraRegional());
    }

    @Test
    void theThresholdDecides() {
        SupraRegionalCommunities.Result strict = SupraRegionalCommunities.of(graph(), COMMUNITIES, CLUSTERS, 0.7);
        assertTrue(strict.supraRegional().isEmpty());
        // Not flagged: ranked by score, X (2.0) before Y (0).
        assertEquals("X", strict.rows().get(0).name());
        assertThrows(IllegalArgumentException.class,
                () -> SupraRegionalCommunities.of(graph(), COMMUNITIES, CLUSTERS, 1.5));
    }

    @Test
    void aCommunityWithoutClusteredLinksHasNoShare() {
        // G alone as a community: no internal links → share NaN, never supra-regional.
        Partition three = new Partition(3, new int[] {0, 0, 0, 1, 1, 1, 2}, List.of("X", "Y", "Z"));
        SupraRegionalCommunities.Result r = SupraRegionalCommunities.of(graph(), three, CLUSTERS);
        SupraRegionalCommunities.Row z = r.rows().stream().filter(row -> row.name().equals("Z")).findFirst()
                .orElseThrow();
        assertTrue(Double.isNaN(z.crossShare()));
        assertEquals(0, z.clustersSpanned());
        assertFalse(z.supraRegional());
        assertEquals(0.0, z.score());
    }

    @Test
    void detectedCommunitiesFeedIn() {
        // Leiden on this graph, then the screen: every firm's community is accounted for.
        LinkGraph g = graph();
        Communities.Result c = Communities.detect(g, 1);
        SupraRegionalCommunities.Result r = SupraRegionalCommunities.of(g, c.partition(), CLUSTERS);
        assertEquals(7, r.rows().stream().mapToInt(SupraRegionalCommunities.Row::firms).sum());
    }
}
