package org.supracluster.ui.layout;

import java.util.Objects;
import java.util.function.Consumer;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.Progress;

/**
 * The network layout of a view: {@link ForceAtlas2} on its shown firms and the neighbour view of
 * its links (firms joined by any shown link attract once, whatever the type or direction, so a
 * pair with trade both ways and a co-patent is not pulled three times as hard). Firms without a
 * link in the view take no part: in ForceAtlas2 only gravity holds them against the repulsion of
 * the whole network, so they end on a ring many times wider than the network and the camera shows
 * the network as a dot; they are set around the laid-out firms instead
 * ({@link LayoutPositions#extendedTo}). Plain Java, no
 * JavaFX: runs on any thread; the view model runs it in a background task.
 */
public final class NetworkLayout {

    /** Seed of the start positions: the same view gets the same picture every time. */
    public static final long SEED_DEFAULT = 20_251_125L;

    /**
     * Firms without links are set in a band around the layout out to {@link LayoutPositions#BAND_OUTER}
     * times its half extents ({@link LayoutPositions#extendedTo}), so the picture the camera fits is
     * wider than the layout by about this much, and each pixel of the map stands for that much more
     * of the layout.
     */
    static final double BAND_WIDENING = LayoutPositions.BAND_OUTER;

    private final LinkGraph links;
    private final int[] firms;
    private final ForceAtlas2 algorithm;
    private final boolean aloneFirms;

    public NetworkLayout(LinkGraph links, long seed) {
        this.links = Objects.requireNonNull(links, "links");
        int n = links.firmCount();
        int[] index = new int[n];
        int shown = 0;
        for (int f = 0; f < n; f++) {
            index[f] = links.isShown(f) && links.degree(f) > 0 ? shown++ : -1;
        }
        firms = new int[shown];
        boolean alone = false;
        for (int f = 0; f < n; f++) {
            alone |= links.isShown(f) && index[f] < 0;
        }
        aloneFirms = alone;
        for (int f = 0; f < n; f++) {
            if (index[f] >= 0) {
                firms[index[f]] = f;
            }
        }
        int[] from = new int[links.pairCount()];
        int[] to = new int[from.length];
        int e = 0;
        for (int f = 0; f < n; f++) {
            for (int k = links.neighbourStart(f); k < links.neighbourEnd(f); k++) {
                int g = links.neighbour(k);
                if (g > f && index[g] >= 0 && index[f] >= 0) {
                    from[e] = index[f];
                    to[e] = index[g];
                    e++;
                }
            }
        }
        algorithm = new ForceAtlas2(shown, java.util.Arrays.copyOf(from, e), java.util.Arrays.copyOf(to, e), seed);
    }

    /** Limits the run (see {@link ForceAtlas2#maxIterations} and {@link ForceAtlas2#maxMillis}). */
    public NetworkLayout limits(int maxIterations, long maxMillis) {
        algorithm.maxIterations(maxIterations).maxMillis(maxMillis);
        return this;
    }

    /** LinLog and prevent overlap (see {@link LayoutOptions}). */
    public NetworkLayout options(LayoutOptions options) {
        algorithm.options(options);
        return this;
    }

    /**
     * The firms' circles and names on screen, and the map's size, for prevent overlap; without it
     * prevent overlap only parts firms at the same point.
     *
     * @throws IllegalArgumentException for a footprint of another number of firms
     */
    public NetworkLayout footprint(FirmFootprint footprint) {
        if (footprint.radiusPx().length != links.firmCount()) {
            throw new IllegalArgumentException("a footprint of " + footprint.radiusPx().length + " firms for "
                    + links.firmCount());
        }
        double[] radii = new double[firms.length];
        double[] widths = new double[firms.length];
        double[] labelWidths = footprint.labelWidthPx();
        for (int i = 0; i < firms.length; i++) {
            radii[i] = footprint.collisionRadiusPx(firms[i]);
            widths[i] = labelWidths[firms[i]];
        }
        double widening = aloneFirms ? BAND_WIDENING : 1;
        algorithm.sizes(radii, widths).viewport(footprint.viewWidthPx() / widening,
                footprint.viewHeightPx() / widening);
        return this;
    }

    /**
     * Lays the view out; cancelling through {@code progress} ends the run early with the positions
     * reached. Snapshots arrive every {@code snapshotMillis} on the calling thread.
     */
    public LayoutPositions run(Progress progress, Consumer<LayoutPositions> snapshots, long snapshotMillis) {
        ForceAtlas2.Result r = algorithm.run(progress, s -> snapshots.accept(positions(s, false)), snapshotMillis);
        return positions(r, true);
    }

    private LayoutPositions positions(ForceAtlas2.Result r, boolean finished) {
        double[] x = new double[links.firmCount()];
        double[] y = new double[x.length];
        java.util.Arrays.fill(x, Double.NaN);
        java.util.Arrays.fill(y, Double.NaN);
        for (int i = 0; i < firms.length; i++) {
            x[firms[i]] = r.x()[i];
            y[firms[i]] = r.y()[i];
        }
        return new LayoutPositions(x, y, finished).extendedTo(links);
    }
}
