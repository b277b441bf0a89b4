package org.supracluster.ui.map;

import java.util.function.Supplier;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.graphstream.ui.view.camera.Camera;

/**
 * A camera gliding to a centre and zoom, as between slides: centre and zoom are interpolated
 * together so the move reads as one motion. A new glide stops the one under way.
 */
final class CameraGlide {

    /** Where the glide ends: put exactly, as an undo or a jump would. */
    interface Arrival {
        void arrive(double centreX, double centreY, double viewPercent);
    }

    private final Supplier<Camera> camera;
    private Timeline glide;

    /** @param camera the view's camera, or null once the view is closed */
    CameraGlide(Supplier<Camera> camera) {
        this.camera = camera;
    }

    void to(double centreX, double centreY, double viewPercent, double millis, Arrival arrival) {
        Camera start = camera.get();
        if (start == null) {
            return; // closed
        }
        if (glide != null) {
            glide.stop();
        }
        var from = start.getViewCenter();
        double x0 = from.x;
        double y0 = from.y;
        double z0 = start.getViewPercent();
        var t = new SimpleDoubleProperty(0);
        t.addListener((o, was, now) -> {
            Camera c = camera.get();
            if (c != null) {
                double f = now.doubleValue();
                c.setViewCenter(x0 + (centreX - x0) * f, y0 + (centreY - y0) * f, 0);
                c.setViewPercent(z0 + (viewPercent - z0) * f);
            }
        });
        glide = new Timeline(new KeyFrame(Duration.millis(millis), new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        glide.setOnFinished(e -> arrival.arrive(centreX, centreY, viewPercent));
        glide.play();
    }
}
