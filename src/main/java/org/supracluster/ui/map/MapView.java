package org.supracluster.ui.map;

import javafx.scene.layout.StackPane;
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

    public MapView(NetworkGraph graph) {
        this.graph = graph;
        graph.graph().setAttribute("ui.stylesheet", STYLESHEET);
        graph.graph().setAttribute("ui.antialias");
        viewer = new FxViewer(graph.graph(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
        view.setBackLayerRenderer(new ProvinceLayer(view, ProvinceShapes.load()));
        getChildren().add(view);
        getStyleClass().add("map-view");
    }

    /** Shows a view's firms and links; on the JavaFX thread. */
    public void show(LinkGraph links) {
        graph.show(links);
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
        viewer.close();
    }
}
