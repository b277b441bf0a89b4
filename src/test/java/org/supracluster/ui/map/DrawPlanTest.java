package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
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

/** The map's drawing decisions, without GraphStream or a window. */
class DrawPlanTest {

    private static final int S = 0;
    private static final int G = 1;
    private static final int B = 2;
    private static final int J = 3;
    /** Link indices in LinkGraph's (from, to, type) order. */
    private static final int TRADE_SG = 0;
    private static final int COPATENT_SG = 1;
    private static final int TRADE_GB = 2;
    private static final int COPATENT_GJ = 3;

    /** NetworkGraphTest's: trade S→G 2 (2020) and 6 (2021), G→B 1; co-patent S–G 1, G–J 3. */
    private static Network network() {
        return NetworkGraphTest.network();
    }

    /** Two linked firms and L (Gangwon), which has no link. */
    private static Network withLoneFirm() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("A", "서울 설계 011", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("C", "부산 소재 012", Region.BUSAN, "", 35.18, 129.07, Segment.MATERIALS, -1, Map.of()));
        b.addFirm(new Firm("L", "강릉 부품 013", Region.GANGWON, "", 37.75, 128.9, Segment.COMPONENTS, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        return b.build();
    }

    private static LinkGraph links(Network n, Filter f) {
        return LinkGraph.of(NetworkView.of(n, f));
    }

    private static DrawPlan plan(Network n) {
        return new DrawPlan(links(n, Filter.all()), Partition.of(ClusterScheme.defaultFive(), n));
    }

    private static BitSet bits(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) {
            b.set(i);
        }
        return b;
    }

    @Test
    void firmsAreClassedByClusterAndLinksByTypeAndTheFirstChangesHoldEverything() {
        Network n = network();
        DrawPlan p = plan(n);
        assertEquals("c0", p.firmClass(S));
        assertEquals("c0", p.firmClass(G));
        assertEquals("c3", p.firmClass(B));
        assertEquals("other", p.firmClass(J));
        assertEquals(129.07, p.x(B), 1e-12);
        assertEquals(MapProjection.y(35.18), p.y(B), 1e-12);
        assertEquals(4, p.links().count());
        assertEquals("trade", p.links().styleClass(TRADE_SG));
        assertEquals("copatent", p.links().styleClass(COPATENT_GJ));
        // Nothing filtered yet: every link drawn, at the stylesheet's width; firms at its size.
        assertTrue(p.links().isShown(TRADE_GB));
        assertTrue(Double.isNaN(p.links().width(TRADE_GB)));
        assertTrue(Double.isNaN(p.firmSize(S)));
        DrawChanges first = p.takeChanges();
        assertEquals(bits(S, G, B, J), first.firmPlace);
        assertEquals(bits(S, G, B, J), first.firmClass);
        assertEquals(bits(S, G, B, J), first.firmLabel, "every firm has a link, so a name");
        assertEquals(bits(0, 1, 2, 3), first.linkClass);
        assertTrue(first.firmShown.isEmpty() && first.linkShown.isEmpty() && first.linkWidth.isEmpty());
        assertTrue(p.takeChanges().isEmpty(), "taken once");
    }

    @Test
    void theMostConnectedFirmsAreNamedAndCloseNeighboursOnlyWhenZoomedIn() {
        DrawPlan p = plan(network());
        // Neighbours: G 3, S, B and J 1 each.
        assertEquals("수원 팹 002", p.label(G));
        assertTrue(p.hasPersistentLabel(S));
        // S lies 0.24° of latitude × 1/cos 37.4° ≈ 0.30 map units from G, under the 0.35 apart that
        // always-drawn names keep: S's name waits for a zoom; B and J (ties, in index order) are far.
        assertArrayEquals(new int[] {G, B, J}, p.alwaysLabelled());
        assertEquals(DrawPlan.LABEL_SIZE_PX, p.labelSize());
    }

