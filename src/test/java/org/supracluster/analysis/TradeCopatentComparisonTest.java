package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

class TradeCopatentComparisonTest {

    /** Builds k clusters of {@code perCluster} firms each; firm i of cluster c has index c·perCluster + i. */
    private static final class Clusters {
        final int k;
        final int per;
        final Network.Builder b = Network.builder();

        Clusters(int k, int per) {
            this.k = k;
            this.per = per;
            for (int i = 0; i < k * per; i++) {
                b.addFirm(new Firm("F" + i, "F" + i, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
            }
        }

        /** {@code links} links of a type between clusters c and d, each between distinct firms. */
        void add(LinkType type, int c, int d, int links, boolean reverse) {
            for (int i = 0; i < links; i++) {
                int x = c * per + i;
                int y = d * per + i;
                if (reverse && i % 2 == 1) {
                    b.addLink(y, x, type, 1, 2020);
                } else {
                    b.addLink(x, y, type, 1, 2020);
                }
            }
        }

        Partition partition() {
            int[] of = new int[k * per];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < of.length; i++) {
                of[i] = i / per;
            }
            for (int c = 0; c < k; c++) {
                names.add("C" + c);
            }
            return new Partition(k, of, names);
        }

        LinkGraph graph() {
            return LinkGraph.of(NetworkView.of(b.build(), Filter.all()));
        }
    }

    /**
     * Trade A→B, B→A, B→C; co-patent A–B, C–D. Trade pairs {AB, BC}, co-patent pairs {AB, CD}:
     * shared 1, union 3 → J = 1/3.
     */
    @Test
    void jaccardOnFirmPairs() {
        Clusters c = new Clusters(1, 4);
        c.b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        c.b.addLink(1, 0, LinkType.TRADE, 1, 2020);
        c.b.addLink(1, 2, LinkType.TRADE, 1, 2020);
        c.b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        c.b.addLink(3, 2, LinkType.COPATENT, 1, 2020);
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(c.graph(), c.partition(), 1);
        assertEquals(2, r.tradePairs());
        assertEquals(2, r.copatentPairs());
        assertEquals(1, r.sharedPairs());
        assertEquals(1.0 / 3, r.jaccard(), 1e-12);
        // One cluster: no off-diagonal cell, so no correlation and no test.
        assertEquals(0, r.cells());
        assertTrue(Double.isNaN(r.densityQap().observed()));
        assertTrue(Double.isNaN(r.densityQap().pAtLeast()));
        // Firm level, N = 6 pairs, a = b = 2, s = 1: phi = (6 − 4) / √(2·4·2·4) = 0.25.
        assertEquals(4, r.firms());
        assertEquals(0.25, r.firmQap().observed(), 1e-12);
    }

    /**
     * Three clusters of 10 firms. Trade: 0↔1 two links (one each way), 0→2 one, 1↔2 three (both
     * ways mixed): symmetrised cells (01, 02, 12) = (2, 1, 3), densities (2, 1, 3) / (2·10·10).
     * Co-patent (01, 02, 12) = (1, 2, 3), densities (1, 2, 3) / (10·10). Links inside a cluster
     * (diagonal) are ignored: 5 trade links inside cluster 0 change nothing. All clusters the same
     * size, so densities are the counts scaled and r is the counts' r: means 2 and 2; deviations
     * (0, −1, 1) and (−1, 0, 1): r = 1 / √(2·2) = 0.5.
     * Exact QAP (3! = 6 relabellings, at most the 100 asked): a relabelling of the 3 clusters
     * permutes the 3 cells, and the 6 orders (y01, y02, y12) of the co-patent deviations give
     * r = (y12 − y02) / 2: (1,2,3) 0.5, (1,3,2) −0.5, (2,1,3) 1, (2,3,1) −1, (3,1,2) 0.5,
     * (3,2,1) −0.5 (they sum to 0, as they must). P(r ≥ 0.5) = 3/6, P(r ≤ 0.5) = 5/6.
     */
    @Test
    void correlationOfTheOffDiagonalCellsByHand() {
        Clusters c = new Clusters(3, 10);
        c.add(LinkType.TRADE, 0, 1, 2, true);
        c.add(LinkType.TRADE, 0, 2, 1, false);
        c.add(LinkType.TRADE, 1, 2, 3, true);
        for (int i = 0; i < 5; i++) {
            c.b.addLink(i, i + 5, LinkType.TRADE, 1, 2020);
        }
        c.add(LinkType.COPATENT, 0, 1, 1, false);
        c.add(LinkType.COPATENT, 0, 2, 2, false);
        c.add(LinkType.COPATENT, 1, 2, 3, false);
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(c.graph(), c.partition(), false, 100, 5,
                Progress.NONE);
        assertEquals(3, r.cells());
        assertEquals(0.5, r.densityQap().observed(), 1e-12);
        assertEquals(1, r.trade().count(1, 0));
        assertEquals(5, r.trade().count(0, 0));
        assertEquals(2.0 / 200, r.densities().trade(0, 1), 1e-15);
        assertEquals(3.0 / 100, r.densities().copatent(2, 1), 1e-15);
        assertTrue(r.densityQap().exact());
        assertEquals(6, r.densityQap().permutations());
        assertEquals(3.0 / 6, r.densityQap().pAtLeast(), 1e-12);
        assertEquals(5.0 / 6, r.densityQap().pAtMost(), 1e-12);
        // With 5 asked, fewer than the 6 relabellings, the test samples 5 instead.
        TradeCopatentComparison.Result sampled = TradeCopatentComparison.compute(c.graph(), c.partition(), false, 5,
                5, Progress.NONE);
        assertEquals(5, sampled.densityQap().permutations());
        assertTrue(!sampled.densityQap().exact());
    }

