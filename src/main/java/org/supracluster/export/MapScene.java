package org.supracluster.export;

import java.util.List;
import java.util.Objects;

/**
 * A picture of the map as plain shapes in pixel coordinates (y downwards), drawn in list order:
 * what the map view shows, collected by the user interface, so that the SVG writer (and the PNG
 * renderer, which paints the same shapes) need nothing of JavaFX or GraphStream. Colours are CSS
 * colour strings ({@code #rrggbb}); opacity is separate, as SVG and Inkscape handle it best.
 *
 * @param width  picture width in pixels (at 1×)
 * @param height picture height in pixels
 * @param background colour of the whole picture
 * @param elements what is drawn, back to front
 */
public record MapScene(double width, double height, String background, List<Element> elements) {

    public MapScene {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a picture needs a positive size: " + width + " × " + height);
        }
        Objects.requireNonNull(background, "background");
        elements = List.copyOf(elements);
    }

    /** One shape of the picture. */
    public sealed interface Element permits Polygon, Line, Circle, Rect, Text, Group, Curve, Ring { }

    /** A closed polygon, points as x0, y0, x1, y1, … */
    public record Polygon(double[] points, String fill, String stroke, double strokeWidth) implements Element {
        public Polygon {
            if (points.length < 6 || points.length % 2 != 0) {
                throw new IllegalArgumentException("a polygon needs at least three points: " + points.length / 2);
            }
        }
    }

    /** A straight line; dashed lines are drawn 4 on, 3 off (the map's co-patent style). */
    public record Line(double x1, double y1, double x2, double y2, String colour, double opacity, double width,
                       boolean dashed) implements Element { }

    /**
     * A circle; {@code firmId} names the firm it draws, or is null for any other circle.
     * (The legend draws its swatches as rounded {@link Rect}s, so circles are firms.)
     */
    public record Circle(double cx, double cy, double r, String fill, double opacity, String stroke,
                         double strokeWidth, String firmId) implements Element { }

    /** A rectangle with rounded corners of radius {@code rx}; stroke may be null. */
    public record Rect(double x, double y, double w, double h, double rx, String fill, double opacity,
                       String stroke) implements Element { }

    /** One line of text, its baseline starting at (x, y). */
    public record Text(double x, double y, String text, double size, boolean bold, String fill) implements Element {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Shapes that belong together (the legend, the title), named by {@code id}. */
    public record Group(String id, List<Element> elements) implements Element {
        public Group {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A quadratic Bézier curve from (x0, y0) through control point (cx, cy) to (x1, y1): an arc of
     * the super-cluster map. {@code dash} is on/off lengths, empty for a solid line.
     */
    public record Curve(double x0, double y0, double cx, double cy, double x1, double y1, String colour,
                        double opacity, double width, double[] dash, boolean roundCap) implements Element {
        public Curve {
            Objects.requireNonNull(colour, "colour");
            dash = dash == null ? new double[0] : dash.clone();
        }
    }

    /** A circle's outline only (a ring around a super-cluster); {@code dash} as for {@link Curve}. */
    public record Ring(double cx, double cy, double r, String colour, double opacity, double width, double[] dash)
            implements Element {
        public Ring {
            Objects.requireNonNull(colour, "colour");
            dash = dash == null ? new double[0] : dash.clone();
        }
    }
}
