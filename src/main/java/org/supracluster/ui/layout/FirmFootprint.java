package org.supracluster.ui.layout;

import java.util.Arrays;

/**
 * What each firm takes up on screen, for the network layout's prevent overlap: the radius of its
 * circle and the width of the name drawn to the circle's right at every zoom (0 for a firm named
 * only when zoomed in or not at all), in pixels, and the size of the picture the layout is fitted
 * into. Immutable.
 *
 * @param radiusPx per firm of the network, its circle's radius (≥ 0)
 * @param labelWidthPx per firm of the network, the width of its always-drawn name (≥ 0)
 * @param viewWidthPx width of the map the layout is shown in (&gt; 0)
 * @param viewHeightPx height of that map (&gt; 0)
 */
public record FirmFootprint(double[] radiusPx, double[] labelWidthPx, double viewWidthPx, double viewHeightPx) {

    /** Kept free around every circle, so that circles that do not overlap do not touch either. */
    static final double PADDING_PX = 1;

    /** @throws IllegalArgumentException for arrays of different lengths or sizes out of range */
    public FirmFootprint {
        if (radiusPx.length != labelWidthPx.length) {
            throw new IllegalArgumentException(radiusPx.length + " radii but " + labelWidthPx.length + " label widths");
        }
        if (!(viewWidthPx > 0 && viewHeightPx > 0)) {
            throw new IllegalArgumentException("the view must have a size: " + viewWidthPx + " × " + viewHeightPx);
        }
        radiusPx = radiusPx.clone();
        labelWidthPx = labelWidthPx.clone();
        for (int f = 0; f < radiusPx.length; f++) {
            if (!(radiusPx[f] >= 0 && labelWidthPx[f] >= 0)) {
                throw new IllegalArgumentException("firm " + f + ": negative or unknown size");
            }
        }
    }

    /** The radius of firm f's circle for prevent overlap: its own and {@link #PADDING_PX}. */
    double collisionRadiusPx(int f) {
        return radiusPx[f] + PADDING_PX;
    }

    @Override
    public double[] radiusPx() {
        return radiusPx.clone();
    }

    @Override
    public double[] labelWidthPx() {
        return labelWidthPx.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirmFootprint f && Arrays.equals(radiusPx, f.radiusPx)
                && Arrays.equals(labelWidthPx, f.labelWidthPx) && viewWidthPx == f.viewWidthPx
                && viewHeightPx == f.viewHeightPx;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(radiusPx) * 31 + Arrays.hashCode(labelWidthPx);
    }

    @Override
    public String toString() {
        return "FirmFootprint[" + radiusPx.length + " firms, " + viewWidthPx + " × " + viewHeightPx + " px]";
    }
}
