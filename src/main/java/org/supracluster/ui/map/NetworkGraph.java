package org.supracluster.ui.map;

import java.util.BitSet;
import java.util.function.IntConsumer;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * The GraphStream graph that draws a network on the map: one node per firm and one edge per link
 * of the whole network as the analysis merges them ({@link LinkGraph}), {@code trade} edges
 * directed. What each looks like is the {@link DrawPlan}'s decision; this class only passes the
 * plan's changes on as GraphStream attributes ({@code xy}, {@code ui.class}, {@code ui.label},
 * {@code ui.style}, {@code ui.size}, {@code ui.hide}). A view is shown by hiding what it leaves out,
 * which is several times cheaper than removing and re-adding elements; and only what changed is
 * set, since every attribute set is an event its viewer handles.
 *
 * <p>Not thread-safe: once a viewer draws the graph, change it on the JavaFX thread only.
 */
public final class NetworkGraph {

    /** Default {@link #setLinkBudget}: about what JavaFX's software renderer pans smoothly. */
    public static final int LINK_BUDGET_DEFAULT = LinkPlan.BUDGET_DEFAULT;
    /** Text size of the always-drawn names, in pixels. */
    public static final int LABEL_SIZE_PX = DrawPlan.LABEL_SIZE_PX;

    private final Network network;
    private final DrawPlan plan;
    private final Graph graph;
    private final Node[] nodes;
    private final Edge[] edges;

    public NetworkGraph(Network network, Partition clusters) {
        this(LinkGraph.of(NetworkView.of(network, Filter.all())), clusters);
    }

    /**
     * The graph of {@code all}'s network, whose edges are {@code all}'s links: pass the merged
     * links of the unfiltered view when the caller has them already.
     */
    public NetworkGraph(LinkGraph all, Partition clusters) {
        this.network = all.network();
        this.plan = new DrawPlan(all, clusters);
        int n = network.firmCount();
        this.graph = new MultiGraph("network", false, false, n, 4 * n);
        nodes = new Node[n];
        for (int f = 0; f < n; f++) {
            nodes[f] = graph.addNode(network.firmId(f));
        }
        edges = new Edge[all.linkCount()];
        for (int l = 0; l < edges.length; l++) {
            LinkType t = all.type(l);
            edges[l] = graph.addEdge(t.code() + ":" + network.firmId(all.from(l)) + ":" + network.firmId(all.to(l)),
                    nodes[all.from(l)], nodes[all.to(l)], t.isDirected());
        }
        apply(plan.takeChanges());
    }

    /** Passes the plan's changes on to GraphStream. */
    private void apply(DrawChanges c) {
        each(c.firmPlace, f -> nodes[f].setAttribute("xy", plan.x(f), plan.y(f)));
        each(c.firmShown, f -> setHidden(nodes[f], !plan.isFirmShown(f)));
        each(c.firmClass, f -> nodes[f].setAttribute("ui.class", plan.firmClass(f)));
        each(c.firmLabel, f -> {
            String label = plan.label(f);
            if (label == null) {
                nodes[f].removeAttribute("ui.label");
            } else {
                nodes[f].setAttribute("ui.label", label);
            }
        });
        each(c.firmLabelSize, f -> nodes[f].setAttribute("ui.style",
                "text-visibility-mode: normal; text-size: " + plan.labelSize() + "px;"));
        each(c.firmSize, f -> {
            double size = plan.firmSize(f);
            if (Double.isNaN(size)) {
                nodes[f].removeAttribute("ui.size"); // the stylesheet's
            } else {
                nodes[f].setAttribute("ui.size", size);
            }
        });
        LinkPlan links = plan.links();
        each(c.linkShown, l -> setHidden(edges[l], !links.isShown(l)));
        each(c.linkClass, l -> edges[l].setAttribute("ui.class", links.styleClass(l)));
        each(c.linkWidth, l -> edges[l].setAttribute("ui.size", links.width(l)));
    }

