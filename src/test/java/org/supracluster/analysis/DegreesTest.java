package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

class DegreesTest {

    @Test
    void starCentreHasEveryLeafAndTheSumOfTheirWeights() {
        // Centre 0, leaves 1..4 joined by co-patent links of weight 1, 2, 3, 4.
        Network.Builder b = CentralityGraphs.firms(5);
        for (int leaf = 1; leaf <= 4; leaf++) {
            b.addLink(0, leaf, LinkType.COPATENT, leaf, 2020);
        }
        Degrees.Result d = Degrees.compute(CentralityGraphs.all(b.build()));
        // Centre: 4 neighbours, weight 1 + 2 + 3 + 4 = 10. Leaf i: 1 neighbour, weight i. No trade.
        assertArrayEquals(new int[] {4, 1, 1, 1, 1}, d.degree());
        assertArrayEquals(new double[] {10, 1, 2, 3, 4}, d.weightedDegree());
        assertArrayEquals(new int[5], d.tradeInDegree());
        assertArrayEquals(new int[5], d.tradeOutDegree());
        assertArrayEquals(new double[5], d.weightedTradeOutDegree());
    }

    /** A→B trade 2, B→A trade 1, A–B co-patent 3, A→C trade 2.5 + 2.5, C–D co-patent 7, D in Busan. */
    private static Network mixed() {
        Network.Builder b = CentralityGraphs.firms(3);
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(1, 0, LinkType.TRADE, 1, 2020);
        b.addLink(1, 0, LinkType.COPATENT, 3, 2021);
        b.addLink(0, 2, LinkType.TRADE, 2.5, 2020);
        b.addLink(0, 2, LinkType.TRADE, 2.5, 2021);
        CentralityGraphs.addBusanFirm(b, "D");
        b.addLink(2, 3, LinkType.COPATENT, 7, 2020);
        return b.build();
    }

    @Test
    void neighboursCountOnceButEveryLinkWeighsAndTradeKeepsItsDirection() {
        Degrees.Result d = Degrees.compute(CentralityGraphs.all(mixed()));
        // A: neighbours B, C → 2; weight 2 + 1 + 3 + 5 = 11; out A→B, A→C (2 + 5 = 7); in B→A (1).
        // B: neighbour A → 1; weight 6; out B→A (1); in A→B (2).
        // C: neighbours A, D → 2; weight 5 + 7 = 12; in A→C (5); out none.
        // D: neighbour C → 1; weight 7; no trade.
        assertArrayEquals(new int[] {2, 1, 2, 1}, d.degree());
        assertArrayEquals(new double[] {11, 6, 12, 7}, d.weightedDegree());
        assertArrayEquals(new int[] {2, 1, 0, 0}, d.tradeOutDegree());
        assertArrayEquals(new int[] {1, 1, 1, 0}, d.tradeInDegree());
        assertArrayEquals(new double[] {7, 1, 0, 0}, d.weightedTradeOutDegree());
        assertArrayEquals(new double[] {1, 2, 5, 0}, d.weightedTradeInDegree());
        assertEquals(11.0, d.weightedDegree(0));
        assertEquals(2, d.tradeOutDegree(0));
    }

    @Test
    void hiddenFirmsAndHiddenLinkTypesCountNothing() {
        Filter seoul = Filter.all().withRegions(EnumSet.of(Region.SEOUL));
        Degrees.Result d = Degrees.compute(LinkGraph.of(NetworkView.of(mixed(), seoul)));
        // D (Busan) is hidden: it and C–D vanish. C keeps A→C only.
        assertArrayEquals(new int[] {2, 1, 1, 0}, d.degree());
        assertArrayEquals(new double[] {11, 6, 5, 0}, d.weightedDegree());

        Filter copatentOnly = Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT));
        Degrees.Result c = Degrees.compute(LinkGraph.of(NetworkView.of(mixed(), copatentOnly)));
        // Only A–B (3) and C–D (7) remain; no trade degrees.
        assertArrayEquals(new int[] {1, 1, 1, 1}, c.degree());
        assertArrayEquals(new double[] {3, 3, 7, 7}, c.weightedDegree());
        assertArrayEquals(new int[4], c.tradeInDegree());
        assertArrayEquals(new double[4], c.weightedTradeInDegree());
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        assertEquals(0, Degrees.compute(CentralityGraphs.all(Network.builder().build())).firmCount());
        Degrees.Result one = Degrees.compute(CentralityGraphs.all(CentralityGraphs.firms(1).build()));
        assertEquals(1, one.firmCount());
        assertEquals(0, one.degree(0));
        assertEquals(0.0, one.weightedDegree(0));
    }

    @Test
    void resultsAreValuesAndCopies() {
        LinkGraph g = CentralityGraphs.all(mixed());
        Degrees.Result d = Degrees.compute(g);
        assertEquals(d, Degrees.compute(g));
        assertEquals(d.hashCode(), Degrees.compute(g).hashCode());
        d.degree()[0] = 99;
        assertEquals(2, d.degree(0));
    }
}
