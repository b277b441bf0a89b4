package org.supracluster.ui.map;

import java.util.Arrays;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Network;

/**
 * What the map draws, decided in plain Java (no GraphStream, no JavaFX): per firm whether it is
 * shown and drawn, where, its style class, name and circle size; per link, its {@link LinkPlan}.
 * The stylesheet ({@code /css/map.css}) turns classes into colours and stacking (z-index).
 *
 * <p>A firm is classed by its cluster ({@code c0}…, {@code other}); a selected firm is
 * {@code selected}; its neighbours take their cluster's class with {@link #NEIGHBOUR} appended
 * (the cluster's colour over the selected firm's links, enlarged, see {@link #firmSize}), the
 * {@link Neighbourhood#NAMED_MAX} strongest named; every other firm is {@code dimmed}, and so are
 * its links. Weak points ({@link #markWeakPoints}) are {@code weak} unless selected. One class per
 * element: GraphStream's renderer does not reliably combine several. {@link FirmLabels} chooses
 * the firms named without selection, and {@link NamePlacement} leaves out those whose names
 * would overlap on screen.
 *
 * <p>Which of the view's firms are drawn is the {@link FirmLevelOfDetail}'s choice (all up to its
 * budget), plus those that must be seen: the ends of the links drawn, the selected firm and its
 * neighbours, the weak points and the always-named firms, ranked by circle size once
 * {@link #sizeBy} has sized them, else by links in the view. Each change is recorded in
 * {@link #takeChanges()}, so that only what changed is drawn again.
 */
final class DrawPlan {

    static final String OTHER = "other";
    static final String SELECTED = "selected";
    static final String DIMMED = "dimmed";
    /** A firm whose loss alone splits the network, while the what-if tab marks them. */
    static final String WEAK = "weak";
    /** Suffix of a selected firm's neighbour's class: {@code c0Neighbour}, {@code otherNeighbour}. */
    static final String NEIGHBOUR = "Neighbour";
    /** A neighbour's circle is this many times its usual size, and at least {@link #NEIGHBOUR_MIN_SIZE_PX}. */
    static final double NEIGHBOUR_SCALE = 1.5;
    static final double NEIGHBOUR_MIN_SIZE_PX = 9;
    /** The stylesheet's circle size ({@code size: 5px}): what a neighbour grows from before {@link #sizeBy}. */
    static final double STYLESHEET_SIZE_PX = 5;
    /** Smallest and largest circle of {@link #sizeBy}, in pixels. */
    static final double MIN_SIZE_PX = 3;
    static final double MAX_SIZE_PX = 16;
    /** Text size of the always-drawn names, in pixels, unless presenter mode asks for larger. */
    static final int LABEL_SIZE_PX = 12;

    private final Network network;
    private final String[] clusterClass;
    /** Firm positions in map units (or the network layout's). */
    private final double[] x;
    private final double[] y;
    private final String[] cls;
    /** Circle size per firm in pixels, NaN until {@link #sizeBy} (the stylesheet's size). */
    private final double[] size;
    private final FirmLabels labels;
    private int labelSize = LABEL_SIZE_PX;
    /** The selected firm and its neighbours. */
    private Neighbourhood hood = Neighbourhood.NONE;
    private boolean[] weak;
    private final boolean[] alwaysNamed;
    /** The view's firms and those of them drawn. */
    private final FirmLevelOfDetail detail;
    private final LinkPlan links;
    private DrawChanges changes = new DrawChanges();
    /** The names left out for overlapping, for the last {@link #screen} (null before a frame). */
    private final NamePlacement names = new NamePlacement();
    private NamePlacement.Screen screen;

    /**
     * The plan of {@code all}'s network with every firm at its projected map position and every
     * link of {@code all} drawn, as nothing was filtered yet: {@link #show} a view to apply its
     * filter and the link budget. Its first {@link #takeChanges()} holds every firm's place, class
     * and name and every link's class.
     */
    DrawPlan(LinkGraph all, Partition clusters) {
        this.network = all.network();
        int n = network.firmCount();
        clusterClass = new String[n];
        cls = new String[n];
        x = new double[n];
        y = new double[n];
        size = new double[n];
        weak = new boolean[n];
        Arrays.fill(size, Double.NaN);
        for (int f = 0; f < n; f++) {
            x[f] = MapProjection.x(network.lon(f));
            y[f] = MapProjection.y(network.lat(f));
            int c = clusters.of(f);
            clusterClass[f] = c == Partition.OTHER ? OTHER : "c" + c;
            cls[f] = clusterClass[f];
        }
        labels = FirmLabels.choose(all, x, y);
        alwaysNamed = new boolean[n];
        for (int f : labels.always) {
            alwaysNamed[f] = true;
        }
        detail = new FirmLevelOfDetail(all, x, y);
        links = new LinkPlan(all, x, y, detail::viewDiagonal, changes);
        refreshFirms(new DrawChanges()); // the first state, not a change
        changes.firmPlace.set(0, n);
        changes.firmClass.set(0, n);
        for (int f = 0; f < n; f++) {
            changes.firmLabel.set(f, labels.named[f]);
        }
        for (int f : labels.always) {
            changes.firmLabelSize.set(f);
        }
    }

