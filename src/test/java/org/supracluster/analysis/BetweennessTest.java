package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;

class BetweennessTest {

    private static final double EPS = 1e-9;

    private static double[] exact(LinkGraph g) {
        return Betweenness.exact(g, 1, Progress.NONE).scores();
    }

    @Test
    void starCentreLiesOnEveryPairOfLeaves() {
        // Centre 0, leaves 1..4: each of the C(4,2) = 6 leaf pairs has its one shortest path via 0.
        LinkGraph star = CentralityGraphs.undirected(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        assertArrayEquals(new double[] {6, 0, 0, 0, 0}, exact(star), EPS);
    }

    @Test
    void pathCountsThePairsOnEitherSide() {
        // 0-1-2-3-4: firm 1 separates {0} from {2,3,4} → 3 pairs; firm 2 {0,1} from {3,4} → 4; firm 3 → 3.
        LinkGraph path = CentralityGraphs.undirected(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        assertArrayEquals(new double[] {0, 3, 4, 3, 0}, exact(path), EPS);
    }

    @Test
    void twoTrianglesJoinedByABridge() {
        // Triangles {0,1,2} and {3,4,5}, bridge 2–3. Firm 2 is on every path from {0,1} to {3,4,5}:
        // 2 × 3 = 6 pairs; firm 3 likewise from {0,1,2} to {4,5}: 3 × 2 = 6. The rest are adjacent.
        LinkGraph g = CentralityGraphs.undirected(6,
                new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
        assertArrayEquals(new double[] {0, 0, 6, 6, 0, 0}, exact(g), EPS);
    }

    @Test
    void equalShortestPathsShareThePair() {
        // Square 0-1-2-3-0: pair {0,2} has two shortest paths (via 1 and via 3), each gets ½;
        // pair {1,3} likewise gives ½ to 0 and 2. Every firm: 0.5.
        LinkGraph square = CentralityGraphs.undirected(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, exact(square), EPS);
    }

    @Test
    void disconnectedPartsAndIsolatedFirms() {
        // Path 0-1-2, a separate pair 3-4, isolated 5: only pair {0,2} has a middle firm (1).
        LinkGraph g = CentralityGraphs.undirected(6, new int[][] {{0, 1}, {1, 2}, {3, 4}});
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0}, exact(g), EPS);
    }

    @Test
    void linkTypesAndDirectionsAreIgnored() {
        // Trade 0→1, trade 2→1, co-patent 1–2 and trade 1→2: neighbours 0–1 and 1–2 once each,
        // so firm 1 is on the pair {0,2}.
        Network.Builder b = CentralityGraphs.firms(3);
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        b.addLink(2, 1, LinkType.TRADE, 4, 2020);
        b.addLink(1, 2, LinkType.COPATENT, 2, 2021);
        b.addLink(1, 2, LinkType.TRADE, 9, 2021);
        assertArrayEquals(new double[] {0, 1, 0}, exact(CentralityGraphs.all(b.build())), EPS);
    }

    @Test
    void hiddenFirmsGetNothing() {
        // Path 0-1-2-3 with 3 in Busan: Seoul only leaves 0-1-2, where firm 1 is on pair {0,2};
        // firm 2 would have scored 2 with firm 3 shown.
        Network.Builder b = CentralityGraphs.firms(3);
        int busan = CentralityGraphs.addBusanFirm(b, "B");
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        b.addLink(1, 2, LinkType.COPATENT, 1, 2020);
        b.addLink(2, busan, LinkType.COPATENT, 1, 2020);
        Network net = b.build();
        assertArrayEquals(new double[] {0, 2, 2, 0}, exact(CentralityGraphs.all(net)), EPS);
        LinkGraph seoul = LinkGraph.of(NetworkView.of(net, Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
        Betweenness.Result r = Betweenness.exact(seoul, 2, Progress.NONE);
        assertArrayEquals(new double[] {0, 1, 0, 0}, r.scores(), EPS);
        assertEquals(3, r.shownFirms());
        Betweenness.Result s = Betweenness.sampled(seoul, 2, 7, 1, Progress.NONE);
        assertEquals(0.0, s.score(busan));
        assertEquals(0.0, s.standardError(busan));
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        Betweenness.Result empty = Betweenness.compute(CentralityGraphs.all(Network.builder().build()), Progress.NONE);
        assertEquals(0, empty.scores().length);
        assertTrue(empty.exact());
        Betweenness.Result emptySample = Betweenness.sampled(CentralityGraphs.all(Network.builder().build()), 5, 1, 2,
                Progress.NONE);
        assertEquals(0, emptySample.pivots());
        Betweenness.Result one = Betweenness.compute(CentralityGraphs.all(CentralityGraphs.firms(1).build()),
                Progress.NONE);
        assertArrayEquals(new double[] {0}, one.scores());
        assertEquals(0, one.pivots()); // a firm without neighbours is no source worth searching from
        assertEquals(1, one.shownFirms());
    }

    @Test
    void foldingPendantTreesChangesNothing() {
        // Star with a tail: centre 0 with leaves 1, 2, 3 and a path 0-4-5-6; the whole tree folds
        // into firm 0 (leaves first, then 5, then 4). Firm 0 separates {1,2,3} from each other
        // (3 pairs) and from {4,5,6} (9 pairs), 12 in all; firm 4 separates {0,1,2,3} from {5,6}:
        // 8; firm 5 separates {0..4} from {6}: 5.
        LinkGraph g = CentralityGraphs.undirected(7, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {4, 5}, {5, 6}});
        assertArrayEquals(new double[] {12, 0, 0, 0, 8, 5, 0}, exact(g), EPS);
        // Two firms joined only to each other: one folds into the other, no pair between. A triangle
        // with one pendant on each corner: each corner separates its pendant from the 4 firms of the
        // other two corners and their pendants: 4 pairs.
        LinkGraph pair = CentralityGraphs.undirected(2, new int[][] {{0, 1}});
        assertArrayEquals(new double[] {0, 0}, exact(pair), EPS);
        LinkGraph sun = CentralityGraphs.undirected(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {1, 4}, {2, 5}});
        assertArrayEquals(new double[] {4, 4, 4, 0, 0, 0}, exact(sun), EPS);
        // Triangle 0-1-2 with a tree hanging from 2: 2-3, 3-4, 3-5 (4 and 5 fold into 3, 3 into 2).
        // Firm 3 separates {4}, {5} and {0,1,2}: 1 + 3 + 3 = 7 pairs. Firm 2 separates {3,4,5}
        // from {0,1}: 6. In the triangle 0 and 1 are adjacent, so nothing else.
        LinkGraph kite = CentralityGraphs.undirected(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {3, 5}});
        assertArrayEquals(new double[] {0, 0, 6, 7, 0, 0}, exact(kite), EPS);
    }

