package org.supracluster.analysis;

import org.supracluster.model.Progress;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.Partition.OTHER;
import static org.supracluster.analysis.RoleTestNetworks.firms;
import static org.supracluster.analysis.RoleTestNetworks.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.Structure.Bridge;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

/** Articulation points, bridges and core numbers worked out by hand on small drawn graphs. */
class StructureTest {

    /**
     * <pre>
     *     0───1                     5
     *     │ ╳ │                     │
     *     2───3 ══════ 4 ───────────┘        10 (no link)
     *                  │ ╲
     *                  6   7 ─── 8
     *                       ╲   ╱
     *                         9
     * </pre>
     * A complete four {0,1,2,3} (co-patents); 3 and 4 joined by trade both ways (3→4 and 4→3: one
     * pair of neighbours); 4 with leaves 5 (co-patent) and 6 (trade 4→6); 4–7 by a co-patent and a
     * trade 7→4 (one pair); a triangle {7,8,9}; 10 alone. One component of ten firms and 10.
     */
    private static LinkGraph drawn() {
        return firms(11).clique(0, 1, 2, 3).trade(3, 4).trade(4, 3).copatent(4, 5).trade(4, 6)
                .copatent(4, 7).trade(7, 4).clique(7, 8, 9).graph();
    }

    @Test
    void theArticulationPointsOfTheDrawnGraphRankByTheFirmsTheyCutOff() {
        Structure s = Structure.of(drawn(), Progress.NONE);
        // Without 4: {0,1,2,3}, {5}, {6}, {7,8,9}; the largest keeps 4 firms, 10 − 1 − 4 = 5 cut off.
        // Without 3: {0,1,2} and {4,…,9}; 10 − 1 − 6 = 3. Without 7: {8,9} and the other 7; 2.
        assertEquals(List.of(4, 3, 7), s.articulationPoints());
        assertEquals(5, s.cutOff(4));
        assertEquals(3, s.cutOff(3));
        assertEquals(2, s.cutOff(7));
        for (int f : new int[] {0, 1, 2, 5, 6, 8, 9, 10}) {
            assertFalse(s.isArticulationPoint(f), "firm " + f);
            assertEquals(0, s.cutOff(f), "firm " + f);
        }
    }

    @Test
    void theBridgesOfTheDrawnGraphRankByTheirSmallerSide() {
        // 3–4 leaves {0,1,2,3} (4) and {4,…,9} (6); 4–7 leaves {7,8,9} (3); 4–5 and 4–6 a leaf each.
        // Two links joining 3 and 4 (trade both ways) are still one pair of neighbours: a bridge.
        assertEquals(List.of(new Bridge(3, 4, 4), new Bridge(4, 7, 3), new Bridge(4, 5, 1), new Bridge(4, 6, 1)),
                Structure.of(drawn(), Progress.NONE).bridges());
    }

    @Test
    void theCoreNumbersOfTheDrawnGraph() {
        // 1-core: all but 10. 2-core: 5 and 6 go (one neighbour each), 4 keeps 3 and 7. 3-core: 4 has
        // 2, goes; then 7 has 8 and 9 only, goes, and 8, 9 follow; the complete four stays.
        Structure s = Structure.of(drawn(), Progress.NONE);
        int[] expected = {3, 3, 3, 3, 2, 1, 1, 2, 2, 2, 0};
        int[] actual = new int[expected.length];
        for (int f = 0; f < actual.length; f++) {
            actual[f] = s.coreness(f);
        }
        assertArrayEquals(expected, actual);
        assertEquals(3, s.degeneracy());
    }

    @Test
    void bridgesBetweenGroupsKeepThoseWhoseFirmsAreInTwoGroupsOtherIncluded() {
        // {0,1,2,3} cluster 0; 4, 5, 6 and 10 cluster 1; 7, 8, 9 in no cluster ("other").
        Partition groups = partition(2, 0, 0, 0, 0, 1, 1, 1, OTHER, OTHER, OTHER, 1);
        assertEquals(List.of(new Bridge(3, 4, 4), new Bridge(4, 7, 3)),
                Structure.of(drawn(), Progress.NONE).bridgesBetweenGroups(groups));
    }

    @Test
    void aCycleHasNoWeakPointAndCoreNumberTwo() {
        Structure s = Structure.of(firms(5).chain(0, 1, 2, 3, 4).trade(4, 0).graph(), Progress.NONE);
        assertEquals(List.of(), s.articulationPoints());
        assertEquals(List.of(), s.bridges());
        for (int f = 0; f < 5; f++) {
            assertEquals(2, s.coreness(f));
        }
    }

