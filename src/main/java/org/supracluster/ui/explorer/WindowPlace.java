package org.supracluster.ui.explorer;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: where it was last time when that still lies on a screen (a laptop
 * without its projector must not open the window out of sight), else a window that fits the
 * main screen with room around it, at most 1600×1000, centred.
 */
final class WindowPlace {

    /** The largest first window: big enough for the quadrant chart and the Geography legends. */
    static final double MAX_WIDTH = 1600;
    static final double MAX_HEIGHT = 1000;

    private WindowPlace() {
    }

    /**
     * @param remembered x, y, width, height of the last run's window, if any
     * @param screens the screens' usable areas, the main screen first
     * @return x, y, width, height
     */
    static Rectangle2D of(Optional<double[]> remembered, List<Rectangle2D> screens) {
        if (remembered.isPresent() && remembered.get().length == 4) {
            double[] r = remembered.get();
            Rectangle2D last = new Rectangle2D(r[0], r[1], Math.max(1, r[2]), Math.max(1, r[3]));
            for (Rectangle2D screen : screens) {
                // Its title bar on a screen and no larger than that screen: it can be seen and moved.
                if (screen.contains(last.getMinX() + Math.min(100, last.getWidth() / 2), last.getMinY() + 10)
                        && last.getWidth() <= screen.getWidth() && last.getHeight() <= screen.getHeight()) {
                    return last;
                }
            }
        }
        Rectangle2D main = screens.isEmpty() ? new Rectangle2D(0, 0, 1280, 800) : screens.get(0);
        double w = Math.min(MAX_WIDTH, Math.floor(main.getWidth() * 0.92));
        double h = Math.min(MAX_HEIGHT, Math.floor(main.getHeight() * 0.92));
        return new Rectangle2D(main.getMinX() + Math.floor((main.getWidth() - w) / 2),
                main.getMinY() + Math.floor((main.getHeight() - h) / 2), w, h);
    }
}
