package org.supracluster.ui.layout;

import java.util.Arrays;
import org.supracluster.analysis.LinkGraph;

/**
 * Where the network layout puts each firm of a network: x and y per firm index, in the layout's
 * own units, or no place for a firm the layout did not include. Immutable.
 */
public final class LayoutPositions {

    private final double[] x;
    private final double[] y;
    private final boolean finished;

    /**
     * @param x per firm, NaN where the firm has no place
     * @param y per firm, NaN where the firm has no place
     * @param finished whether the layout has ended (false for the snapshots shown while it runs)
     */
    public LayoutPositions(double[] x, double[] y, boolean finished) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x but " + y.length + " y");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.finished = finished;
    }

    public int firmCount() {
        return x.length;
    }

    public boolean isPlaced(int firm) {
        return !Double.isNaN(x[firm]);
    }

    public double x(int firm) {
        return x[firm];
    }

    public double y(int firm) {
        return y[firm];
    }

    /** A copy of the x of every firm (NaN where not placed). */
    public double[] xs() {
        return x.clone();
    }

    /** A copy of the y of every firm (NaN where not placed). */
    public double[] ys() {
        return y.clone();
    }

    /** Whether the layout ended (converged, ran out of steps or time, or was stopped). */
    public boolean isFinished() {
        return finished;
    }

    /**
     * These positions plus one for every firm that {@code links} shows and that has none: the mean
     * of its placed neighbours in {@code links}, nudged a little so that several newcomers around one
     * firm do not land on one point; firms with no placed neighbour fill a narrow band just outside the
     * layout, evenly (a sunflower pattern: golden angle, radius by the square root of the rank), an
     * ellipse as wide and as high as the layout (a wide layout fills a wide window; a round band
     * around it would leave the window's sides empty and shrink the picture). Firms keep their places, so the picture the user
     * knows does not jump when a filter is widened.
     */
    public LayoutPositions extendedTo(LinkGraph links) {
        if (links.firmCount() != x.length) {
            throw new IllegalArgumentException("links of another network");
        }
        double[] nx = x.clone();
        double[] ny = y.clone();
        double[] extent = extent();
        double nudge = Math.max(Math.max(extent[2], extent[3]), 1e-6) * 0.02;
        int alone = 0;
        for (int f = 0; f < x.length; f++) {
            if (links.isShown(f) && !isPlaced(f) && !hasPlacedNeighbour(links, f)) {
                alone++;
            }
        }
        int onRing = 0;
        for (int f = 0; f < x.length; f++) {
            if (!links.isShown(f) || isPlaced(f)) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            int placed = 0;
            for (int k = links.neighbourStart(f); k < links.neighbourEnd(f); k++) {
                int g = links.neighbour(k);
                if (isPlaced(g)) {
                    sx += x[g];
                    sy += y[g];
                    placed++;
                }
            }
            if (placed > 0) {
                nx[f] = sx / placed + nudge * Math.cos(f * GOLDEN_ANGLE);
                ny[f] = sy / placed + nudge * Math.sin(f * GOLDEN_ANGLE);
            } else {
                // Area between BAND_INNER and BAND_OUTER times the layout's half extents grows
                // evenly with the rank.
                double share = (onRing + 0.5) / alone;
                double angle = onRing++ * GOLDEN_ANGLE;
                double r = Math.sqrt(BAND_INNER * BAND_INNER + (BAND_OUTER * BAND_OUTER - BAND_INNER * BAND_INNER) * share);
                nx[f] = extent[0] + r * (extent[2] + nudge) * Math.cos(angle);
                ny[f] = extent[1] + r * (extent[3] + nudge) * Math.sin(angle);
            }
        }
        return new LayoutPositions(nx, ny, finished);
    }

    private boolean hasPlacedNeighbour(LinkGraph links, int f) {
        for (int k = links.neighbourStart(f); k < links.neighbourEnd(f); k++) {
            if (isPlaced(links.neighbour(k))) {
                return true;
            }
        }
        return false;
    }

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** The band of firms without placed neighbours, in the layout's half width and half height. */
    static final double BAND_INNER = 1.05;
    static final double BAND_OUTER = 1.2;

    /**
     * Centre x, centre y, half width and half height (largest distance from the centre along x and
     * along y) of the placed firms.
     */
    private double[] extent() {
        double sx = 0;
        double sy = 0;
        int count = 0;
        for (int f = 0; f < x.length; f++) {
            if (isPlaced(f)) {
                sx += x[f];
                sy += y[f];
                count++;
            }
        }
        if (count == 0) {
            return new double[] {0, 0, 1, 1};
        }
        double cx = sx / count;
        double cy = sy / count;
        double hx = 0;
        double hy = 0;
        for (int f = 0; f < x.length; f++) {
            if (isPlaced(f)) {
                hx = Math.max(hx, Math.abs(x[f] - cx));
                hy = Math.max(hy, Math.abs(y[f] - cy));
            }
        }
        return new double[] {cx, cy, hx, hy};
    }

    @Override
    public String toString() {
        return "LayoutPositions[" + Arrays.stream(x).filter(v -> !Double.isNaN(v)).count() + " of " + x.length
                + " placed" + (finished ? ", finished" : "") + "]";
    }
}