    @Test
    void twoFirmsJoinedOnceAreABridgeButNeitherIsAnArticulationPoint() {
        // Removing either firm leaves one firm: nothing splits. The link leaves 1 and 1: cut-off 1.
        Structure s = Structure.of(firms(2).copatent(0, 1).graph(), Progress.NONE);
        assertEquals(List.of(), s.articulationPoints());
        assertEquals(List.of(new Bridge(0, 1, 1)), s.bridges());
        assertEquals(1, s.coreness(0));
    }

    @Test
    void aNetworkWithoutLinksHasNoWeakPointsAndCoreNumbersZero() {
        Structure s = Structure.of(firms(3).graph(), Progress.NONE);
        assertEquals(List.of(), s.articulationPoints());
        assertEquals(List.of(), s.bridges());
        assertEquals(0, s.coreness(1));
        assertEquals(0, s.degeneracy());
    }

    @Test
    void aHiddenFirmTakesNoPart() {
        // Path 0–1–2 in Seoul with 3 in Busan joined to 2: shown alone, 1 is the only articulation point.
        RoleTestNetworks t = firms(3).firm(Region.BUSAN).chain(0, 1, 2, 3);
        LinkGraph seoul = LinkGraph.of(NetworkView.of(t.network(), Filter.all().withRegions(java.util.Set.of(Region.SEOUL))));
        Structure s = Structure.of(seoul, Progress.NONE);
        assertEquals(List.of(1), s.articulationPoints());
        assertEquals(List.of(new Bridge(0, 1, 1), new Bridge(1, 2, 1)), s.bridges());
        assertEquals(0, s.coreness(3));
    }

    @Test
    void aPathOfAHundredThousandFirmsIsSearchedWithoutOverflowingTheStack() {
        // A recursive search would go 100,000 calls deep. Firm i cuts off min(i, n − 1 − i).
        int n = 100_000;
        int[] path = new int[n];
        for (int i = 0; i < n; i++) {
            path[i] = i;
        }
        Structure s = Structure.of(firms(n).chain(path).graph(), Progress.NONE);
        assertEquals(n - 2, s.articulationPoints().size());
        assertEquals(n - 1, s.bridges().size());
        assertEquals(n / 2 - 1, s.cutOff(n / 2));
        assertEquals(1, s.cutOff(1));
        assertEquals(List.of(n / 2 - 1, n / 2), s.articulationPoints().subList(0, 2));
        assertEquals(new Bridge(n / 2 - 1, n / 2, n / 2), s.bridges().get(0));
    }

    @Test
    void anUnknownFirmIsRefused() {
        Structure s = Structure.of(drawn(), Progress.NONE);
        assertThrows(IllegalArgumentException.class, () -> s.coreness(11));
        assertThrows(IllegalArgumentException.class, () -> s.isArticulationPoint(-1));
        assertThrows(IllegalArgumentException.class, () -> s.bridgesBetweenGroups(partition(1, new int[3])));
    }

    @Test
    void cancellingStopsTheSearch() {
        AtomicInteger reports = new AtomicInteger();
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.Cancelled.class, () -> Structure.of(drawn(), cancelled));
        assertEquals(0, reports.get());
    }

    @Test
    void theCutOffOfEveryArticulationPointIsWhatRemovingItLeaves() {
        // Against a plain count: remove the firm, find the pieces its neighbours fall into.
        LinkGraph g = CentralityGraphs.random(400, 450, 7);
        Structure s = Structure.of(g, Progress.NONE);
        assertTrue(s.articulationPoints().size() > 20, "a sparse graph has many");
        for (int f = 0; f < g.firmCount(); f++) {
            List<Integer> pieces = piecesWithout(g, f);
            int component = 1 + pieces.stream().mapToInt(Integer::intValue).sum();
            int largest = pieces.stream().mapToInt(Integer::intValue).max().orElse(0);
            assertEquals(pieces.size() >= 2, s.isArticulationPoint(f), "firm " + f);
            assertEquals(pieces.size() >= 2 ? component - 1 - largest : 0, s.cutOff(f), "firm " + f);
        }
    }

    /** The sizes of the connected pieces f's neighbours are in once f is gone. */
    private static List<Integer> piecesWithout(LinkGraph g, int f) {
        boolean[] seen = new boolean[g.firmCount()];
        seen[f] = true;
        List<Integer> sizes = new ArrayList<>();
        for (int k = g.neighbourStart(f); k < g.neighbourEnd(f); k++) {
            int start = g.neighbour(k);
            if (seen[start]) {
                continue;
            }
            int size = 0;
            List<Integer> queue = new ArrayList<>(List.of(start));
            seen[start] = true;
            while (!queue.isEmpty()) {
                int v = queue.remove(queue.size() - 1);
                size++;
                for (int j = g.neighbourStart(v); j < g.neighbourEnd(v); j++) {
                    int u = g.neighbour(j);
                    if (!seen[u]) {
                        seen[u] = true;
                        queue.add(u);
                    }
                }
            }
            sizes.add(size);
        }
        return sizes;
    }
}
