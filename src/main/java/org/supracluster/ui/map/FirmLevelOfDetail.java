package org.supracluster.ui.map;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.supracluster.analysis.LinkGraph;

/**
 * The firms' level of detail in a {@link DrawPlan}: which of the view's firms the map draws. A view
 * of at most {@link #setBudget budget} firms is drawn whole. In a larger one the firms that must be
 * seen are drawn whatever the budget ({@link #refresh}'s {@code forced}: the ends of the links
 * drawn, the selected firm and its neighbours, the weak points, the always-named firms), and fill
 * the budget first; what room they leave goes to the most important of the others ({@code rank}:
 * the largest circles, else the most links in the view; ties to the lower index), taken among
 * those on screen when the camera shows part of the map; the rest wait until a zoom brings them
 * among the most important on screen. So a
 * frame draws about as many firms at 20,000 as at 1,500: JavaFX's software renderer paints each
 * one, and GraphStream visits each one it holds every frame. Positions are indexed by a
 * {@link FirmGrid}, built again after the firms move; ranking costs a sort of the view's firms
 * (on a filter change or a new size metric), a camera change a query of the grid. Plain Java.
 */
final class FirmLevelOfDetail {

    /**
     * Default {@link #setBudget}: firms drawn, those that must be seen included (more when they
     * alone exceed it), a little above the 1,500-firm sample, which is drawn whole (its 225 firms
     * without links too). In a big view the ends of the links drawn (see
     * {@link LinkPlan#INK_BUDGET}) fill most of it; the rest goes to the most connected others, so
     * a hub whose many links are all light is drawn too.
     */
    static final int BUDGET_DEFAULT = 2_000;

    /** The plan's firm positions (shared, read only here). */
    private final double[] x;
    private final double[] y;
    /** Per firm, whether the view shows it, and its links in the view. */
    private final boolean[] shown;
    private int shownCount;
    private final double[] degree;
    /** Circle sizes once the firms are sized ({@link #rankBy}), else null: ranked by degree. */
    private double[] sizes;
    private FirmGrid grid;
    /** The view's firms, most important first, and each firm's place there (-1: not in the view). */
    private int[] order;
    private final int[] rank;
    /**
     * {minX, minY, maxX, maxY} of the view's firms when first asked for after the firms were placed,
     * or null for none: the camera's whole map. A filter does not change it, as hiding nodes did not
     * change GraphStream's own bounds when the graph held every firm; a new layout does.
     */
    private double[] viewBox;
    private double[] area;
    private int budget = BUDGET_DEFAULT;
    private final boolean[] drawn;
    private int drawnCount;
    private int notDrawn;

