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
import org.graphstream.ui.javafx.FxGraphRenderer;
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
     * colour-blind-safe palette), as text: GraphStream parses a string as well as it does a URL,
     * and a string needs no URL handler for a resource inside the jar.
     */
    public static final String STYLESHEET = readStylesheet();

    private static String readStylesheet() {
        try (var in = MapView.class.getResourceAsStream("/css/map.css")) {
            if (in == null) {
                throw new IllegalStateException("the program's map stylesheet /css/map.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
        view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
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
            onFirmClicked.accept(hit == null ? -1 : graph.firmOf(hit.getId()));
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

    private javafx.animation.Timeline glide;

    /**
     * Glides the camera to a centre and zoom over {@code millis}, as between slides: centre and
     * zoom are interpolated together so the move reads as one motion.
     */
    public void glideCamera(double centreX, double centreY, double viewPercent, double millis) {
        var camera = view.getCamera();
        if (camera == null) {
            return; // closed
        }
        if (glide != null) {
            glide.stop();
        }
        var from = camera.getViewCenter();
        double x0 = from.x;
        double y0 = from.y;
        double z0 = camera.getViewPercent();
        var t = new javafx.beans.property.SimpleDoubleProperty(0);
        t.addListener((o, was, now) -> {
            var c = view.getCamera();
            if (c != null) {
                double f = now.doubleValue();
                c.setViewCenter(x0 + (centreX - x0) * f, y0 + (centreY - y0) * f, 0);
                c.setViewPercent(z0 + (viewPercent - z0) * f);
            }
        });
        glide = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.millis(millis),
                new javafx.animation.KeyValue(t, 1, javafx.animation.Interpolator.EASE_BOTH)));
        glide.setOnFinished(e -> moveCamera(centreX, centreY, viewPercent));
        glide.play();
    }

    /** Additions to {@link #STYLESHEET} for presenter mode: names readable from the back of a room. */
    static final String PRESENTER_CSS = "node { text-size: 18px; } node.selected { text-size: 22px; }";
    /** Text size of the always-drawn names in presenter mode. */
    static final int PRESENTER_LABEL_SIZE_PX = 20;
    /** Additions for the dark theme: a dark sea and light names. */
    static final String DARK_CSS = "graph { fill-color: " + DarkTheme.SEA + "; } node { text-color: " + DarkTheme.TEXT
            + "; stroke-color: " + DarkTheme.SEA + "; }"
            + " node.selected { fill-color: #ffffff; text-color: #111111; }"
            + " edge.trade { fill-color: rgba(110, 170, 255, 60); } edge.copatent { stroke-color: rgba(230, 230, 230, 45); }";
    /** What the base stylesheet leaves at GraphStream's defaults and the dark theme changes. */
    private static final String LIGHT_RESET = "node { text-color: #000000; }";

    /**
     * Presenter mode's look: larger names and legend, and a light (the usual) or dark theme for
     * the graph, the provinces and the legend.
     */
    public void setPresentation(boolean large, boolean dark) {
        this.dark = dark;
        String css = STYLESHEET + "\n" + LIGHT_RESET + (large ? "\n" + PRESENTER_CSS : "") + (dark ? "\n" + DARK_CSS : "");
        // Setting the attribute again adds rules to those already parsed; removing it clears them.
        graph.graph().removeAttribute("ui.stylesheet");
        graph.graph().setAttribute("ui.stylesheet", css);
        // The per-firm styles went with the old stylesheet.
        graph.restyle(large ? PRESENTER_LABEL_SIZE_PX : NetworkGraph.LABEL_SIZE_PX);
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

    /** Moves the camera to a firm and zooms in on it. */
    public void centreOn(int firm) {
        Object[] xy = (Object[]) graph.graph().getNode(firm).getAttribute("xy");
        view.getCamera().setViewCenter(((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue(), 0);
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
        double gw = camera.getMetrics().graphWidthGU();
        double gh = camera.getMetrics().graphHeightGU();
        double p = gw > 0 && gh > 0 ? 1.3 * Math.max((x1 - x0) / gw, (y1 - y0) / gh) : 1;
        camera.setViewCenter((x0 + x1) / 2, (y0 + y1) / 2, 0);
        camera.setViewPercent(Math.max(0.05, Math.min(1, p)));
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
