package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;

/**
 * Draws the super-cluster map's circles apart where they would overlap, so that the arc between
 * two neighbouring groups always has room to show. The capital region and Chungcheong–Daejeon sit
 * about 100 km apart, which at a laptop's zoom is less than the two radii: their arcs, the largest
 * flows of the study, would run entirely under the discs.
 *
 * <p>Why apart rather than around: when two discs overlap, both ends of the arc between them lie
 * inside the other disc, so no route around them can start and end at the rims; and a detour long
 * enough to clear a 50-pixel disc reads as a weak, distant link. Displacing the symbols, as
 * Dorling's (1996) area cartograms do, keeps every arc short and straight-ish, and the view marks
 * the group's own place with a dot and a line to the moved circle.
 *
 * <p>How far apart: circles joined by an arc keep a gap between their rims (rings included) of
 * {@link #MIN_SHAFT} + the arrow head of the pair's widest arc + {@link #TRIMS}, so that the arc
 * shows its head and at least {@link #MIN_SHAFT} pixels of line; circles that no shown arc joins
 * only {@link #NO_ARC_GAP}, so that one does not hide the other. Pixels, so that zooming in,
 * which spreads the places, needs less displacement. Where many groups crowd (the 17 provinces,
 * a small window) full gaps would push circles out of their part of the country; then the arc
 * gaps shrink until no circle moves more than {@link #MAX_SHIFT} of the largest radii, and the
 * circles at least stop hiding each other. An arc may still pass under a third circle.
 *
 * <p>Method: pairwise relaxation. Two circles i, j with outer radii R_i, R_j whose centres are
 * closer than {@code need = R_i + R_j + gap} both move along the line between their centres
 * until they are exactly {@code need} apart; i takes the share R_j/(R_i + R_j) of the shortfall
 * and j the rest, so the larger disc (more firms) stays nearer its place while the smaller does
 * not have to travel the whole way (it would land on its other neighbours). All pairs are visited
 * in order, and the visits repeated until no pair is short by more than {@link #TOLERANCE} (at
 * most {@link #MAX_ROUNDS} rounds).
 */
final class CircleSpacing {

    /** Pixels of an arc's line, beyond its arrow head, that the spacing keeps in sight. */
    static final double MIN_SHAFT = 16;
    /**
     * Pixels of the gap an arc does not show: it starts under the white gap around its source's
     * rings ({@link #RING_GAP}) and stops 2 pixels short of its target's rings.
     */
    static final double TRIMS = 4;
    /** Pixels between the rims of two circles that no shown arc joins. */
    static final double NO_ARC_GAP = 6;
    /** Pixels between the disc's rim and the outer edge of its rings as drawn (the white gap). */
    static final double RING_GAP = 2;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ROUNDS = 500;
    /**
     * How far the map lets a circle move from its own place, in radii of its largest circle,
     * before it shrinks the gaps: two radii keep a moved circle in its region of the country.
     */
    static final double MAX_SHIFT = 2;
    /** Steps from the full gaps to {@link #NO_ARC_GAP} when the full gaps move circles too far. */
    static final int SHRINK_STEPS = 4;

    private CircleSpacing() {
    }

    /** The gap between the rims of two circles joined by arcs, the widest {@code width} pixels wide. */
    static double arcGap(double width) {
        return MIN_SHAFT + SuperMapGeometry.arrowHead(width) + TRIMS;
    }

