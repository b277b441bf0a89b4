package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import org.supracluster.ui.supermap.SuperMapGeometry.Box;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;

/**
 * Where the super-cluster map's names (and the figures on its arcs) go: beside their circles, clear
 * of every circle, of each other and of the map's edge, the first free place of a fixed order.
 */
final class SuperMapLabels {

    private SuperMapLabels() {
    }

    /** Gaps in pixels tried between a circle's rim and its label, nearest first. */
    static final double[] LABEL_GAPS = {3, 16, 32, 50, 72, 96};

    /**
     * Places each circle's label of {@code w[i]} × {@code h[i]} pixels (i the circle's position in
     * the list) beside its circle without a bound: see {@link #placeLabels(List, double[], double[], Box)}.
     */
    public static List<Box> placeLabels(List<GroupCircle> circles, double[] w, double[] h) {
        return placeLabels(circles, w, h, null);
    }

    /**
     * Places each circle's label beside its circle, the largest groups first (their names matter
     * most). Tried in turn: right, below, above, left and the four corners, first just off the
     * rim and then further out ({@link #LABEL_GAPS}); the first place that covers no circle, no
     * label placed before and stays inside {@code bounds} (null: anywhere) is taken. Where groups
     * crowd (the provinces around the capital) no place near may be free; the label then goes
     * further out, where the view draws a leader line to it ({@link #needsLeader}). When no place
     * at all is free, the one covering the least is taken (labels count three times as much as
     * circles: a hidden name is worse than a hidden edge of a disc).
     */
    public static List<Box> placeLabels(List<GroupCircle> circles, double[] w, double[] h, Box bounds) {
        Integer[] order = new Integer[circles.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(circles.get(b).firms(), circles.get(a).firms()));
        Box[] placed = new Box[order.length];
        List<Box> taken = new ArrayList<>();
        for (int i : order) {
            GroupCircle c = circles.get(i);
            List<Box> places = new ArrayList<>();
            for (double gap : LABEL_GAPS) {
                places.addAll(List.of(sides(c, w[i], h[i], c.outerRadius() + gap)));
            }
            placed[i] = firstFree(places, taken, circles, bounds);
            taken.add(placed[i]);
        }
        return List.of(placed);
    }

    /**
     * The first of {@code places} that covers nothing (see {@link #cost}); when none is free, the
     * one covering least (the first of equals).
     */
    static Box firstFree(List<Box> places, List<Box> labels, List<GroupCircle> circles, Box bounds) {
        Box best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Box b : places) {
            double cost = cost(b, labels, circles, bounds);
            if (cost == 0) {
                return b;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = b;
            }
        }
        return best;
    }

    /** Whether a label at {@code b} is far enough from its circle to need a line back to it. */
    public static boolean needsLeader(GroupCircle c, Box b) {
        double nx = Math.max(b.x(), Math.min(c.x(), b.x() + b.w()));
        double ny = Math.max(b.y(), Math.min(c.y(), b.y() + b.h()));
        return Math.hypot(c.x() - nx, c.y() - ny) > c.outerRadius() + LABEL_GAPS[0] + 6;
    }

    /** The eight places around a circle at distance {@code d} from its centre: sides, then corners. */
    private static Box[] sides(GroupCircle c, double w, double h, double d) {
        double k = d / Math.sqrt(2);
        return new Box[] {
            new Box(c.x() + d, c.y() - h / 2, w, h),
            new Box(c.x() - w / 2, c.y() + d, w, h),
            new Box(c.x() - w / 2, c.y() - d - h, w, h),
            new Box(c.x() - d - w, c.y() - h / 2, w, h),
            new Box(c.x() + k, c.y() + k, w, h),
            new Box(c.x() + k, c.y() - k - h, w, h),
            new Box(c.x() - k - w, c.y() + k, w, h),
            new Box(c.x() - k - w, c.y() - k - h, w, h)};
    }

    /** How much a label at {@code b} covers: 0 when nothing. */
    static double cost(Box b, List<Box> labels, List<GroupCircle> circles, Box bounds) {
        double cost = 0;
        // A pixel of room around a label: laid out, labels land on whole pixels, and two that
        // only touched here could overlap by a fraction of one on screen.
        Box padded = new Box(b.x() - 1, b.y() - 1, b.w() + 2, b.h() + 2);
        for (Box o : labels) {
            cost += 3 * overlapArea(padded, o);
        }
        for (GroupCircle c : circles) {
            if (b.overlaps(c)) {
                // The square around the disc stands in for the disc: enough to rank places.
                double r = c.outerRadius();
                cost += Math.max(1, overlapArea(b, new Box(c.x() - r, c.y() - r, 2 * r, 2 * r)));
            }
        }
        if (bounds != null) {
            cost += 2 * (b.w() * b.h() - overlapArea(b, bounds));
        }
        return cost;
    }

    private static double overlapArea(Box a, Box b) {
        double dx = Math.min(a.x() + a.w(), b.x() + b.w()) - Math.max(a.x(), b.x());
        double dy = Math.min(a.y() + a.h(), b.y() + b.h()) - Math.max(a.y(), b.y());
        return dx > 0 && dy > 0 ? dx * dy : 0;
    }

}
