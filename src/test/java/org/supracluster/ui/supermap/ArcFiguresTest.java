package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supracluster.model.LinkType;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.Box;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;

/** The figures on the super-cluster map's arcs: their text and place, without a window. */
class ArcFiguresTest {

    /** A straight arc from (0, 100) to (200, 100), its control point in the middle. */
    private static final Arc STRAIGHT = new Arc(0, 1, LinkType.TRADE, 1218, 1500.5, 2, 0, 100, 100, 100, 200, 100);

    @Test
    void theFigureIsTheArcsNumberOfLinksWithDigitGrouping() {
        assertEquals("1,218", ArcFigures.text(STRAIGHT, Locale.ENGLISH), "links, not the summed weight 1500.5");
        assertEquals("1,218", ArcFigures.text(STRAIGHT, Locale.KOREAN));
        Arc one = new Arc(1, 0, LinkType.COPATENT, 7, 9, 2, 0, 0, 0, 0, 0, 0);
        assertEquals("7", ArcFigures.text(one, Locale.ENGLISH));
    }

    @Test
    void aFigureSitsInTheMiddleOfItsArcWhenNothingIsThere() {
        // Middle of the curve (100, 100); a 30 × 14 box centred there.
        List<Box> boxes = ArcFigures.place(List.of(STRAIGHT), new double[] {30}, new double[] {14}, List.of(),
                List.of(), null);
        assertEquals(new Box(85, 93, 30, 14), boxes.get(0));
    }

    @Test
    void aFigureSlidesAlongItsArcOffACircle() {
        // A circle of radius 20 at (100, 100): centred at t = 0.4 (x = 80) the box reaches x = 95,
        // 5 px from the centre; at t = 0.6 (x = 120) it starts at 105, 5 px away; at t = 0.3
        // (x = 60) it ends at 75, 25 px away: free.
        GroupCircle circle = new GroupCircle(2, 1, 100, 100, 20, 0, 0);
        List<Box> boxes = ArcFigures.place(List.of(STRAIGHT), new double[] {30}, new double[] {14},
                List.of(circle), List.of(), null);
        assertEquals(new Box(45, 93, 30, 14), boxes.get(0));
    }

    @Test
    void besideItsArcAFigureGoesToTheSideTheArcBendsTo() {
        // From (0, 100) to (200, 100) bending up (control (100, 56)), 4 px wide. At t = 0.5 the
        // curve is at (100, 78) heading along +x; beside it on the left (up on screen) by
        // 14/2 + 4/2 + 2 = 11 px: centre (100, 67), box from (85, 60).
        Arc bent = new Arc(0, 1, LinkType.TRADE, 3, 3, 4, 0, 100, 100, 56, 200, 100);
        assertEquals(new Box(85, 60, 30, 14), ArcFigures.at(bent, 0.5, true, 30, 14));
        assertEquals(new Box(85, 71, 30, 14), ArcFigures.at(bent, 0.5, false, 30, 14), "on the curve");
    }

    @Test
    void theHeavierArcGetsTheMiddleAndTheOtherMovesAside() {
        // Two arcs along the same line: the one with more links is placed first and takes the
        // middle; the other's on-curve places at t = 0.4 and 0.6 touch that box (x 85–115), at
        // t = 0.3 it ends at x = 75: free.
        Arc light = new Arc(1, 0, LinkType.COPATENT, 5, 5, 2, 0, 100, 100, 100, 200, 100);
        List<Box> boxes = ArcFigures.place(List.of(light, STRAIGHT), new double[] {30, 30}, new double[] {14, 14},
                List.of(), List.of(), null);
        assertEquals(new Box(85, 93, 30, 14), boxes.get(1));
        assertEquals(new Box(45, 93, 30, 14), boxes.get(0));
    }
}
