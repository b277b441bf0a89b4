package org.supracluster.ui.layout;

/**
 * The names drawn beside the labelled nodes, as boxes that must not overlap one another (the idea
 * of Gephi's "Label Adjust" layout, here folded into ForceAtlas2's prevent overlap): node i's
 * name is a box from its circle's left edge, {@code x − r}, to {@code x + r + gap + w} and
 * {@code h / 2} above and below {@code y}. Two boxes overlap when both their x and their y ranges
 * overlap; they then repel like overlapping circles, {@code k'_r · m_i · m_j} with
 * {@code k'_r = 100 · k_r} ({@link Fa2Forces#OVERLAP_BOOST}), along the axis on which they overlap
 * less (for names of one line, mostly up and down), which parts them with the least movement.
 *
 * <p>A name over other circles is as unreadable as two names over each other (the map draws names
 * without a background, and in a dense network a hub's name would sit on a carpet of dots and
 * links): every other node whose circle reaches into a name's box is pushed out of it the same way,
 * along the axis it reaches in less. Only that node is pushed, not the named one: the pushes of
 * dozens of small neighbours would otherwise add up and drive the hub out of its network (as
 * covering circles did when tried). Cost: names × nodes per step, with a handful of names.
 */
final class LabelBoxes {

    /** Space between a circle and the name beside it, in pixels, as the map draws names. */
    static final double GAP_PX = 3;
    /** Height of a name's box in pixels: the always-drawn names' text size and some air. */
    static final double HEIGHT_PX = 16;

    private final int[] nodes;
    /** Per labelled node, the box's left and right ends relative to the node, in pixels. */
    private final double[] left;
    private final double[] right;

    /**
     * @param radii per node, its circle's radius in pixels
     * @param widths per node, the width of its name in pixels, 0 for none
     */
    LabelBoxes(double[] radii, double[] widths) {
        int count = 0;
        for (double w : widths) {
            count += w > 0 ? 1 : 0;
        }
        nodes = new int[count];
        left = new double[count];
        right = new double[count];
        int k = 0;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                nodes[k] = i;
                left[k] = -radii[i];
                right[k] = radii[i] + GAP_PX + widths[i];
                k++;
            }
        }
    }

    /** Whether there are any names. */
    boolean isEmpty() {
        return nodes.length == 0;
    }

    /**
     * Adds the push between every two overlapping boxes to the forces; returns how many pairs
     * overlap.
     *
     * @param unit layout units per pixel
     */
    int push(double[] x, double[] y, double[] mass, double unit, double k, double[] fx, double[] fy) {
        int overlapping = 0;
        for (int a = 0; a < nodes.length; a++) {
            for (int b = a + 1; b < nodes.length; b++) {
                int i = nodes[a];
                int j = nodes[b];
                double overX = overlapX(a, b, x, unit);
                double overY = overlapY(i, j, y, unit);
                if (overX <= 0 || overY <= 0) {
                    continue;
                }
                overlapping++;
                double force = Fa2Forces.OVERLAP_BOOST * k * mass[i] * mass[j];
                if (overX < overY) {
                    // Part sideways: i goes the way its box's middle lies from j's (by index on a tie).
                    double mid = (x[i] + (left[a] + right[a]) * unit / 2) - (x[j] + (left[b] + right[b]) * unit / 2);
                    double sign = mid > 0 || mid == 0 && i < j ? 1 : -1;
                    fx[i] += sign * force;
                    fx[j] -= sign * force;
                } else {
                    double sign = y[i] > y[j] || y[i] == y[j] && i < j ? 1 : -1;
                    fy[i] += sign * force;
                    fy[j] -= sign * force;
                }
            }
        }
        return overlapping;
    }

    /**
     * Pushes every node whose circle reaches into another node's name box out of it (the named
     * node stays); returns how many circles reach into a name.
     *
     * @param r per node, its radius in layout units
     * @param unit layout units per pixel
     */
    int clear(double[] x, double[] y, double[] r, double[] mass, double unit, double k, double[] fx, double[] fy) {
        int inside = 0;
        double half = HEIGHT_PX * unit / 2;
        for (int a = 0; a < nodes.length; a++) {
            int i = nodes[a];
            double x0 = x[i] + left[a] * unit;
            double x1 = x[i] + right[a] * unit;
            double midX = (x0 + x1) / 2;
            for (int j = 0; j < x.length; j++) {
                double overX = Math.min(x1, x[j] + r[j]) - Math.max(x0, x[j] - r[j]);
                double overY = Math.min(y[i] + half, y[j] + r[j]) - Math.max(y[i] - half, y[j] - r[j]);
                if (j == i || overX <= 0 || overY <= 0) {
                    continue;
                }
                inside++;
                double force = Fa2Forces.OVERLAP_BOOST * k * mass[i] * mass[j];
                if (overX < overY) {
                    fx[j] += x[j] >= midX ? force : -force;
                } else {
                    fy[j] += y[j] >= y[i] ? force : -force;
                }
            }
        }
        return inside;
    }

    /** Whether the boxes of nodes i and j (both labelled) overlap at these positions (tests). */
    boolean overlap(int i, int j, double[] x, double[] y, double unit) {
        return overlapX(indexOf(i), indexOf(j), x, unit) > 0 && overlapY(i, j, y, unit) > 0;
    }

    /** How far the x ranges of the a-th and b-th boxes overlap, in layout units (≤ 0: apart). */
    private double overlapX(int a, int b, double[] x, double unit) {
        int i = nodes[a];
        int j = nodes[b];
        return Math.min(x[i] + right[a] * unit, x[j] + right[b] * unit)
                - Math.max(x[i] + left[a] * unit, x[j] + left[b] * unit);
    }

    /** How far the y ranges of the boxes of nodes i and j overlap, in layout units (≤ 0: apart). */
    private static double overlapY(int i, int j, double[] y, double unit) {
        return HEIGHT_PX * unit - Math.abs(y[i] - y[j]);
    }

    private int indexOf(int node) {
        for (int a = 0; a < nodes.length; a++) {
            if (nodes[a] == node) {
                return a;
            }
        }
        throw new IllegalArgumentException("node " + node + " has no name");
    }
}
