package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.supracluster.export.MapScene;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.DarkTheme;
import org.supracluster.ui.map.MapPicture;
import org.supracluster.ui.map.ProvinceShapes;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;
import org.supracluster.ui.supermap.SuperMapGeometry.Viewport;
import org.supracluster.ui.supermap.SuperMapViewModel.Figures;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;

/**
 * Draws the super-cluster map with plain JavaFX shapes (crisper on a projector than the firm
 * map's canvas, and each circle a node that can be clicked): the provinces on a canvas, then the
 * arcs, the circles with their rings, and large labels with role badges, all placed by
 * {@link SuperMapGeometry} and made by {@link SuperMapShapes} in the current look. Its own pan (drag) and zoom (wheel, around the pointer); a new size
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
    /** Style class of the dot and line that mark a moved circle's own place. */
    public static final String HOME_CLASS = "super-home";
    /** Style class of an arc's number of links (its user data is its {@link Arc}). */
    public static final String COUNT_CLASS = "super-arc-count";

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
    private SuperMapGeometry.Drawing drawing;
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
        model.arcCountsProperty().addListener((o, was, now) -> redraw());
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

    /** A click on a group's circle, unless it ends a drag; returns whether it was taken. */
    private boolean groupClicked(int group) {
        if (dragged) {
            return false;
        }
        onGroupClicked.accept(group);
        return true;
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

    /** The drawing now shown, or null before the map has a size and figures (for tests). */
    public SuperMapGeometry.Drawing drawing() {
        return drawing;
    }

    private void redraw() {
        drawOutline();
        shapes.getChildren().clear();
        drawing = null;
        Figures f = model.figuresProperty().get();
        if (viewport == null || f == null) {
            legend.showHomeMarks(false);
            return;
        }
        double maxRadius = Math.max(18, Math.min(outline.getWidth(), outline.getHeight())
                * (f.grouping() == Grouping.CLUSTERS ? 0.085 : 0.06));
        drawing = SuperMapGeometry.of(f.graph(), f.types(), viewport, maxRadius);
        SuperMapShapes make = new SuperMapShapes(model, f, large, dark, this::groupClicked);
        for (Arc a : drawing.arcs()) {
            shapes.getChildren().addAll(make.arc(a));
        }
        // Largest first, so a small group over a large one stays in sight where they still touch.
        drawing.circles().stream().sorted(java.util.Comparator.comparingDouble(GroupCircle::outerRadius).reversed())
                .forEach(c -> shapes.getChildren().addAll(make.circle(c)));
        // Over the circles: a circle moved aside may have its own place under its neighbour.
        boolean moved = false;
        for (GroupCircle c : drawing.circles()) {
            if (CircleSpacing.moved(c)) {
                shapes.getChildren().addAll(make.home(c));
                moved = true;
            }
        }
        legend.showHomeMarks(moved);
        List<SuperMapGeometry.Box> names = labels(make);
        if (model.arcCountsProperty().get()) {
            counts(make, names);
        }
    }

    /** The groups' names with their leader lines, placed; returns where they went. */
    private List<SuperMapGeometry.Box> labels(SuperMapShapes make) {
        List<VBox> labels = new ArrayList<>();
        double[] w = new double[drawing.circles().size()];
        double[] h = new double[w.length];
        for (GroupCircle c : drawing.circles()) {
            VBox box = make.label(c);
            measure(box, w, h, labels.size());
            labels.add(box);
        }
        var places = SuperMapLabels.placeLabels(drawing.circles(), w, h, inside());
        List<javafx.scene.Node> leaders = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            SuperMapGeometry.Box b = places.get(i);
            labels.get(i).relocate(b.x(), b.y());
            GroupCircle c = drawing.circles().get(i);
            if (SuperMapLabels.needsLeader(c, b)) {
                leaders.add(make.leader(c, b));
            }
        }
        // Under the labels, over the circles: the line ends at the label's edge.
        if (!labels.isEmpty()) {
            shapes.getChildren().addAll(shapes.getChildren().indexOf(labels.get(0)), leaders);
        }
        return places;
    }

    /** Each arc's number of links, on or beside it, clear of the circles, the names and each other. */
    private void counts(SuperMapShapes make, List<SuperMapGeometry.Box> names) {
        List<Arc> arcs = drawing.arcs();
        List<javafx.scene.control.Label> counts = new ArrayList<>();
        double[] w = new double[arcs.size()];
        double[] h = new double[w.length];
        for (Arc a : arcs) {
            var label = make.count(a);
            measure(label, w, h, counts.size());
            counts.add(label);
        }
        var places = ArcFigures.place(arcs, w, h, drawing.circles(), names, inside());
        for (int i = 0; i < counts.size(); i++) {
            counts.get(i).relocate(places.get(i).x(), places.get(i).y());
        }
    }

    /** Adds a label to the shapes (in the scene first, so its size is known) and notes its size as the i-th. */
    private void measure(javafx.scene.layout.Region label, double[] w, double[] h, int i) {
        shapes.getChildren().add(label);
        label.applyCss();
        label.autosize();
        w[i] = label.getWidth();
        h[i] = label.getHeight();
    }

    /** Where labels may go: the view less a 4-pixel margin. */
    private SuperMapGeometry.Box inside() {
        return new SuperMapGeometry.Box(4, 4, outline.getWidth() - 8, outline.getHeight() - 8);
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
        return picture(title, subtitle, dark);
    }

    /**
     * As {@link #picture(String, String)}, in the light colours or the dark theme's whatever the
     * screen shows. The groups and the legend are read from the shapes drawn, so they are
     * restyled for the picture and back within this call: no frame is drawn in between.
     */
    public MapScene picture(String title, String subtitle, boolean dark) {
        boolean shown = this.dark;
        if (dark == shown) {
            return drawnPicture(title, subtitle);
        }
        setPresentation(large, dark);
        try {
            return drawnPicture(title, subtitle);
        } finally {
            setPresentation(large, shown);
        }
    }

    private MapScene drawnPicture(String title, String subtitle) {
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
        elements.add(new MapScene.Group("legend", legend.withoutClickHint(() -> {
            layout(); // the legend shrinks to its rows without the hint, still in its corner
            return SuperMapPicture.elements(layer, legend, header);
        })));
        if (header > 0) {
            elements.add(new MapScene.Group("title", MapPicture.title(title.strip(), subtitle.strip(), w, header, dark)));
        }
        return new MapScene(w, h + header, SuperMapPicture.hex(dark ? DARK_SEA : SEA), elements);
    }

    /** Whether the dark theme is on (for tests). */
    public boolean isDark() {
        return dark;
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
        legend.dispose();
    }
}
