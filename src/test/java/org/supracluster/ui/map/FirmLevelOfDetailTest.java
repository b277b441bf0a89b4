package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

/** Which firms the map draws when a view has more than the firm budget, counted by hand. */
class FirmLevelOfDetailTest {

    /**
     * Six firms 0.01° of longitude apart on latitude 37 (one town: only the most connected, firm 0,
     * is named at every zoom): trade 0→1, 0→2, 0→3, 1→2 of weight 1 and 4→5 of weight 9. Links in
     * the view: 0 has 3, 1 and 2 have 2, 3, 4 and 5 have 1.
     */
    static Network town() {
        Network.Builder b = Network.builder();
        for (int i = 0; i < 6; i++) {
            b.addFirm(new Firm("T" + i, "읍내 부품 " + i, Region.GYEONGGI, "", 37.0, 127.0 + i * 0.01, Segment.COMPONENTS,
                    -1, Map.of()));
        }
        b.addLink(0, 1, LinkType.TRADE, 1, 2021);
        b.addLink(0, 2, LinkType.TRADE, 1, 2021);
        b.addLink(0, 3, LinkType.TRADE, 1, 2021);
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        b.addLink(4, 5, LinkType.TRADE, 9, 2021);
        return b.build();
    }

    private static LinkGraph all(Network n) {
        return LinkGraph.of(NetworkView.of(n, Filter.all()));
    }

    /** The plan of {@link #town()} showing everything, with budgets of one link and four firms. */
    private static DrawPlan budgeted(Network n) {
        DrawPlan p = new DrawPlan(all(n), Partition.of(ClusterScheme.defaultFive(), n));
        p.show(all(n));
        p.setLinkBudget(1);
        p.setFirmBudget(4);
        return p;
    }

    private static boolean[] drawn(DrawPlan p) {
        boolean[] d = new boolean[p.firmCount()];
        for (int f = 0; f < d.length; f++) {
            d[f] = p.firms().isDrawn(f);
        }
        return d;
    }

    @Test
    void withinTheBudgetEveryFirmOfTheViewIsDrawn() {
        Network n = town();
        DrawPlan p = new DrawPlan(all(n), Partition.of(ClusterScheme.defaultFive(), n));
        p.show(all(n));
        assertArrayEquals(new boolean[] {true, true, true, true, true, true}, drawn(p));
        assertEquals(6, p.firms().drawnCount());
        assertEquals(0, p.firms().notDrawnCount());
    }

    @Test
    void overTheBudgetTheMostConnectedAreDrawnWithTheEndsOfTheLinksDrawnAndTheNamedFirm() {
        DrawPlan p = budgeted(town());
        // Forced: 4 and 5, the ends of the one link drawn (4→5, the heaviest), and 0, named at every
        // zoom: three of the budget's four. The place left goes to 1 (2 links; 2 has as many, 1 has
        // the lower index).
        assertArrayEquals(new boolean[] {true, true, false, false, true, true}, drawn(p));
        assertEquals(4, p.firms().drawnCount());
        assertEquals(2, p.firms().notDrawnCount(), "six firms in the view, four drawn");
        assertTrue(p.isFirmShown(2), "left out by the level of detail, still in the view");
        assertEquals(6, p.shownFirmCount());
    }

    @Test
    void zoomedInTheBudgetGoesToTheMostConnectedFirmsOnScreen() {
        DrawPlan p = budgeted(town());
        p.takeChanges();
        // On screen: longitudes 127.025 to 127.055, firms 3, 4 and 5. Forced: 0 (named, off screen)
        // and 4, 5 (4→5 is still the heaviest link crossing the screen); the place left goes to 3.
        assertTrue(p.setVisibleArea(127.025, MapProjection.y(36.9), 127.055, MapProjection.y(37.1)));
        assertArrayEquals(new boolean[] {true, false, false, true, true, true}, drawn(p));
        assertEquals(0, p.firms().notDrawnCount(), "all three on screen are drawn");
        BitSet changed = new BitSet();
        changed.set(1);
        changed.set(3);
        assertEquals(changed, p.takeChanges().firmShown);
        assertFalse(p.setVisibleArea(127.025, MapProjection.y(36.9), 127.055, MapProjection.y(37.1)), "same area");
        assertTrue(p.clearVisibleArea());
        assertArrayEquals(new boolean[] {true, true, false, false, true, true}, drawn(p));
    }

