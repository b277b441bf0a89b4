package org.supracluster.ui.map;

import java.util.Arrays;

/**
 * A spatial index of firm positions: a uniform grid of cells over the box the firms span, each
 * cell listing its firms (in index order). The firms in a box are found by visiting only the cells
 * the box covers, so the map's level of detail ({@link FirmLevelOfDetail}) costs about what is on
 * screen, not the whole network. Built once per layout (the firms' places), queried on each camera
 * change. A firm whose x or y is NaN is in no cell and never found. Plain Java, immutable.
 */
final class FirmGrid {

    /** Firms per cell, on average, that the grid's size aims at. */
    static final int FIRMS_PER_CELL = 8;

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    /** The firms of cell c are {@code firms[cellStart[c]]} … {@code firms[cellStart[c + 1] - 1]}. */
    private final int[] cellStart;
    private final int[] firms;

    private FirmGrid(double[] x, double[] y, double[] box, int cols, int rows) {
        this.x = x;
        this.y = y;
        this.minX = box[0];
        this.minY = box[1];
        this.cols = cols;
        this.rows = rows;
        // A box of no width (or height) has one column (row), of any positive size.
        this.cellW = box[2] > box[0] ? (box[2] - box[0]) / cols : 1;
        this.cellH = box[3] > box[1] ? (box[3] - box[1]) / rows : 1;
        int cells = cols * rows;
        cellStart = new int[cells + 1];
        int placed = 0;
        for (int f = 0; f < x.length; f++) {
            if (isPlaced(f)) {
                cellStart[cell(f) + 1]++;
                placed++;
            }
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        firms = new int[placed];
        int[] next = Arrays.copyOf(cellStart, cells);
        for (int f = 0; f < x.length; f++) {
            if (isPlaced(f)) {
                firms[next[cell(f)]++] = f;
            }
        }
    }

    /**
     * The grid of firms placed at ({@code x[f]}, {@code y[f]}): about {@link #FIRMS_PER_CELL} firms
     * a cell, the cells as close to square as the box the firms span allows. The arrays are read
     * when built only.
     */
    static FirmGrid of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x and " + y.length + " y");
        }
        int placed = 0;
        for (int f = 0; f < x.length; f++) {
            placed += !Double.isNaN(x[f]) && !Double.isNaN(y[f]) ? 1 : 0;
        }
        double[] box = box(x, y, java.util.stream.IntStream.range(0, x.length).toArray());
        if (box == null) {
            return new FirmGrid(x.clone(), y.clone(), new double[] {0, 0, 0, 0}, 1, 1);
        }
        double w = box[2] - box[0];
        double h = box[3] - box[1];
        int cells = Math.max(1, placed / FIRMS_PER_CELL);
        int cols;
        int rows;
        if (!(w > 0) || !(h > 0)) {
            cols = w > 0 ? cells : 1;
            rows = h > 0 ? cells : 1;
        } else {
            // cols / rows = w / h and cols × rows = cells.
            cols = (int) Math.max(1, Math.min(cells, Math.round(Math.sqrt(cells * w / h))));
            rows = Math.max(1, cells / cols);
        }
        return new FirmGrid(x.clone(), y.clone(), box, cols, rows);
    }

    /**
     * {minX, minY, maxX, maxY} of the given firms placed at ({@code x[f]}, {@code y[f]}), those
     * without a place (NaN) left out; null when none has one.
     */
    static double[] box(double[] x, double[] y, int[] firms) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int f : firms) {
            if (!Double.isNaN(x[f]) && !Double.isNaN(y[f])) {
                box[0] = Math.min(box[0], x[f]);
                box[1] = Math.min(box[1], y[f]);
                box[2] = Math.max(box[2], x[f]);
                box[3] = Math.max(box[3], y[f]);
            }
        }
        return box[0] <= box[2] ? box : null;
    }

    private boolean isPlaced(int f) {
        return !Double.isNaN(x[f]) && !Double.isNaN(y[f]);
    }

    private int cell(int f) {
        return row(y[f]) * cols + col(x[f]);
    }

    private int col(double px) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((px - minX) / cellW)));
    }

    private int row(double py) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((py - minY) / cellH)));
    }

    /**
     * The firms whose position lies in the box from ({@code x0}, {@code y0}) to ({@code x1},
     * {@code y1}), edges included, in index order; none for a box with x0 &gt; x1 or y0 &gt; y1.
     * Visits the cells the box covers only.
     */
    int[] in(double x0, double y0, double x1, double y1) {
        if (!(x0 <= x1) || !(y0 <= y1) || firms.length == 0) {
            return new int[0];
        }
        int c0 = col(x0);
        int c1 = col(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        int count = 0;
        for (int r = r0; r <= r1; r++) {
            count += cellStart[r * cols + c1 + 1] - cellStart[r * cols + c0];
        }
        int[] out = new int[count];
        int k = 0;
        for (int r = r0; r <= r1; r++) {
            for (int i = cellStart[r * cols + c0]; i < cellStart[r * cols + c1 + 1]; i++) {
                int f = firms[i];
                // Cells on the box's border hold firms outside it too.
                if (x[f] >= x0 && x[f] <= x1 && y[f] >= y0 && y[f] <= y1) {
                    out[k++] = f;
                }
            }
        }
        int[] found = Arrays.copyOf(out, k);
        Arrays.sort(found);
        return found;
    }

    /** Number of columns and rows of cells, for tests. */
    int columns() {
        return cols;
    }

    int rows() {
        return rows;
    }
}
