package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.FontWeight;
import org.supracluster.export.MapScene;

/**
 * The super-cluster map's shapes as shown, turned into {@link MapScene} elements for the PNG and
 * SVG export (the view adds the province outline from the rings and viewport its canvas uses):
 * every shape and label of the view (arcs, rings, circles, leader lines, names, badges, the
 * legend) read from the live JavaFX nodes, their coordinates taken through each node's transforms
 * into the view's own.
 * Reading the nodes rather than computing the drawing a second time keeps the picture the same as
 * the screen, label placement and presenter sizes included. What the map's nodes do not use is not
 * carried over: a node's own opacity, a polygon's fill transparency (the arrow heads' 0.9 comes
 * out opaque), a label's graphic and wrapping (labels are one line).
 */
final class SuperMapPicture {

    private final Node root;
    private final double top;
    private final List<MapScene.Element> out = new ArrayList<>();

    private SuperMapPicture(Node root, double top) {
        this.root = root;
        this.top = top;
    }

    /**
     * The shapes and labels of {@code layer}'s node tree, back to front, in the coordinates of
     * {@code root} moved down by {@code header} (the title band above the map).
     */
    static List<MapScene.Element> elements(Node root, Node layer, double header) {
        SuperMapPicture p = new SuperMapPicture(root, header);
        p.walk(layer);
        return p.out;
    }

    private void walk(Node n) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Label label) {
            label(label);
            return; // its text is drawn here; its children are the skin's
        }
        if (n instanceof Region region) {
            background(region);
        }
        if (n instanceof Shape shape) {
            shape(shape);
        }
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    /** A point of {@code n}'s own coordinates in the picture's. */
    private Point2D at(Node n, double x, double y) {
        Point2D p = root.sceneToLocal(n.localToScene(x, y));
        return new Point2D(p.getX(), p.getY() + top);
    }

    /** How much {@code n}'s transforms enlarge a length (presenter mode scales the legend's symbols). */
    private double scale(Node n) {
        Point2D a = at(n, 0, 0);
        Point2D b = at(n, 1, 0);
        return a.distance(b);
    }

    private void shape(Shape s) {
        double k = scale(s);
        double width = s.getStrokeWidth() * k;
        double[] dash = s.getStrokeDashArray().stream().mapToDouble(d -> d * k).toArray();
        if (s instanceof QuadCurve q) {
            Point2D a = at(q, q.getStartX(), q.getStartY());
            Point2D c = at(q, q.getControlX(), q.getControlY());
            Point2D b = at(q, q.getEndX(), q.getEndY());
            out.add(new MapScene.Curve(a.getX(), a.getY(), c.getX(), c.getY(), b.getX(), b.getY(), hex(q.getStroke()),
                    alpha(q.getStroke()), width, dash, q.getStrokeLineCap() == StrokeLineCap.ROUND));
        } else if (s instanceof Circle c) {
            Point2D p = at(c, c.getCenterX(), c.getCenterY());
            double r = c.getRadius() * k;
            if (c.getFill() == null) {
                if (c.getStroke() != null) {
                    out.add(new MapScene.Ring(p.getX(), p.getY(), r, hex(c.getStroke()), alpha(c.getStroke()), width,
                            dash));
                }
            } else {
                out.add(new MapScene.Circle(p.getX(), p.getY(), r, hex(c.getFill()), alpha(c.getFill()),
                        c.getStroke() == null ? null : hex(c.getStroke()), width, null));
            }
        } else if (s instanceof Line l) {
            Point2D a = at(l, l.getStartX(), l.getStartY());
            Point2D b = at(l, l.getEndX(), l.getEndY());
            out.add(new MapScene.Line(a.getX(), a.getY(), b.getX(), b.getY(), hex(l.getStroke()), alpha(l.getStroke()),
                    width, dash.length > 0));
        } else if (s instanceof Polygon poly) {
            List<Double> pts = poly.getPoints();
            double[] xy = new double[pts.size()];
            for (int i = 0; i + 1 < pts.size(); i += 2) {
                Point2D p = at(poly, pts.get(i), pts.get(i + 1));
                xy[i] = p.getX();
                xy[i + 1] = p.getY();
            }
            if (xy.length >= 6) {
                String fill = hex(poly.getFill());
                out.add(new MapScene.Polygon(xy, fill, fill, 0.5));
            }
        }
    }

    /** A region's first background fill as a rounded rectangle (the labels' and legend's boxes). */
    private void background(Region r) {
        if (r.getBackground() == null || r.getBackground().getFills().isEmpty()) {
            return;
        }
        BackgroundFill fill = r.getBackground().getFills().get(0);
        if (!(fill.getFill() instanceof Color colour) || colour.getOpacity() == 0) {
            return;
        }
        Bounds b = r.getLayoutBounds();
        Point2D a = at(r, b.getMinX(), b.getMinY());
        Point2D c = at(r, b.getMaxX(), b.getMaxY());
        double radius = fill.getRadii() == null ? 0 : fill.getRadii().getTopLeftHorizontalRadius() * scale(r);
        String stroke = r.getBorder() != null && !r.getBorder().getStrokes().isEmpty()
                ? hex(r.getBorder().getStrokes().get(0).getTopStroke()) : null;
        out.add(new MapScene.Rect(a.getX(), a.getY(), c.getX() - a.getX(), c.getY() - a.getY(), radius, hex(colour),
                colour.getOpacity(), stroke));
    }

    private void label(Label l) {
        background(l);
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        double k = scale(l);
        Point2D p = at(l, l.snappedLeftInset(), l.getBaselineOffset());
        var font = l.getFont();
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        out.add(new MapScene.Text(p.getX(), p.getY(), text, font.getSize() * k, bold, hex(l.getTextFill())));
    }

    static String hex(Paint paint) {
        Color c = paint instanceof Color colour ? colour : Color.GREY;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static double alpha(Paint paint) {
        return paint instanceof Color c ? c.getOpacity() : 1;
    }
}
