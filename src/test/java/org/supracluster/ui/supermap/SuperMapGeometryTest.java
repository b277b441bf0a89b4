package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.SuperClusterGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.Drawing;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;
import org.supracluster.ui.supermap.SuperMapGeometry.Viewport;

/** The super-cluster map's geometry, without a window. */
class SuperMapGeometryTest {

    static final int CAPITAL = 0;
    static final int CHUNGCHEONG = 1;
    static final int HONAM = 4;
    private static final Viewport VIEW = Viewport.fit(124, 33, 131, 39, 800, 600, 20);

    /**
     * Firms in all five default clusters and Jeju (other): capital A (Seoul), B, B2 (Gyeonggi);
     * Chungcheong C (Daejeon); Daegu–Gyeongbuk D (Daegu); southeast E (Busan), F (Ulsan); Honam G
     * (Gwangju); other J (Jeju). Trade A→C 4, C→A 1, A→B 2, A→E 3; co-patent B–C 2, C–D 1, E–F 1,
     * G–A 1, J–A 1.
     */
    static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("A", Region.SEOUL, 37.5, 127.0));
        b.addFirm(firm("B", Region.GYEONGGI, 37.3, 127.2));
        b.addFirm(firm("B2", Region.GYEONGGI, 37.2, 127.1));
        b.addFirm(firm("C", Region.DAEJEON, 36.35, 127.4));
        b.addFirm(firm("D", Region.DAEGU, 35.9, 128.6));
        b.addFirm(firm("E", Region.BUSAN, 35.2, 129.0));
        b.addFirm(firm("F", Region.ULSAN, 35.5, 129.3));
        b.addFirm(firm("G", Region.GWANGJU, 35.15, 126.85));
        b.addFirm(firm("J", Region.JEJU, 33.5, 126.5));
        b.addLink(0, 3, LinkType.TRADE, 4, 2020);
        b.addLink(3, 0, LinkType.TRADE, 1, 2020);
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(0, 5, LinkType.TRADE, 3, 2021);
        b.addLink(1, 3, LinkType.COPATENT, 2, 2020);
        b.addLink(3, 4, LinkType.COPATENT, 1, 2021);
        b.addLink(5, 6, LinkType.COPATENT, 1, 2021);
        b.addLink(7, 0, LinkType.COPATENT, 1, 2022);
        b.addLink(8, 0, LinkType.COPATENT, 1, 2022);
        return b.build();
    }

    private static Firm firm(String id, Region r, double lat, double lon) {
        return new Firm(id, "firm " + id, r, "", lat, lon, Segment.DESIGN, -1, Map.of());
    }

    private static SuperClusterGraph clusters(Filter f) {
        Network n = network();
        return SuperClusterGraph.of(LinkGraph.of(NetworkView.of(n, f)), Partition.of(ClusterScheme.defaultFive(), n));
    }

    private static Drawing drawing(Filter f) {
        return SuperMapGeometry.of(clusters(f), f.linkTypes(), VIEW, 40);
    }

    @Test
    void circleAreaIsProportionalToFirms() {
        Drawing d = drawing(Filter.all());
        assertEquals(5, d.circles().size(), "Jeju's firm is in no cluster: no circle for 'other'");
        GroupCircle capital = d.circle(CAPITAL);
        GroupCircle chungcheong = d.circle(CHUNGCHEONG);
        assertEquals(40, capital.radius(), 1e-9, "the largest group gets the largest radius");
        double areaRatio = Math.pow(capital.radius(), 2) / Math.pow(chungcheong.radius(), 2);
        assertEquals(3.0, areaRatio, 1e-9, "3 firms against 1: three times the area");
        assertEquals(Math.sqrt(2.0 / 3) * 40, d.circle(3).radius(), 1e-9);
    }

    @Test
    void circlesSitAtTheGroupsMeanPlace() {
        GroupCircle capital = drawing(Filter.all()).circle(CAPITAL);
        // The group's place is its firms' mean place; the circle, drawn apart from Chungcheong's
        // (CircleSpacingTest), still covers it.
        assertEquals(VIEW.px((127.0 + 127.2 + 127.1) / 3), capital.homeX(), 1e-9);
        assertEquals(VIEW.py((37.5 + 37.3 + 37.2) / 3), capital.homeY(), 1e-9);
        assertTrue(capital.displacement() < capital.radius(), "moved by " + capital.displacement());
        assertTrue(drawing(Filter.all()).circle(HONAM).y() > capital.y(), "south is further down the screen");
    }

    @Test
    void arcWidthGrowsWithWeight() {
        assertTrue(SuperMapGeometry.width(1, 4) < SuperMapGeometry.width(2, 4));
        assertTrue(SuperMapGeometry.width(2, 4) < SuperMapGeometry.width(4, 4));
        assertEquals(SuperMapGeometry.MAX_ARC_WIDTH, SuperMapGeometry.width(4, 4), 1e-9);
        Drawing d = drawing(Filter.all());
        Arc out = arc(d, CAPITAL, CHUNGCHEONG, LinkType.TRADE);
        Arc back = arc(d, CHUNGCHEONG, CAPITAL, LinkType.TRADE);
        assertEquals(4, out.weight(), 1e-9);
        assertEquals(1, back.weight(), 1e-9);
        assertTrue(out.width() > back.width(), "weight 4 is drawn wider than weight 1");
    }

    @Test
    void tradeArcsBothWaysAreDistinctCurvesOnOppositeSides() {
        Drawing d = drawing(Filter.all());
        Arc out = arc(d, CAPITAL, CHUNGCHEONG, LinkType.TRADE);
        Arc back = arc(d, CHUNGCHEONG, CAPITAL, LinkType.TRADE);
        assertNotEquals(out.cx(), back.cx(), 1.0);
        GroupCircle a = d.circle(CAPITAL);
        GroupCircle b = d.circle(CHUNGCHEONG);
        assertTrue(side(a, b, out.cx(), out.cy()) * side(a, b, back.cx(), back.cy()) < 0,
                "c→d and d→c bend to opposite sides of the line between the circles");
        // The co-patent arc of the pair (B–C) lies between them, beside each.
        Arc copatent = arc(d, CAPITAL, CHUNGCHEONG, LinkType.COPATENT);
        assertTrue(Math.abs(side(a, b, copatent.cx(), copatent.cy())) < Math.abs(side(a, b, out.cx(), out.cy())));
    }

    @Test
    void coPatentIsOneArcPerPairAndOnlyShownTypesAreDrawn() {
        Drawing d = drawing(Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT)));
        assertTrue(d.arcs().stream().allMatch(a -> a.type() == LinkType.COPATENT));
        assertEquals(1, d.arcs().stream().filter(a -> Set.of(a.from(), a.to()).equals(Set.of(CAPITAL, CHUNGCHEONG)))
                .count());
        assertEquals(0, d.circle(CAPITAL).tradeRing(), 1e-9, "no trade ring while trade is hidden");
    }

    @Test
    void groupsWithNoShownFirmAreNotDrawnNorReachedByArcs() {
        Filter noHonam = Filter.all().withClusters(ClusterScheme.defaultFive(), List.of(0, 1, 2, 3), false);
        Drawing d = drawing(noHonam);
        assertNull(d.circle(HONAM));
        assertEquals(4, d.circles().size());
        assertFalse(d.arcs().stream().anyMatch(a -> a.from() == HONAM || a.to() == HONAM));
    }

    @Test
    void ringsFollowInternalWeight() {
        Drawing d = drawing(Filter.all());
        // Capital: trade A→B (2) inside; southeast: co-patent E–F (1) inside.
        assertEquals(SuperMapGeometry.MAX_RING_WIDTH, d.circle(CAPITAL).tradeRing(), 1e-9);
        assertEquals(0, d.circle(CHUNGCHEONG).tradeRing(), 1e-9);
        assertEquals(SuperMapGeometry.MAX_RING_WIDTH, d.circle(3).copatentRing(), 1e-9);
        assertTrue(d.circle(CAPITAL).outerRadius() > d.circle(CAPITAL).radius());
    }

    @Test
    void labelsDoNotCoverEachOtherOrCircles() {
        List<GroupCircle> circles = List.of(new GroupCircle(0, 9, 100, 100, 30, 0, 0),
                new GroupCircle(1, 4, 190, 100, 20, 0, 0), new GroupCircle(2, 1, 100, 170, 10, 0, 0));
        double[] w = {80, 80, 80};
        double[] h = {30, 30, 30};
        var boxes = SuperMapLabels.placeLabels(circles, w, h);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < boxes.size(); j++) {
                if (i != j) {
                    assertFalse(boxes.get(i).overlaps(boxes.get(j)), i + " and " + j);
                }
            }
            for (GroupCircle c : circles) {
                assertFalse(boxes.get(i).overlaps(c), "label " + i + " covers circle " + c.group());
            }
        }
    }

    @Test
    void aLoneLabelSitsJustRightOfItsCircle() {
        GroupCircle c = new GroupCircle(0, 5, 100, 100, 20, 4, 0);
        var box = SuperMapLabels.placeLabels(List.of(c), new double[] {60}, new double[] {20}).get(0);
        // Right of the rim (20 + ring 4) with the nearest gap, 3 px, centred on the circle's height.
        assertEquals(127, box.x(), 1e-9);
        assertEquals(90, box.y(), 1e-9);
        assertFalse(SuperMapLabels.needsLeader(c, box), "beside its circle: no line needed");
    }

    @Test
    void crowdedLabelsMoveOutWithLeadersAndStayInsideTheView() {
        // Seven groups within 70 px, as the provinces around the capital at a small window: no
        // side of any circle is free, so names must go further out.
        List<GroupCircle> circles = List.of(new GroupCircle(0, 90, 200, 200, 34, 0, 0),
                new GroupCircle(1, 40, 215, 190, 20, 0, 0), new GroupCircle(2, 30, 180, 215, 16, 0, 0),
                new GroupCircle(3, 20, 230, 230, 14, 0, 0), new GroupCircle(4, 12, 170, 180, 10, 0, 0),
                new GroupCircle(5, 8, 245, 205, 8, 0, 0), new GroupCircle(6, 5, 205, 250, 7, 0, 0));
        double[] w = new double[7];
        double[] h = new double[7];
        java.util.Arrays.fill(w, 70);
        java.util.Arrays.fill(h, 34);
        var bounds = new SuperMapGeometry.Box(0, 0, 500, 450);
        var boxes = SuperMapLabels.placeLabels(circles, w, h, bounds);
        int leaders = 0;
        for (int i = 0; i < boxes.size(); i++) {
            var b = boxes.get(i);
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= 500 && b.y() + b.h() <= 450, "inside: " + b);
            for (int j = 0; j < boxes.size(); j++) {
                if (i != j) {
                    assertFalse(b.overlaps(boxes.get(j)), i + " and " + j);
                }
            }
            for (GroupCircle c : circles) {
                assertFalse(b.overlaps(c), "label " + i + " covers circle " + c.group());
            }
            leaders += SuperMapLabels.needsLeader(circles.get(i), b) ? 1 : 0;
        }
        assertTrue(leaders > 0, "some names had to move out, and get a line back to their circle");
    }

    @Test
    void aLabelThatCannotLeaveTheViewStaysInsideIt() {
        // A circle at the right edge: right of it is outside, so the name goes left (or above/below).
        GroupCircle c = new GroupCircle(0, 5, 390, 100, 20, 0, 0);
        var box = SuperMapLabels.placeLabels(List.of(c), new double[] {80}, new double[] {20},
                new SuperMapGeometry.Box(0, 0, 400, 300)).get(0);
        assertTrue(box.x() + box.w() <= 400, "inside the view: " + box);
    }

    @Test
    void viewportZoomKeepsThePointUnderThePointer() {
        Viewport z = VIEW.zoomed(2, 300, 200);
        double lon = 127.5;
        double lat = 36.0;
        double x = VIEW.px(lon);
        double y = VIEW.py(lat);
        assertEquals(300 + (x - 300) * 2, z.px(lon), 1e-9);
        assertEquals(200 + (y - 200) * 2, z.py(lat), 1e-9);
    }

    /** Sign of the control point's side of the line a→b (cross product). */
    private static double side(GroupCircle a, GroupCircle b, double x, double y) {
        return (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
    }

    private static Arc arc(Drawing d, int from, int to, LinkType t) {
        return d.arcs().stream().filter(a -> a.from() == from && a.to() == to && a.type() == t).findFirst()
                .orElseThrow(() -> new AssertionError("no " + t + " arc " + from + "→" + to));
    }
}