    @Test
    void selectingAFirmMarksItHighlightsItsNeighboursAndFadesTheRest() {
        Network n = network();
        DrawPlan p = plan(n);
        p.takeChanges();
        p.select(S, links(n, Filter.all()));
        assertEquals("selected", p.firmClass(S));
        assertEquals("c0Neighbour", p.firmClass(G), "the neighbour keeps its cluster's colour, set apart");
        assertEquals("dimmed", p.firmClass(B));
        assertEquals("dimmed", p.firmClass(J));
        assertEquals("tradeSelected", p.links().styleClass(TRADE_SG));
        assertEquals("copatentSelected", p.links().styleClass(COPATENT_SG));
        assertEquals("tradeDim", p.links().styleClass(TRADE_GB));
        assertEquals("copatentDim", p.links().styleClass(COPATENT_GJ));
        DrawChanges c = p.takeChanges();
        assertEquals(bits(S, G, B, J), c.firmClass);
        assertEquals(bits(TRADE_SG, COPATENT_SG, TRADE_GB, COPATENT_GJ), c.linkClass);
        assertTrue(c.firmLabel.isEmpty(), "S is named anyway, and so is G");
        p.select(-1, links(n, Filter.all()));
        assertEquals("c3", p.firmClass(B));
        assertEquals("c0", p.firmClass(G));
        assertEquals("trade", p.links().styleClass(TRADE_GB));
        assertEquals("trade", p.links().styleClass(TRADE_SG));
        assertEquals(bits(S, G, B, J), p.takeChanges().firmClass);
    }

    @Test
    void theSelectedFirmsLinksGetTheSelectedClassesAMinimumWidthAndAreDrawnBeyondTheBudget() {
        Network n = network();
        DrawPlan p = plan(n);
        p.show(links(n, Filter.all()));
        p.takeChanges();
        // Widths 0.5 + 0.4 ln(1 + w): S→G 8 → 1.378890, S–G 1 → 0.777259, G→B 1 → 0.777259,
        // G–J 3 → 1.054518.
        p.select(S, links(n, Filter.all()));
        assertEquals(LinkPlan.SELECTED_MIN_WIDTH_PX, p.links().width(TRADE_SG), 1e-12, "1.38 px widened to 2");
        assertEquals(LinkPlan.SELECTED_MIN_WIDTH_PX, p.links().width(COPATENT_SG), 1e-12);
        assertEquals(0.777259, p.links().width(TRADE_GB), 1e-6, "a faded link keeps its width");
        assertEquals(1.054518, p.links().width(COPATENT_GJ), 1e-6);
        DrawChanges c = p.takeChanges();
        assertEquals(bits(TRADE_SG, COPATENT_SG), c.linkWidth);
        assertTrue(c.linkShown.isEmpty());
        // A budget of one link keeps the heaviest (S→G) and S's other link; G's two go.
        p.setLinkBudget(1);
        assertTrue(p.links().isShown(COPATENT_SG));
        assertFalse(p.links().isShown(TRADE_GB));
        assertFalse(p.links().isShown(COPATENT_GJ));
        assertEquals(2, p.links().notDrawnCount());
        // Selecting G instead: all four links touch G, all drawn, all at 2 px.
        p.takeChanges();
        p.select(G, links(n, Filter.all()));
        for (int l = 0; l < 4; l++) {
            assertTrue(p.links().isShown(l));
            assertEquals(LinkPlan.SELECTED_MIN_WIDTH_PX, p.links().width(l), 1e-12);
        }
        c = p.takeChanges();
        assertEquals(bits(TRADE_GB, COPATENT_GJ), c.linkShown);
        assertEquals(bits(TRADE_GB, COPATENT_GJ), c.linkClass, "S's links stay selected: they are G's too");
        assertEquals(0, p.links().notDrawnCount());
        // Nothing selected: the budget's one link, at its own width.
        p.select(-1, links(n, Filter.all()));
        assertEquals(1, p.links().shownCount());
        assertEquals(1.378890, p.links().width(TRADE_SG), 1e-6);
        assertEquals("trade", p.links().styleClass(TRADE_SG));
    }

