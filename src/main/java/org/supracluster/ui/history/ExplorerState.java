package org.supracluster.ui.history;

import java.util.Objects;
import org.supracluster.model.Filter;

/**
 * What undo restores: the filter, the selected firm and the map's camera (centre in graph units,
 * zoom as GraphStream's view percent; NaN when no camera is known yet).
 */
public record ExplorerState(Filter filter, int selectedFirm, double centreX, double centreY, double zoom) {

    public ExplorerState {
        Objects.requireNonNull(filter, "filter");
    }

    /** The camera as it was, or nothing known about it. */
    public record Camera(double centreX, double centreY, double zoom) {
        public static final Camera UNKNOWN = new Camera(Double.NaN, Double.NaN, Double.NaN);

        public boolean isKnown() {
            return !Double.isNaN(zoom);
        }
    }

    public Camera camera() {
        return new Camera(centreX, centreY, zoom);
    }

    ExplorerState with(Camera c) {
        return new ExplorerState(filter, selectedFirm, c.centreX(), c.centreY(), c.zoom());
    }
}
