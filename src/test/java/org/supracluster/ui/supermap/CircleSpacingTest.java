package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.SuperClusterGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.Drawing;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;
import org.supracluster.ui.supermap.SuperMapGeometry.Viewport;

/** Circles drawn apart so that arcs between neighbours show, without a window. */
class CircleSpacingTest {

    @Test
    void twoOverlappingDiscsEndUpExactlyTheGapApartTheLargerMovingLess() {
        // Centres 50 px apart (3-4-5 triangle: u = (0.6, 0.8)), radii 30 and 10, gap 36: they need
        // 30 + 10 + 36 = 76, so they are 26 short. The large disc takes 10/(30+10) = 1/4 of it
        // (6.5 px back along u), the small one 3/4 (19.5 px on along u).
        GroupCircle large = new GroupCircle(0, 9, 100, 100, 30, 0, 0);
        GroupCircle small = new GroupCircle(1, 1, 130, 140, 10, 0, 0);
        List<GroupCircle> out = CircleSpacing.apart(List.of(large, small), 36);
        GroupCircle a = out.get(0);
        GroupCircle b = out.get(1);
        assertEquals(100 - 6.5 * 0.6, a.x(), 1e-9);
        assertEquals(100 - 6.5 * 0.8, a.y(), 1e-9);
        assertEquals(130 + 19.5 * 0.6, b.x(), 1e-9);
        assertEquals(140 + 19.5 * 0.8, b.y(), 1e-9);
        assertEquals(76, Math.hypot(b.x() - a.x(), b.y() - a.y()), 1e-9, "rims exactly 36 px apart");
        assertEquals(100, a.homeX(), 1e-9, "each keeps its own place");
        assertEquals(140, b.homeY(), 1e-9);
        assertEquals(19.5, b.displacement(), 1e-9);
        assertTrue(CircleSpacing.moved(b), "19.5 px is more than its radius: its place gets a mark");
        assertFalse(CircleSpacing.moved(a), "6.5 px: the large disc still covers its own place");
    }

    @Test
    void ringsCountAsPartOfTheCircle() {
        // Radius 20 with rings 6 and 4: outer radius 30. Two alike, centres 40 apart, gap 10:
        // need 70, each moves 15 along the x axis.
        GroupCircle a = new GroupCircle(0, 4, 100, 50, 20, 6, 4);
        GroupCircle b = new GroupCircle(1, 4, 140, 50, 20, 6, 4);
        List<GroupCircle> out = CircleSpacing.apart(List.of(a, b), 10);
        assertEquals(85, out.get(0).x(), 1e-9);
        assertEquals(155, out.get(1).x(), 1e-9);
        assertEquals(50, out.get(1).y(), 1e-9);
    }

    @Test
    void aLayoutWithEveryPairFarEnoughApartIsLeftUnchanged() {
        List<GroupCircle> circles = List.of(new GroupCircle(0, 9, 100, 100, 30, 4, 0),
                new GroupCircle(1, 4, 300, 100, 20, 0, 0), new GroupCircle(2, 1, 100, 300, 10, 0, 2));
        // Closest rims: 0 and 1, 200 − 34 − 20 = 146 px; 0 and 2, 200 − 34 − 12 = 154 px.
        assertSame(circles, CircleSpacing.apart(circles, 40));
        Arc wide = new Arc(0, 1, LinkType.TRADE, 5, 5, SuperMapGeometry.MAX_ARC_WIDTH, 134, 100, 200, 80, 280, 100);
        assertSame(circles, CircleSpacing.apart(circles, CircleSpacing.gaps(circles, List.of(wide))));
    }

    @Test
    void circlesJoinedByAnArcKeepRoomForItsHeadAndLineOthersOnlyASliver() {
        // Arc 0→1 of width 10: head 7 + 1.1·10 = 18, gap 16 + 18 + 4 = 38. Circle 2 no arc joins: 6.
        List<GroupCircle> circles = List.of(new GroupCircle(0, 9, 0, 0, 30, 0, 0),
                new GroupCircle(1, 4, 50, 0, 20, 0, 0), new GroupCircle(2, 1, 0, 50, 10, 0, 0));
        Arc arc = new Arc(1, 0, LinkType.TRADE, 3, 3, 10, 0, 0, 0, 0, 0, 0);
        double[][] gaps = CircleSpacing.gaps(circles, List.of(arc));
        assertEquals(18, SuperMapGeometry.arrowHead(10), 1e-9);
        assertEquals(38, gaps[0][1], 1e-9);
        assertEquals(38, gaps[1][0], 1e-9);
        assertEquals(CircleSpacing.NO_ARC_GAP, gaps[0][2], 1e-9);
        assertEquals(CircleSpacing.NO_ARC_GAP, gaps[1][2], 1e-9);
    }

