package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The map's names placed for the screen: A and B sit 5 px apart at the first zoom, so the less
 * important of the two names goes; C is far away and keeps its name.
 */
class NamePlacementTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    /** A – B – C by trade: B has two links, A and C one; C is far east of the other two. */
    private static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("A", "가나 설계 001", Region.GYEONGGI, "", 37.2, 127.00, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("B", "다라 팹 002", Region.GYEONGGI, "", 37.2, 127.01, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("C", "마바 소재 003", Region.GYEONGBUK, "", 37.2, 129.30, Segment.MATERIALS, -1, Map.of()));
        b.addLink(A, B, LinkType.TRADE, 1, 2020);
        b.addLink(B, C, LinkType.TRADE, 1, 2020);
        return b.build();
    }

    /** Map units to pixels, B at (700, 300), {@code pxPerAB} pixels from A to B; y down. */
    private record Scaled(DrawPlan p, double pxPerAB, boolean zoomedIn) implements NamePlacement.Screen {
        private double k() {
            return pxPerAB / Math.abs(p.x(B) - p.x(A));
        }

        @Override
        public double x(double mapX, double mapY) {
            return 700 + (mapX - p.x(B)) * k();
        }

        @Override
        public double y(double mapX, double mapY) {
            return 300 - (mapY - p.y(B)) * k();
        }

        @Override
        public double width() {
            return 100_000;
        }

        @Override
        public double height() {
            return 600;
        }
    }

    private static BitSet bits(int... f) {
        BitSet b = new BitSet();
        for (int i : f) {
            b.set(i);
        }
        return b;
    }

    @Test
    void theLessImportantOfTwoCloseNamesGoesUntilTheyAreApart() {
        Network n = network();
        LinkGraph all = LinkGraph.of(NetworkView.of(n, Filter.all()));
        DrawPlan p = new DrawPlan(all, Partition.of(ClusterScheme.defaultFive(), n));
        p.show(all);
        // B (two links) and C are always named; A, 0.01° from B, only when zoomed in.
        assertArrayEquals(new int[] {B, C}, p.alwaysLabelled());
        p.takeChanges();
        assertNotNull(p.label(A), "named before any screen is known");

        // Zoomed out: A's name is not drawn anyway (zoom-only), so it is not left out.
        assertFalse(p.placeNames(new Scaled(p, 5, false)));
        assertNotNull(p.label(A));
        // Zoomed in: B's name is placed first; A's, 5 px to its left, would run over B's circle.
        assertTrue(p.placeNames(new Scaled(p, 5, true)));
        assertNull(p.label(A));
        assertEquals("다라 팹 002", p.label(B));
        assertEquals("마바 소재 003", p.label(C));
        assertEquals(bits(A), p.takeChanges().firmLabel);
        // Closer still, A and B 500 px apart: there is room for both.
        assertTrue(p.placeNames(new Scaled(p, 500, true)));
        assertEquals("가나 설계 001", p.label(A));
        assertEquals(bits(A), p.takeChanges().firmLabel);

        // The selected firm's name comes first: with A selected, its neighbour B's name goes.
        p.placeNames(new Scaled(p, 5, true));
        p.select(A, all);
        assertEquals("가나 설계 001", p.label(A));
        assertNull(p.label(B), "B's name would overlap the selected firm's");
        p.select(-1, all);
        assertEquals("다라 팹 002", p.label(B));
        assertNull(p.label(A));
    }
}
