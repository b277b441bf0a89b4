package org.supracluster.ui.map;

import java.util.function.Supplier;
import javafx.scene.layout.Pane;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.camera.DefaultCamera2D;

/**
 * GraphStream's JavaFX renderer with a camera that fits a given box instead of the graph's nodes.
 * GraphStream's camera takes the bounds of the nodes it draws as the whole graph (view percent 1,
 * the centre it resets to), every frame; the map's graph holds only the firms drawn
 * ({@link NetworkGraph}), which change with the zoom, so the camera would move whenever the level
 * of detail changed. The box is that of all the firms of the view shown, as the graph's nodes not
 * hidden were when the graph held every firm: the camera fits the same map as before.
 */
final class MapRenderer extends FxGraphRenderer {

    private final Supplier<double[]> box;

    /** @param box {minX, minY, maxX, maxY} in graph units, or null for the nodes' own bounds */
    MapRenderer(Supplier<double[]> box) {
        this.box = box;
    }

    @Override
    public void open(GraphicGraph graph, Pane drawingSurface) {
        super.open(graph, drawingSurface);
        camera = new FittingCamera(graph, box);
    }

    /** The camera whose graph bounds are the box, when there is one. */
    private static final class FittingCamera extends DefaultCamera2D {

        private final Supplier<double[]> box;

        FittingCamera(GraphicGraph graph, Supplier<double[]> box) {
            super(graph);
            this.box = box;
        }

        @Override
        public void setBounds(GraphicGraph graph) {
            double[] b = box.get();
            if (b == null) {
                super.setBounds(graph);
            } else {
                setBounds(b[0], b[1], 0, b[2], b[3], 0);
            }
        }
    }
}
