package org.supracluster.ui.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Progress;

class ForceAtlas2Test {

    /** Two complete groups of six (0–5 and 6–11) joined by the one edge 5–6. */
    static ForceAtlas2 twoGroups(long seed) {
        List<int[]> edges = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int a = 0; a < 6; a++) {
                for (int b = a + 1; b < 6; b++) {
                    edges.add(new int[] {6 * g + a, 6 * g + b});
                }
            }
        }
        edges.add(new int[] {5, 6});
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        return new ForceAtlas2(12, from, to, seed);
    }

    private static double meanDistance(ForceAtlas2.Result r, boolean sameGroup) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < 12; a++) {
            for (int b = a + 1; b < 12; b++) {
                if ((a / 6 == b / 6) == sameGroup) {
                    sum += Math.hypot(r.x()[a] - r.x()[b], r.y()[a] - r.y()[b]);
                    pairs++;
                }
            }
        }
        return sum / pairs;
    }

    @Test
    void twoDenseGroupsJoinedByOneEdgeEndUpApart() {
        ForceAtlas2.Result r = twoGroups(7).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
        assertTrue(r.converged(), "converges well within the step limit: " + r.iterations() + " steps");
        assertFalse(r.stopped());
        double inside = meanDistance(r, true);
        double across = meanDistance(r, false);
        assertTrue(2 * inside < across, "inside a group " + inside + ", across groups " + across);
    }

    @Test
    void theSameSeedGivesTheSamePicture() {
        ForceAtlas2.Result a = twoGroups(42).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
        ForceAtlas2.Result b = twoGroups(42).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void cancellingStopsAfterTheCurrentStepWithThePositionsReached() {
        int[] reports = new int[1];
        Progress stopAfterThree = new Progress() {
            @Override
            public void report(double fraction, String what) {
                reports[0]++;
            }

            @Override
            public boolean isCancelled() {
                return reports[0] >= 3;
            }
        };
        ForceAtlas2.Result r = twoGroups(7).maxIterations(10_000).run(stopAfterThree, s -> { }, Long.MAX_VALUE);
        assertTrue(r.stopped());
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        for (int i = 0; i < 12; i++) {
            assertTrue(Double.isFinite(r.x()[i]) && Double.isFinite(r.y()[i]));
        }
    }

    @Test
    void theStepLimitEndsTheRunAndSnapshotsShowItMoving() {
        List<ForceAtlas2.Result> snapshots = new ArrayList<>();
        ForceAtlas2.Result r = twoGroups(7).maxIterations(5).run(Progress.NONE, snapshots::add, 0);
        assertEquals(5, r.iterations());
        // One at the start, then one after every step (snapshots every 0 ms).
        assertEquals(6, snapshots.size());
        assertEquals(0, snapshots.get(0).iterations());
        assertFalse(java.util.Arrays.equals(snapshots.get(0).x(), r.x()));
    }

    @Test
    void edgesOfUnknownNodesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ForceAtlas2(2, new int[] {0}, new int[] {2}, 1));
        assertThrows(IllegalArgumentException.class, () -> new ForceAtlas2(2, new int[] {0}, new int[] {}, 1));
    }

    @Test
    void anEmptyGraphAndASingleNodeAreLaidOut() {
        assertEquals(0, new ForceAtlas2(0, new int[0], new int[0], 1).run(Progress.NONE, s -> { }, 1).x().length);
        ForceAtlas2.Result one = new ForceAtlas2(1, new int[0], new int[0], 1).run(Progress.NONE, s -> { }, 1);
        assertTrue(Double.isFinite(one.x()[0]));
    }
}