    private static void each(BitSet changed, IntConsumer action) {
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            action.accept(i);
        }
    }

    private static void setHidden(Element e, boolean hidden) {
        if (hidden) {
            e.setAttribute("ui.hide");
        } else {
            e.removeAttribute("ui.hide");
        }
    }

    /**
     * Moves firms to other places (the network layout's): firm f to ({@code x[f]}, {@code y[f]});
     * a firm whose x or y is NaN stays where it is. {@link #restoreMapPositions()} undoes it.
     */
    public void placeAt(double[] x, double[] y) {
        plan.placeAt(x, y);
        apply(plan.takeChanges());
    }

    /** Puts every firm back at its projected map position. */
    public void restoreMapPositions() {
        plan.restoreMapPositions();
        apply(plan.takeChanges());
    }

    /**
     * Gives the always-named firms their style again. GraphStream keeps a node's {@code ui.style}
     * as a rule of the graph's stylesheet, so replacing the stylesheet (presenter mode, themes)
     * drops it: call this after every such replacement, with the text size wanted (larger in
     * presenter mode).
     */
    public void restyle(int textSizePx) {
        plan.setLabelSize(textSizePx);
        DrawChanges c = plan.takeChanges();
        for (int f : plan.alwaysLabelled()) {
            c.firmLabelSize.set(f); // given again even when the size is the same: the old ones are gone
        }
        apply(c);
    }

    /**
     * Sizes the firms by a metric (one value per firm, ≥ 0; NaN counts as 0): the circle's area
     * grows with the value (diameter with its square root), from 3 px to 16 px for the largest value.
     */
    public void sizeBy(double[] values) {
        plan.sizeBy(values);
        apply(plan.takeChanges());
    }

    /** Whether a firm's name is drawn on the map without being selected. */
    public boolean hasPersistentLabel(int firm) {
        return plan.hasPersistentLabel(firm);
    }

    /** The graph to hand to a viewer. */
    public Graph graph() {
        return graph;
    }

    /**
     * Shows exactly the firms and links of {@code links}' view: hides the rest, and sizes each
     * shown edge by its weight in that view (width grows with the logarithm of the weight, so a
     * few heavy links do not hide the thousands of light ones). At most the link budget is drawn
     * (see {@link #setVisibleArea}).
     *
     * @param links the merged links of a view of the same network
     */
    public void show(LinkGraph links) {
        plan.show(links);
        apply(plan.takeChanges());
    }

    /**
     * Tells the graph which part of the map is on screen, in graph units, so that when the view
     * has more links than the budget, the budget goes to the heaviest links crossing that part:
     * zooming in brings the lighter firm-level links of the area into sight. Links wholly
     * outside it are not drawn (they would be off screen). Returns whether the drawing changed.
     */
    public boolean setVisibleArea(double minX, double minY, double maxX, double maxY) {
        boolean changed = plan.setVisibleArea(minX, minY, maxX, maxY);
        apply(plan.takeChanges());
        return changed;
    }

    /** The whole map is on screen again; see {@link #setVisibleArea}. */
    public boolean clearVisibleArea() {
        boolean changed = plan.clearVisibleArea();
        apply(plan.takeChanges());
        return changed;
    }

    /** The most links drawn at once; the rest of the view's links are counted in {@link #notDrawnCount()}. */
    public void setLinkBudget(int budget) {
        plan.setLinkBudget(budget);
        apply(plan.takeChanges());
    }

    /**
     * Links of the last view shown that the budget left undrawn (of those crossing the visible
     * area, when the budget is in force).
     */
    public int notDrawnCount() {
        return plan.links().notDrawnCount();
    }

    /**
     * Highlights a firm, its links (on top, full colour, a minimum width) and its neighbours in
     * {@code links} (enlarged and named) and fades everything else; with {@code firm < 0}, clears
     * the highlight. Sets only the attributes that change: no work per frame.
     */
    public void select(int firm, LinkGraph links) {
        plan.select(firm, links);
        apply(plan.takeChanges());
    }

    /**
     * The box around the selected firm and its neighbours shown, {minX, minY, maxX, maxY} in graph
     * units, or null with nothing selected.
     */
    double[] neighbourhoodBox() {
        return plan.neighbourhoodBox();
    }

    /**
     * Marks weak points on the map: the given firms ringed, the links joining each given pair of
     * firms ({a, b}) thick, over any selection (the selected firm itself stays selected). Empty
     * arrays clear the marks.
     *
     * @throws IllegalArgumentException for a firm outside the network
     */
    public void markWeakPoints(int[] firms, int[][] pairs) {
        plan.markWeakPoints(firms, pairs);
        apply(plan.takeChanges());
    }

    /** The firm index of a node id, or -1. */
    public int firmOf(String nodeId) {
        return network.indexOf(nodeId);
    }

    public int shownNodeCount() {
        return plan.shownFirmCount();
    }

    public int shownEdgeCount() {
        return plan.links().shownCount();
    }

    /** Whether the edge with this id is hidden (for tests and the inspector). */
    public boolean isEdgeShown(String id) {
        Edge e = graph.getEdge(id);
        return e != null && !e.hasAttribute("ui.hide");
    }

    public boolean isNodeShown(String firmId) {
        Node n = graph.getNode(firmId);
        return n != null && !n.hasAttribute("ui.hide");
    }
}
