package org.supracluster.model;

import java.util.Objects;

/**
 * A named state of the explorer a presenter steps through like a slide: what is shown (filter,
 * view, grouping, layout), which firm is selected and where the camera looks.
 *
 * <p>The view, grouping and layout are kept as short codes ({@code firms}/{@code groups},
 * {@code clusters}/{@code provinces}, {@code map}/{@code network}) because their enums belong to
 * the user interface, which the model may not depend on.
 *
 * @param selectedFirm the selected firm's id, or {@code null} for none (an id, not an index, so a
 *                     scene still means the same firm after the network is imported again)
 * @param centreX camera centre in graph units, NaN when unknown
 * @param zoom camera zoom as GraphStream's view percent, NaN when unknown
 * @param title presenter title, or {@code null} for the default
 * @param subtitle presenter subtitle, or {@code null} for the default
 */
public record Scene(String name, Filter filter, String view, String grouping, String layout, String selectedFirm,
                    double centreX, double centreY, double zoom, String title, String subtitle) {

    public Scene {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(layout, "layout");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scene needs a name");
        }
    }

    /** The same scene under another name. */
    public Scene withName(String n) {
        return new Scene(n, filter, view, grouping, layout, selectedFirm, centreX, centreY, zoom, title, subtitle);
    }

    /** Whether a camera was known when the scene was saved. */
    public boolean hasCamera() {
        return !Double.isNaN(zoom) && !Double.isNaN(centreX) && !Double.isNaN(centreY);
    }
}
