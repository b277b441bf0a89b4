package org.supracluster.ui.map;

import java.util.EnumSet;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.supracluster.model.ClusterScheme;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.view.Viewer;
import org.supracluster.analysis.LinkGraph;

/**
 * The map: GraphStream's JavaFX view of a {@link NetworkGraph}, firms at their map positions
 * (auto-layout off). The view sits in a {@link StackPane} of its own because GraphStream adds the
 * view's position inside its parent to mouse coordinates (LIBRARIES.md). The graph lives on the
 * JavaFX thread ({@code GRAPH_IN_GUI_THREAD}): call {@link #show} there only.
 */
public final class MapView extends StackPane {

    /**
     * The map's GraphStream stylesheet ({@code /css/map.css}; colours are the Okabe–Ito
     * colour-blind-safe palette), as text.
     */
    public static final String STYLESHEET = MapStylesheet.BASE;

    private final NetworkGraph graph;
    private final FxViewer viewer;
    private final FxDefaultView view;
    private final MapLegend legend;
    private final ProvinceLayer provinces;
    private IntConsumer onFirmClicked = firm -> { };
    private Runnable onDrawingChanged = () -> { };
    private Runnable onCameraSettled = () -> { };
    /** After the camera stops moving, the link budget follows the part of the map on screen. */
    private final javafx.animation.PauseTransition settle =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private double dragX;
    private double dragY;
    private boolean dragged;

