package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.export.MapScene;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The PNG painter draws what the SVG writer writes: dashes stay dashes, curves and rings show. */
@ExtendWith(ApplicationExtension.class)
class MapPainterTest {

    private static WritableImage paint(MapScene scene, double scale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> MapPainter.paint(scene, scale)).get();
    }

    /** How many pixels along row y, from x0 to x1, are not the white background. */
    private static int inked(PixelReader r, int y, int x0, int x1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            Color c = r.getColor(x, y);
            n += c.getBrightness() < 0.9 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aThickDashedLineKeepsItsGaps() throws Exception {
        // Width 3 with dashes 4 on, 3 off: square ends would add 3 to every dash and close the gaps.
        MapScene scene = new MapScene(100, 20, "#ffffff",
                List.of(new MapScene.Line(10, 10, 90, 10, "#000000", 1, 3, true)));
        WritableImage image = paint(scene, 1);
        int ink = inked(image.getPixelReader(), 10, 10, 90);
        assertTrue(ink > 30 && ink < 60, "about 4/7 of 80 px inked, not all: " + ink);
        WritableImage twice = paint(scene, 2);
        assertEquals(200, (int) twice.getWidth());
        int ink2 = inked(twice.getPixelReader(), 20, 20, 180);
        assertTrue(ink2 > 60 && ink2 < 120, "the same at 2×: " + ink2);
    }

    @Test
    void curvesAndRingsArePainted() throws Exception {
        MapScene scene = new MapScene(100, 100, "#ffffff", List.of(
                new MapScene.Curve(10, 90, 50, 10, 90, 90, "#0072b2", 1, 4, new double[0], true),
                new MapScene.Ring(50, 50, 20, "#333333", 1, 3, new double[0])));
        PixelReader r = paint(scene, 1).getPixelReader();
        // The curve's apex: (x, y) = (50, 50) at t = 0.5 for control point (50, 10).
        assertTrue(r.getColor(50, 50).getBlue() > r.getColor(50, 50).getRed(), "the blue curve passes its apex");
        assertTrue(r.getColor(70, 50).getBrightness() < 0.5, "the ring's right side at r = 20");
        assertTrue(r.getColor(60, 60).getBrightness() > 0.9, "a ring is not filled");
    }
}
