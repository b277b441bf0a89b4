package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
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

public class NetworkGraphTest {

    /** S (Seoul), G (Gyeonggi), B (Busan), J (Jeju): trade S→G twice (2020, 2021), G→B; co-patent S–G, G–J. */
    public static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("S", "서울 설계 001", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("G", "수원 팹 002", Region.GYEONGGI, "", 37.26, 127.03, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("B", "부산 소재 003", Region.BUSAN, "", 35.18, 129.07, Segment.MATERIALS, -1, Map.of()));
        b.addFirm(new Firm("J", "제주 연구 004", Region.JEJU, "", 33.5, 126.53, Segment.RESEARCH, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(0, 1, LinkType.TRADE, 6, 2021);
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        b.addLink(1, 3, LinkType.COPATENT, 3, 2022);
        return b.build();
    }

    private static LinkGraph links(Network n, Filter f) {
        return LinkGraph.of(NetworkView.of(n, f));
    }

    @Test
    void firmsSitAtTheirProjectedPlacesClassedByCluster() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        assertEquals(4, g.graph().getNodeCount());
        // Merged: S→G trade, G→B trade, S–G co-patent, G–J co-patent.
        assertEquals(4, g.graph().getEdgeCount());
        Object[] xy = (Object[]) g.graph().getNode("B").getAttribute("xy");
        assertEquals(129.07, (double) xy[0], 1e-9);
        assertEquals(MapProjection.y(35.18), (double) xy[1], 1e-9);
        assertEquals("c0", g.graph().getNode("S").getAttribute("ui.class"));
        assertEquals("c3", g.graph().getNode("B").getAttribute("ui.class"));
        assertEquals("other", g.graph().getNode("J").getAttribute("ui.class"));
        assertTrue(g.graph().getEdge("trade:S:G").isDirected());
        assertFalse(g.graph().getEdge("copatent:S:G").isDirected());
    }

    @Test
    void turningCoPatentOffHidesExactlyTheCoPatentLinks() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.show(links(n, Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))));
        assertEquals(2, g.shownEdgeCount());
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertTrue(g.isEdgeShown("trade:G:B"));
        assertFalse(g.isEdgeShown("copatent:S:G"));
        assertFalse(g.isEdgeShown("copatent:G:J"));
        assertEquals(4, g.shownNodeCount());
        g.show(links(n, Filter.all()));
        assertEquals(4, g.shownEdgeCount());
    }

    @Test
    void uncheckingAProvinceHidesItsFirmsAndTheirLinks() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.show(links(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.JEJU))));
        assertFalse(g.isNodeShown("B"));
        assertEquals(3, g.shownNodeCount());
        assertFalse(g.isEdgeShown("trade:G:B"));
        assertTrue(g.isEdgeShown("copatent:G:J"));
        assertEquals(3, g.shownEdgeCount());
    }

    @Test
    void edgeWidthFollowsTheWeightInTheView() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.show(links(n, Filter.all()));
        double both = ((Number) g.graph().getEdge("trade:S:G").getAttribute("ui.size")).doubleValue();
        g.show(links(n, Filter.all().withYears(2020, 2020)));
        double only2020 = ((Number) g.graph().getEdge("trade:S:G").getAttribute("ui.size")).doubleValue();
        // Weight 8 over both years, 2 in 2020 alone: the line is thinner for 2020.
        assertEquals(0.5 + Math.log1p(8) * 0.4, both, 1e-12);
        assertEquals(0.5 + Math.log1p(2) * 0.4, only2020, 1e-12);
        assertFalse(g.isEdgeShown("trade:G:B"));
    }

    @Test
    void selectingAFirmHighlightsItAndItsNeighboursAndDimsTheRest() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        LinkGraph all = links(n, Filter.all());
        g.select(n.indexOf("S"), all);
        // S's only neighbour is G; B and J are dimmed, as are the links not touching S.
        assertEquals("selected", g.graph().getNode("S").getAttribute("ui.class"));
        assertEquals("c0Neighbour", g.graph().getNode("G").getAttribute("ui.class"));
        assertEquals("dimmed", g.graph().getNode("B").getAttribute("ui.class"));
        assertEquals("dimmed", g.graph().getNode("J").getAttribute("ui.class"));
        assertEquals("tradeSelected", g.graph().getEdge("trade:S:G").getAttribute("ui.class"));
        // G is enlarged from the stylesheet's 5 px (no sizeBy yet): max(9, 1.5 × 5) = 9 px.
        assertEquals(9.0, ((Number) g.graph().getNode("G").getAttribute("ui.size")).doubleValue(), 1e-12);
        // S→G, weight 8 in the view: 0.5 + 0.4 ln 9 = 1.379 px, widened to the selection's 2 px.
        assertEquals(2.0, ((Number) g.graph().getEdge("trade:S:G").getAttribute("ui.size")).doubleValue(), 1e-12);
        assertEquals("tradeDim", g.graph().getEdge("trade:G:B").getAttribute("ui.class"));
        assertEquals("서울 설계 001", g.graph().getNode("S").getAttribute("ui.label"));
        g.select(-1, all);
        assertEquals("c3", g.graph().getNode("B").getAttribute("ui.class"));
        assertEquals("trade", g.graph().getEdge("trade:G:B").getAttribute("ui.class"));
        assertFalse(g.graph().getNode("G").hasAttribute("ui.size"), "back to the stylesheet's size");
        assertEquals(0.5 + 0.4 * Math.log(9), ((Number) g.graph().getEdge("trade:S:G").getAttribute("ui.size"))
                .doubleValue(), 1e-12);
        // S has links, so it keeps the name drawn for the most connected firms.
        assertTrue(g.graph().getNode("S").hasAttribute("ui.label"));
    }

    @Test
    void theMostConnectedFirmsAreNamedAndFirmsWithoutLinksAreNot() {
        Network.Builder b = Network.builder();
        for (int i = 0; i < 20; i++) {
            b.addFirm(new Firm("F" + i, "Firm " + i, Region.GYEONGGI, "", 37.2, 127.0 + i * 0.01, Segment.FAB, -1,
                    Map.of()));
        }
        // F0 is linked to everyone (degree 19), F1 to F2 (degree 2 and 2), F3..F19 have only F0.
        for (int i = 1; i < 20; i++) {
            b.addLink(0, i, LinkType.TRADE, 1, 2020);
        }
        b.addLink(1, 2, LinkType.COPATENT, 1, 2020);
        Network n = b.build();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        assertEquals("Firm 0", g.graph().getNode("F0").getAttribute("ui.label"));
        assertTrue(((String) g.graph().getNode("F0").getAttribute("ui.style")).contains("normal"));
        assertTrue(g.hasPersistentLabel(n.indexOf("F19")));
        Network.Builder lone = Network.builder();
        lone.addFirm(new Firm("X", "Lonely", Region.JEJU, "", 33.5, 126.5, Segment.OTHER, -1, Map.of()));
        Network ln = lone.build();
        NetworkGraph lg = new NetworkGraph(ln, Partition.of(ClusterScheme.defaultFive(), ln));
        assertFalse(lg.graph().getNode("X").hasAttribute("ui.label"));
    }

    @Test
    void firmsAreSizedByTheSquareRootOfTheirShareOfTheLargestValue() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        // Values 4, 1, 0, NaN: the largest gets 16 px, a quarter of it 3 + 13 * 1/2 = 9.5 px, zero 3 px.
        g.sizeBy(new double[] {4, 1, 0, Double.NaN});
        assertEquals(16.0, (double) g.graph().getNode("S").getAttribute("ui.size"), 1e-12);
        assertEquals(9.5, (double) g.graph().getNode("G").getAttribute("ui.size"), 1e-12);
        assertEquals(3.0, (double) g.graph().getNode("B").getAttribute("ui.size"), 1e-12);
        assertEquals(3.0, (double) g.graph().getNode("J").getAttribute("ui.size"), 1e-12);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> g.sizeBy(new double[] {1}));
    }

    @Test
    void aBudgetDrawsOnlyTheHeaviestLinksAndCountsTheRest() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        // Merged weights: S→G trade 8, G→B trade 1, S–G co-patent 1, G–J co-patent 3.
        g.setLinkBudget(2);
        g.show(links(n, Filter.all()));
        assertEquals(2, g.shownEdgeCount());
        assertEquals(2, g.notDrawnCount());
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertTrue(g.isEdgeShown("copatent:G:J"));
        assertFalse(g.isEdgeShown("trade:G:B"));
        g.setLinkBudget(NetworkGraph.LINK_BUDGET_DEFAULT);
        g.show(links(n, Filter.all()));
        assertEquals(4, g.shownEdgeCount());
        assertEquals(0, g.notDrawnCount());
    }

    @Test
    void zoomedInTheBudgetGoesToTheLinksCrossingTheVisibleArea() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.setLinkBudget(1);
        g.show(links(n, Filter.all()));
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertEquals(3, g.notDrawnCount());
        // Around Busan only the Gyeonggi→Busan link crosses the screen: the light link is drawn.
        assertTrue(g.setVisibleArea(128.9, MapProjection.y(35.0), 129.2, MapProjection.y(35.4)));
        assertTrue(g.isEdgeShown("trade:G:B"));
        assertFalse(g.isEdgeShown("trade:S:G"));
        assertEquals(1, g.shownEdgeCount());
        assertEquals(0, g.notDrawnCount());
        // Around Seoul all four links cross the screen (Gyeonggi's long links too): the heaviest wins.
        assertTrue(g.setVisibleArea(126.9, MapProjection.y(37.2), 127.1, MapProjection.y(37.6)));
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertFalse(g.isEdgeShown("trade:G:B"));
        assertEquals(3, g.notDrawnCount());
        assertFalse(g.setVisibleArea(126.9, MapProjection.y(37.2), 127.1, MapProjection.y(37.6)), "same area");
        // A filter change keeps the area: trade only leaves two candidates there.
        g.show(links(n, Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))));
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertEquals(1, g.notDrawnCount());
        g.clearVisibleArea();
        g.show(links(n, Filter.all()));
        assertTrue(g.isEdgeShown("trade:S:G"));
        assertEquals(3, g.notDrawnCount());
    }

    @Test
    void withinTheBudgetTheVisibleAreaChangesNothing() {
        Network n = network();
        NetworkGraph g = new NetworkGraph(n, Partition.of(ClusterScheme.defaultFive(), n));
        g.show(links(n, Filter.all()));
        assertFalse(g.setVisibleArea(128.9, MapProjection.y(35.0), 129.2, MapProjection.y(35.4)));
        assertEquals(4, g.shownEdgeCount(), "off-screen links stay drawn while the view is within the budget");
    }

    @Test
    void projectionRoundTripsAndKeepsNorthUp() {
        assertEquals(36.5, MapProjection.lat(MapProjection.y(36.5)), 1e-12);
        assertTrue(MapProjection.y(38) > MapProjection.y(34));
        // Mercator stretches latitude: at 37°N one degree of latitude spans 1/cos(37°) ≈ 1.25 degrees of x.
        double slope = (MapProjection.y(37.0005) - MapProjection.y(36.9995)) / 0.001;
        assertEquals(1 / Math.cos(Math.toRadians(37)), slope, 1e-4);
    }
}
