package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;

/** Hand-worked answers: d = 0.85, n shown firms, teleport (1 − d)/n, dangling mass spread over n. */
class PageRankTest {

    private static final double EPS = 1e-9;

    private static Network chain() {
        // Trade A→B→C (firms 0, 1, 2); D (3, Busan) buys from C.
        Network.Builder b = CentralityGraphs.firms(3);
        int d = CentralityGraphs.addBusanFirm(b, "D");
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        b.addLink(1, 2, LinkType.TRADE, 1, 2020);
        b.addLink(2, d, LinkType.TRADE, 1, 2020);
        return b.build();
    }

    private static LinkGraph seoulOnly(Network n) {
        return LinkGraph.of(NetworkView.of(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
    }

    @Test
    void directedChainWithADanglingEnd() {
        // A→B→C, C dangling. Let b = 0.05 + 0.85·x_C/3 (teleport plus C's spread mass).
        // x_A = b, x_B = b + 0.85·x_A = 1.85b, x_C = b + 0.85·x_B = 2.5725b; sum 5.4225b = 1.
        // So x_A = 1/5.4225 = 0.184417, x_B = 1.85/5.4225 = 0.341171, x_C = 2.5725/5.4225 = 0.474412
        // (check: 0.05 + 0.85·0.474412/3 = 0.184417 = b).
        PageRank.Result r = PageRank.compute(seoulOnly(chain()));
        assertArrayEquals(new double[] {1 / 5.4225, 1.85 / 5.4225, 2.5725 / 5.4225, 0}, r.scores(), EPS);
        assertTrue(r.converged());
        assertTrue(r.iterations() > 1 && r.iterations() <= PageRank.MAX_ITERATIONS_DEFAULT, "" + r.iterations());
        assertTrue(r.change() < PageRank.TOLERANCE_DEFAULT);
    }

    @Test
    void hiddenFirmsGetNothingAndShownFirmsSumToOne() {
        // Everything shown: D takes part and C is no longer dangling.
        PageRank.Result all = PageRank.compute(CentralityGraphs.all(chain()));
        assertTrue(all.score(3) > all.score(2));
        assertEquals(1.0, Arrays.stream(all.scores()).sum(), 1e-12);
        PageRank.Result seoul = PageRank.compute(seoulOnly(chain()));
        assertEquals(0.0, seoul.score(3));
        assertEquals(1.0, Arrays.stream(seoul.scores()).sum(), 1e-12);
        PageRank.Result random = PageRank.compute(CentralityGraphs.random(500, 1500, 3), true);
        assertEquals(1.0, Arrays.stream(random.scores()).sum(), 1e-12);
    }

    @Test
    void coPatentStarIsArcsBothWays() {
        // Centre C, leaves L (n = 5, teleport 0.03): L = 0.03 + 0.85·C/4, C = 0.03 + 0.85·4L,
        // C + 4L = 1 → 1.85C = 0.88 → C = 88/185 = 0.475676, L = 97/740 = 0.131081.
        LinkGraph star = CentralityGraphs.undirected(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        double leaf = 97.0 / 740;
        assertArrayEquals(new double[] {88.0 / 185, leaf, leaf, leaf, leaf}, PageRank.compute(star).scores(), EPS);
    }

    @Test
    void aDanglingFirmSpreadsItsMassOverAll() {
        // A→B only (n = 2): b = 0.075 + 0.85·x_B/2; x_A = b, x_B = b + 0.85b = 1.85b; 2.85b = 1.
        // x_A = 20/57 = 0.350877, x_B = 37/57 = 0.649123.
        Network.Builder b = CentralityGraphs.firms(2);
        b.addLink(0, 1, LinkType.TRADE, 4, 2020);
        LinkGraph g = CentralityGraphs.all(b.build());
        assertArrayEquals(new double[] {20.0 / 57, 37.0 / 57}, PageRank.compute(g).scores(), EPS);
    }

    @Test
    void disconnectedGraphWithAnIsolatedFirm() {
        // A–B co-patent and C alone (dangling). y = x_C = 0.05 + 0.85·y/3 → y = 0.05/(1 − 0.85/3) = 3/43;
        // A = B = (1 − y)/2 = 20/43 (check: 0.05 + 0.85·(20/43 + 1/43) = 20/43).
        LinkGraph g = CentralityGraphs.undirected(3, new int[][] {{0, 1}});
        assertArrayEquals(new double[] {20.0 / 43, 20.0 / 43, 3.0 / 43}, PageRank.compute(g).scores(), EPS);
    }

    @Test
    void weightsCountOnlyWhenAskedFor() {
        // A→B weight 3, A→C weight 1 (n = 3; B and C dangling). Let a = x_A = b (nothing flows into A).
        // Weighted: x_B = a + 0.85·¾a = 1.6375a, x_C = a + 0.85·¼a = 1.2125a; sum 3.85a = 1.
        // Unweighted: x_B = x_C = a + 0.85·½a = 1.425a; again 3.85a = 1, so x_A = 20/77 either way.
        Network.Builder b = CentralityGraphs.firms(3);
        b.addLink(0, 1, LinkType.TRADE, 3, 2020);
        b.addLink(0, 2, LinkType.TRADE, 1, 2020);
        LinkGraph g = CentralityGraphs.all(b.build());
        assertArrayEquals(new double[] {1 / 3.85, 1.6375 / 3.85, 1.2125 / 3.85}, PageRank.compute(g, true).scores(),
                EPS);
        assertArrayEquals(new double[] {1 / 3.85, 1.425 / 3.85, 1.425 / 3.85}, PageRank.compute(g).scores(), EPS);
    }

    @Test
    void aTradeAndACoPatentLinkBetweenTheSameFirmsAreTwoArcs() {
        // Trade A→B, co-patent A–B, trade A→C: arcs A→B twice, B→A, A→C; A sends ⅔ to B, ⅓ to C.
        // With b = 0.05 + 0.85·x_C/3: x_B = b + (1.7/3)x_A, x_A = b + 0.85·x_B, x_C = b + (0.85/3)x_A;
        // solving: x_A = 0.414876, x_B = 0.351336, x_C = 0.233788.
        Network.Builder b = CentralityGraphs.firms(3);
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        b.addLink(0, 2, LinkType.TRADE, 1, 2020);
        assertArrayEquals(new double[] {0.4148757, 0.3513362, 0.2337881},
                PageRank.compute(CentralityGraphs.all(b.build())).scores(), 1e-6);
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        PageRank.Result empty = PageRank.compute(CentralityGraphs.all(Network.builder().build()));
        assertEquals(0, empty.scores().length);
        assertEquals(0, empty.iterations());
        assertTrue(empty.converged());
        // One firm: x = 0.15 + 0.85·1 (its own dangling mass) = 1 from the first iteration, change 0.
        PageRank.Result one = PageRank.compute(CentralityGraphs.all(CentralityGraphs.firms(1).build()));
        assertArrayEquals(new double[] {1}, one.scores(), EPS);
        assertEquals(1, one.iterations());
        assertTrue(one.converged());
    }

    @Test
    void theIterationCapIsReported() {
        PageRank.Result capped = PageRank.compute(seoulOnly(chain()), false, 0.85, 1e-10, 3, Progress.NONE);
        assertEquals(3, capped.iterations());
        assertFalse(capped.converged());
        assertTrue(capped.change() >= 1e-10);
        assertEquals(1.0, Arrays.stream(capped.scores()).sum(), 1e-12);
    }

    @Test
    void scoresDoNotDependOnHowFirmsAreNumbered() {
        // The iteration orders firms by in-degree and dangling or not; numbering the same graph the
        // other way round must give each firm the same score (up to the order of floating-point sums).
        int n = 400;
        SplittableRandom r = new SplittableRandom(11);
        Network.Builder forward = CentralityGraphs.firms(n);
        Network.Builder backward = CentralityGraphs.firms(n);
        for (int i = 0; i < 1000; i++) {
            int x = r.nextInt(n);
            int y = r.nextInt(n);
            LinkType type = r.nextInt(3) == 0 ? LinkType.COPATENT : LinkType.TRADE;
            int w = 1 + r.nextInt(5);
            if (x != y) {
                forward.addLink(x, y, type, w, 2020);
                backward.addLink(n - 1 - x, n - 1 - y, type, w, 2020);
            }
        }
        LinkGraph a = CentralityGraphs.all(forward.build());
        LinkGraph b = CentralityGraphs.all(backward.build());
        for (boolean weighted : new boolean[] {false, true}) {
            PageRank.Result ra = PageRank.compute(a, weighted);
            PageRank.Result rb = PageRank.compute(b, weighted);
            assertEquals(ra.iterations(), rb.iterations());
            for (int f = 0; f < n; f++) {
                assertEquals(ra.score(f), rb.score(n - 1 - f), 1e-15, "firm " + f);
            }
        }
    }

    @Test
    void resultsAreDeterministicAndParametersChecked() {
        LinkGraph g = CentralityGraphs.random(300, 900, 5);
        assertEquals(PageRank.compute(g), PageRank.compute(g));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, false, 1.5, 1e-10, 200, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, false, 0.85, 0, 200, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, false, 0.85, 1e-10, 0, Progress.NONE));
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.Cancelled.class, () -> PageRank.compute(g, false, 0.85, 1e-10, 200, cancelled));
    }
}
