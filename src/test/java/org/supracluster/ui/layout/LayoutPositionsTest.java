package org.supracluster.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.ui.map.NetworkGraphTest;

class LayoutPositionsTest {

    /** S–G (trade and co-patent), G→B trade, G–J co-patent (NetworkGraphTest's network). */
    private static final Network N = NetworkGraphTest.network();

    private static LinkGraph links(Filter f) {
        return LinkGraph.of(NetworkView.of(N, f));
    }

    @Test
    void aFirmNewToTheViewGoesNearItsLaidOutNeighbourAndNobodyElseMoves() {
        double nan = Double.NaN;
        // S, G and J laid out; B (Busan) was filtered out.
        LayoutPositions p = new LayoutPositions(new double[] {0, 10, nan, 20}, new double[] {0, 0, nan, 5}, true);
        LayoutPositions wider = p.extendedTo(links(Filter.all()));
        int b = N.indexOf("B");
        assertTrue(wider.isPlaced(b));
        // B's one neighbour is G at (10, 0); the nudge is 2 % of the layout's radius.
        assertEquals(10, wider.x(b), 1.0);
        assertEquals(0, wider.y(b), 1.0);
        for (String id : new String[] {"S", "G", "J"}) {
            int f = N.indexOf(id);
            assertEquals(p.x(f), wider.x(f));
            assertEquals(p.y(f), wider.y(f));
        }
        assertTrue(wider.isFinished());
    }

    @Test
    void aFirmWithoutLaidOutNeighboursGoesJustOutsideTheLayout() {
        double nan = Double.NaN;
        LayoutPositions p = new LayoutPositions(new double[] {0, 10, 5, nan}, new double[] {0, 0, 5, nan}, false);
        LayoutPositions wider = p.extendedTo(links(Filter.all().withRegions(EnumSet.of(Region.JEJU))));
        int j = N.indexOf("J");
        double cx = 5;
        double cy = 5.0 / 3;
        double radius = Math.hypot(5 - cx, 5 - cy);
        double d = Math.hypot(wider.x(j) - cx, wider.y(j) - cy);
        assertTrue(d > radius, d + " should lie outside " + radius);
        assertFalse(wider.isFinished());
        // The band is an ellipse as wide and high as the layout: half width 5, half height 10/3 (plus
        // the nudge, 2 % of 5); the only firm out there sits at rank 0.5 of 1 between 1.05 and 1.2 of
        // them, √(1.05² + (1.2² − 1.05²) · 0.5) = 1.127497, at angle 0: x = 5 + 1.127497 · 5.1.
        assertEquals(5 + Math.sqrt(1.27125) * 5.1, wider.x(j), 1e-9);
        assertEquals(cy, wider.y(j), 1e-9);
    }

    @Test
    void theNetworkLayoutPlacesEveryShownFirmAndNoHiddenOne() {
        LinkGraph seoulGyeonggi = links(Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI,
                Region.JEJU)));
        LayoutPositions p = new NetworkLayout(seoulGyeonggi, 1).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
        assertTrue(p.isFinished());
        assertTrue(p.isPlaced(N.indexOf("S")));
        assertTrue(p.isPlaced(N.indexOf("G")));
        assertTrue(p.isPlaced(N.indexOf("J")));
        assertFalse(p.isPlaced(N.indexOf("B")));
    }
}
