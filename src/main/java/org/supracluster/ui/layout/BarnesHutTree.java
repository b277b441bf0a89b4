package org.supracluster.ui.layout;

/**
 * A quadtree over weighted points for the Barnes–Hut approximation of all-pairs repulsion
 * (Barnes &amp; Hut 1986): a cell far enough away (its side / distance below {@code theta}) acts
 * as one point of its total mass at its centre of mass, so one sweep costs O(n log n) instead of
 * O(n²). Rebuilt from scratch every iteration; cells live in flat arrays so a rebuild of 20,000
 * points allocates a handful of arrays, not 40,000 objects.
 *
 * <p>Points that coincide (or nearly) would split cells forever: below {@link #MAX_DEPTH} a
 * cell keeps all its points in a list and they repel each other exactly.
 *
 * <p>With radii ({@link #setRadii}, ForceAtlas2's prevent overlap) two points repel by the gap
 * between their circles ({@link Fa2Forces#repulsion(double, double, double, double, double, double)});
 * a cell stands for its points only when the gap to the nearest circle it could hold, at least
 * {@code d − r_p − r_max}, passes the opening criterion, so near circles always meet one by one.
 * A cell far away repels as one point without radii, as in Gephi.
 */
final class BarnesHutTree {

    /** Deeper than this, a cell's points are kept in a list instead of being split further. */
    static final int MAX_DEPTH = 24;
    private static final int NONE = -1;

    private final double[] x;
    private final double[] y;
    private final double[] mass;

    // Per cell: bounds (centre and half side), mass, centre of mass, first child (4 in a row) or
    // NONE for a leaf, and for a leaf the first of its points (chained through nextPoint).
    private int cells;
    private double[] cx = new double[64];
    private double[] cy = new double[64];
    private double[] half = new double[64];
    private double[] cellMass = new double[64];
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private int[] child = new int[64];
    private int[] firstPoint = new int[64];
    private int[] depth = new int[64];
    private final int[] nextPoint;
    /** Per point its radius, or null while overlaps are allowed. */
    private double[] radius;
    private double maxRadius;
    /** Pairs of circles found touching or overlapping since the last build (each counted from both ends). */
    private int overlaps;

    BarnesHutTree(double[] x, double[] y, double[] mass) {
        this.x = x;
        this.y = y;
        this.mass = mass;
        this.nextPoint = new int[x.length];
    }

    /** Radii per point in the points' units (read at every {@link #build()}), or null for none. */
    void setRadii(double[] radii) {
        if (radii != null && radii.length != x.length) {
            throw new IllegalArgumentException(radii.length + " radii for " + x.length + " points");
        }
        radius = radii;
    }