    public MapView(NetworkGraph graph, ClusterScheme scheme) {
        this.graph = graph;
        graph.graph().setAttribute("ui.stylesheet", STYLESHEET);
        graph.graph().setAttribute("ui.antialias");
        viewer = new FxViewer(graph.graph(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (FxDefaultView) viewer.addDefaultView(false, new MapRenderer(graph::viewBox));
        glide = new CameraGlide(view::getCamera);
        provinces = new ProvinceLayer(view, ProvinceShapes.load());
        view.setBackLayerRenderer(provinces);
        // Firms stay at their map positions: no dragging. Clicks and the wheel are handled below.
        view.setMouseManager(new MouseManager() {
            @Override
            public void init(GraphicGraph g, View v) {
            }

            @Override
            public void release() {
            }

            @Override
            public EnumSet<InteractiveElement> getManagedTypes() {
                return EnumSet.noneOf(InteractiveElement.class);
            }
        });
        view.setOnMouseClicked(e -> {
            if (dragged) {
                return; // the end of a drag is not a click on empty map
            }
            GraphicElement hit = view.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), e.getX(), e.getY());
            int firm = hit == null ? -1 : graph.firmOf(hit.getId());
            onFirmClicked.accept(firm);
            if (firm >= 0 && e.getClickCount() == 2) {
                fitNeighbours(); // the first click selected it
            }
        });
        view.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
            view.requestFocus();
        });
        view.setOnMouseDragged(e -> {
            // Drag the map: the point under the mouse stays under it.
            if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) < 2 && !dragged) {
                return;
            }
            dragged = true;
            panByPixels(dragX - e.getX(), dragY - e.getY());
            dragX = e.getX();
            dragY = e.getY();
        });
        view.setOnScroll(e -> zoomBy(e.getDeltaY() > 0 ? 0.85 : 1 / 0.85));
        view.setFocusTraversable(true);
        view.setOnKeyPressed(e -> {
            double step = Math.max(getWidth(), getHeight()) * 0.1;
            switch (e.getCode()) {
                case LEFT -> panByPixels(-step, 0);
                case RIGHT -> panByPixels(step, 0);
                case UP -> panByPixels(0, -step);
                case DOWN -> panByPixels(0, step);
                case PLUS, EQUALS, ADD -> zoomBy(0.8);
                case MINUS, SUBTRACT -> zoomBy(1 / 0.8);
                case DIGIT0, NUMPAD0, HOME -> resetCamera();
                case N -> fitNeighbours();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        settle.setOnFinished(e -> {
            followCamera();
            onCameraSettled.run();
        });
        view.widthProperty().addListener((o, was, now) -> settle.playFromStart());
        view.heightProperty().addListener((o, was, now) -> settle.playFromStart());
        getChildren().add(view);
        legend = new MapLegend(scheme);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMouseTransparent(true); // the map stays clickable under the legend
        getChildren().add(legend);
        getStyleClass().add("map-view");
    }

    /** Shows a view's firms and links; on the JavaFX thread. */
    public void show(LinkGraph links) {
        graph.show(links);
    }

    /** Zooms around the map's centre by a factor of the visible part, within sensible bounds. */
    public void zoomBy(double factor) {
        if (view.getCamera() == null) {
            return; // closed
        }
        double p = view.getCamera().getViewPercent() * factor;
        view.getCamera().setViewPercent(Math.max(0.02, Math.min(1.5, p)));
        settle.playFromStart();
    }

    /**
     * Moves the camera by a distance in screen pixels. Uses only the scale (pixels per graph
     * unit), not the last frame's full transform, which lags a frame behind the camera.
     */
    public void panByPixels(double dx, double dy) {
        var camera = view.getCamera();
        if (camera == null) {
            return; // closed
        }
        double ratio = camera.getMetrics().ratioPx2Gu;
        if (!(ratio > 0)) {
            return; // nothing drawn yet
        }
        var centre = camera.getViewCenter();
        // Graph y grows northwards, screen y downwards.
        camera.setViewCenter(centre.x + dx / ratio, centre.y - dy / ratio, 0);
        settle.playFromStart();
    }

    /**
     * Gives the link budget the part of the map now on screen (see
     * {@link NetworkGraph#setVisibleArea}); called once the camera has settled, since the
     * camera's transform is the one of the last frame drawn.
     */
    void followCamera() {
        var camera = view.getCamera();
        if (camera == null || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        boolean changed;
        if (camera.getViewPercent() >= 1) {
            changed = graph.clearVisibleArea();
        } else {
            var a = camera.transformPxToGu(0, 0);
            var b = camera.transformPxToGu(view.getWidth(), view.getHeight());
            changed = graph.setVisibleArea(a.x, a.y, b.x, b.y);
        }
        // Names are placed for the camera as drawn: none on top of another at this zoom.
        graph.placeNames(new CameraScreen(camera, view.getWidth(), view.getHeight()));
        if (changed) {
            onDrawingChanged.run();
        }
    }

    /** Called when the links drawn change because the camera moved (for the status bar). */
    public void setOnDrawingChanged(Runnable handler) {
        onDrawingChanged = handler;
    }

    /** Called when the camera has stopped moving (after a pan, a zoom or a resize): for undo. */
    public void setOnCameraSettled(Runnable handler) {
        onCameraSettled = handler;
    }

    /** Puts the camera at a centre (graph units) and zoom (view percent), as undo does. */
    public void moveCamera(double centreX, double centreY, double viewPercent) {
        var camera = view.getCamera();
        if (camera == null) {
            return; // closed
        }
        camera.setViewCenter(centreX, centreY, 0);
        camera.setViewPercent(viewPercent);
        settle.playFromStart();
    }

    private final CameraGlide glide;

    /**
     * Glides the camera to a centre and zoom over {@code millis}, as between slides (see
     * {@link CameraGlide}).
     */
    public void glideCamera(double centreX, double centreY, double viewPercent, double millis) {
        glide.to(centreX, centreY, viewPercent, millis, this::moveCamera);
    }

    /**
     * Presenter mode's look: larger names and legend, and a light (the usual) or dark theme for
     * the graph, the provinces and the legend.
     */
    public void setPresentation(boolean large, boolean dark) {
        this.dark = dark;
        String css = MapStylesheet.of(large, dark);
        // Setting the attribute again adds rules to those already parsed; removing it clears them.
        graph.graph().removeAttribute("ui.stylesheet");
        graph.graph().setAttribute("ui.stylesheet", css);
        // The per-firm styles went with the old stylesheet.
        graph.restyle(large ? MapStylesheet.PRESENTER_LABEL_SIZE_PX : NetworkGraph.LABEL_SIZE_PX);
        provinces.setDark(dark);
        legend.setPresentation(large, dark);
    }

    private boolean dark;

    /** Whether presenter mode's dark theme is on (the picture export follows it). */
    public boolean isDark() {
        return dark;
    }

    /** The legend's line about what a circle's size means ("Circle size: degree"). */
    public void setSizeMeaning(String text) {
        legend.setSizeMeaning(text);
    }

    /** The legend's line about circle sizes; empty when circles are not sized. */
    public String sizeMeaning() {
        return legend.sizeMeaning();
    }

    /** Called with the clicked firm's index, or -1 for a click on empty map. */
    public void setOnFirmClicked(IntConsumer handler) {
        onFirmClicked = handler;
    }

    /** Margin around the selected firm and its neighbours when fitting them: room for their names. */
    static final double FIT_MARGIN = 1.4;
    /** Closest zoom of a fit (a firm whose neighbours sit in its own town): the view percent. */
    static final double FIT_MIN_PERCENT = 0.03;

    /**
     * Fit neighbours (double-click on a firm, or the key N on the map): the camera shows the
     * selected firm and its neighbours shown, centred on the box around them, at the view percent
     * {@link #fitPercent}. Does nothing with nothing selected.
     */
    public void fitNeighbours() {
        var camera = view.getCamera();
        double[] box = graph.neighbourhoodBox();
        if (camera == null || box == null) {
            return;
        }
        camera.setViewCenter((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, 0);
        camera.setViewPercent(fitPercent(box, camera.getMetrics().graphWidthGU(), camera.getMetrics().graphHeightGU(),
                FIT_MARGIN, FIT_MIN_PERCENT));
        settle.playFromStart();
    }

    /**
     * The view percent that shows a box ({minX, minY, maxX, maxY}, graph units) of a graph
     * {@code graphWidth} × {@code graphHeight} wide, with a margin factor: GraphStream's camera at
     * view percent p shows at least p × the graph's width and p × its height (its scale is the
     * smaller of the two axes' scales), so p = margin × max(box width / graph width, box height /
     * graph height), kept within [{@code min}, 1]; 1 for a graph of no size.
     */
    static double fitPercent(double[] box, double graphWidth, double graphHeight, double margin, double min) {
        if (!(graphWidth > 0) || !(graphHeight > 0)) {
            return 1;
        }
        double p = margin * Math.max((box[2] - box[0]) / graphWidth, (box[3] - box[1]) / graphHeight);
        return Math.max(min, Math.min(1, p));
    }

    /** Moves the camera to a firm and zooms in on it. */
    public void centreOn(int firm) {
        double[] xy = graph.place(firm);
        view.getCamera().setViewCenter(xy[0], xy[1], 0);
        view.getCamera().setViewPercent(Math.min(view.getCamera().getViewPercent(), 0.25));
        settle.playFromStart();
    }

    /**
     * Moves the camera to show a rectangle of the map (degrees), with a margin: where the
     * super-cluster map's expanded group lies. The camera's scale is relative to the whole graph.
     */
    public void zoomTo(double minLon, double minLat, double maxLon, double maxLat) {
        var camera = view.getCamera();
        if (camera == null) {
            return; // closed
        }
        double x0 = MapProjection.x(minLon);
        double x1 = MapProjection.x(maxLon);
        double y0 = MapProjection.y(minLat);
        double y1 = MapProjection.y(maxLat);
        camera.setViewCenter((x0 + x1) / 2, (y0 + y1) / 2, 0);
        camera.setViewPercent(fitPercent(new double[] {x0, y0, x1, y1}, camera.getMetrics().graphWidthGU(),
                camera.getMetrics().graphHeightGU(), 1.3, 0.05));
        settle.playFromStart();
    }

    /**
     * Draws the firms at the given places (the network layout's) without the provinces under them,
     * or, with null, back at their map positions over the provinces. Positions are in any units:
     * the camera fits whatever the graph spans after {@link #resetCamera()}.
     *
     * @param x per firm, NaN to leave a firm where it is; null for the map
     * @param y per firm, as x
     */
    public void placeFirms(double[] x, double[] y) {
        if (x == null || y == null) {
            graph.restoreMapPositions();
            provinces.setShown(true);
        } else {
            graph.placeAt(x, y);
            provinces.setShown(false);
        }
    }

    /** Whether the provinces are drawn under the firms (the map layout) or not (the network layout). */
    public boolean isShowingProvinces() {
        return provinces.isShown();
    }

    /** Shows the whole network again. */
    public void resetCamera() {
        view.getCamera().resetView();
        settle.playFromStart();
    }

    public NetworkGraph networkGraph() {
        return graph;
    }

    /** GraphStream's view, for the camera and mouse handling. */
    public FxDefaultView graphView() {
        return view;
    }

    /** Stops the viewer's timer; call when the window closes. */
    public void close() {
        settle.stop();
        legend.dispose();
        // GraphStream 2.0's renderer, on closing, removes its renderers from every style group,
        // and a group no frame has drawn yet (e.g. "selected" in a view closed before its first
        // frame) has no renderer map: StyleGroup.removeRenderer would fail on it, and the viewer
        // would stop half-way, its timer still running. An empty map lets the close finish.
        var graphic = viewer.getGraphicGraph();
        if (graphic != null) {
            for (var group : graphic.getStyleGroups().groups()) {
                if (group.renderers == null) {
                    group.renderers = new java.util.HashMap<>();
                }
            }
        }
        viewer.close();
    }
}
