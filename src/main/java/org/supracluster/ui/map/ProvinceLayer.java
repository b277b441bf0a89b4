package org.supracluster.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.view.camera.DefaultCamera2D;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.LayerRenderer;

/**
 * Draws the provinces of South Korea under the network, in graph units through the camera of
 * this very frame ({@code pushView}/{@code popView}), so the outline stays aligned while the user
 * zooms and pans: converting with {@code transformGuToPx} here would use the previous frame's
 * camera and lag (LIBRARIES.md).
 */
final class ProvinceLayer implements LayerRenderer<GraphicsContext> {

    private static final Color LAND = Color.web("#efeee6");
    private static final Color BORDER = Color.web("#b8b6a8");
    private static final Color DARK_LAND = Color.web(DarkTheme.LAND);
    private static final Color DARK_BORDER = Color.web(DarkTheme.BORDER);
    private boolean dark;

    private final FxDefaultView view;
    /**
     * An empty graph with the map's stylesheet, given to {@code pushView} instead of the real one:
     * the camera reads only the padding from it, and also tests every node of the graph it is
     * given for visibility, which the renderer does again for the real graph right after this
     * layer; at 20,000 firms that second pass cost an eighth of each frame.
     */
    private final GraphicGraph paddingOnly = new GraphicGraph("province-layer");
    /** Each ring as projected x and y arrays. */
    private final List<double[][]> rings = new ArrayList<>();
    /** Off in the network layout, where positions have nothing to do with geography. */
    private boolean shown = true;

    ProvinceLayer(FxDefaultView view, ProvinceShapes shapes) {
        this.view = view;
        paddingOnly.setAttribute("ui.stylesheet", MapView.STYLESHEET);
        rings.addAll(shapes.projectedRings());
    }

    /** Whether the provinces are drawn. */
    void setShown(boolean on) {
        shown = on;
    }

    /** The dark theme's land and borders (presenter mode). */
    void setDark(boolean on) {
        dark = on;
    }

    boolean isShown() {
        return shown;
    }

    @Override
    public void render(GraphicsContext gc, GraphicGraph graph, double px2Gu, int widthPx, int heightPx,
                       double minXGu, double minYGu, double maxXGu, double maxYGu) {
        // The renderer's camera transforms the renderer's own graphics context, which is gc here.
        if (!shown) {
            return;
        }
        DefaultCamera2D camera = (DefaultCamera2D) view.getCamera();
        camera.pushView(paddingOnly);
        try {
            gc.setFill(dark ? DARK_LAND : LAND);
            gc.setStroke(dark ? DARK_BORDER : BORDER);
            gc.setLineWidth(1.0 / camera.getMetrics().ratioPx2Gu);
            for (double[][] r : rings) {
                gc.fillPolygon(r[0], r[1], r[0].length);
                gc.strokePolygon(r[0], r[1], r[0].length);
            }
        } finally {
            camera.popView();
        }
    }
}
