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
 * The GraphStream graph that draws a network on the map: a node for each firm drawn and an edge for
 * each link drawn, of the links of the whole network as the analysis merges them ({@link LinkGraph}),
 * {@code trade} edges directed. What is drawn and what each looks like is the {@link DrawPlan}'s
 * decision; this class only passes the plan's changes on: elements added and removed as they come
 * into the drawing and leave it, and GraphStream attributes ({@code xy}, {@code ui.class},
 * {@code ui.label}, {@code ui.style}, {@code ui.size}) set on those drawn. GraphStream's renderer
 * visits every element its graph holds on every frame, hidden or not, and a class change moves an
 * element between style groups: so the graph holds only what is drawn (a budget of firms and links,
 * see {@link FirmLevelOfDetail} and {@link LinkBudget}), and a frame, a filter change or a selection
 * costs about the same at 20,000 firms as at 1,500. Only what changed is set, since every attribute
 * set is an event its viewer handles. The graph is built when first asked for ({@link #graph()}),
 * after the first view is shown.
 *
 * <p>Not thread-safe: once a viewer draws the graph, change it on the JavaFX thread only.
 */
public final class NetworkGraph {

    /** Default {@link #setLinkBudget}: about what JavaFX's software renderer pans smoothly. */
    public static final int LINK_BUDGET_DEFAULT = LinkPlan.BUDGET_DEFAULT;
    /** Text size of the always-drawn names, in pixels. */
    public static final int LABEL_SIZE_PX = DrawPlan.LABEL_SIZE_PX;

    private final Network network;
    private final LinkGraph all;
    private final DrawPlan plan;
    /** The graph of what is drawn, null until asked for; its node of each firm drawn and edge of each link drawn. */
    private Graph graph;
    private final Node[] nodes;
    private final Edge[] edges;
    /** The firms named at every zoom, with a style of their own. */
    private final BitSet alwaysLabelled = new BitSet();

    public NetworkGraph(Network network, Partition clusters) {
        this(LinkGraph.of(NetworkView.of(network, Filter.all())), clusters);
    }

    /**
     * The graph of {@code all}'s network, whose edges are {@code all}'s links: pass the merged
     * links of the unfiltered view when the caller has them already.
     */
    public NetworkGraph(LinkGraph all, Partition clusters) {
        this.network = all.network();
        this.all = all;
        this.plan = new DrawPlan(all, clusters);
        plan.takeChanges(); // the graph, once built, starts from the plan's state
        nodes = new Node[network.firmCount()];
        edges = new Edge[all.linkCount()];
        for (int f : plan.alwaysLabelled()) {
            alwaysLabelled.set(f);
        }
    }

    /** Builds the graph of what the plan draws now. */
    private Graph build() {
        Graph g = new MultiGraph("network", false, false, 1024, 4096);
        graph = g;
        for (int f = 0; f < nodes.length; f++) {
            if (plan.firms().isDrawn(f)) {
                addNode(f);
            }
        }
        for (int l = 0; l < edges.length; l++) {
            if (plan.links().isShown(l)) {
                addEdge(l);
            }
        }
        return g;
    }

    /**
     * Passes the plan's changes on to GraphStream: links and firms that left the drawing removed,
     * those that came into it added with all their attributes, then the attributes changed on the
     * others. A link is drawn only with its two firms (the plan sees to it), so removing a node
     * removes no edge still drawn.
     */
    private void apply(DrawChanges c) {
        if (graph == null) {
            return; // built from the plan's state when asked for
        }
        LinkPlan links = plan.links();
        BitSet added = new BitSet();
        BitSet addedLinks = new BitSet();
        each(c.linkShown, l -> {
            if (!links.isShown(l) && edges[l] != null) {
                graph.removeEdge(edges[l]);
                edges[l] = null;
            }
        });
        each(c.firmShown, f -> {
            if (!plan.firms().isDrawn(f) && nodes[f] != null) {
                graph.removeNode(nodes[f]);
                nodes[f] = null;
            }
        });
        each(c.firmShown, f -> {
            if (plan.firms().isDrawn(f) && nodes[f] == null) {
                addNode(f);
                added.set(f);
            }
        });
        each(c.linkShown, l -> {
            if (links.isShown(l) && edges[l] == null) {
                addEdge(l);
                addedLinks.set(l);
            }
        });
        each(c.firmPlace, nodes, added, f -> nodes[f].setAttribute("xy", plan.x(f), plan.y(f)));
        each(c.firmClass, nodes, added, f -> nodes[f].setAttribute("ui.class", plan.firmClass(f)));
        each(c.firmLabel, nodes, added, this::label);
        each(c.firmLabelSize, nodes, added, this::labelSize);
        each(c.firmSize, nodes, added, this::size);
        each(c.linkClass, edges, addedLinks, l -> edges[l].setAttribute("ui.class", links.styleClass(l)));
        each(c.linkWidth, edges, addedLinks, this::width);
    }

    private void addNode(int f) {
        nodes[f] = graph.addNode(network.firmId(f));
        nodes[f].setAttribute("xy", plan.x(f), plan.y(f));
        nodes[f].setAttribute("ui.class", plan.firmClass(f));
        label(f);
        if (alwaysLabelled.get(f)) {
            labelSize(f);
        }
        size(f);
    }

    private void addEdge(int l) {
        LinkType t = all.type(l);
        int from = all.from(l);
        int to = all.to(l);
        edges[l] = graph.addEdge(t.code() + ":" + network.firmId(from) + ":" + network.firmId(to), nodes[from],
                nodes[to], t.isDirected());
        edges[l].setAttribute("ui.class", plan.links().styleClass(l));
        width(l);
    }

    private void label(int f) {
        String label = plan.label(f);
        if (label == null) {
            nodes[f].removeAttribute("ui.label");
        } else {
            nodes[f].setAttribute("ui.label", label);
        }
    }

    /**
     * An always-drawn name: at every zoom, its firm drawn over the other firms (z-index 3, under a
     * selection's neighbours) so that no circle covers the name. (No box behind the name:
     * GraphStream draws it offset from the text.)
     */
    private void labelSize(int f) {
        nodes[f].setAttribute("ui.style", "text-visibility-mode: normal; text-size: " + plan.labelSize()
                + "px; z-index: 3;");
    }

    private void size(int f) {
        double size = plan.firmSize(f);
        if (Double.isNaN(size)) {
            nodes[f].removeAttribute("ui.size"); // the stylesheet's
        } else {
            nodes[f].setAttribute("ui.size", size);
        }
    }

    private void width(int l) {
        double w = plan.links().width(l);
        if (!Double.isNaN(w)) {
            edges[l].setAttribute("ui.size", w);
        }
    }

    private static void each(BitSet changed, IntConsumer action) {
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            action.accept(i);
        }
    }

    /**
     * The action on each changed element that the graph holds, but those just added (set whole
     * already); the others get their attributes when they come into the drawing.
     */
    private static void each(BitSet changed, Element[] held, BitSet added, IntConsumer action) {
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            if (held[i] != null && !added.get(i)) {
                action.accept(i);
            }
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

    /** Sizes the firms by a metric, one value per firm ({@link CircleSizes#of}: 3 to 16 px, area by value). */
    public void sizeBy(double[] values) {
        plan.sizeBy(values);
        apply(plan.takeChanges());
    }

    /** The network's firms, drawn or not. */
    public int firmCount() {
        return plan.firmCount();
    }

    /** Whether the firm's name is drawn at every zoom, above other firms, unless it would overlap. */
    public boolean isAlwaysNamed(int firm) {
        return alwaysLabelled.get(firm);
    }

    /** Whether a firm's name is drawn on the map without being selected. */
    public boolean hasPersistentLabel(int firm) {
        return plan.hasPersistentLabel(firm);
    }

    /** The graph to hand to a viewer: the firms and links drawn. */
    public Graph graph() {
        return graph != null ? graph : build();
    }

    /**
     * {minX, minY, maxX, maxY} of the firms of the view shown (drawn or not), in graph units, or
     * null when it has none: what the camera fits, as it fitted the graph's nodes not hidden when
     * the graph held every firm.
     */
    double[] viewBox() {
        return plan.firms().viewBox();
    }

    /**
     * The most firms drawn at once, beyond those that must be seen (the ends of the links drawn, the
     * selected firm and its neighbours, weak points, the always-named firms): see
     * {@link FirmLevelOfDetail}.
     */
    public void setFirmBudget(int budget) {
        plan.setFirmBudget(budget);
        apply(plan.takeChanges());
    }

    /** Firms of the view drawn now. */
    public int drawnNodeCount() {
        return plan.firms().drawnCount();
    }

    /**
     * Shows exactly the firms and links of {@code links}' view: leaves the rest out, and sizes each
     * shown edge by its weight in that view (width grows with the logarithm of the weight, so a
     * few heavy links do not hide the thousands of light ones). At most the link budget is drawn
     * (see {@link #setVisibleArea}), and of a view with more firms than the firm budget, its most
     * important firms with the ends of the links drawn (see {@link #setFirmBudget}).
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

    /** Leaves out the names that would overlap on {@code screen} ({@link NamePlacement}); whether any came or went. */
    boolean placeNames(NamePlacement.Screen screen) {
        boolean changed = plan.placeNames(screen);
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

    /** Where a firm is drawn (or would be), {x, y} in graph units. */
    double[] place(int firm) {
        return new double[] {plan.x(firm), plan.y(firm)};
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

    /** Whether the edge with this id is drawn (for tests and the inspector). */
    public boolean isEdgeShown(String id) {
        Edge e = graph().getEdge(id);
        return e != null && !e.hasAttribute("ui.hide");
    }

    public boolean isNodeShown(String firmId) {
        Node n = graph().getNode(firmId);
        return n != null && !n.hasAttribute("ui.hide");
    }
}
