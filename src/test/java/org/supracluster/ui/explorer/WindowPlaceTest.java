package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, worked by hand for a laptop screen and a projector. */
class WindowPlaceTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 2560, 1400);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1080);

    @Test
    void aFirstWindowFitsTheScreenWithRoomAround() {
        // 92% of 1366×728 is 1256.72×669.76, floored; centred: (1366−1256)/2 = 55, (728−669)/2 = 29.5 → 29.
        assertEquals(new Rectangle2D(55, 29, 1256, 669), WindowPlace.of(Optional.empty(), List.of(LAPTOP)));
        // On a large screen at most 1600×1000.
        assertEquals(new Rectangle2D(480, 200, 1600, 1000), WindowPlace.of(Optional.empty(), List.of(BIG)));
    }

    @Test
    void theLastPlaceIsKeptWhileItIsOnAScreen() {
        double[] onProjector = {1500, 40, 1600, 1000};
        assertEquals(new Rectangle2D(1500, 40, 1600, 1000),
                WindowPlace.of(Optional.of(onProjector), List.of(LAPTOP, PROJECTOR)));
        // The projector is gone: the window comes back on the laptop instead of out of sight.
        assertEquals(new Rectangle2D(55, 29, 1256, 669), WindowPlace.of(Optional.of(onProjector), List.of(LAPTOP)));
        // Larger than any screen now: fitted again.
        assertEquals(new Rectangle2D(55, 29, 1256, 669),
                WindowPlace.of(Optional.of(new double[] {0, 0, 1600, 1000}), List.of(LAPTOP)));
    }
}
