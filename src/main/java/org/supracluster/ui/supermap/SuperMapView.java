package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.export.MapScene;
import org.supracluster.model.LinkType;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.DarkTheme;
import org.supracluster.ui.map.MapPicture;
import org.supracluster.ui.map.ProvinceShapes;
import org.supracluster.ui.roles.ClusterPalette;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;
import org.supracluster.ui.supermap.SuperMapGeometry.Viewport;
import org.supracluster.ui.supermap.SuperMapViewModel.Figures;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;

/**
 * Draws the super-cluster map with plain JavaFX shapes (crisper on a projector than the firm
 * map's canvas, and each circle a node that can be clicked): the provinces on a canvas, then the
 * arcs, the circles with their rings, and large labels with role badges, all placed by
 * {@link SuperMapGeometry}. Its own pan (drag) and zoom (wheel, around the pointer); a new size
 * fits Korea again. Redrawn when the figures or the language change.
 */
public final class SuperMapView extends StackPane {

    /** Style class of a group's circle (its user data is the group index). */
    public static final String GROUP_CLASS = "super-group";
    /** Style class of a group's name label. */
    public static final String LABEL_CLASS = "super-label";
    /** Style class of a role badge. */
    public static final String BADGE_CLASS = "super-badge";
    /** Style class of a line from a circle to its label placed away from it. */
    public static final String LEADER_CLASS = "super-leader";
    /** Style class of an arc (its user data is its {@link Arc}). */
    public static final String ARC_CLASS = "super-arc";

    private static final Color LAND = Color.web("#efeee6");
    private static final Color BORDER = Color.web("#c9c7b8");
    private static final Color SEA = Color.web("#f8fafc");
    /** The dark theme's colours: those of the firm map's ({@link DarkTheme}). */
    private static final Color DARK_LAND = Color.web(DarkTheme.LAND);
    private static final Color DARK_BORDER = Color.web(DarkTheme.BORDER);
    private static final Color DARK_SEA = Color.web(DarkTheme.SEA);
    private static final double MARGIN = 28;

    private final SuperMapViewModel model;
    private final Canvas outline = new Canvas();
    private final Group shapes = new Group();
    private final Pane layer;
    private final SuperMapLegend legend;
    /** Each province ring projected: {x[], y[]} in map units. */
    private final List<double[][]> rings = new ArrayList<>();
    private final ProvinceShapes.Bounds korea;
    private final I18n.Subscription language;
    private Viewport viewport;
    private IntConsumer onGroupClicked = g -> { };
    private double dragX;
    private double dragY;
    private boolean dragged;
    /** Presenter mode: larger labels and legend; and its dark theme. */
    private boolean large;
    private boolean dark;

    public SuperMapView(SuperMapViewModel model) {
        this.model = model;
        ProvinceShapes provinces = ProvinceShapes.load();
        korea = provinces.bounds();
        rings.addAll(provinces.projectedRings());
        layer = new Pane(outline, shapes);
        layer.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(layer.widthProperty());
        clip.heightProperty().bind(layer.heightProperty());
        layer.setClip(clip);
        outline.widthProperty().bind(layer.widthProperty());
        outline.heightProperty().bind(layer.heightProperty());
        legend = new SuperMapLegend(model);
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMouseTransparent(true);
        getChildren().addAll(layer, legend);
        setStyle("-fx-background-color: #f8fafc;");
        getStyleClass().add("super-map");
        setMinSize(0, 0);
        layer.widthProperty().addListener((o, was, now) -> fit());
        layer.heightProperty().addListener((o, was, now) -> fit());
        model.figuresProperty().addListener((o, was, now) -> redraw());
        language = I18n.addListener(locale -> redraw());
        initMouse(layer);
    }

