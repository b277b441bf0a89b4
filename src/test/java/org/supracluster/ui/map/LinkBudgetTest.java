package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkBudgetTest {

    @Test
    void withinTheBudgetEveryLinkOfTheViewIsDrawnWhereverItLies() {
        // -1: left out by the view. Nothing crosses the area, but three links fit a budget of 3.
        LinkBudget.Choice c = LinkBudget.choose(new double[] {5, -1, 2, 9}, 3, l -> false);
        assertArrayEquals(new boolean[] {true, false, true, true}, c.drawn());
        assertEquals(3, c.drawnCount());
        assertEquals(0, c.notDrawn());
    }

    @Test
    void overTheBudgetTheHeaviestAreDrawnAndTiesCutInLinkOrder() {
        // Weights sorted 1, 2, 2, 2, 7: a budget of 3 cuts at 2; links 1 and 2 take the two places left.
        LinkBudget.Choice c = LinkBudget.choose(new double[] {7, 2, 2, 1, 2}, 3, l -> true);
        assertArrayEquals(new boolean[] {true, true, true, false, false}, c.drawn());
        assertEquals(2, c.notDrawn());
    }

    @Test
    void overTheBudgetOnlyLinksCrossingTheAreaCompete() {
        // Links 0 and 3 are off screen; of 1, 2 and 4 the heaviest two are drawn, 2 (weight 1) is not.
        LinkBudget.Choice c = LinkBudget.choose(new double[] {9, 3, 1, 8, 4}, 2, l -> l == 1 || l == 2 || l == 4);
        assertArrayEquals(new boolean[] {false, true, false, false, true}, c.drawn());
        assertEquals(1, c.notDrawn(), "off-screen links are not counted as left out");
    }

    @Test
    void tiesAtTheCutNeverTakeTheHeavierLinksPlaces() {
        // Weights 3, 3, 5 and a budget of 2: the cut is at 3, and 5 is drawn whatever its index;
        // the first of the two 3s takes the place left.
        LinkBudget.Choice c = LinkBudget.choose(new double[] {3, 3, 5}, 2, l -> true);
        assertArrayEquals(new boolean[] {true, false, true}, c.drawn());
        assertEquals(1, c.notDrawn());
    }

    @Test
    void theViewsLinksAreOrderedHeaviestFirstTiesInLinkOrder() {
        assertArrayEquals(new int[] {4, 0, 2, 3}, LinkBudget.order(new double[] {2, -1, 2, 1, 7}));
    }

    @Test
    void theInkRunsOutHeaviestFirstAndNoLighterLinkTakesTheRest() {
        // Weights 9, 8, 7, 6 costing 3, 3, 3, 1 against an ink of 7: 9 and 8 spend 6, 7 would reach
        // 9 > 7 and stops the drawing; 6 (cost 1) would fit but is lighter than 7.
        double[] cost = {3, 3, 3, 1};
        LinkBudget.Choice c = LinkBudget.choose(new int[] {0, 1, 2, 3}, 4, 10, 7, l -> true, l -> cost[l]);
        assertArrayEquals(new boolean[] {true, true, false, false}, c.drawn());
        assertEquals(2, c.notDrawn());
        // Within the ink (3 + 3 + 3 + 1 = 10) every link is drawn, on screen or not.
        LinkBudget.Choice all = LinkBudget.choose(new int[] {0, 1, 2, 3}, 4, 10, 10, l -> false, l -> cost[l]);
        assertEquals(4, all.drawnCount());
        // Over it, only those crossing the screen compete: 1 and 3 (3 + 1 = 4 within 7).
        LinkBudget.Choice some = LinkBudget.choose(new int[] {0, 1, 2, 3}, 4, 10, 7, l -> l % 2 == 1, l -> cost[l]);
        assertArrayEquals(new boolean[] {false, true, false, true}, some.drawn());
        assertEquals(0, some.notDrawn());
    }
}