    /**
     * Every firm of {@code all}'s network in the view and drawn, as nothing was filtered yet, ranked
     * by its links in {@code all}; placed at ({@code x[f]}, {@code y[f]}), arrays the plan keeps
     * up to date.
     */
    FirmLevelOfDetail(LinkGraph all, double[] x, double[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        shown = new boolean[n];
        Arrays.fill(shown, true);
        degree = new double[n];
        for (int f = 0; f < n; f++) {
            degree[f] = all.degree(f);
        }
        rank = new int[n];
        drawn = new boolean[n];
        Arrays.fill(drawn, true);
        drawnCount = n;
        rank(degree);
    }

    /** The view's firms are {@code view}'s, ranked by their links there unless sized. Takes effect at the next {@link #refresh}. */
    void show(LinkGraph view) {
        for (int f = 0; f < shown.length; f++) {
            shown[f] = view.view().isFirmShown(f);
            degree[f] = view.degree(f);
        }
        rank(sizes != null ? sizes : degree);
    }

    /** Ranks the firms by their circles' sizes from now on (one per firm, in pixels). Takes effect at the next {@link #refresh}. */
    void rankBy(double[] circleSizes) {
        sizes = circleSizes.clone();
        rank(sizes);
    }

    /** Ranks the view's firms by importance: {@code key} descending, ties to the lower index. */
    private void rank(double[] key) {
        int count = 0;
        for (boolean s : shown) {
            count += s ? 1 : 0;
        }
        Integer[] sorted = new Integer[count];
        int k = 0;
        for (int f = 0; f < shown.length; f++) {
            if (shown[f]) {
                sorted[k++] = f;
            }
        }
        Arrays.sort(sorted, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
        order = new int[count];
        Arrays.fill(rank, -1);
        for (int i = 0; i < count; i++) {
            order[i] = sorted[i];
            rank[order[i]] = i;
        }
        shownCount = count;
    }

    boolean isShown(int f) {
        return shown[f];
    }

    int shownCount() {
        return shownCount;
    }

    /** The firms moved: the grid is built again when next needed, and the area set for the old places is dropped. */
    void moved() {
        grid = null;
        area = null;
        viewBox = null;
    }

    /** The part of the map on screen ({minX, minY, maxX, maxY}, map units), or null for all of it. */
    void setArea(double[] area) {
        this.area = area == null ? null : area.clone();
    }

    /** The most firms drawn beyond those forced, ≥ 1. */
    void setBudget(int firms) {
        if (firms < 1) {
            throw new IllegalArgumentException("budget must be at least 1: " + firms);
        }
        budget = firms;
    }

    /**
     * Decides again which firms are drawn: every {@code forced} firm of the view, and the budget's
     * choice of the others while the forced ones leave room in it, recording each firm whose drawing changed in {@code into.firmShown}. Returns whether any did.
     */
    boolean refresh(IntPredicate forced, DrawChanges into) {
        boolean[] must = new boolean[drawn.length];
        int mustCount = 0;
        for (int f : order) {
            must[f] = forced.test(f);
            mustCount += must[f] ? 1 : 0;
        }
        boolean[] chosen = choose(must, mustCount);
        boolean changed = false;
        int count = 0;
        for (int f = 0; f < drawn.length; f++) {
            boolean d = rank[f] >= 0 && (chosen[f] || must[f]);
            count += d ? 1 : 0;
            if (d != drawn[f]) {
                drawn[f] = d;
                into.firmShown.set(f);
                changed = true;
            }
        }
        drawnCount = count;
        return changed;
    }

    /**
     * Per firm, whether the budget takes it beside the {@code must} firms, which count against it:
     * all the view's firms while they fit; else the most important of the others, of those on
     * screen when an area is set, until the budget is full. Sets {@link #notDrawnCount()}.
     */
    private boolean[] choose(boolean[] must, int mustCount) {
        boolean[] chosen = new boolean[drawn.length];
        int room = Math.max(0, budget - mustCount);
        int[] candidates;
        if (order.length <= budget) {
            room = order.length;
            candidates = order;
        } else if (area == null) {
            candidates = order;
        } else {
            int[] on = grid().in(area[0], area[1], area[2], area[3]);
            int k = 0;
            for (int f : on) {
                if (rank[f] >= 0) {
                    on[k++] = rank[f];
                }
            }
            int[] ranks = Arrays.copyOf(on, k);
            Arrays.sort(ranks);
            candidates = new int[k];
            for (int i = 0; i < k; i++) {
                candidates[i] = order[ranks[i]];
            }
        }
        int taken = 0;
        int left = 0;
        for (int f : candidates) {
            if (must[f]) {
                continue;
            }
            if (taken < room) {
                chosen[f] = true;
                taken++;
            } else {
                left++;
            }
        }
        notDrawn = left;
        return chosen;
    }

    private FirmGrid grid() {
        if (grid == null) {
            grid = FirmGrid.of(x, y);
        }
        return grid;
    }

    boolean isDrawn(int f) {
        return drawn[f];
    }

    int drawnCount() {
        return drawnCount;
    }

    /** Firms of the view the budget leaves out (of those on screen, when an area is set). */
    int notDrawnCount() {
        return notDrawn;
    }

    /** The diagonal of {@link #viewBox()}, 0 when it is null. */
    double viewDiagonal() {
        double[] b = viewBox();
        return b == null ? 0 : Math.hypot(b[2] - b[0], b[3] - b[1]);
    }

    /**
     * {minX, minY, maxX, maxY} in map units of the view's firms when first asked for since the
     * firms were last placed (see {@link #moved}), or null when the view had none: the camera's
     * whole map, which a filter leaves as it is.
     */
    double[] viewBox() {
        if (viewBox == null) {
            viewBox = FirmGrid.box(x, y, order);
        }
        return viewBox == null ? null : viewBox.clone();
    }
}
