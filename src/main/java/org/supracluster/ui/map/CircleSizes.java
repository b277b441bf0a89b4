package org.supracluster.ui.map;

/** Circle diameters for a metric, as the map sizes its firms. Plain Java. */
final class CircleSizes {

    private CircleSizes() {
    }

    /**
     * One diameter in pixels per value (≥ 0; NaN and negative count as 0): the circle's area grows
     * with the value (its diameter with the square root), from {@code min} for 0 to {@code max}
     * for the largest value; with no value above 0, every circle is {@code min + 2}.
     */
    static double[] of(double[] values, double min, double max) {
        double top = 0;
        for (double v : values) {
            if (v > top) {
                top = v;
            }
        }
        double[] out = new double[values.length];
        for (int f = 0; f < values.length; f++) {
            double v = values[f] > 0 ? values[f] : 0;
            out[f] = top > 0 ? min + (max - min) * Math.sqrt(v / top) : min + 2;
        }
        return out;
    }
}