    @Test
    void theSelectedFirmAndItsNeighboursAreDrawnWhateverTheBudget() {
        Network n = town();
        DrawPlan p = budgeted(n);
        // 2 is selected: it, its neighbours 0 and 1, and its links 0→2 and 1→2 (drawn beyond the
        // budget); with 4 and 5, five forced firms leave no room: 3 is not drawn.
        p.select(2, all(n));
        assertArrayEquals(new boolean[] {true, true, true, false, true, true}, drawn(p));
        p.select(-1, all(n));
        assertArrayEquals(new boolean[] {true, true, false, false, true, true}, drawn(p));
    }

    @Test
    void sizedFirmsAreRankedByTheirCircles() {
        DrawPlan p = budgeted(town());
        // Firm 3 is the largest circle (16 px), the others tie at 3 px: the place left by the forced
        // 0, 4 and 5 goes to 3, though 1 has more links.
        p.sizeBy(new double[] {0, 0, 0, 10, 0, 0});
        assertArrayEquals(new boolean[] {true, false, false, true, true, true}, drawn(p));
        assertThrows(IllegalArgumentException.class, () -> p.setFirmBudget(0));
    }

    @Test
    void theViewBoxSpansTheViewsFirmsDrawnOrNotAndOnlyANewLayoutChangesIt() {
        Network n = town();
        DrawPlan p = budgeted(n);
        double[] box = p.firms().viewBox();
        assertEquals(127.0, box[0], 1e-12);
        assertEquals(127.05, box[2], 1e-12);
        assertEquals(MapProjection.y(37.0), box[1], 1e-12);
        assertEquals(MapProjection.y(37.0), box[3], 1e-12);
        assertEquals(0.05, p.firms().viewDiagonal(), 1e-12);
        // A filter leaves the camera's map as it was (GraphStream's bounds did not follow hidden nodes).
        p.show(LinkGraph.of(NetworkView.of(n, Filter.all().withRegions(java.util.EnumSet.of(Region.BUSAN)))));
        assertEquals(127.05, p.firms().viewBox()[2], 1e-12);
        // Placing the firms again measures the view then: no firm, no box.
        p.restoreMapPositions();
        assertNull(p.firms().viewBox(), "no firm in the view");
        assertEquals(0, p.firms().viewDiagonal());
    }

    @Test
    void theGraphHoldsOnlyTheFirmsAndLinksDrawn() {
        Network n = town();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.show(all(n));
        g.setLinkBudget(1);
        g.setFirmBudget(4);
        assertEquals(4, g.graph().getNodeCount());
        assertEquals(1, g.graph().getEdgeCount());
        assertNull(g.graph().getNode("T2"));
        assertFalse(g.isNodeShown("T3"));
        assertEquals(6, g.shownNodeCount(), "the view's firms");
        assertEquals(4, g.drawnNodeCount());
        // Selecting T2 brings it back, dressed as the plan says, with its links.
        g.select(2, all(n));
        assertEquals("selected", g.graph().getNode("T2").getAttribute("ui.class"));
        assertEquals("읍내 부품 2", g.graph().getNode("T2").getAttribute("ui.label"));
        Object[] xy = (Object[]) g.graph().getNode("T2").getAttribute("xy");
        assertEquals(127.02, (double) xy[0], 1e-12);
        assertEquals("c0Neighbour", g.graph().getNode("T1").getAttribute("ui.class"));
        assertEquals("tradeSelected", g.graph().getEdge("trade:T1:T2").getAttribute("ui.class"));
        assertEquals(LinkPlan.SELECTED_MIN_WIDTH_PX,
                ((Number) g.graph().getEdge("trade:T1:T2").getAttribute("ui.size")).doubleValue(), 1e-12);
        assertEquals("tradeDim", g.graph().getEdge("trade:T4:T5").getAttribute("ui.class"));
        assertEquals(3, g.graph().getEdgeCount());
        g.select(-1, all(n));
        assertNull(g.graph().getNode("T2"));
        assertEquals(1, g.graph().getEdgeCount());
        assertEquals("trade", g.graph().getEdge("trade:T4:T5").getAttribute("ui.class"));
    }
}
