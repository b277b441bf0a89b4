package org.supracluster.ui.map;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Which of a view's links the map draws within a budget: all of them while the view has at most
 * {@code budget} and their ink (what painting them costs, see {@link LinkPlan#INK_BUDGET}) is
 * within the ink budget; otherwise the heaviest of those crossing the visible area, ties at the cut
 * in link order, until either runs out (a lighter link is never drawn in place of a heavier one that
 * did not fit). JavaFX's software renderer takes seconds a frame at 100,000 links (LIBRARIES.md) and
 * paints every element drawn on every frame (see {@link LinkPlan#BUDGET_DEFAULT}), so a big view is drawn by its heaviest links, and zooming in brings
 * the lighter links of the area on screen into sight. The view's links are sorted by weight once
 * ({@link #order}), so that a camera change walks them without sorting again. Plain Java.
 */
final class LinkBudget {

    /**
     * @param drawn per link, whether it is drawn
     * @param notDrawn links of the view left undrawn (of those crossing the area, when the budget is
     *                 in force)
     */
    record Choice(boolean[] drawn, int drawnCount, int notDrawn) {
    }

    private LinkBudget() {
    }

    /**
     * @param weight per link, its weight in the view, or ≤ 0 when the view leaves it out
     * @param budget the most links drawn, ≥ 1
     * @param inArea whether a link crosses the part of the map on screen
     */
    static Choice choose(double[] weight, int budget, IntPredicate inArea) {
        return choose(order(weight), weight.length, budget, inArea);
    }

    /**
     * The links of a view, heaviest first, ties in link order: those whose weight is above 0.
     *
     * @param weight per link, its weight in the view, or ≤ 0 when the view leaves it out
     */
    static int[] order(double[] weight) {
        int inView = 0;
        for (double w : weight) {
            inView += w > 0 ? 1 : 0;
        }
        Integer[] sorted = new Integer[inView];
        int k = 0;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] > 0) {
                sorted[k++] = i;
            }
        }
        Arrays.sort(sorted, (a, b) -> weight[a] != weight[b] ? Double.compare(weight[b], weight[a])
                : Integer.compare(a, b));
        int[] order = new int[inView];
        for (int i = 0; i < inView; i++) {
            order[i] = sorted[i];
        }
        return order;
    }

    /**
     * @param order the view's links, heaviest first, ties in link order ({@link #order})
     * @param linkCount links of the whole network
     * @param budget the most links drawn, ≥ 1
     * @param inArea whether a link crosses the part of the map on screen
     */
    static Choice choose(int[] order, int linkCount, int budget, IntPredicate inArea) {
        return choose(order, linkCount, budget, Double.POSITIVE_INFINITY, inArea, l -> 0);
    }

    /**
     * @param order the view's links, heaviest first, ties in link order ({@link #order})
     * @param linkCount links of the whole network
     * @param budget the most links drawn, ≥ 1
     * @param ink the most ink drawn, the sum of the links' {@code cost}s
     * @param inArea whether a link crosses the part of the map on screen
     * @param cost what painting a link costs, ≥ 0
     */
    static Choice choose(int[] order, int linkCount, int budget, double ink, IntPredicate inArea,
                         IntToDoubleFunction cost) {
        double all = 0;
        for (int i = 0; i < order.length && all <= ink; i++) {
            all += cost.applyAsDouble(order[i]);
        }
        boolean limited = order.length > budget || all > ink;
        boolean[] drawn = new boolean[linkCount];
        int count = 0;
        int candidates = 0;
        double spent = 0;
        boolean full = false;
        for (int l : order) {
            if (limited && !inArea.test(l)) {
                continue;
            }
            candidates++;
            double c = limited ? cost.applyAsDouble(l) : 0;
            full = full || count >= budget || spent + c > ink;
            if (!full) {
                drawn[l] = true;
                count++;
                spent += c;
            }
        }
        return new Choice(drawn, count, candidates - count);
    }
}