    /** What changed since the last call (since construction, at the first), and starts afresh. */
    DrawChanges takeChanges() {
        DrawChanges taken = changes;
        changes = new DrawChanges();
        return taken;
    }

    /** Shows exactly the firms and links of {@code view}'s view, links within the budget. */
    void show(LinkGraph view) {
        if (view.network() != network) {
            throw new IllegalArgumentException("a view of another network");
        }
        detail.show(view);
        links.show(view, changes);
        refreshFirms(changes);
        placeNames();
    }

    /** Decides again which firms are drawn ({@link FirmLevelOfDetail}); whether any was shown or hidden. */
    private boolean refreshFirms(DrawChanges into) {
        boolean[] ends = new boolean[x.length];
        links.markDrawnEnds(ends);
        return detail.refresh(f -> ends[f] || alwaysNamed[f] || weak[f] || hood.isSelected(f) || hood.isNeighbour(f),
                into);
    }

    /**
     * The part of the map on screen, in map units: when the view has more links (firms) than the
     * budget, the budget goes to the heaviest links crossing it (the most important firms in it).
     * Returns whether any link or firm was shown or hidden.
     */
    boolean setVisibleArea(double minX, double minY, double maxX, double maxY) {
        double[] area = {Math.min(minX, maxX), Math.min(minY, maxY), Math.max(minX, maxX), Math.max(minY, maxY)};
        return setArea(area);
    }

    /** The whole map is on screen again; whether any link or firm was shown or hidden. */
    boolean clearVisibleArea() {
        return setArea(null);
    }

    private boolean setArea(double[] area) {
        boolean linksChanged = links.setVisibleArea(area, changes);
        detail.setArea(area);
        return refreshFirms(changes) | linksChanged;
    }

    /** Leaves out the names that would overlap on screen ({@link NamePlacement}); whether any came or went. */
    boolean placeNames(NamePlacement.Screen on) {
        screen = on;
        return placeNames();
    }

    private boolean placeNames() {
        return screen != null && names.choose(this, screen, new NamePlacement.Order(hood.firm(),
                hood.namedByStrength(), labels.always, labels.byDegree, labelSize,
                f -> hood.isSelected(f) || hood.isNeighbour(f)), this::isNamed,
                network::firmName, changes.firmLabel);
    }

    /** The most links drawn at once, ≥ 1. */
    void setLinkBudget(int budget) {
        links.setBudget(budget, changes);
        refreshFirms(changes);
        placeNames();
    }

    /** The most firms drawn at once beyond those that must be seen, ≥ 1 (see {@link FirmLevelOfDetail}). */
    void setFirmBudget(int budget) {
        detail.setBudget(budget);
        refreshFirms(changes);
        placeNames();
    }

    /** Sizes the firms by a metric, one value per firm ({@link CircleSizes#of}). */
    void sizeBy(double[] values) {
        if (values.length != size.length) {
            throw new IllegalArgumentException(values.length + " values for " + size.length + " firms");
        }
        double[] next = CircleSizes.of(values, MIN_SIZE_PX, MAX_SIZE_PX);
        for (int f = 0; f < size.length; f++) {
            if (next[f] != size[f]) {
                size[f] = next[f];
                changes.firmSize.set(f);
            }
        }
        detail.rankBy(size);
        refreshFirms(changes);
        placeNames();
    }

    /**
     * Selects a firm: it and its neighbours in {@code view} stand out, everything else is dimmed;
     * with {@code firm < 0}, nothing is selected.
     */
    void select(int firm, LinkGraph view) {
        int n = cls.length;
        String[] labelBefore = new String[n];
        double[] sizeBefore = new double[n];
        for (int f = 0; f < n; f++) {
            labelBefore[f] = label(f);
            sizeBefore[f] = firmSize(f);
        }
        hood = Neighbourhood.of(firm, view);
        for (int f = 0; f < n; f++) {
            if (!java.util.Objects.equals(labelBefore[f], label(f))) {
                changes.firmLabel.set(f);
            }
            if (Double.compare(sizeBefore[f], firmSize(f)) != 0) {
                changes.firmSize.set(f);
            }
        }
        restyleFirms();
        links.select(firm, changes);
        refreshFirms(changes);
        placeNames();
    }

    /**
     * The box around the selected firm and its neighbours shown, {minX, minY, maxX, maxY} in map
     * units (a point for a firm without neighbours), or null with nothing selected: what "fit
     * neighbours" brings on screen.
     */
    double[] neighbourhoodBox() {
        return hood.box(x, y, detail::isShown);
    }

    /** The selected firm, or -1. */
    int selected() {
        return hood.firm();
    }

