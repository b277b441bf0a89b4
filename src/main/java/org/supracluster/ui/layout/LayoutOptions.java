package org.supracluster.ui.layout;

/**
 * The user's choices for the network layout, two of the switches of Gephi's ForceAtlas2 panel.
 *
 * @param linLog LinLog mode: attraction {@code log(1 + d)} instead of {@code d} (Noack's LinLog
 *        energy model as ForceAtlas2 adopts it), which spreads a dense network more evenly instead
 *        of packing its hubs into one knot at the centre
 * @param preventOverlap circles do not overlap, nor do the names drawn beside the labelled firms
 *        (ForceAtlas2's "prevent overlap", Gephi's "adjust sizes", with the names as Gephi's
 *        "label adjust" treats them)
 */
public record LayoutOptions(boolean linLog, boolean preventOverlap) {

    /**
     * The defaults: LinLog and prevent overlap both on. Seen on the 1,500-firm sample at the
     * window's size: with linear attraction and overlaps allowed the firms form a dense knot with the
     * eight always-drawn names piled on each other at its centre; LinLog spreads the knot into an
     * even disc; prevent overlap frees the circles and moves the labelled firms until no two names
     * overlap.
     */
    public static final LayoutOptions DEFAULT = new LayoutOptions(true, true);

    /** ForceAtlas2 as the explorer drew it before the options: linear attraction, overlaps allowed. */
    public static final LayoutOptions CLASSIC = new LayoutOptions(false, false);

    public LayoutOptions withLinLog(boolean on) {
        return new LayoutOptions(on, preventOverlap);
    }

    public LayoutOptions withPreventOverlap(boolean on) {
        return new LayoutOptions(linLog, on);
    }
}