    @Test
    void theArcsBetweenTwoNeighboursThatOverlapShowTheirHeadAndSomeLine() {
        // The capital region and Chungcheong alone, Korea in 300 × 225 px with 40-px discs: at
        // their own places the two circles overlap, so their arcs would run under the discs.
        Viewport small = Viewport.fit(124, 33, 131, 39, 300, 225, 5);
        Network n = SuperMapGeometryTest.network();
        Filter two = Filter.all().withClusters(ClusterScheme.defaultFive(), List.of(0, 1), false);
        SuperClusterGraph g = SuperClusterGraph.of(LinkGraph.of(NetworkView.of(n, two)),
                Partition.of(ClusterScheme.defaultFive(), n));
        Drawing d = SuperMapGeometry.of(g, two.linkTypes(), small, 40);
        assertEquals(2, d.circles().size());
        GroupCircle capital = d.circle(SuperMapGeometryTest.CAPITAL);
        GroupCircle chungcheong = d.circle(SuperMapGeometryTest.CHUNGCHEONG);
        assertTrue(Math.hypot(capital.homeX() - chungcheong.homeX(), capital.homeY() - chungcheong.homeY())
                < capital.outerRadius() + chungcheong.outerRadius(), "they overlap at their own places");
        List<Arc> between = d.arcs().stream().filter(a -> a.from() + a.to() == 1).toList();
        assertEquals(3, between.size(), "trade both ways and co-patent");
        for (Arc a : between) {
            double visible = CircleSpacing.visibleLength(a, d.circles());
            double least = SuperMapGeometry.arrowHead(a.width()) + CircleSpacing.MIN_SHAFT;
            assertTrue(visible >= least, a + ": " + visible + " px visible, at least " + least);
        }
    }

    @Test
    void whenTheFullGapWouldMoveCirclesTooFarItShrinksByQuarters() {
        // Two discs of radius 10, centres 10 apart, arc gap 46, at most 20 px of shift. Full gap:
        // need 66, each moves (66 − 10)/2 = 28: too far. Three quarters (6 + 0.75·40 = 36): each
        // moves 23, too far. Half (6 + 20 = 26): need 46, each moves 18.
        List<GroupCircle> circles = List.of(new GroupCircle(0, 1, 0, 0, 10, 0, 0),
                new GroupCircle(1, 1, 10, 0, 10, 0, 0));
        double[][] gaps = {{46, 46}, {46, 46}};
        List<GroupCircle> out = CircleSpacing.apart(circles, gaps, 20);
        assertEquals(-18, out.get(0).x(), 1e-9);
        assertEquals(28, out.get(1).x(), 1e-9);
        List<GroupCircle> free = CircleSpacing.apart(circles, gaps, 30);
        assertEquals(-28, free.get(0).x(), 1e-9, "room enough: the full gap");
        List<GroupCircle> tight = CircleSpacing.apart(circles, gaps, 1);
        // No room at all: they still stop overlapping, NO_ARC_GAP (6) apart: need 26, each moves 8.
        assertEquals(-8, tight.get(0).x(), 1e-9);
        assertEquals(18, tight.get(1).x(), 1e-9);
    }

    @Test
    void visibleLengthIsThePartOutsideTheCircles() {
        // A straight arc from x = 0 to x = 100 at y = 0 (control in the middle) under one circle of
        // radius 18 at x = 50 with no rings: covered to 18 + 2 (the white gap) each side of 50,
        // so 100 − 40 = 60 px show.
        Arc straight = new Arc(0, 1, LinkType.TRADE, 1, 1, 2, 0, 0, 50, 0, 100, 0);
        double visible = CircleSpacing.visibleLength(straight, List.of(new GroupCircle(2, 1, 50, 0, 18, 0, 0)));
        assertEquals(60, visible, 0.5);
        assertEquals(100, CircleSpacing.visibleLength(straight, List.of()), 1e-9);
    }
}
