package org.supracluster.ui.map;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Which of a view's links the map draws within a budget: all of them while the view has at most
 * {@code budget}; otherwise the heaviest of those crossing the visible area, ties at the cut in
 * link order. JavaFX's software renderer pans about 8,000 links smoothly and takes seconds a frame
 * at 100,000 (LIBRARIES.md), so a big view is drawn by its heaviest links, and zooming in brings
 * the lighter links of the area on screen into sight. Plain Java.
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
        int inView = 0;
        for (double w : weight) {
            inView += w > 0 ? 1 : 0;
        }
        boolean limited = inView > budget;
        boolean[] candidate = new boolean[weight.length];
        int candidates = 0;
        for (int i = 0; i < weight.length; i++) {
            candidate[i] = weight[i] > 0 && (!limited || inArea.test(i));
            candidates += candidate[i] ? 1 : 0;
        }
        double threshold = 0;
        if (candidates > budget) {
            double[] w = new double[candidates];
            int k = 0;
            for (int i = 0; i < weight.length; i++) {
                if (candidate[i]) {
                    w[k++] = weight[i];
                }
            }
            Arrays.sort(w);
            threshold = w[candidates - budget];
        }
        boolean[] drawn = new boolean[weight.length];
        int count = 0;
        for (int i = 0; i < weight.length; i++) {
            // Ties at the threshold are cut in link order.
            drawn[i] = candidate[i] && weight[i] >= threshold && count < budget;
            count += drawn[i] ? 1 : 0;
        }
        return new Choice(drawn, count, candidates - count);
    }
}