    @Test
    void neighboursAreEnlargedAndTheOthersShrinkBackWhenTheSelectionGoes() {
        Network n = network();
        DrawPlan p = plan(n);
        p.sizeBy(new double[] {4, 1, 0, Double.NaN}); // S 16, G 9.5, B and J 3 px
        p.takeChanges();
        p.select(G, links(n, Filter.all()));
        // Neighbours: max(9, 1.5 × size): S 24, B and J 9. G itself is drawn by its class (12 px).
        assertEquals(24.0, p.firmSize(S), 1e-12);
        assertEquals(DrawPlan.NEIGHBOUR_MIN_SIZE_PX, p.firmSize(B), 1e-12);
        assertEquals(DrawPlan.NEIGHBOUR_MIN_SIZE_PX, p.firmSize(J), 1e-12);
        assertEquals(9.5, p.firmSize(G), 1e-12);
        assertEquals("c0Neighbour", p.firmClass(S));
        assertEquals("c3Neighbour", p.firmClass(B));
        assertEquals("otherNeighbour", p.firmClass(J));
        assertEquals(bits(S, B, J), p.takeChanges().firmSize);
        p.select(S, links(n, Filter.all()));
        assertEquals(16.0, p.firmSize(S), 1e-12);
        assertEquals(1.5 * 9.5, p.firmSize(G), 1e-12);
        assertEquals(3.0, p.firmSize(B), 1e-12);
        assertEquals(bits(S, G, B, J), p.takeChanges().firmSize);
    }

    /** F0 linked by trade to F1…F25 with weight i, and F26 linked to F1 only; all in one town. */
    private static Network hub() {
        Network.Builder b = Network.builder();
        for (int i = 0; i <= 26; i++) {
            b.addFirm(new Firm("F" + i, "허브 " + i, Region.GYEONGGI, "", 37.2, 127.0 + i * 0.01, Segment.FAB, -1,
                    Map.of()));
        }
        for (int i = 1; i <= 25; i++) {
            b.addLink(0, i, LinkType.TRADE, i, 2020);
        }
        b.addLink(1, 26, LinkType.TRADE, 1, 2020);
        return b.build();
    }

    @Test
    void theTwentyStrongestNeighboursAreNamedAndTheRestOnlyEnlarged() {
        Network n = hub();
        DrawPlan p = plan(n);
        // Every firm has a link, so each is named when zoomed in (under the 308 most connected).
        for (int f = 0; f <= 26; f++) {
            assertEquals("허브 " + f, p.label(f));
        }
        p.takeChanges();
        p.select(0, links(n, Filter.all()));
        // Weights 6…25 are the 20 heaviest: F6…F25 named; F1…F5 enlarged but unnamed (their class
        // would show a name at every zoom, and 25 names around a hub pile up).
        for (int f = 1; f <= 25; f++) {
            assertEquals(f >= 6 ? "허브 " + f : null, p.label(f), "F" + f);
            assertEquals("c0Neighbour", p.firmClass(f), "F" + f);
        }
        assertEquals("dimmed", p.firmClass(26));
        assertEquals("허브 26", p.label(26), "a faded firm keeps its zoomed-in name");
        assertEquals(bits(1, 2, 3, 4, 5), p.takeChanges().firmLabel);
        p.select(-1, links(n, Filter.all()));
        assertEquals("허브 1", p.label(1));
        assertEquals(bits(1, 2, 3, 4, 5), p.takeChanges().firmLabel);
    }