    /**
     * Six clusters of 40 firms, both matrices with cell (c, d) = (c + 1)(d + 1) links: densities
     * proportional to the counts, r = 1. A relabelling gives r = 1 only if it leaves every cell's
     * value in place (same values, same mean and variance), and σ(c)σ(d) = cd for all pairs forces
     * σ = identity: of the 6! = 720 relabellings, all compared since 720 ≤ 1000, exactly one
     * reaches r ≥ 1: P(r ≥ observed) = 1/720, P(r ≤ observed) = 1. With 200 permutations asked
     * (fewer than 720) they are sampled instead.
     */
    @Test
    void qapOnIdenticalStructuredMatricesIsSmallAndDeterministic() {
        Clusters c = new Clusters(6, 40);
        for (int a = 0; a < 6; a++) {
            for (int b = a + 1; b < 6; b++) {
                c.add(LinkType.TRADE, a, b, (a + 1) * (b + 1), true);
                c.add(LinkType.COPATENT, a, b, (a + 1) * (b + 1), false);
            }
        }
        LinkGraph g = c.graph();
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(g, c.partition(), 11);
        assertEquals(15, r.cells());
        assertEquals(1.0, r.densityQap().observed(), 1e-12);
        assertEquals(1.0, r.jaccard(), 1e-12);
        assertTrue(r.densityQap().exact());
        assertEquals(720, r.densityQap().permutations());
        assertEquals(1.0 / 720, r.densityQap().pAtLeast(), 1e-15);
        assertEquals(1.0, r.densityQap().pAtMost(), 1e-15);
        assertEquals(r, TradeCopatentComparison.compute(g, c.partition(), 11));
        TradeCopatentComparison.Result weighted =
                TradeCopatentComparison.compute(g, c.partition(), true, 200, 11, Progress.NONE);
        assertEquals(1.0, weighted.densityQap().observed(), 1e-12);
        assertEquals(200, weighted.permutations());
        assertEquals(200, weighted.densityQap().permutations());
        assertTrue(weighted.densityQap().pAtLeast() < 0.05, "p = " + weighted.densityQap().pAtLeast());
        assertTrue(weighted.densityQap().pAtLeast() >= 1.0 / 201);
        assertEquals(weighted, TradeCopatentComparison.compute(g, c.partition(), true, 200, 11, Progress.NONE));
    }

    @Test
    void cancellingStopsTheTestAndBadParametersAreRefused() {
        Clusters c = new Clusters(3, 5);
        c.add(LinkType.TRADE, 0, 1, 1, false);
        c.add(LinkType.TRADE, 1, 2, 2, false);
        c.add(LinkType.COPATENT, 0, 2, 1, false);
        c.add(LinkType.COPATENT, 1, 2, 3, false);
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        LinkGraph g = c.graph();
        assertThrows(Progress.Cancelled.class,
                () -> TradeCopatentComparison.compute(g, c.partition(), false, 100, 1, cancelled));
        assertThrows(IllegalArgumentException.class,
                () -> TradeCopatentComparison.compute(g, c.partition(), false, 0, 1, Progress.NONE));
    }

    @Test
    void emptyViewHasNoOverlap() {
        Clusters c = new Clusters(2, 2);
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(c.graph(), c.partition(), 1);
        assertTrue(Double.isNaN(r.jaccard()));
        assertEquals(0, r.tradePairs());
    }
}
