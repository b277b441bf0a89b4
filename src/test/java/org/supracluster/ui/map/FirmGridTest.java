package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The spatial index of firm positions, on positions whose answers are counted by hand. */
class FirmGridTest {

    /** 64 firms on an 8 × 8 lattice: firm 8j + i at (i, j). */
    private static FirmGrid lattice() {
        double[] x = new double[64];
        double[] y = new double[64];
        for (int f = 0; f < 64; f++) {
            x[f] = f % 8;
            y[f] = f / 8;
        }
        return FirmGrid.of(x, y);
    }

    @Test
    void aBoxFindsExactlyTheFirmsInsideItAcrossCells() {
        FirmGrid g = lattice();
        // 64 firms, 8 a cell: 8 cells; square extent 7 × 7: round(√8) = 3 columns, 8 / 3 = 2 rows.
        assertEquals(3, g.columns());
        assertEquals(2, g.rows());
        // (3..4, 3..4): firms 27, 28, 35, 36, in cells of both rows and two columns.
        assertArrayEquals(new int[] {27, 28, 35, 36}, g.in(2.5, 2.5, 4.5, 4.5));
    }

    @Test
    void edgesCountAsInsideAndABoxBeyondTheFirmsFindsThemAll() {
        FirmGrid g = lattice();
        assertArrayEquals(new int[] {9, 10, 17, 18}, g.in(1, 1, 2, 2));
        assertEquals(64, g.in(-100, -100, 100, 100).length);
        assertArrayEquals(new int[] {63}, g.in(7, 7, 50, 50));
    }

    @Test
    void anEmptyOrInvertedBoxFindsNothing() {
        FirmGrid g = lattice();
        assertArrayEquals(new int[0], g.in(2.2, 2.2, 2.8, 2.8), "between the lattice's points");
        assertArrayEquals(new int[0], g.in(4, 4, 3, 3));
        assertArrayEquals(new int[0], g.in(8.5, 0, 9, 7), "right of every firm");
    }

    @Test
    void firmsOnOneLineAndUnplacedFirms() {
        // 16 firms on y = 0 (two cells in one row) and firm 16 without a place.
        double[] x = new double[17];
        double[] y = new double[17];
        for (int f = 0; f < 16; f++) {
            x[f] = f;
        }
        x[16] = Double.NaN;
        y[16] = 3;
        FirmGrid g = FirmGrid.of(x, y);
        assertEquals(2, g.columns());
        assertEquals(1, g.rows());
        assertArrayEquals(new int[] {3, 4, 5}, g.in(3, -1, 5, 1));
        assertEquals(16, g.in(-100, -100, 100, 100).length, "the firm without a place is never found");
    }

    @Test
    void noFirmsAndOneFirm() {
        assertArrayEquals(new int[0], FirmGrid.of(new double[0], new double[0]).in(-1, -1, 1, 1));
        FirmGrid one = FirmGrid.of(new double[] {2}, new double[] {5});
        assertArrayEquals(new int[] {0}, one.in(2, 5, 2, 5));
        assertArrayEquals(new int[0], one.in(0, 0, 1, 1));
    }
}
