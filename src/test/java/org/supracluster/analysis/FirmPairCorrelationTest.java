package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
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

class FirmPairCorrelationTest {

    /**
     * A, B, C, D in Seoul and E in Jeju. Trade A→B (w2), B→A (w1), B→C (w1); co-patent A–B (w2),
     * C–D (w1); E trades with A and co-patents with B.
     */
    private static Network network() {
        Network.Builder b = Network.builder();
        String[] ids = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < ids.length; i++) {
            b.addFirm(new Firm(ids[i], ids[i], i < 4 ? Region.SEOUL : Region.JEJU, "", 37.5, 127, Segment.FAB, -1,
                    Map.of()));
        }
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(1, 0, LinkType.TRADE, 1, 2020);
        b.addLink(1, 2, LinkType.TRADE, 1, 2020);
        b.addLink(0, 1, LinkType.COPATENT, 2, 2020);
        b.addLink(2, 3, LinkType.COPATENT, 1, 2020);
        b.addLink(4, 0, LinkType.TRADE, 1, 2020);
        b.addLink(4, 1, LinkType.COPATENT, 1, 2020);
        return b.build();
    }

    /** The four Seoul firms: E and its links hidden. */
    private static LinkGraph seoul() {
        return LinkGraph.of(NetworkView.of(network(), Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
    }

    /**
     * n = 4, N = 6 pairs. Trade pairs {AB, BC} (A↔B is one pair), a = 2; co-patent {AB, CD},
     * b = 2; both: AB, s = 1. r = (N·s − a·b) / √(a(N−a)·b(N−b)) = (6 − 4) / √(2·4·2·4) = 0.25,
     * as Pearson's r of the pair vectors (AB, AC, AD, BC, BD, CD) x = (1,0,0,1,0,0),
     * y = (1,0,0,0,0,1).
     *
     * <p>Exact QAP over the 4! = 24 relabellings: the co-patent pairs are a perfect matching, and a
     * relabelling sends it to each of the 3 perfect matchings of four firms 8 times: {AB, CD}
     * shares AB with trade (s = 1), {AC, BD} none (s = 0, r = (0 − 4)/8 = −0.5), {AD, BC} shares
     * BC (s = 1). So r = 0.25 in 16 of 24 and −0.5 in 8: P(r ≥ 0.25) = 16/24, P(r ≤ 0.25) = 1.
     */
    @Test
    void phiCoefficientAndItsExactQapByHand() {
        FirmPairCorrelation c = FirmPairCorrelation.of(seoul(), false);
        assertEquals(4, c.firms());
        Qap.Result r = c.test(1000, 3, Progress.NONE);
        assertEquals(0.25, r.observed(), 1e-12);
        assertTrue(r.exact());
        assertEquals(24, r.permutations());
        assertEquals(16.0 / 24, r.pAtLeast(), 1e-12);
        assertEquals(1.0, r.pAtMost(), 1e-12);
    }

    /**
     * Weighted: X_AB = 2 + 1 = 3 (both directions), X_BC = 1; Y_AB = 2, Y_CD = 1. Σx = 4, Σx² = 10,
     * Σy = 3, Σy² = 5, Σxy = 3·2 = 6: r = (6·6 − 4·3) / √((6·10 − 16)(6·5 − 9)) = 24 / √924
     * = 0.789542…
     */
    @Test
    void weightedUsesSummedWeightsOfBothDirections() {
        Qap.Result r = FirmPairCorrelation.of(seoul(), true).test(1000, 3, Progress.NONE);
        assertEquals(24 / Math.sqrt(924), r.observed(), 1e-12);
    }

    /**
     * With E shown (n = 5, N = 10): trade pairs {AB, BC, AE}, a = 3; co-patent {AB, CD, BE}, b = 3;
     * s = 1. r = (10 − 9) / √(3·7·3·7) = 1/21. 5! = 120 > 100 asked: sampled.
     */
    @Test
    void everyShownFirmCountsWhateverItsCluster() {
        FirmPairCorrelation c = FirmPairCorrelation.of(LinkGraph.of(NetworkView.of(network(), Filter.all())), false);
        assertEquals(5, c.firms());
        Qap.Result r = c.test(100, 3, Progress.NONE);
        assertEquals(1.0 / 21, r.observed(), 1e-12);
        assertFalse(r.exact());
        assertEquals(100, r.permutations());
    }

    @Test
    void noCoPatentMeansNoCorrelation() {
        LinkGraph tradeOnly = LinkGraph.of(NetworkView.of(network(),
                Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))));
        assertEquals(Qap.Result.UNDEFINED, FirmPairCorrelation.of(tradeOnly, false).test(10, 1, Progress.NONE));
    }
}
