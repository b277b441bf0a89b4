package org.supracluster.ui.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.supracluster.model.Progress;

/**
 * LinLog and prevent overlap: the forces on two and three nodes worked out by hand (θ = 0, so every
 * pair is computed exactly; fewer than 100 nodes, so k_r = 10), and whole runs that must end with no
 * circles and no names overlapping.
 */
class ForceAtlas2OptionsTest {

    private static final double EPS = 1e-9;

    private static ForceAtlas2 pair(LayoutOptions options, double radius) {
        return new ForceAtlas2(2, new int[] {0}, new int[] {1}, 1).options(options).theta(0)
                .sizes(new double[] {radius, radius}, new double[2]);
    }

    @Test
    void linLogAttractionIsTheLogarithmOfOnePlusTheDistance() {
        // d = 3, m = 2 each. On node 0: repulsion 10·2·2/3 = 13.3333 away (−x), LinLog attraction
        // ln(1 + 3) = 1.386294 and gravity 0.01·2·1.5 = 0.03 towards +x.
        double[][] f = pair(new LayoutOptions(true, false), 0).forcesAt(new double[] {-1.5, 1.5}, new double[2], false);
        assertEquals(-40.0 / 3 + Math.log(4) + 0.03, f[0][0], EPS);
        assertEquals(-11.917038972, f[0][0], 1e-8);
        assertEquals(-f[0][0], f[0][1], EPS);
        assertEquals(0, f[1][0], EPS);
    }

    @Test
    void linearAttractionIsTheDistance() {
        // The same pair without LinLog: attraction 3, gravity 0.1·2·1.5 = 0.3.
        double[][] f = pair(LayoutOptions.CLASSIC, 0).forcesAt(new double[] {-1.5, 1.5}, new double[2], false);
        assertEquals(-40.0 / 3 + 3 + 0.3, f[0][0], EPS);
    }

    @Test
    void overlappingCirclesRepelAHundredTimesHarderAndDoNotAttract() {
        // Radii 1, d = 1: the gap d − 2 = −1 is an overlap. Repulsion 100·10·2·2 = 4000, attraction 0,
        // gravity 0.01·2·0.5 = 0.01.
        double[][] f = pair(LayoutOptions.DEFAULT, 1).forcesAt(new double[] {-0.5, 0.5}, new double[2], true);
        assertEquals(-3999.99, f[0][0], EPS);
        assertEquals(3999.99, f[0][1], EPS);
    }

    @Test
    void circlesApartRepelAndAttractByTheGapBetweenThem() {
        // Radii 1, d = 4, gap 2: repulsion 10·2·2/2 = 20, LinLog attraction ln(1 + 2) = 1.098612,
        // gravity 0.01·2·2 = 0.04.
        double[][] f = pair(LayoutOptions.DEFAULT, 1).forcesAt(new double[] {-2, 2}, new double[2], true);
        assertEquals(-20 + Math.log(3) + 0.04, f[0][0], EPS);
        assertEquals(-18.861387711, f[0][0], 1e-8);
    }

    @Test
    void threeCirclesWorkedOutByHand() {
        // Node 0 at (0, 0), 1 at (3, 0), 2 at (0, 4); one edge 0–1; radii 1; masses 2, 2, 1.
        // Node 0: from 1 gap 1, 10·2·2/1 = 40 towards −x; from 2 gap 2, 10·2·1/2 = 10 towards −y;
        //   attraction ln(1 + 1) = 0.693147 towards +x; gravity 0 (at the origin).
        // Node 1: from 0, 40 towards +x; from 2 (vector (3, −4), d 5, gap 3), 10·2·1/3 = 6.6667 along
        //   (0.6, −0.8); attraction 0.693147 towards −x; gravity 0.01·2·3 = 0.06 towards −x.
        // Node 2: from 0, 10 towards +y; from 1, 6.6667 along (−0.6, 0.8); gravity 0.01·1·4 towards −y.
        ForceAtlas2 three = new ForceAtlas2(3, new int[] {0}, new int[] {1}, 1).options(LayoutOptions.DEFAULT)
                .theta(0).sizes(new double[] {1, 1, 1}, new double[3]);
        double[][] f = three.forcesAt(new double[] {0, 3, 0}, new double[] {0, 0, 4}, true);
        double ln2 = Math.log(2);
        assertArrayEquals(new double[] {-40 + ln2, 40 + 4 - 0.06 - ln2, -4}, f[0], EPS);
        assertArrayEquals(new double[] {-10, -16.0 / 3, 10 + 16.0 / 3 - 0.04}, f[1], EPS);
    }

