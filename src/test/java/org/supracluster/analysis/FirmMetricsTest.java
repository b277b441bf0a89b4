package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.ui.map.NetworkGraphTest;

/**
 * The firm figures on the four-firm network of {@link NetworkGraphTest#network()}, worked by hand.
 * Merged links: S→G trade 8, G→B trade 1, S–G co-patent 1, G–J co-patent 3. Clusters: S and G in
 * the capital region (0), B in the southeast (3), J (Jeju) in none.
 */
class FirmMetricsTest {

    private static final int S = 0;
    private static final int G = 1;
    private static final int B = 2;
    private static final int J = 3;

    private final Network network = NetworkGraphTest.network();
    private final Partition partition = Partition.of(ClusterScheme.defaultFive(), network);

    private FirmMetrics all(Filter filter) {
        return FirmMetrics.compute(LinkGraph.of(NetworkView.of(network, filter)), partition, Progress.NONE);
    }

    @Test
    void degreesCountNeighboursAndTradeDirections() {
        FirmMetrics m = all(Filter.all());
        assertEquals(1, m.degree(S));
        assertEquals(3, m.degree(G));
        assertEquals(9.0, m.weightedDegree(S), 1e-12); // trade 8 + co-patent 1 with G
        assertEquals(13.0, m.weightedDegree(G), 1e-12);
        assertEquals(1, m.tradeInDegree(G));
        assertEquals(1, m.tradeOutDegree(G));
        assertEquals(0, m.tradeInDegree(S));
    }

    @Test
    void theMiddleFirmLiesOnEveryPathAndBrokersSeoulToBusan() {
        FirmMetrics m = all(Filter.all());
        assertTrue(m.hasBetweenness());
        assertTrue(m.isBetweennessExact());
        assertEquals(3.0, m.betweenness(G), 1e-12); // S–B, S–J, B–J
        assertEquals(0.0, m.betweenness(S), 1e-12);
        // S→G→B with S, G in one cluster and B in another: G is a representative.
        assertEquals(1, m.brokerage(G).representative());
        assertEquals(1, m.brokerage(G).total());
        assertEquals(0, m.brokerage(S).total());
    }

    @Test
    void rolesFollowParticipationWithTheFirmInNoClusterInTheGroupOther() {
        FirmMetrics m = all(Filter.all());
        // G: one neighbour in each of S's cluster (0), B's (3) and "other" (J): k = 3,
        // P = 1 − 3·(1/3)² = 2/3 > 0.62 → R3. (With J dropped it was k = 2, P = 0.5, R2.)
        assertEquals(2.0 / 3, m.participation(G), 1e-12);
        assertEquals(0.0, m.z(G), 1e-12); // S and G both have one neighbour in their cluster: σ = 0
        assertEquals(CartographyRole.R3, m.role(G));
        assertEquals(CartographyRole.R1, m.role(S));
        assertEquals(CartographyRole.R1, m.role(B));
        // J, alone in "other": z = 0 (σ = 0), P = 0 (its one neighbour G is in cluster 0), R1.
        // (It had no z, P or role before.)
        assertEquals(CartographyRole.R1, m.role(J));
        assertEquals(0.0, m.z(J));
        assertEquals(0.0, m.participation(J));
        double sum = 0;
        for (int f = 0; f < 4; f++) {
            sum += m.pageRank(f);
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void betweennessComesLater() {
        LinkGraph g = LinkGraph.of(NetworkView.of(network, Filter.all()));
        FirmMetrics quick = FirmMetrics.withoutBetweenness(g, partition, Progress.NONE);
        assertFalse(quick.hasBetweenness());
        assertTrue(Double.isNaN(quick.betweenness(G)));
        assertEquals(3, quick.degree(G));
        FirmMetrics full = quick.withBetweenness(Betweenness.compute(g, Progress.NONE));
        assertEquals(3.0, full.betweenness(G), 1e-12);
        assertEquals(0.0, full.betweennessError(G), 0);
    }

    @Test
    void figuresFollowTheLinksShown() {
        FirmMetrics m = all(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        assertEquals(2, m.degree(G));
        assertEquals(0, m.degree(J));
        assertEquals(1.0, m.betweenness(G), 1e-12);
    }

    @Test
    void unknownFirmsAndMismatchedPartitionsAreRefused() {
        FirmMetrics m = all(Filter.all());
        assertThrows(IllegalArgumentException.class, () -> m.degree(4));
        assertThrows(IllegalArgumentException.class, () -> m.role(-1));
        LinkGraph g = LinkGraph.of(NetworkView.of(network, Filter.all()));
        Partition three = new Partition(1, new int[] {0, 0, 0}, java.util.List.of("one"));
        assertThrows(IllegalArgumentException.class, () -> FirmMetrics.withoutBetweenness(g, three, Progress.NONE));
    }
}