    /**
     * The gap each pair of circles keeps, by their positions in {@code circles}: {@link #arcGap}
     * of the widest of {@code arcs} between them, or {@link #NO_ARC_GAP} when none joins them.
     */
    static double[][] gaps(List<GroupCircle> circles, List<Arc> arcs) {
        int n = circles.size();
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(circles.get(i).group(), i);
        }
        double[][] widest = new double[n][n];
        for (Arc a : arcs) {
            Integer i = index.get(a.from());
            Integer j = index.get(a.to());
            if (i != null && j != null) {
                widest[i][j] = Math.max(widest[i][j], a.width());
                widest[j][i] = widest[i][j];
            }
        }
        double[][] gap = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                gap[i][j] = widest[i][j] > 0 ? arcGap(widest[i][j]) : NO_ARC_GAP;
            }
        }
        return gap;
    }

    /**
     * The circles apart with the gaps {@code gaps}, or, when that would move a circle further than
     * {@code maxShift} pixels from its own place, with the arc gaps shrunk towards
     * {@link #NO_ARC_GAP} in steps of a quarter until none is moved so far (at the last step the
     * circles only stop overlapping, whatever the shift).
     */
    static List<GroupCircle> apart(List<GroupCircle> circles, double[][] gaps, double maxShift) {
        List<GroupCircle> out = circles;
        for (int step = SHRINK_STEPS; step >= 0; step--) {
            double f = (double) step / SHRINK_STEPS;
            double[][] shrunk = new double[gaps.length][];
            for (int i = 0; i < gaps.length; i++) {
                shrunk[i] = new double[gaps[i].length];
                for (int j = 0; j < gaps[i].length; j++) {
                    shrunk[i][j] = Math.min(gaps[i][j], NO_ARC_GAP + f * (gaps[i][j] - NO_ARC_GAP));
                }
            }
            out = apart(circles, shrunk);
            if (out.stream().allMatch(c -> c.displacement() <= maxShift)) {
                break;
            }
        }
        return out;
    }

    /** The circles kept {@code gap} pixels apart, every pair alike. */
    static List<GroupCircle> apart(List<GroupCircle> circles, double gap) {
        double[][] gaps = new double[circles.size()][circles.size()];
        for (double[] row : gaps) {
            Arrays.fill(row, gap);
        }
        return apart(circles, gaps);
    }

    /**
     * The circles, those closer than their gap ({@code gaps[i][j]} pixels between the rims of
     * circles i and j) moved apart as the class comment says; the same list when every pair is
     * already far enough apart.
     */
    static List<GroupCircle> apart(List<GroupCircle> circles, double[][] gaps) {
        int n = circles.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = circles.get(i).x();
            y[i] = circles.get(i).y();
        }
        boolean changed = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean anyShort = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    anyShort |= push(circles.get(i).outerRadius(), circles.get(j).outerRadius(), gaps[i][j], x, y, i,
                            j);
                }
            }
            if (!anyShort) {
                break;
            }
            changed = true;
        }
        if (!changed) {
            return circles;
        }
        List<GroupCircle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(circles.get(i).movedTo(x[i], y[i]));
        }
        return out;
    }

    /** Moves i and j apart if they are short of their distance; says whether they were. */
    private static boolean push(double ri, double rj, double gap, double[] x, double[] y, int i, int j) {
        double need = ri + rj + gap;
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double d = Math.hypot(dx, dy);
        double shortfall = need - d;
        if (shortfall <= TOLERANCE) {
            return false;
        }
        if (d == 0) {
            // One place for both (a group of one firm on another's mean): the later one goes right.
            dx = 1;
            dy = 0;
            d = 1;
        }
        double ux = dx / d;
        double uy = dy / d;
        double wi = ri + rj == 0 ? 0.5 : rj / (ri + rj);
        x[i] -= ux * shortfall * wi;
        y[i] -= uy * shortfall * wi;
        x[j] += ux * shortfall * (1 - wi);
        y[j] += uy * shortfall * (1 - wi);
        return true;
    }

    /**
     * Whether the circle was moved so far that its disc no longer covers its own place: then the
     * view marks the place and draws a line from it to the circle.
     */
    static boolean moved(GroupCircle c) {
        return c.displacement() > c.radius();
    }

    /**
     * Length in pixels of the part of an arc's curve that no circle covers (arcs are drawn under
     * the circles), each circle's cover reaching to the outer edge of its rings as drawn. Measured
     * on 400 straight pieces of the curve, each counted when its middle is uncovered.
     */
    static double visibleLength(Arc a, List<GroupCircle> circles) {
        int steps = 400;
        double length = 0;
        double[] p = a.at(0);
        for (int s = 1; s <= steps; s++) {
            double[] q = a.at((double) s / steps);
            double mx = (p[0] + q[0]) / 2;
            double my = (p[1] + q[1]) / 2;
            boolean covered = false;
            for (GroupCircle c : circles) {
                covered |= Math.hypot(mx - c.x(), my - c.y()) < c.outerRadius() + RING_GAP;
            }
            if (!covered) {
                length += Math.hypot(q[0] - p[0], q[1] - p[1]);
            }
            p = q;
        }
        return length;
    }
}
