package org.supracluster.ui.map;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.LinkType;

/**
 * The links' part of a {@link DrawPlan}: for each link of the whole network (as {@link LinkGraph}
 * merges them), whether it is drawn, its style class and its width. A view's links are drawn within
 * the {@link LinkBudget} (a count and an ink budget), each as wide as {@code 0.5 + 0.4·ln(1 + w)}
 * for its weight w in the view (the logarithm keeps a few heavy links from hiding the thousands of
 * light ones); a link left out
 * keeps its last width. A link is classed by its type ({@code trade}, {@code copatent}), with
 * {@link #WEAK} appended while its two firms are a marked pair (a bridge the what-if tab shows; such
 * a link is drawn even beyond the budget, so the mark is seen), else {@link #SELECTED} while a
 * selected firm is one of its ends, else {@link #DIM} while a firm is selected. A selected firm's
 * links are drawn beyond the budget and outside the visible area too (a firm has few links, and
 * its neighbours are what the user asked to see), at least {@link #SELECTED_MIN_WIDTH_PX} wide: a
 * hairline of weight 1 would vanish among the faded links. Plain Java; every change is recorded in
 * the {@link DrawChanges} passed in.
 */
final class LinkPlan {

    /** Suffix of a link's class when a selection dims it: {@code tradeDim}, {@code copatentDim}. */
    static final String DIM = "Dim";
    /** Suffix of a link's class while it joins a marked pair of firms: {@code tradeWeak}, {@code copatentWeak}. */
    static final String WEAK = "Weak";
    /** Suffix of a link's class while the selected firm is one of its ends: {@code tradeSelected}, …. */
    static final String SELECTED = "Selected";
    /** Narrowest line of a selected firm's link, in pixels (map.css draws its co-patent dashes as wide). */
    static final double SELECTED_MIN_WIDTH_PX = 2;
    /**
     * Default {@link #setBudget}: a little above the 1,500-firm sample's 4,009 links, which it draws
     * whole. JavaFX's software renderer paints every element every frame, and GraphStream visits
     * each; the 8,000 before, with the 6,380 firms at their ends, made some 15,000 elements at
     * 20,000 firms, and a pan cost three times the sample's. The ink budget
     * ({@link #INK_BUDGET}) usually stops a big view first.
     */
    static final int BUDGET_DEFAULT = 4_500;
    /**
     * The ink budget: links are drawn, heaviest first, until the sum of their costs reaches it. A
     * link's cost is its width in pixels (at least 1) times its length as a share of the diagonal of
     * the map shown (the visible area, else the camera's whole map; a longer link counts as long as
     * that diagonal) plus {@link #INK_PER_LINK}: about the pixels JavaFX's software renderer paints
     * for it, and what drawing any line costs besides, in diagonals of a 1-pixel line. The heaviest
     * links of a big view are wide (at 20,000 firms the 4,500 heaviest are 2.3 px on average, the
     * 1,500-firm sample's 4,009 links 1.4 px), so a count alone let a big view paint half as much
     * again as the sample drawn whole. The sample needs about 790 for the whole country and 350 for
     * three provinces' trade links; 20,000 firms get about 2,800 and 3,200 links.
     */
    static final double INK_BUDGET = 850;
    /** The cost of a link of no length: GraphStream's and JavaFX's work for any line, its arrow, its setup. */
    static final double INK_PER_LINK = 0.05;

    private final int firmCount;
    private final int[] from;
    private final int[] to;
    private final LinkType[] type;
    /** Link keys (from, to, type), sorted as LinkGraph orders its links: a view's links are found by search. */
    private final long[] keys;
    /** The plan's firm positions (shared, read only here): where the visible area test looks. */
    private final double[] x;
    private final double[] y;
    private final boolean[] shown;
    private final String[] cls;
    /** Width of each link when last drawn, NaN before (the stylesheet's width). */
    private final double[] width;
    /** Weight of each link in the view shown, or -1 when the view leaves it out. */
    private double[] viewWeight;
    /** The view's links, heaviest first ({@link LinkBudget#order}): sorted once per view, null until needed. */
    private int[] viewOrder;
    /** The part of the map on screen (map units), or null for all of it. */
    private double[] visibleArea;
    /** Diagonal of the camera's whole map, map units: what the map shows without a visible area. */
    private final DoubleSupplier mapDiagonal;
    private int budget = BUDGET_DEFAULT;
    private int selected = -1;
    private boolean[] marked;
    private int shownCount;
    private int notDrawn;
    /** The budget's choice for the view and visible area, before marked and selected links are added. */
    private boolean[] budgetDrawn;
    private int budgetNotDrawn;

