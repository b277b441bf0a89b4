package org.supracluster.ui.map;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Which firms' names the map leaves out, for the camera as it last settled, so that no name
 * overlaps another or another named firm's circle on screen ({@link LabelPlacer}). The names are
 * placed most important first: the selected firm's, its named neighbours' (strongest link first),
 * the always-drawn names (most connected firm first), and, when zoomed in far enough for them to
 * show ({@code text-visibility} in map.css), the other named firms' (most connected first). Only
 * firms drawn and named take part; a name that did not take part (a zoom-only name while zoomed
 * out, which the map does not show anyway) is not left out, and the choice is made again each
 * time the camera settles or what is drawn changes. Plain Java.
 */
final class NamePlacement {

    /** Where the map is on screen, as the camera last drew it. */
    interface Screen {
        /** Screen x in pixels of a point in map units. */
        double x(double mapX, double mapY);

        /** Screen y in pixels of a point in map units. */
        double y(double mapX, double mapY);

        double width();

        double height();

        /** Whether the camera is close enough for the zoom-only names to show. */
        boolean zoomedIn();
    }

    /** Text sizes of the names in map.css: the selected firm's, and the neighbours' and zoom-only ones. */
    static final double SELECTED_TEXT_PX = 14;
    static final double NAME_TEXT_PX = 11;

    private BitSet dropped = new BitSet();

    /** Whether the firm's name is left out for overlapping a more important one. */
    boolean isDropped(int f) {
        return dropped.get(f);
    }

    /**
     * The firms named, in the order their names are placed: the selected firm ({@code selected},
     * or -1), then {@code neighbours}, {@code always} and, when zoomed in, {@code byDegree}.
     * {@code near} tells the selected firm and its neighbours, whose circles the map draws over
     * the other firms and over each other's names.
     */
    record Order(int selected, int[] neighbours, int[] always, int[] byDegree, double alwaysTextPx,
                 IntPredicate near) { }

    /**
     * Chooses again which names are left out, for {@code screen}; sets in {@code changed} each firm
     * whose name now appears or goes, and returns whether there is any.
     *
     * @param plan the firms' places, circles and whether they are drawn
     * @param named whether a firm is named before any is left out
     * @param names a firm's name
     */
    boolean choose(DrawPlan plan, Screen screen, Order order, IntPredicate named, IntFunction<String> names,
                   BitSet changed) {
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        BitSet seen = new BitSet();
        Adder add = (f, px, above) -> {
            if (f < 0 || seen.get(f) || !named.test(f) || !plan.firms().isDrawn(f)) {
                return;
            }
            String name = names.apply(f);
            double size = plan.firmSize(f);
            double radius = (Double.isNaN(size) ? DrawPlan.STYLESHEET_SIZE_PX : size) / 2;
            var c = new LabelPlacer.Candidate(f, screen.x(plan.x(f), plan.y(f)), screen.y(plan.x(f), plan.y(f)),
                    radius, LabelPlacer.textWidth(name == null ? "" : name, px), px, above);
            // A name off screen is not left out: it is not seen, and keeps its place for a pan.
            if (!LabelPlacer.offScreen(c, screen.width(), screen.height())) {
                seen.set(f);
                candidates.add(c);
            }
        };
        // Drawn above everything: the selected firm; above the other firms, the always-named
        // ones, unless a selection's neighbours are drawn over them (map.css z-index).
        add.add(order.selected(), SELECTED_TEXT_PX, true);
        for (int f : order.neighbours()) {
            add.add(f, NAME_TEXT_PX, false);
        }
        for (int f : order.always()) {
            add.add(f, order.alwaysTextPx(), order.selected() < 0);
        }
        if (screen.zoomedIn()) {
            for (int f : order.byDegree()) {
                add.add(f, NAME_TEXT_PX, false);
            }
        }
        BitSet next = (BitSet) seen.clone();
        for (int f : LabelPlacer.place(candidates, covering(plan, screen, order), screen.width(), screen.height())) {
            next.clear(f);
        }
        BitSet diff = (BitSet) next.clone();
        diff.xor(dropped);
        dropped = next;
        changed.or(diff);
        return !diff.isEmpty();
    }

    /**
     * The circles no name may run under: with a firm selected, its own and its neighbours' (drawn
     * over everything else); zoomed in without a selection, every firm's drawn on screen, since
     * the names shown then are drawn at the same level as the firms around them. Zoomed out, the
     * always-drawn names sit above the other firms and nothing covers them.
     */
    private static List<double[]> covering(DrawPlan plan, Screen screen, Order order) {
        boolean selection = order.selected() >= 0;
        List<double[]> out = new ArrayList<>();
        if (!selection && !screen.zoomedIn()) {
            return out;
        }
        for (int f = 0; f < plan.firmCount(); f++) {
            if (plan.firms().isDrawn(f) && (!selection || order.near().test(f))) {
                double size = plan.firmSize(f);
                double r = (Double.isNaN(size) ? DrawPlan.STYLESHEET_SIZE_PX : size) / 2;
                double sx = screen.x(plan.x(f), plan.y(f));
                double sy = screen.y(plan.x(f), plan.y(f));
                if (sx + r >= 0 && sx - r <= screen.width() && sy + r >= 0 && sy - r <= screen.height()) {
                    out.add(new double[] {sx - r, sy - r, sx + r, sy + r});
                }
            }
        }
        return out;
    }

    private interface Adder {
        void add(int firm, double textPx, boolean above);
    }
}
