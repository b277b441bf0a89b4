package org.supracluster.ui.roles;

/**
 * Redraws a chart at once while it is on screen, and otherwise once it is shown again: a
 * filter change should not rebuild the charts of tabs nobody is looking at (at 1,500 firms that
 * was a third of each change, mostly their tooltips).
 */
final class RedrawWhenShown {

    private final Runnable draw;
    private boolean showing = true;
    private boolean stale;

    RedrawWhenShown(Runnable draw) {
        this.draw = draw;
    }

    /** The chart's data or language changed. */
    void request() {
        if (showing) {
            stale = false;
            draw.run();
        } else {
            stale = true;
        }
    }

    /** The chart came on screen or left it (its tab selected or not). */
    void setShowing(boolean now) {
        showing = now;
        if (now && stale) {
            request();
        }
    }
}