    /**
     * Every link of {@code all} drawn (within the budget: the heaviest), in its type's class, at the
     * stylesheet's width, as nothing was filtered yet; the classes are recorded in {@code first}.
     */
    LinkPlan(LinkGraph all, double[] x, double[] y, DoubleSupplier mapDiagonal, DrawChanges first) {
        this.firmCount = all.firmCount();
        this.mapDiagonal = mapDiagonal;
        this.x = x;
        this.y = y;
        int m = all.linkCount();
        from = new int[m];
        to = new int[m];
        type = new LinkType[m];
        keys = new long[m];
        shown = new boolean[m];
        marked = new boolean[m];
        cls = new String[m];
        width = new double[m];
        viewWeight = new double[m];
        Arrays.fill(width, Double.NaN);
        for (int l = 0; l < m; l++) {
            from[l] = all.from(l);
            to[l] = all.to(l);
            type[l] = all.type(l);
            keys[l] = key(from[l], to[l], type[l]);
            cls[l] = type[l].code();
            viewWeight[l] = all.weight(l);
        }
        viewOrder = LinkBudget.order(viewWeight);
        // Within the count only: the graph is drawn after the first view is shown, which applies the ink.
        LinkBudget.Choice choice = LinkBudget.choose(viewOrder, m, budget, l -> true);
        budgetDrawn = choice.drawn();
        budgetNotDrawn = choice.notDrawn();
        notDrawn = budgetNotDrawn;
        System.arraycopy(budgetDrawn, 0, shown, 0, m);
        shownCount = choice.drawnCount();
        first.linkClass.set(0, m);
    }

    private long key(int a, int b, LinkType t) {
        return ((long) a * firmCount + b) * LinkType.values().length + t.ordinal();
    }

    /** Draws the links of {@code links}' view (a view of the same network) within the budget. */
    void show(LinkGraph links, DrawChanges into) {
        double[] weight = new double[keys.length];
        Arrays.fill(weight, -1);
        for (int l = 0; l < links.linkCount(); l++) {
            int i = Arrays.binarySearch(keys, key(links.from(l), links.to(l), links.type(l)));
            if (i >= 0) {
                weight[i] = links.weight(l);
            }
        }
        viewWeight = weight;
        viewOrder = LinkBudget.order(weight);
        draw(into);
    }

    /**
     * Sets the part of the map on screen ({minX, minY, maxX, maxY} in map units, or null for all of
     * it). Returns whether any link was shown or hidden.
     */
    boolean setVisibleArea(double[] area, DrawChanges into) {
        if (Arrays.equals(area, visibleArea)) {
            return false;
        }
        visibleArea = area;
        return draw(into);
    }

    /** The most links drawn at once, ≥ 1. */
    void setBudget(int links, DrawChanges into) {
        if (links < 1) {
            throw new IllegalArgumentException("budget must be at least 1: " + links);
        }
        budget = links;
        draw(into);
    }

    /** The firms moved to other units: the visible area set for the old ones no longer applies. */
    void firmsMoved(DrawChanges into) {
        visibleArea = null;
        draw(into);
    }

    /** Whether a link's bounding box meets the visible area (always, with no area set). */
    private boolean inArea(int l) {
        if (visibleArea == null) {
            return true;
        }
        double x0 = Math.min(x[from[l]], x[to[l]]);
        double x1 = Math.max(x[from[l]], x[to[l]]);
        double y0 = Math.min(y[from[l]], y[to[l]]);
        double y1 = Math.max(y[from[l]], y[to[l]]);
        return x1 >= visibleArea[0] && x0 <= visibleArea[2] && y1 >= visibleArea[1] && y0 <= visibleArea[3];
    }

    /** What painting a link costs on a map shown {@code diagonal} across (see {@link #INK_BUDGET}); 0 for no size. */
    private double cost(int l, double diagonal) {
        if (!(diagonal > 0)) {
            return 0;
        }
        double length = Math.hypot(x[from[l]] - x[to[l]], y[from[l]] - y[to[l]]);
        double w = type[l] == LinkType.TRADE ? 0.5 + Math.log1p(viewWeight[l]) * 0.4 : 1;
        return Math.max(1, w) * (Math.min(length, diagonal) / diagonal + INK_PER_LINK);
    }

