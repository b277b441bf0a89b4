package org.supracluster.ui.map;

import java.util.Arrays;
import org.supracluster.analysis.LinkGraph;

/**
 * A selected firm and its neighbours in the view it was selected in, as the map sets them apart
 * ({@link DrawPlan}): which firms are neighbours, which of them are named (the
 * {@link #NAMED_MAX} with the heaviest pair weight, ties to the lower index: more names would pile
 * up around a hub), and the box a "fit neighbours" brings on screen. Plain Java, immutable.
 */
final class Neighbourhood {

    /** At most this many neighbours are named. */
    static final int NAMED_MAX = 20;

    /** Nothing selected. */
    static final Neighbourhood NONE = new Neighbourhood(-1, null, null, new int[0]);

    private final int firm;
    /** The firm and its neighbours; null for {@link #NONE}. */
    private final boolean[] near;
    private final boolean[] named;
    /** The named neighbours, strongest first. */
    private final int[] namedByStrength;

    private Neighbourhood(int firm, boolean[] near, boolean[] named, int[] namedByStrength) {
        this.firm = firm;
        this.near = near;
        this.named = named;
        this.namedByStrength = namedByStrength;
    }

    /** {@code firm}'s neighbourhood in {@code view}; {@link #NONE} for {@code firm < 0}. */
    static Neighbourhood of(int firm, LinkGraph view) {
        if (firm < 0) {
            return NONE;
        }
        int n = view.firmCount();
        boolean[] near = new boolean[n];
        near[firm] = true;
        int start = view.neighbourStart(firm);
        Integer[] order = new Integer[view.neighbourEnd(firm) - start];
        for (int i = 0; i < order.length; i++) {
            order[i] = start + i;
            near[view.neighbour(start + i)] = true;
        }
        // Pair weight sums both link types (trade amounts dominate patent counts): the strongest partners.
        Arrays.sort(order, (a, b) -> view.neighbourWeight(a) != view.neighbourWeight(b)
                ? Double.compare(view.neighbourWeight(b), view.neighbourWeight(a))
                : Integer.compare(view.neighbour(a), view.neighbour(b)));
        boolean[] named = new boolean[n];
        int[] byStrength = new int[Math.min(order.length, NAMED_MAX)];
        for (int i = 0; i < byStrength.length; i++) {
            byStrength[i] = view.neighbour(order[i]);
            named[byStrength[i]] = true;
        }
        return new Neighbourhood(firm, near, named, byStrength);
    }

    /** The selected firm, or -1. */
    int firm() {
        return firm;
    }

    boolean isSelected(int f) {
        return f == firm && firm >= 0;
    }

    /** Whether {@code f} is a neighbour of the selected firm (not the firm itself). */
    boolean isNeighbour(int f) {
        return near != null && near[f] && f != firm;
    }

    /** Whether {@code f} is outside the neighbourhood while a firm is selected: it fades. */
    boolean isFaded(int f) {
        return near != null && !near[f];
    }

    /** The named neighbours, strongest pair weight first (the order their names are placed in). */
    int[] namedByStrength() {
        return namedByStrength;
    }

    /** Whether {@code f} is a neighbour that is named. */
    boolean isNamedNeighbour(int f) {
        return named != null && named[f];
    }

    /**
     * The box around the selected firm and its neighbours shown, {minX, minY, maxX, maxY} in the
     * units of {@code x} and {@code y} (a point for a firm without neighbours), or null with nothing
     * selected.
     */
    double[] box(double[] x, double[] y, java.util.function.IntPredicate shown) {
        if (firm < 0) {
            return null;
        }
        double[] box = {x[firm], y[firm], x[firm], y[firm]};
        for (int f = 0; f < x.length; f++) {
            if (near[f] && shown.test(f)) {
                box[0] = Math.min(box[0], x[f]);
                box[1] = Math.min(box[1], y[f]);
                box[2] = Math.max(box[2], x[f]);
                box[3] = Math.max(box[3], y[f]);
            }
        }
        return box;
    }
}