    @Test
    void theNeighbourhoodBoxHoldsTheSelectedFirmAndItsNeighboursShown() {
        Network n = network();
        DrawPlan p = plan(n);
        assertNull(p.neighbourhoodBox(), "nothing selected");
        p.select(S, links(n, Filter.all()));
        // S (127.00, 37.50°N) and G (127.03, 37.26°N).
        assertArrayEquals(new double[] {127.0, MapProjection.y(37.26), 127.03, MapProjection.y(37.5)},
                p.neighbourhoodBox(), 1e-12);
        // Without Busan in the view, G's neighbours are S and J (126.53, 33.5°N).
        LinkGraph noBusan = links(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.JEJU)));
        p.show(noBusan);
        p.select(G, noBusan);
        assertArrayEquals(new double[] {126.53, MapProjection.y(33.5), 127.03, MapProjection.y(37.5)},
                p.neighbourhoodBox(), 1e-12);
        p.select(-1, noBusan);
        assertNull(p.neighbourhoodBox());
    }

    @Test
    void weakPointsAreMarkedOverASelectionAndTheirLinksDrawnBeyondTheBudget() {
        // G is marked (its loss would cut B and J off), and the pair B–G (G→B trade, weight 1).
        Network n = network();
        DrawPlan p = plan(n);
        p.takeChanges();
        p.markWeakPoints(new int[] {G}, new int[][] {{B, G}});
        assertEquals("weak", p.firmClass(G));
        assertEquals("c3", p.firmClass(B));
        assertEquals("tradeWeak", p.links().styleClass(TRADE_GB));
        assertEquals("copatent", p.links().styleClass(COPATENT_GJ));
        DrawChanges c = p.takeChanges();
        assertEquals(bits(G), c.firmClass);
        assertEquals(bits(TRADE_GB), c.linkClass);
        // Selecting S: G stays marked though it is S's neighbour, the marked link is not dimmed.
        p.select(S, links(n, Filter.all()));
        assertEquals("selected", p.firmClass(S));
        assertEquals("weak", p.firmClass(G));
        assertEquals("dimmed", p.firmClass(B));
        assertEquals("tradeWeak", p.links().styleClass(TRADE_GB));
        assertEquals("copatentDim", p.links().styleClass(COPATENT_GJ));
        // A budget of one link draws the heaviest (S→G, 8), the marked one (weight 1) and the selected
        // S's other link (S–G co-patent, 1) as well; only G–J is left out.
        p.setLinkBudget(1);
        assertTrue(p.links().isShown(TRADE_SG));
        assertTrue(p.links().isShown(TRADE_GB));
        assertTrue(p.links().isShown(COPATENT_SG));
        assertFalse(p.links().isShown(COPATENT_GJ));
        assertEquals(3, p.links().shownCount());
        assertEquals(1, p.links().notDrawnCount());
        // Clearing the marks leaves the selection as it is.
        p.markWeakPoints(new int[0], new int[0][]);
        assertEquals("c0Neighbour", p.firmClass(G));
        assertEquals("tradeDim", p.links().styleClass(TRADE_GB));
        assertFalse(p.links().isShown(TRADE_GB));
        assertThrows(IllegalArgumentException.class, () -> p.markWeakPoints(new int[] {4}, new int[0][]));
    }

    @Test
    void theNeighboursHighlightedAreThoseOfTheViewShown() {
        Network n = network();
        DrawPlan p = plan(n);
        // Trade only: G's trade partners are S and B; J is its co-patent partner and fades.
        p.select(G, links(n, Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))));
        assertEquals("c0Neighbour", p.firmClass(S));
        assertEquals("c3Neighbour", p.firmClass(B));
        assertEquals("dimmed", p.firmClass(J));
        // Every link of G stands out, drawn or not.
        assertEquals("copatentSelected", p.links().styleClass(COPATENT_GJ));
    }

    @Test
    void aFirmWithoutLinksIsNamedOnlyWhileSelected() {
        Network n = withLoneFirm();
        int a = 0;
        int lone = 2;
        DrawPlan p = plan(n);
        assertNull(p.label(lone));
        assertFalse(p.hasPersistentLabel(lone));
        assertEquals(bits(a, 1), p.takeChanges().firmLabel);
        p.select(lone, links(n, Filter.all()));
        assertEquals("강릉 부품 013", p.label(lone));
        assertEquals(bits(lone), p.takeChanges().firmLabel);
        p.select(a, links(n, Filter.all()));
        assertNull(p.label(lone));
        assertEquals(bits(lone), p.takeChanges().firmLabel, "L loses its name; A had one");
        p.select(a, links(n, Filter.all()));
        assertTrue(p.takeChanges().isEmpty(), "the same selection changes nothing");
    }

    @Test
    void linksUnderTheMinimumWeightAreHiddenAndTheOthersAsWideAsTheirWeight() {
        Network n = network();
        DrawPlan p = plan(n);
        p.takeChanges();
        // Records of weight ≥ 3: S→G 6 (2021), G–J 3. The S→G record of 2 drops out of the sum.
        p.show(links(n, Filter.all().withMinWeight(3)));
        assertTrue(p.links().isShown(TRADE_SG));
        assertTrue(p.links().isShown(COPATENT_GJ));
        assertFalse(p.links().isShown(TRADE_GB));
        assertFalse(p.links().isShown(COPATENT_SG));
        assertEquals(2, p.links().shownCount());
        assertEquals(4, p.shownFirmCount(), "the weight hides links, not firms");
        // 0.5 + 0.4 ln(1 + 6) = 0.5 + 0.4 × 1.945910 and 0.5 + 0.4 ln(1 + 3) = 0.5 + 0.4 × 1.386294.
        assertEquals(1.278364, p.links().width(TRADE_SG), 1e-6);
        assertEquals(1.054518, p.links().width(COPATENT_GJ), 1e-6);
        DrawChanges c = p.takeChanges();
        assertEquals(bits(TRADE_GB, COPATENT_SG), c.linkShown);
        assertEquals(bits(TRADE_SG, COPATENT_GJ), c.linkWidth, "hidden links keep their last width");
        assertTrue(c.firmShown.isEmpty());
    }

    @Test
    void aProvinceLeftOutHidesItsFirms() {
        Network n = network();
        DrawPlan p = plan(n);
        p.takeChanges();
        p.show(links(n, Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.JEJU))));
        assertFalse(p.isFirmShown(B));
        assertEquals(3, p.shownFirmCount());
        assertEquals(3, p.links().shownCount());
        DrawChanges c = p.takeChanges();
        assertEquals(bits(B), c.firmShown);
        assertEquals(bits(TRADE_GB), c.linkShown);
    }

    @Test
    void circlesRunFromTheSmallestToTheLargestSizeByTheSquareRootOfTheValue() {
        DrawPlan p = plan(network());
        p.takeChanges();
        // Largest 16 px; a quarter of it 3 + 13 × √(1/4) = 9.5 px; zero and NaN 3 px.
        p.sizeBy(new double[] {4, 1, 0, Double.NaN});
        assertEquals(DrawPlan.MAX_SIZE_PX, p.firmSize(S), 1e-12);
        assertEquals(9.5, p.firmSize(G), 1e-12);
        assertEquals(DrawPlan.MIN_SIZE_PX, p.firmSize(B), 1e-12);
        assertEquals(DrawPlan.MIN_SIZE_PX, p.firmSize(J), 1e-12);
        assertEquals(bits(S, G, B, J), p.takeChanges().firmSize);
        p.sizeBy(new double[] {8, 2, 0, 0});
        assertTrue(p.takeChanges().isEmpty(), "the same shares give the same circles");
        // Nothing above zero: every circle 3 + 2 = 5 px.
        p.sizeBy(new double[] {0, 0, 0, 0});
        assertEquals(5.0, p.firmSize(G), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> p.sizeBy(new double[] {1}));
    }

    @Test
    void movedFirmsAreRecordedAndTheVisibleAreaDropped() {
        Network n = network();
        DrawPlan p = plan(n);
        p.setLinkBudget(1);
        p.show(links(n, Filter.all()));
        // Around Busan: only G→B crosses the screen, so the budget's one link is G→B.
        assertTrue(p.setVisibleArea(128.9, MapProjection.y(35.0), 129.2, MapProjection.y(35.4)));
        assertTrue(p.links().isShown(TRADE_GB));
        p.takeChanges();
        double nan = Double.NaN;
        p.placeAt(new double[] {10, nan, nan, 20}, new double[] {1, nan, nan, 2});
        assertEquals(10, p.x(S));
        assertEquals(129.07, p.x(B));
        DrawChanges c = p.takeChanges();
        assertEquals(bits(S, J), c.firmPlace);
        // The area went with the old units: the heaviest link of all (S→G, 8) is drawn again.
        assertEquals(bits(TRADE_SG, TRADE_GB), c.linkShown);
        assertEquals(3, p.links().notDrawnCount());
        p.restoreMapPositions();
        assertEquals(127.0, p.x(S));
        assertEquals(bits(S, J), p.takeChanges().firmPlace);
    }

    @Test
    void presenterNamesMarkOnlyTheAlwaysNamedFirms() {
        DrawPlan p = plan(network());
        p.takeChanges();
        p.setLabelSize(DrawPlan.LABEL_SIZE_PX);
        assertTrue(p.takeChanges().isEmpty());
        p.setLabelSize(20);
        assertEquals(20, p.labelSize());
        assertEquals(bits(G, B, J), p.takeChanges().firmLabelSize);
    }

    @Test
    void aViewOfAnotherNetworkIsRefused() {
        DrawPlan p = plan(network());
        assertThrows(IllegalArgumentException.class, () -> p.show(links(network(), Filter.all())));
        assertThrows(IllegalArgumentException.class, () -> p.setLinkBudget(0));
    }
}