    private void initMouse(Pane layer) {
        layer.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        layer.setOnMouseDragged(e -> {
            if (viewport == null || !dragged && Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) < 3) {
                return;
            }
            dragged = true;
            viewport = viewport.panned(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
        layer.setOnScroll(e -> {
            if (viewport != null && e.getDeltaY() != 0) {
                viewport = viewport.zoomed(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                redraw();
            }
        });
    }

    /** Called with the group index when the user clicks a group's circle. */
    public void setOnGroupClicked(IntConsumer handler) {
        onGroupClicked = handler;
    }

    /** Shows the whole of Korea again. */
    public void fit() {
        double w = outline.getWidth();
        double h = outline.getHeight();
        // Korea beside the legend, not under it, when the view is wide enough for both.
        legend.applyCss();
        double legendWidth = legend.prefWidth(-1) + 20;
        double room = w - legendWidth > 0.5 * w ? w - legendWidth : w;
        viewport = w > 0 && h > 0 ? Viewport.fit(korea.minLon(), korea.minLat(), korea.maxLon(), korea.maxLat(), room,
                h, MARGIN) : null;
        redraw();
    }

    /** The viewport now used, or null before the view has a size. */
    public Viewport viewport() {
        return viewport;
    }

    private void redraw() {
        drawOutline();
        shapes.getChildren().clear();
        Figures f = model.figuresProperty().get();
        if (viewport == null || f == null) {
            return;
        }
        double maxRadius = Math.max(18, Math.min(outline.getWidth(), outline.getHeight())
                * (f.grouping() == Grouping.CLUSTERS ? 0.085 : 0.06));
        var drawing = SuperMapGeometry.of(f.graph(), f.types(), viewport, maxRadius);
        for (Arc a : drawing.arcs()) {
            shapes.getChildren().addAll(arc(f, a));
        }
        // Largest first, so a small group over a large one (Seoul in Gyeonggi) stays in sight.
        drawing.circles().stream().sorted(java.util.Comparator.comparingDouble(GroupCircle::outerRadius).reversed())
                .forEach(c -> shapes.getChildren().addAll(circle(f, c)));
        List<VBox> labels = new ArrayList<>();
        double[] w = new double[drawing.circles().size()];
        double[] h = new double[w.length];
        for (GroupCircle c : drawing.circles()) {
            VBox box = label(f, c);
            shapes.getChildren().add(box); // in the scene first, so its size is known
            box.applyCss();
            box.autosize();
            w[labels.size()] = box.getWidth();
            h[labels.size()] = box.getHeight();
            labels.add(box);
        }
        var bounds = new SuperMapGeometry.Box(4, 4, outline.getWidth() - 8, outline.getHeight() - 8);
        var places = SuperMapGeometry.placeLabels(drawing.circles(), w, h, bounds);
        List<javafx.scene.Node> leaders = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            SuperMapGeometry.Box b = places.get(i);
            labels.get(i).relocate(b.x(), b.y());
            GroupCircle c = drawing.circles().get(i);
            if (SuperMapGeometry.needsLeader(c, b)) {
                leaders.add(leader(c, b));
            }
        }
        // Under the labels, over the circles: the line ends at the label's edge.
        if (!labels.isEmpty()) {
            shapes.getChildren().addAll(shapes.getChildren().indexOf(labels.get(0)), leaders);
        }
    }

    private void drawOutline() {
        GraphicsContext gc = outline.getGraphicsContext2D();
        gc.setFill(dark ? DARK_SEA : SEA);
        gc.fillRect(0, 0, outline.getWidth(), outline.getHeight());
        if (viewport == null) {
            return;
        }
        gc.setFill(dark ? DARK_LAND : LAND);
        gc.setStroke(dark ? DARK_BORDER : BORDER);
        gc.setLineWidth(1);
        for (double[][] r : rings) {
            double[][] xy = onScreen(r, 0);
            gc.fillPolygon(xy[0], xy[1], xy[0].length);
            gc.strokePolygon(xy[0], xy[1], xy[0].length);
        }
    }

    /** A projected province ring in the view's pixels, {x[], y[]}, moved down by {@code dy}. */
    private double[][] onScreen(double[][] ring, double dy) {
        int n = ring[0].length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = viewport.pxOfMapX(ring[0][i]);
            y[i] = viewport.pyOfMapY(ring[1][i]) + dy;
        }
        return new double[][] {x, y};
    }

    private List<javafx.scene.Node> arc(Figures f, Arc a) {
        boolean trade = a.type() == LinkType.TRADE;
        Color colour = Color.web(linkColour(a.type()));
        // The curve stops at the arrow head's base, so the head's tip lands on the circle's edge.
        double tx = a.x1() - a.cx();
        double ty = a.y1() - a.cy();
        double len = Math.max(1e-9, Math.hypot(tx, ty));
        double ux = tx / len;
        double uy = ty / len;
        double head = trade ? 7 + a.width() * 1.1 : 0;
        QuadCurve curve = new QuadCurve(a.x0(), a.y0(), a.cx(), a.cy(), a.x1() - ux * head * 0.8,
                a.y1() - uy * head * 0.8);
        curve.setFill(null);
        curve.setStroke(colour.deriveColor(0, 1, 1, trade ? 0.72 : 0.85));
        curve.setStrokeWidth(a.width());
        curve.setStrokeLineCap(trade ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        if (!trade) {
            curve.getStrokeDashArray().setAll(Math.max(6, a.width() * 2), Math.max(4, a.width()));
        }
        curve.getStyleClass().add(ARC_CLASS);
        curve.setUserData(a);
        // Hovering an arc tells its figures: what a presenter is asked about.
        var matrix = f.graph().links(a.type());
        Tooltip.install(curve, new Tooltip(I18n.format(trade ? "supermap.arc.trade" : "supermap.arc.copatent",
                model.name(f.grouping(), a.from(), I18n.locale()), model.name(f.grouping(), a.to(), I18n.locale()),
                matrix.count(a.from(), a.to()), matrix.weight(a.from(), a.to()))));
        if (!trade) {
            return List.of(curve);
        }
        double half = 3 + a.width() * 0.8;
        Polygon arrow = new Polygon(a.x1(), a.y1(),
                a.x1() - ux * head - uy * half, a.y1() - uy * head + ux * half,
                a.x1() - ux * head + uy * half, a.y1() - uy * head - ux * half);
        arrow.setFill(colour.deriveColor(0, 1, 0.85, 0.9));
        arrow.setMouseTransparent(true);
        return List.of(curve, arrow);
    }

    private List<javafx.scene.Node> circle(Figures f, GroupCircle c) {
        List<javafx.scene.Node> out = new ArrayList<>();
        double r = c.radius() + 2; // a white gap between the disc and its rings
        if (c.tradeRing() > 0) {
            out.add(ring(r + c.tradeRing() / 2, c, c.tradeRing(), linkColour(LinkType.TRADE), false));
        }
        if (c.copatentRing() > 0) {
            out.add(ring(r + c.tradeRing() + c.copatentRing() / 2, c, c.copatentRing(), linkColour(LinkType.COPATENT),
                    true));
        }
        Circle disc = new Circle(c.x(), c.y(), c.radius(), Color.web(model.colour(f.grouping(), c.group())));
        disc.setStroke(dark ? DARK_SEA : Color.WHITE);
        disc.setStrokeWidth(2);
        disc.getStyleClass().add(GROUP_CLASS);
        disc.setUserData(c.group());
        disc.setCursor(Cursor.HAND);
        Tooltip.install(disc, new Tooltip(I18n.format("supermap.group.tip",
                model.name(f.grouping(), c.group(), I18n.locale()), c.firms())));
        disc.setOnMouseClicked(e -> {
            if (!dragged) {
                e.consume();
                onGroupClicked.accept(c.group());
            }
        });
        out.add(disc);
        return out;
    }

    private static Circle ring(double radius, GroupCircle c, double width, String colour, boolean dashed) {
        Circle ring = new Circle(c.x(), c.y(), radius, null);
        ring.setStroke(Color.web(colour).deriveColor(0, 1, 1, 0.8));
        ring.setStrokeWidth(width);
        if (dashed) {
            ring.getStrokeDashArray().setAll(Math.max(5, width * 1.5), Math.max(3, width));
        }
        ring.setMouseTransparent(true);
        return ring;
    }

    private VBox label(Figures f, GroupCircle c) {
        boolean clusters = f.grouping() == Grouping.CLUSTERS;
        Label name = new Label(model.name(f.grouping(), c.group(), I18n.locale()));
        name.getStyleClass().add(LABEL_CLASS);
        name.setStyle("-fx-font-size: " + nameSize(clusters) + "px; -fx-font-weight: bold; -fx-text-fill: "
                + (dark ? "#f0f0f0" : "#1a1a1a") + "; -fx-background-color: "
                + (dark ? "rgba(21,24,29,0.85)" : "rgba(255,255,255,0.82)")
                + "; -fx-background-radius: 5; -fx-padding: 1 6 1 6;");
        ClusterRole role = model.role(c.group());
        Label badge = new Label(I18n.name(role));
        badge.getStyleClass().add(BADGE_CLASS);
        badge.setStyle("-fx-font-size: " + (large ? (clusters ? 16 : 13) : (clusters ? 12 : 10))
                + "px; -fx-text-fill: white; -fx-background-color: " + badgeColour(role, dark)
                + "; -fx-background-radius: 9; -fx-padding: 1 7 1 7;"
                + (dark ? " -fx-border-color: #8a93a0; -fx-border-radius: 9;" : ""));
        VBox box = new VBox(2, name, badge);
        box.setAlignment(Pos.TOP_CENTER);
        box.setMouseTransparent(true);
        return box;
    }

    /** Text size of a group's name: large enough for a projector in presenter mode. */
    private double nameSize(boolean clusters) {
        return large ? (clusters ? 28 : 18) : (clusters ? 20 : 14);
    }

    /** A thin line from a circle's rim to its label, placed away from it where groups crowd. */
    private javafx.scene.Node leader(GroupCircle c, SuperMapGeometry.Box b) {
        double nx = Math.max(b.x(), Math.min(c.x(), b.x() + b.w()));
        double ny = Math.max(b.y(), Math.min(c.y(), b.y() + b.h()));
        double len = Math.max(1e-9, Math.hypot(nx - c.x(), ny - c.y()));
        double r = c.outerRadius() + 1;
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(c.x() + (nx - c.x()) / len * r,
                c.y() + (ny - c.y()) / len * r, nx, ny);
        line.setStroke(Color.web(dark ? DarkTheme.MUTED_TEXT : "#555555"));
        line.setStrokeWidth(large ? 1.6 : 1.1);
        line.getStyleClass().add(LEADER_CLASS);
        line.setMouseTransparent(true);
        return line;
    }

    /** A link type's colour in the current theme. */
    private String linkColour(LinkType type) {
        if (!dark) {
            return ClusterPalette.linkType(type);
        }
        return type == LinkType.TRADE ? DarkTheme.TRADE : DarkTheme.COPATENT;
    }

    /**
     * Presenter mode's look, as the firm map's ({@code MapView.setPresentation}): larger names,
     * badges and legend, and the dark theme's sea, land, lines and labels.
     */
    public void setPresentation(boolean large, boolean dark) {
        if (this.large == large && this.dark == dark) {
            return;
        }
        this.large = large;
        this.dark = dark;
        setStyle("-fx-background-color: " + (dark ? DarkTheme.SEA : "#f8fafc") + ";");
        legend.setPresentation(large, dark);
        fit();
    }

    /**
     * The map as shown (theme, labels, legend) under a title band, for the PNG and SVG export:
     * as wide as the view, {@link MapPicture#headerHeight} taller.
     *
     * @throws IllegalStateException when the view has not been laid out yet
     */
    public MapScene picture(String title, String subtitle) {
        double w = outline.getWidth();
        double h = outline.getHeight();
        if (viewport == null || !(w > 0) || !(h > 0)) {
            throw new IllegalStateException("the super-cluster map has not been drawn yet");
        }
        double header = MapPicture.headerHeight(title, subtitle);
        List<MapScene.Element> provinces = new ArrayList<>();
        String land = SuperMapPicture.hex(dark ? DARK_LAND : LAND);
        String border = SuperMapPicture.hex(dark ? DARK_BORDER : BORDER);
        for (double[][] r : rings) {
            double[][] xy = onScreen(r, header);
            int n = xy[0].length;
            double[] pts = new double[2 * n];
            for (int i = 0; i < n; i++) {
                pts[2 * i] = xy[0][i];
                pts[2 * i + 1] = xy[1][i];
            }
            if (n >= 3) {
                provinces.add(new MapScene.Polygon(pts, land, border, 1));
            }
        }
        List<MapScene.Element> elements = new ArrayList<>();
        elements.add(new MapScene.Group("provinces", provinces));
        elements.add(new MapScene.Group("groups", SuperMapPicture.elements(layer, shapes, header)));
        elements.add(new MapScene.Group("legend", SuperMapPicture.elements(layer, legend, header)));
        if (header > 0) {
            elements.add(new MapScene.Group("title", MapPicture.title(title.strip(), subtitle.strip(), w, header, dark)));
        }
        return new MapScene(w, h + header, SuperMapPicture.hex(dark ? DARK_SEA : SEA), elements);
    }

    /** Whether the dark theme is on (for tests). */
    public boolean isDark() {
        return dark;
    }

    /** Dark for the core, lighter towards the periphery: the badge says how central a group is. */
    private static String badgeColour(ClusterRole role, boolean dark) {
        if (dark) {
            return switch (role) {
                case CORE_HUB -> "#0072B2";
                case EXTERNALLY_ORIENTED -> "#8a5f9e";
                case INTERNALLY_ORIENTED -> "#4f6f86";
                case PERIPHERAL -> "#5c636e";
            };
        }
        return switch (role) {
            case CORE_HUB -> "#1f2937";
            case EXTERNALLY_ORIENTED -> "#6b4c7a";
            case INTERNALLY_ORIENTED -> "#4b6376";
            case PERIPHERAL -> "#8a8a8a";
        };
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
        legend.dispose();
    }
}