    /** Rebuilds the tree over the points' current positions (and radii). */
    void build() {
        maxRadius = 0;
        overlaps = 0;
        if (radius != null) {
            for (double r : radius) {
                maxRadius = Math.max(maxRadius, r);
            }
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        cells = 0;
        if (x.length == 0) {
            return;
        }
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        newCell((minX + maxX) / 2, (minY + maxY) / 2, side / 2 * 1.0001, 0);
        for (int i = 0; i < x.length; i++) {
            insert(i);
        }
    }

    private int newCell(double centreX, double centreY, double halfSide, int level) {
        if (cells == cx.length) {
            int n = cells * 2;
            cx = java.util.Arrays.copyOf(cx, n);
            cy = java.util.Arrays.copyOf(cy, n);
            half = java.util.Arrays.copyOf(half, n);
            cellMass = java.util.Arrays.copyOf(cellMass, n);
            massX = java.util.Arrays.copyOf(massX, n);
            massY = java.util.Arrays.copyOf(massY, n);
            child = java.util.Arrays.copyOf(child, n);
            firstPoint = java.util.Arrays.copyOf(firstPoint, n);
            depth = java.util.Arrays.copyOf(depth, n);
        }
        int c = cells++;
        cx[c] = centreX;
        cy[c] = centreY;
        half[c] = halfSide;
        cellMass[c] = 0;
        massX[c] = 0;
        massY[c] = 0;
        child[c] = NONE;
        firstPoint[c] = NONE;
        depth[c] = level;
        return c;
    }

    private void insert(int p) {
        int c = 0;
        while (true) {
            // Every cell on the way down carries the point's mass.
            cellMass[c] += mass[p];
            massX[c] += mass[p] * x[p];
            massY[c] += mass[p] * y[p];
            if (child[c] != NONE) {
                c = child[c] + quadrant(c, p);
                continue;
            }
            if (firstPoint[c] == NONE || depth[c] >= MAX_DEPTH) {
                nextPoint[p] = firstPoint[c];
                firstPoint[c] = p;
                return;
            }
            split(c);
            c = child[c] + quadrant(c, p);
        }
    }

    /** Turns a leaf with one point into a parent of four cells and moves its point down. */
    private void split(int c) {
        double h = half[c] / 2;
        int first = newCell(cx[c] - h, cy[c] - h, h, depth[c] + 1);
        newCell(cx[c] + h, cy[c] - h, h, depth[c] + 1);
        newCell(cx[c] - h, cy[c] + h, h, depth[c] + 1);
        newCell(cx[c] + h, cy[c] + h, h, depth[c] + 1);
        child[c] = first;
        int q = firstPoint[c];
        firstPoint[c] = NONE;
        int sub = first + quadrant(c, q);
        cellMass[sub] = mass[q];
        massX[sub] = mass[q] * x[q];
        massY[sub] = mass[q] * y[q];
        nextPoint[q] = NONE;
        firstPoint[sub] = q;
    }

    private int quadrant(int c, int p) {
        return (x[p] >= cx[c] ? 1 : 0) + (y[p] >= cy[c] ? 2 : 0);
    }

    /**
     * Adds to {@code fx[p]}, {@code fy[p]} the repulsion on point p from all others, ForceAtlas2's
     * {@code k · m_p · m_q / d} (or by the gap between circles, with radii) along the line from q to p.
     */
    void repel(int p, double k, double theta, double[] fx, double[] fy) {
        if (cells > 0) {
            repel(0, p, k, theta, fx, fy);
        }
    }

    private void repel(int c, int p, double k, double theta, double[] fx, double[] fy) {
        if (cellMass[c] == 0) {
            return;
        }
        if (child[c] == NONE) {
            for (int q = firstPoint[c]; q != NONE; q = nextPoint[q]) {
                if (q != p) {
                    push(p, x[q], y[q], mass[q], radius == null ? -1 : radius[q], k, fx, fy);
                }
            }
            return;
        }
        double mx = massX[c] / cellMass[c];
        double my = massY[c] / cellMass[c];
        double d = Math.hypot(x[p] - mx, y[p] - my);
        double gap = radius == null ? d : d - radius[p] - maxRadius;
        if (gap > 0 && 2 * half[c] / gap < theta) {
            push(p, mx, my, cellMass[c], -1, k, fx, fy);
            return;
        }
        for (int i = 0; i < 4; i++) {
            repel(child[c] + i, p, k, theta, fx, fy);
        }
    }

    /** Circles found touching or overlapping by the {@link #repel} calls since the last build. */
    int overlaps() {
        return overlaps;
    }

    /** Pushes p away from a point (or a cell's centre of mass) q; {@code qRadius} < 0 for none. */
    private void push(int p, double qx, double qy, double qMass, double qRadius, double k, double[] fx,
                      double[] fy) {
        double dx = x[p] - qx;
        double dy = y[p] - qy;
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            // Coincident points: push apart along a direction fixed by the index, so the result
            // stays deterministic.
            dx = Math.cos(p);
            dy = Math.sin(p);
            d = radius == null ? 0.01 : 1e-9;
        } else {
            dx /= d;
            dy /= d;
        }
        double force;
        if (qRadius < 0) {
            force = Fa2Forces.repulsion(k, mass[p], qMass, d);
        } else {
            force = Fa2Forces.repulsion(k, mass[p], qMass, d, radius[p], qRadius);
            overlaps += d <= radius[p] + qRadius ? 1 : 0;
        }
        fx[p] += dx * force;
        fy[p] += dy * force;
    }
}
