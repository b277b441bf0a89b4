package org.supracluster.ui.map;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.supracluster.export.MapScene;
import org.supracluster.ui.Fonts;

/**
 * Paints a {@link MapScene} into an image at a scale. The PNG export uses this rather than a
 * snapshot of the map: GraphStream draws on a canvas, whose pixels a scaled snapshot would only
 * enlarge (blurred), while painting the shapes again gives sharp lines and text at 2× and 4×, and
 * the same picture as the SVG. Text is in the bundled font, so Hangul shows. On the JavaFX thread.
 */
public final class MapPainter {

    private MapPainter() {
    }

    /** The picture at {@code scale}: {@code scale × width} by {@code scale × height} pixels (rounded up). */
    public static WritableImage paint(MapScene scene, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        int w = (int) Math.ceil(scene.width() * scale);
        int h = (int) Math.ceil(scene.height() * scale);
        Canvas canvas = new Canvas(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.web(scene.background()));
        gc.fillRect(0, 0, w, h);
        gc.scale(scale, scale);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (MapScene.Element e : scene.elements()) {
            paint(gc, e);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.web(scene.background()));
        return canvas.snapshot(params, new WritableImage(w, h));
    }

    private static void paint(GraphicsContext gc, MapScene.Element e) {
        gc.setGlobalAlpha(1);
        gc.setLineDashes((double[]) null);
        // Butt ends, as SVG's default: the canvas's square ends lengthen every dash by the line's
        // width, which closes the gaps of a thick dashed line (the legend's co-patent line came
        // out solid in the PNG while dashed in the SVG).
        gc.setLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
        if (e instanceof MapScene.Group g) {
            for (MapScene.Element c : g.elements()) {
                paint(gc, c);
            }
        } else if (e instanceof MapScene.Polygon p) {
            int n = p.points().length / 2;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = p.points()[2 * i];
                y[i] = p.points()[2 * i + 1];
            }
            gc.setFill(Color.web(p.fill()));
            gc.fillPolygon(x, y, n);
            gc.setStroke(Color.web(p.stroke()));
            gc.setLineWidth(p.strokeWidth());
            gc.strokePolygon(x, y, n);
        } else if (e instanceof MapScene.Line l) {
            gc.setStroke(Color.web(l.colour(), l.opacity()));
            gc.setLineWidth(l.width());
            if (l.dashed()) {
                gc.setLineDashes(4, 3);
            }
            gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
        } else if (e instanceof MapScene.Circle c) {
            gc.setFill(Color.web(c.fill(), c.opacity()));
            gc.fillOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            if (c.stroke() != null) {
                gc.setStroke(Color.web(c.stroke()));
                gc.setLineWidth(c.strokeWidth());
                gc.strokeOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            }
        } else if (e instanceof MapScene.Rect r) {
            gc.setFill(Color.web(r.fill(), r.opacity()));
            gc.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 2 * r.rx(), 2 * r.rx());
            if (r.stroke() != null) {
                gc.setStroke(Color.web(r.stroke()));
                gc.setLineWidth(1);
                gc.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), 2 * r.rx(), 2 * r.rx());
            }
        } else if (e instanceof MapScene.Curve c) {
            gc.setStroke(Color.web(c.colour(), c.opacity()));
            gc.setLineWidth(c.width());
            gc.setLineDashes(c.dash().length == 0 ? null : c.dash());
            gc.setLineCap(c.roundCap() ? javafx.scene.shape.StrokeLineCap.ROUND : javafx.scene.shape.StrokeLineCap.BUTT);
            gc.beginPath();
            gc.moveTo(c.x0(), c.y0());
            gc.quadraticCurveTo(c.cx(), c.cy(), c.x1(), c.y1());
            gc.stroke();
        } else if (e instanceof MapScene.Ring r) {
            gc.setStroke(Color.web(r.colour(), r.opacity()));
            gc.setLineWidth(r.width());
            gc.setLineDashes(r.dash().length == 0 ? null : r.dash());
            gc.strokeOval(r.cx() - r.r(), r.cy() - r.r(), 2 * r.r(), 2 * r.r());
        } else if (e instanceof MapScene.Text t) {
            gc.setFont(t.bold() ? Fonts.bold(t.size()) : Fonts.font(t.size()));
            gc.setFill(Color.web(t.fill()));
            gc.fillText(t.text(), t.x(), t.y());
        }
    }
}
