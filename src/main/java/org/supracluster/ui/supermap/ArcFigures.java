package org.supracluster.ui.supermap;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.Box;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;

/**
 * The figures the super-cluster map can write on its arcs (the number of links each arc stands
 * for) and where each goes, computed without a window.
 */
final class ArcFigures {

    /** Places along the curve tried for a figure, its middle first (curve parameter t). */
    static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    /** Pixels between a figure placed beside its arc and the arc's edge. */
    static final double BESIDE_GAP = 2;

    private ArcFigures() {
    }

    /** An arc's figure: its number of links, with the language's digit grouping (1,218). */
    static String text(Arc a, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(a.links());
    }

    /**
     * Places the figure of each arc ({@code w[i]} × {@code h[i]} pixels for {@code arcs.get(i)}),
     * the arcs with most links first: centred on the curve at the places of {@link #ALONG} in
     * turn, then beside the curve at the same places, on the side it bends to (so the figures of
     * the trade arcs c→d and d→c, which bend to opposite sides, part). The first place that covers
     * no circle, no box of {@code taken} (the groups' names), no figure placed before and stays
     * inside {@code bounds} is taken; when none is free, the one covering least.
     */
    static List<Box> place(List<Arc> arcs, double[] w, double[] h, List<GroupCircle> circles, List<Box> taken,
            Box bounds) {
        Integer[] order = new Integer[arcs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(arcs.get(b).links(), arcs.get(a).links()));
        List<Box> others = new ArrayList<>(taken);
        Box[] placed = new Box[order.length];
        for (int i : order) {
            List<Box> places = new ArrayList<>();
            for (boolean beside : new boolean[] {false, true}) {
                for (double t : ALONG) {
                    places.add(at(arcs.get(i), t, beside, w[i], h[i]));
                }
            }
            placed[i] = SuperMapLabels.firstFree(places, others, circles, bounds);
            others.add(placed[i]);
        }
        return List.of(placed);
    }

    /** The w × h box centred on the curve at t, or beside it on its bending side. */
    static Box at(Arc a, double t, boolean beside, double w, double h) {
        double[] p = a.at(t);
        double x = p[0];
        double y = p[1];
        if (beside) {
            // Tangent B'(t) = 2(1−t)(C − P0) + 2t(P1 − C); the bend is to its left, (ty, −tx) on screen.
            double tx = (1 - t) * (a.cx() - a.x0()) + t * (a.x1() - a.cx());
            double ty = (1 - t) * (a.cy() - a.y0()) + t * (a.y1() - a.cy());
            double len = Math.hypot(tx, ty);
            if (len > 0) {
                double nx = ty / len;
                double ny = -tx / len;
                double shift = Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2 + a.width() / 2 + BESIDE_GAP;
                x += nx * shift;
                y += ny * shift;
            }
        }
        return new Box(x - w / 2, y - h / 2, w, h);
    }
}