    /**
     * Marks weak points: the given firms stand out as {@code weak}, and so do the links joining each
     * given pair of firms ({a, b} in either order); the previous marks go. Empty arrays clear them.
     *
     * @throws IllegalArgumentException for a firm outside the network
     */
    void markWeakPoints(int[] firms, int[][] pairs) {
        boolean[] next = new boolean[cls.length];
        for (int f : firms) {
            if (f < 0 || f >= next.length) {
                throw new IllegalArgumentException("no firm " + f);
            }
            next[f] = true;
        }
        weak = next;
        restyleFirms();
        links.mark(pairs, changes);
        refreshFirms(changes);
    }

    /** Each firm's class from the selection and the weak-point marks. */
    private void restyleFirms() {
        for (int f = 0; f < cls.length; f++) {
            String c = hood.isSelected(f) ? SELECTED : weak[f] ? WEAK : hood.isFaded(f) ? DIMMED
                    : hood.isNeighbour(f) ? clusterClass[f] + NEIGHBOUR : clusterClass[f];
            if (!c.equals(cls[f])) {
                cls[f] = c;
                changes.firmClass.set(f);
            }
        }
    }

    /**
     * Moves firm f to ({@code px[f]}, {@code py[f]}) (the network layout's places, in any units); a
     * firm whose x or y is NaN stays where it is. The visible area set for the old units is dropped.
     */
    void placeAt(double[] px, double[] py) {
        if (px.length != x.length || py.length != x.length) {
            throw new IllegalArgumentException(px.length + " x and " + py.length + " y for " + x.length + " firms");
        }
        for (int f = 0; f < x.length; f++) {
            if (!Double.isNaN(px[f]) && !Double.isNaN(py[f])) {
                place(f, px[f], py[f]);
            }
        }
        moved();
    }

    /** Puts every firm back at its projected map position. */
    void restoreMapPositions() {
        for (int f = 0; f < x.length; f++) {
            place(f, MapProjection.x(network.lon(f)), MapProjection.y(network.lat(f)));
        }
        moved();
    }

    private void moved() {
        detail.moved();
        links.firmsMoved(changes);
        refreshFirms(changes);
        placeNames();
    }

    private void place(int f, double px, double py) {
        if (px != x[f] || py != y[f]) {
            x[f] = px;
            y[f] = py;
            changes.firmPlace.set(f);
        }
    }

    /** Sets the text size of the always-drawn names (larger in presenter mode). */
    void setLabelSize(int px) {
        if (px != labelSize) {
            labelSize = px;
            for (int f : labels.always) {
                changes.firmLabelSize.set(f);
            }
        }
    }

    /** The links' decisions. */
    LinkPlan links() {
        return links;
    }

    int firmCount() {
        return x.length;
    }

    /** Whether the view shows the firm (drawn or left out by the level of detail). */
    boolean isFirmShown(int f) {
        return detail.isShown(f);
    }

    /** The firms drawn: the view's, within their level of detail, and those that must be seen. */
    FirmLevelOfDetail firms() {
        return detail;
    }

    int shownFirmCount() {
        return detail.shownCount();
    }

    double x(int f) {
        return x[f];
    }

    double y(int f) {
        return y[f];
    }

    String firmClass(int f) {
        return cls[f];
    }

    /**
     * The firm's name drawn on the map (when zoomed in, unless always drawn, selected or a
     * neighbour), or null. A neighbour beyond the {@link Neighbourhood#NAMED_MAX} strongest is not
     * named, even if it is otherwise: its class names it at every zoom.
     */
    String label(int f) {
        return isNamed(f) && !names.isDropped(f) ? network.firmName(f) : null;
    }

    /** Whether the firm is named, before the names that would overlap are left out. */
    private boolean isNamed(int f) {
        return hood.isSelected(f) || hood.isNamedNeighbour(f) || labels.named[f] && !hood.isNeighbour(f);
    }

    /** Whether a firm's name is drawn without it being selected (when zoomed in, or always). */
    boolean hasPersistentLabel(int f) {
        return labels.named[f];
    }

    /** The firms whose names are drawn at every zoom, at {@link #labelSize()}. */
    int[] alwaysLabelled() {
        return labels.always.clone();
    }

    int labelSize() {
        return labelSize;
    }

    /**
     * Circle diameter in pixels, NaN for the stylesheet's: the {@link #sizeBy} size, and for a
     * neighbour of the selected firm {@link #NEIGHBOUR_SCALE} times it (or the stylesheet's), at
     * least {@link #NEIGHBOUR_MIN_SIZE_PX}.
     */
    double firmSize(int f) {
        if (hood.isNeighbour(f)) {
            double base = Double.isNaN(size[f]) ? STYLESHEET_SIZE_PX : size[f];
            return Math.max(NEIGHBOUR_MIN_SIZE_PX, NEIGHBOUR_SCALE * base);
        }
        return size[f];
    }
}