    @Test
    void agreesWithTextbookBrandesOnRandomGraphs() {
        // Sparse graphs (many leaves, small components) and denser ones.
        for (long seed = 1; seed <= 9; seed++) {
            LinkGraph g = CentralityGraphs.random(200, new int[] {180, 260, 700}[(int) (seed % 3)], seed);
            assertArrayEquals(textbookBrandes(g), Betweenness.exact(g, 2, Progress.NONE).scores(), 1e-7);
        }
        LinkGraph karate = CentralityGraphs.karate();
        assertArrayEquals(textbookBrandes(karate), exact(karate), 1e-9);
    }

    /** Brandes (2001), Algorithm 1, with predecessor lists, on the neighbour view; pairs counted once. */
    static double[] textbookBrandes(LinkGraph g) {
        int n = g.firmCount();
        double[] bc = new double[n];
        for (int s = 0; s < n; s++) {
            if (!g.isShown(s)) {
                continue;
            }
            java.util.List<java.util.List<Integer>> pred = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                pred.add(new java.util.ArrayList<>());
            }
            double[] sigma = new double[n];
            int[] dist = new int[n];
            java.util.Arrays.fill(dist, -1);
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            sigma[s] = 1;
            dist[s] = 0;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int k = g.neighbourStart(v); k < g.neighbourEnd(v); k++) {
                    int w = g.neighbour(k);
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        pred.get(w).add(v);
                    }
                }
            }
            double[] delta = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : pred.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    bc[w] += delta[w] / 2;
                }
            }
        }
        return bc;
    }

    @Test
    void karateClubLeadersMatchThePublishedValues() {
        // Member 1 (the instructor) 231.0714 and member 34 (the administrator) 160.5516: networkx's
        // normalised 0.437635 and 0.304075 times C(33,2) = 528.
        Betweenness.Result r = Betweenness.exact(CentralityGraphs.karate(), 2, Progress.NONE);
        assertEquals(231.0714, r.score(0), 1e-4);
        assertEquals(160.5516, r.score(33), 1e-4);
        assertEquals(76.6905, r.score(32), 1e-4); // member 33
        assertTrue(r.exact());
        assertEquals(0.0, r.maxStandardError());
    }

    @Test
    void samplingEveryFirmGivesTheExactValues() {
        // Member 12 has one tie (to member 1) and is folded into member 1: 33 possible sources.
        LinkGraph karate = CentralityGraphs.karate();
        Betweenness.Result sampled = Betweenness.sampled(karate, 33, 99, 2, Progress.NONE);
        assertTrue(sampled.exact());
        assertEquals(33, sampled.pivots());
        assertEquals(34, sampled.shownFirms());
        assertArrayEquals(exact(karate), sampled.scores(), EPS);
        assertEquals(0.0, sampled.maxStandardError());
        // More pivots than firms: all of them, once.
        assertArrayEquals(exact(karate), Betweenness.sampled(karate, 1000, 5, 1, Progress.NONE).scores(), EPS);
    }

    @Test
    void sampledEstimatesOfTheLeadersLieWithinTheStatedError() {
        LinkGraph karate = CentralityGraphs.karate();
        double[] truth = exact(karate);
        // With one fixed seed: within 3 standard errors.
        Betweenness.Result one = Betweenness.sampled(karate, 12, 2024, 2, Progress.NONE);
        assertFalse(one.exact());
        assertEquals(12, one.pivots());
        for (int leader : new int[] {0, 33}) {
            assertTrue(one.standardError(leader) > 0);
            assertTrue(Math.abs(one.score(leader) - truth[leader]) <= 3 * one.standardError(leader),
                    "member " + (leader + 1));
        }
        // Over many seeds the stated error means what it says: most estimates within 2 SE.
        int within = 0;
        int trials = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Betweenness.Result r = Betweenness.sampled(karate, 12, seed, 1, Progress.NONE);
            for (int leader : new int[] {0, 33}) {
                trials++;
                within += Math.abs(r.score(leader) - truth[leader]) <= 2 * r.standardError(leader) ? 1 : 0;
            }
        }
        assertTrue(within >= 0.8 * trials, within + " of " + trials + " within 2 SE");
    }

    @Test
    void aboveTheExactLimitComputeSamples() {
        LinkGraph karate = CentralityGraphs.karate();
        Betweenness.Result sampled = Betweenness.compute(karate, 33, 10, 3, 2, Progress.NONE);
        assertFalse(sampled.exact());
        assertEquals(10, sampled.pivots());
        assertEquals(Betweenness.sampled(karate, 10, 3, 1, Progress.NONE), sampled);
        assertTrue(Betweenness.compute(karate, 34, 10, 3, 2, Progress.NONE).exact());
    }

    @Test
    void parallelResultEqualsSingleThreadResultExactly() {
        // 600 firms → 10 batches of sources, spread over the threads and added in batch order.
        LinkGraph g = CentralityGraphs.random(600, 1500, 42);
        Betweenness.Result one = Betweenness.exact(g, 1, Progress.NONE);
        assertEquals(one, Betweenness.exact(g, 2, Progress.NONE));
        assertEquals(one, Betweenness.exact(g, 5, Progress.NONE));
        Betweenness.Result sampleOne = Betweenness.sampled(g, 300, 11, 1, Progress.NONE);
        assertEquals(sampleOne, Betweenness.sampled(g, 300, 11, 3, Progress.NONE));
        assertEquals(sampleOne, Betweenness.sampled(g, 300, 11, 2, Progress.NONE));
    }

    @Test
    void progressReachesTheEndAndCancellationStopsTheWork() {
        LinkGraph g = CentralityGraphs.random(600, 1500, 7);
        double[] last = {-1};
        Betweenness.exact(g, 2, new Progress() {
            @Override
            public synchronized void report(double fraction, String what) {
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(1.0, last[0]);
        for (int threads : new int[] {1, 2}) {
            AtomicInteger reports = new AtomicInteger();
            Progress cancelAfterFirstBatch = new Progress() {
                @Override
                public void report(double fraction, String what) {
                    reports.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return reports.get() >= 2; // the start, then one batch
                }
            };
            assertThrows(Progress.Cancelled.class, () -> Betweenness.exact(g, threads, cancelAfterFirstBatch));
            assertTrue(reports.get() < 10, "stopped early: " + reports.get() + " reports");
        }
    }

    @Test
    void aThreadThatStopsMidwayStopsTheOthers() {
        // Cancelled once only, on the first batch taken: that batch is never added, so the other
        // thread, which may already wait for it, must be woken rather than wait forever.
        LinkGraph g = CentralityGraphs.random(2000, 3000, 9);
        Progress once = new Progress() {
            private final AtomicInteger checks = new AtomicInteger();

            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return checks.getAndIncrement() == 0;
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(Progress.Cancelled.class, () -> Betweenness.exact(g, 2, once)));
    }

    @Test
    void parametersAreChecked() {
        LinkGraph g = CentralityGraphs.karate();
        assertThrows(IllegalArgumentException.class, () -> Betweenness.exact(g, 0, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Betweenness.sampled(g, 0, 1, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Betweenness.compute(g, -1, 10, 1, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Betweenness.compute(g, 100, 0, 1, 1, Progress.NONE));
        assertThrows(NullPointerException.class, () -> Betweenness.exact(g, 1, null));
    }
}