    @Test
    void overlappingNamesArePartedAlongTheAxisTheyOverlapLess() {
        // Boxes: node 0 x ∈ [−1, 24], node 1 x ∈ [9, 35] (radius 1, gap 3, width 20); x overlap 15,
        // y overlap 16 − 2 = 14 < 15: parted up and down, node 0 (lower) downwards, by 100·10·1·1.
        LabelBoxes boxes = new LabelBoxes(new double[] {1, 1}, new double[] {20, 20});
        double[] fx = new double[2];
        double[] fy = new double[2];
        double[] x = {0, 10};
        double[] y = {0, 2};
        assertTrue(boxes.overlap(0, 1, x, y, 1));
        assertEquals(1, boxes.push(x, y, new double[] {1, 1}, 1, 10, fx, fy));
        assertArrayEquals(new double[] {0, 0}, fx, EPS);
        assertArrayEquals(new double[] {-1000, 1000}, fy, EPS);
        // 17 apart vertically, they are clear.
        assertFalse(boxes.overlap(0, 1, x, new double[] {0, 17}, 1));
    }

    @Test
    void circlesUnderANameArePushedOutAlongTheShorterWayAndTheNamedNodeStays() {
        // Node 0 named: box x ∈ [−1, 24] (radius 1, gap 3, width 20), y ∈ [−8, 8]. Node 1 (radius 1)
        // at (10, 7.8) reaches in 2 along x and 8 − 6.8 = 1.2 along y: pushed up by 100·10·1·1.
        // Node 2 at (23.5, 2) reaches in 24 − 22.5 = 1.5 along x and 2 along y: pushed right.
        LabelBoxes boxes = new LabelBoxes(new double[] {1, 1, 1}, new double[] {20, 0, 0});
        double[] fx = new double[3];
        double[] fy = new double[3];
        int inside = boxes.clear(new double[] {0, 10, 23.5}, new double[] {0, 7.8, 2}, new double[] {1, 1, 1},
                new double[] {1, 1, 1}, 1, 10, fx, fy);
        assertEquals(2, inside);
        assertArrayEquals(new double[] {0, 0, 1000}, fx, EPS);
        assertArrayEquals(new double[] {0, 1000, 0}, fy, EPS);
    }

    /** {@link ForceAtlas2Test}'s two complete groups of six joined by one edge. */
    private static ForceAtlas2 twoGroups() {
        return ForceAtlas2Test.twoGroups(7);
    }

    @Test
    void withPreventOverlapNoTwoCirclesOverlapAtTheEnd() {
        double[] radii = new double[12];
        for (int i = 0; i < 12; i++) {
            radii[i] = 3 + i % 4;
        }
        for (boolean linLog : new boolean[] {true, false}) {
            ForceAtlas2.Result r = twoGroups().options(new LayoutOptions(linLog, true)).sizes(radii, new double[12])
                    .maxIterations(2000).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
            assertTrue(r.converged(), "settles with the circles apart, " + r.iterations() + " steps");
            for (int a = 0; a < 12; a++) {
                for (int b = a + 1; b < 12; b++) {
                    double d = Math.hypot(r.x()[a] - r.x()[b], r.y()[a] - r.y()[b]);
                    assertTrue(d > radii[a] + radii[b], a + " and " + b + " overlap: " + d);
                }
            }
        }
    }

    @Test
    void withAViewportSizesArePixelsOfTheFittedPictureAndNamesEndApart() {
        double[] radii = new double[12];
        double[] widths = new double[12];
        java.util.Arrays.fill(radii, 6);
        widths[0] = 80; // two names in one group, where the group's firms crowd together
        widths[1] = 80;
        ForceAtlas2.Result r = twoGroups().options(LayoutOptions.DEFAULT).sizes(radii, widths).viewport(300, 200)
                .maxIterations(2000).run(Progress.NONE, s -> { }, Long.MAX_VALUE);
        double unit = Math.max(span(r.x()) / 300, span(r.y()) / 200);
        for (int a = 0; a < 12; a++) {
            for (int b = a + 1; b < 12; b++) {
                double d = Math.hypot(r.x()[a] - r.x()[b], r.y()[a] - r.y()[b]) / unit;
                assertTrue(d > 12, a + " and " + b + " overlap on screen: " + d + " px apart");
            }
        }
        assertFalse(new LabelBoxes(radii, widths).overlap(0, 1, r.x(), r.y(), unit), "the two names overlap");
    }

    private static double span(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0) - java.util.Arrays.stream(v).min().orElse(0);
    }

    @Test
    void sizesOfAnotherCountOrNegativeAreRefused() {
        ForceAtlas2 fa = new ForceAtlas2(2, new int[0], new int[0], 1);
        assertThrows(IllegalArgumentException.class, () -> fa.sizes(new double[1], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> fa.sizes(new double[] {1, -1}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> fa.viewport(0, 10));
    }
}
