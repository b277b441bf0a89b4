package org.supracluster.ui.explorer;

import javafx.scene.text.Text;
import org.graphstream.graph.Graph;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.layout.FirmFootprint;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.map.NetworkGraph;

/**
 * What the map gives each firm on screen, for the network layout's prevent overlap: its circle as
 * the map sizes it ({@code ui.size}, the "Circle size" choice; the stylesheet's 5 px without one)
 * and, for the firms whose names the map draws at every zoom, the width of the name in the map's
 * font. Read from the map's graph on the JavaFX thread when a layout starts.
 */
final class MapFootprint {

    /** The stylesheet's circle ({@code node { size: 5px; }}), for a firm the map has not sized. */
    static final double STYLESHEET_SIZE_PX = 5;
    /** The map's padding ({@code graph { padding: 30px; }}) on each side. */
    static final double PADDING_PX = 30;
    /** The map's size when it has none yet (not laid out): about its share of a 1600×1000 window. */
    static final double FALLBACK_WIDTH_PX = 800;
    static final double FALLBACK_HEIGHT_PX = 500;

    private MapFootprint() {
    }

    static FirmFootprint of(MapView map) {
        NetworkGraph network = map.networkGraph();
        Graph graph = network.graph();
        // Per firm of the network: the graph holds only the firms drawn (a filter or the level of
        // detail leaves others out), and the layout places every firm of the view.
        int n = network.firmCount();
        double[] radius = new double[n];
        double[] label = new double[n];
        Text measure = new Text();
        measure.setFont(Fonts.font(NetworkGraph.LABEL_SIZE_PX));
        graph.nodes().forEach(node -> {
            int f = network.firmOf(node.getId());
            if (f < 0 || f >= n) {
                return;
            }
            radius[f] = number(node.getAttribute("ui.size"), STYLESHEET_SIZE_PX) / 2;
            if (network.isAlwaysNamed(f) && node.getAttribute("ui.label") != null) {
                measure.setText(node.getAttribute("ui.label").toString());
                label[f] = measure.getLayoutBounds().getWidth();
            }
        });
        double w = map.getWidth() > 2 * PADDING_PX ? map.getWidth() - 2 * PADDING_PX : FALLBACK_WIDTH_PX;
        double h = map.getHeight() > 2 * PADDING_PX ? map.getHeight() - 2 * PADDING_PX : FALLBACK_HEIGHT_PX;
        return new FirmFootprint(radius, label, w, h);
    }

    private static double number(Object value, double otherwise) {
        return value instanceof Number v && v.doubleValue() > 0 ? v.doubleValue() : otherwise;
    }
}