    /** Draws the view's links within the budget. Returns whether any link was shown or hidden. */
    private boolean draw(DrawChanges into) {
        if (viewOrder == null) {
            viewOrder = LinkBudget.order(viewWeight);
        }
        double diagonal = visibleArea == null ? mapDiagonal.getAsDouble()
                : Math.hypot(visibleArea[2] - visibleArea[0], visibleArea[3] - visibleArea[1]);
        LinkBudget.Choice choice = LinkBudget.choose(viewOrder, keys.length, budget, INK_BUDGET, this::inArea,
                l -> cost(l, diagonal));
        budgetDrawn = choice.drawn();
        budgetNotDrawn = choice.notDrawn();
        return apply(into);
    }

    /**
     * Draws the budget's choice plus the marked links and the selected firm's links of the view, each
     * as wide as its weight asks. One pass over the links, no sort: what a new selection costs.
     * Returns whether any link was shown or hidden.
     */
    private boolean apply(DrawChanges into) {
        int forced = 0;
        int count = 0;
        boolean changed = false;
        for (int l = 0; l < keys.length; l++) {
            boolean drawn = budgetDrawn[l] || (marked[l] || touchesSelected(l)) && viewWeight[l] > 0;
            if (drawn && !budgetDrawn[l]) {
                forced += inArea(l) ? 1 : 0; // one fewer of those the budget left out
            }
            count += drawn ? 1 : 0;
            if (drawn != shown[l]) {
                shown[l] = drawn;
                into.linkShown.set(l);
                changed = true;
            }
            if (drawn) {
                double w = 0.5 + Math.log1p(viewWeight[l]) * 0.4;
                if (touchesSelected(l)) {
                    w = Math.max(w, SELECTED_MIN_WIDTH_PX);
                }
                if (w != width[l]) {
                    width[l] = w;
                    into.linkWidth.set(l);
                }
            }
        }
        shownCount = count;
        notDrawn = Math.max(0, budgetNotDrawn - forced);
        return changed;
    }

    /**
     * Sets {@code firm}'s links apart (drawn, on top, at least {@link #SELECTED_MIN_WIDTH_PX} wide)
     * and dims every other link; with {@code firm < 0}, none. Costs two passes over the links (the
     * budget's choice stands); nothing per frame.
     */
    void select(int firm, DrawChanges into) {
        if (firm == selected) {
            return;
        }
        selected = firm;
        restyle(into);
        apply(into);
    }

    private boolean touchesSelected(int l) {
        return selected >= 0 && (from[l] == selected || to[l] == selected);
    }

    /**
     * Marks the links joining each pair of firms ({a, b} in either order, whatever the links' types
     * and directions), and draws them within or beyond the budget; the previous marks go.
     */
    void mark(int[][] pairs, DrawChanges into) {
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        for (int[] p : pairs) {
            wanted.add((long) Math.min(p[0], p[1]) * firmCount + Math.max(p[0], p[1]));
        }
        boolean[] next = new boolean[keys.length];
        for (int l = 0; l < keys.length; l++) {
            next[l] = wanted.contains((long) Math.min(from[l], to[l]) * firmCount + Math.max(from[l], to[l]));
        }
        marked = next;
        restyle(into);
        draw(into);
    }

    private void restyle(DrawChanges into) {
        for (int l = 0; l < cls.length; l++) {
            String c = marked[l] ? type[l].code() + WEAK
                    : selected < 0 ? type[l].code()
                    : touchesSelected(l) ? type[l].code() + SELECTED : type[l].code() + DIM;
            if (!c.equals(cls[l])) {
                cls[l] = c;
                into.linkClass.set(l);
            }
        }
    }

    int count() {
        return keys.length;
    }

    /** Marks in {@code ends} the two firms of every link drawn. */
    void markDrawnEnds(boolean[] ends) {
        for (int l = 0; l < keys.length; l++) {
            if (shown[l]) {
                ends[from[l]] = true;
                ends[to[l]] = true;
            }
        }
    }

    boolean isShown(int l) {
        return shown[l];
    }

    String styleClass(int l) {
        return cls[l];
    }

    /** Line width in pixels, NaN for the stylesheet's. */
    double width(int l) {
        return width[l];
    }

    int shownCount() {
        return shownCount;
    }

    /** Links of the view that the budget leaves undrawn (of those crossing the visible area, when in force). */
    int notDrawnCount() {
        return notDrawn;
    }
}
