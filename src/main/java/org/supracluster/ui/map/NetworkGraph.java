package org.supracluster.ui.map;

import java.util.Arrays;
import org.graphstream.graph.Edge;
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
 * The GraphStream graph that draws a network on the map: one node per firm at its projected
 * position ({@link MapProjection}), classed by cluster ({@code c0}…, {@code other}), and one edge
 * per link of the whole network as the analysis merges them ({@link LinkGraph}), classed
 * {@code trade} (directed) or {@code copatent}. A view is shown by hiding what it leaves out
 * ({@code ui.hide}), which is several times cheaper than removing and re-adding elements, and by
 * sizing each shown edge by its weight in that view.
 *
 * <p>Not thread-safe: once a viewer draws the graph, change it on the JavaFX thread only.
 */
public final class NetworkGraph {

    private final Network network;
    private final Graph graph;
    private final Node[] nodes;
    private final String[] baseClass;
    /** The firm whose name is drawn, or -1. */
    private int labelled = -1;
    private boolean[] persistentLabel;
    private final Edge[] edges;
    private final long[] edgeKeys;
    /** Per edge: its firms, its type's class, and what was last given to GraphStream. */
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final String[] edgeType;
    private final String[] edgeClass;
    private final double[] edgeSize;
    private final String[] nodeClass;
    /** Firm positions in graph units (what the viewer draws), for the visible-area test. */
    private final double[] nodeX;
    private final double[] nodeY;
    /** Weight of each edge in the view shown, or -1 when the view leaves it out. */
    private double[] viewWeight;
    /** The part of the map on screen (graph units), or null for all of it. */
    private double[] visibleArea;
    /** Default {@link #setLinkBudget}: about what JavaFX's software renderer pans smoothly. */
    public static final int LINK_BUDGET_DEFAULT = 8_000;
    private int linkBudget = LINK_BUDGET_DEFAULT;
    private int notDrawn;
    private int shownNodes;
    private int shownEdges;

    public NetworkGraph(Network network, Partition clusters) {
        this(LinkGraph.of(NetworkView.of(network, Filter.all())), clusters);
    }

    /**
     * The graph of {@code all}'s network, whose edges are {@code all}'s links: pass the merged
     * links of the unfiltered view when the caller has them already.
     */
    public NetworkGraph(LinkGraph all, Partition clusters) {
        Network network = all.network();
        this.network = network;
        this.graph = new MultiGraph("network", false, false, network.firmCount(), 4 * network.firmCount());
        int n = network.firmCount();
        nodes = new Node[n];
        baseClass = new String[n];
        nodeClass = new String[n];
        nodeX = new double[n];
        nodeY = new double[n];
        for (int f = 0; f < n; f++) {
            Node node = graph.addNode(network.firmId(f));
            nodeX[f] = MapProjection.x(network.lon(f));
            nodeY[f] = MapProjection.y(network.lat(f));
            node.setAttribute("xy", nodeX[f], nodeY[f]);
            int c = clusters.of(f);
            baseClass[f] = c == Partition.OTHER ? "other" : "c" + c;
            nodeClass[f] = baseClass[f];
            node.setAttribute("ui.class", baseClass[f]);
            nodes[f] = node;
        }
        int m = all.linkCount();
        edges = new Edge[m];
        edgeKeys = new long[m];
        edgeFrom = new int[m];
        edgeTo = new int[m];
        edgeType = new String[m];
        edgeClass = new String[m];
        edgeSize = new double[m];
        viewWeight = new double[m];
        for (int l = 0; l < m; l++) {
            LinkType t = all.type(l);
            Edge e = graph.addEdge(t.code() + ":" + network.firmId(all.from(l)) + ":" + network.firmId(all.to(l)),
                    nodes[all.from(l)], nodes[all.to(l)], t.isDirected());
            e.setAttribute("ui.class", t.code());
            edges[l] = e;
            edgeFrom[l] = all.from(l);
            edgeTo[l] = all.to(l);
            edgeType[l] = t.code();
            edgeClass[l] = t.code();
            viewWeight[l] = all.weight(l);
            // LinkGraph orders links by (from, to, type), so these keys come out sorted.
            edgeKeys[l] = key(all.from(l), all.to(l), t);
        }
        shownNodes = n;
        shownEdges = m;
        labelLargestFirms(all);
    }

    /**
     * Moves firms to other places (the network layout's): firm f to ({@code x[f]}, {@code y[f]});
     * a firm whose x or y is NaN stays where it is. {@link #restoreMapPositions()} undoes it.
     */
    public void placeAt(double[] x, double[] y) {
        if (x.length != nodes.length || y.length != nodes.length) {
            throw new IllegalArgumentException(x.length + " x and " + y.length + " y for " + nodes.length + " firms");
        }
        for (int f = 0; f < nodes.length; f++) {
            if (!Double.isNaN(x[f]) && !Double.isNaN(y[f])) {
                nodeX[f] = x[f];
                nodeY[f] = y[f];
                nodes[f].setAttribute("xy", x[f], y[f]);
            }
        }
        // Positions in other units: the visible area set for the old ones no longer applies.
        visibleArea = null;
        drawBudget();
    }

    /** Puts every firm back at its projected map position. */
    public void restoreMapPositions() {
        for (int f = 0; f < nodes.length; f++) {
            nodeX[f] = MapProjection.x(network.lon(f));
            nodeY[f] = MapProjection.y(network.lat(f));
            nodes[f].setAttribute("xy", nodeX[f], nodeY[f]);
        }
        visibleArea = null;
        drawBudget();
    }

    /** Firms whose names are always drawn (the most connected), and those drawn when zoomed in. */
    static final int ALWAYS_LABELLED = 8;
    static final int LABELLED_WHEN_ZOOMED = 300;

    /**
     * Names the most connected firms on the map: the first few always, the next ones only when
     * the user zooms in (the stylesheet's {@code text-visibility-mode: under-zoom}), so the map
     * is readable at any zoom instead of a blot of 1,500 names.
     */
    private void labelLargestFirms(LinkGraph all) {
        Integer[] order = new Integer[nodes.length];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : all.degree(b) != all.degree(a)
                ? Integer.compare(all.degree(b), all.degree(a)) : Integer.compare(a, b));
        persistentLabel = new boolean[nodes.length];
        java.util.List<Integer> always = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(order.length, ALWAYS_LABELLED + LABELLED_WHEN_ZOOMED); i++) {
            int f = order[i];
            if (all.degree(f) == 0) {
                break;
            }
            persistentLabel[f] = true;
            nodes[f].setAttribute("ui.label", network.firmName(f));
            // Always-drawn names keep apart: big firms sit together (several fabs in one town),
            // and names on top of each other are unreadable.
            if (always.size() < ALWAYS_LABELLED && farFrom(f, always)) {
                always.add(f);
            }
        }
        alwaysLabelled = always.stream().mapToInt(Integer::intValue).toArray();
        restyle(LABEL_SIZE_PX);
    }

    /** Text size of the always-drawn names, in pixels. */
    public static final int LABEL_SIZE_PX = 12;

    /** The firms whose names are drawn at every zoom. */
    private int[] alwaysLabelled = new int[0];

    /**
     * Gives the always-named firms their style again. GraphStream keeps a node's {@code ui.style}
     * as a rule of the graph's stylesheet, so replacing the stylesheet (presenter mode, themes)
     * drops it: call this after every such replacement, with the text size wanted (larger in
     * presenter mode).
     */
    public void restyle(int textSizePx) {
        for (int f : alwaysLabelled) {
            nodes[f].setAttribute("ui.style", "text-visibility-mode: normal; text-size: " + textSizePx + "px;");
        }
    }

    /** Smallest and largest circle of {@link #sizeBy}, in pixels. */
    static final double MIN_SIZE_PX = 3;
    static final double MAX_SIZE_PX = 16;

    /**
     * Sizes the firms by a metric (one value per firm, ≥ 0; NaN counts as 0): the circle's area
     * grows with the value (diameter with its square root), from {@link #MIN_SIZE_PX} to
     * {@link #MAX_SIZE_PX} for the largest value.
     */
    public void sizeBy(double[] values) {
        if (values.length != nodes.length) {
            throw new IllegalArgumentException(values.length + " values for " + nodes.length + " firms");
        }
        double max = 0;
        for (double v : values) {
            if (v > max) {
                max = v;
            }
        }
        for (int f = 0; f < nodes.length; f++) {
            double v = values[f] > 0 ? values[f] : 0;
            double size = max > 0 ? MIN_SIZE_PX + (MAX_SIZE_PX - MIN_SIZE_PX) * Math.sqrt(v / max) : MIN_SIZE_PX + 2;
            nodes[f].setAttribute("ui.size", size);
        }
    }

    /** Map distance below which two always-drawn names would overlap at the whole-country zoom. */
    private static final double LABEL_SEPARATION = 0.35;

    private boolean farFrom(int f, java.util.List<Integer> others) {
        for (int o : others) {
            double dx = MapProjection.x(network.lon(f)) - MapProjection.x(network.lon(o));
            double dy = MapProjection.y(network.lat(f)) - MapProjection.y(network.lat(o));
            if (Math.hypot(dx, dy) < LABEL_SEPARATION) {
                return false;
            }
        }
        return true;
    }

    /** Whether a firm's name is drawn on the map without being selected. */
    public boolean hasPersistentLabel(int firm) {
        return persistentLabel[firm];
    }

    private long key(int from, int to, LinkType t) {
        return ((long) from * network.firmCount() + to) * LinkType.values().length + t.ordinal();
    }

    /** The graph to hand to a viewer. */
    public Graph graph() {
        return graph;
    }

    /**
     * Shows exactly the firms and links of {@code links}' view: hides the rest, and sizes each
     * shown edge by its weight in that view (width grows with the logarithm of the weight, so a
     * few heavy links do not hide the thousands of light ones). At most the link budget is drawn
     * (see {@link #setVisibleArea}). Only what changed is passed on to GraphStream: every
     * attribute set is an event its viewer handles.
     *
     * @param links the merged links of a view of the same network
     */
    public void show(LinkGraph links) {
        if (links.network() != network) {
            throw new IllegalArgumentException("a view of another network");
        }
        NetworkView view = links.view();
        int nodeCount = 0;
        for (int f = 0; f < nodes.length; f++) {
            boolean on = view.isFirmShown(f);
            setHidden(nodes[f], !on);
            nodeCount += on ? 1 : 0;
        }
        double[] weight = new double[edges.length];
        Arrays.fill(weight, -1);
        for (int l = 0; l < links.linkCount(); l++) {
            int i = Arrays.binarySearch(edgeKeys, key(links.from(l), links.to(l), links.type(l)));
            if (i >= 0) {
                weight[i] = links.weight(l);
            }
        }
        viewWeight = weight;
        shownNodes = nodeCount;
        drawBudget();
    }

    /**
     * Tells the graph which part of the map is on screen, in graph units, so that when the view
     * has more links than the budget, the budget goes to the heaviest links crossing that part:
     * zooming in brings the lighter firm-level links of the area into sight. Links wholly
     * outside it are not drawn (they would be off screen). Returns whether the drawing changed.
     */
    public boolean setVisibleArea(double minX, double minY, double maxX, double maxY) {
        double[] area = {Math.min(minX, maxX), Math.min(minY, maxY), Math.max(minX, maxX), Math.max(minY, maxY)};
        if (Arrays.equals(area, visibleArea)) {
            return false;
        }
        visibleArea = area;
        return drawBudget();
    }

    /** The whole map is on screen again; see {@link #setVisibleArea}. */
    public boolean clearVisibleArea() {
        if (visibleArea == null) {
            return false;
        }
        visibleArea = null;
        return drawBudget();
    }

    /** Whether an edge's bounding box meets the visible area (always, with no area set). */
    private boolean inArea(int i) {
        if (visibleArea == null) {
            return true;
        }
        double x0 = Math.min(nodeX[edgeFrom[i]], nodeX[edgeTo[i]]);
        double x1 = Math.max(nodeX[edgeFrom[i]], nodeX[edgeTo[i]]);
        double y0 = Math.min(nodeY[edgeFrom[i]], nodeY[edgeTo[i]]);
        double y1 = Math.max(nodeY[edgeFrom[i]], nodeY[edgeTo[i]]);
        return x1 >= visibleArea[0] && x0 <= visibleArea[2] && y1 >= visibleArea[1] && y0 <= visibleArea[3];
    }

    /**
     * Draws the view's links within the budget: all of them while the view has at most
     * {@link #linkBudget}; otherwise the heaviest of those crossing the visible area. Returns
     * whether any edge was shown or hidden.
     */
    private boolean drawBudget() {
        int inView = 0;
        for (double w : viewWeight) {
            inView += w > 0 ? 1 : 0;
        }
        boolean limited = inView > linkBudget;
        boolean[] candidate = new boolean[edges.length];
        int candidates = 0;
        for (int i = 0; i < edges.length; i++) {
            candidate[i] = viewWeight[i] > 0 && (!limited || inArea(i));
            candidates += candidate[i] ? 1 : 0;
        }
        double threshold = 0;
        if (candidates > linkBudget) {
            double[] w = new double[candidates];
            int k = 0;
            for (int i = 0; i < edges.length; i++) {
                if (candidate[i]) {
                    w[k++] = viewWeight[i];
                }
            }
            Arrays.sort(w);
            threshold = w[candidates - linkBudget];
        }
        int edgeCount = 0;
        boolean changed = false;
        for (int i = 0; i < edges.length; i++) {
            // Ties at the threshold are cut in link order.
            boolean on = candidate[i] && viewWeight[i] >= threshold && edgeCount < linkBudget;
            changed |= setHidden(edges[i], !on);
            if (on) {
                double size = 0.5 + Math.log1p(viewWeight[i]) * 0.4;
                if (size != edgeSize[i]) {
                    edges[i].setAttribute("ui.size", size);
                    edgeSize[i] = size;
                }
                edgeCount++;
            }
        }
        shownEdges = edgeCount;
        notDrawn = candidates - edgeCount;
        return changed;
    }

    /** The most links drawn at once; the rest of the view's links are counted in {@link #notDrawnCount()}. */
    public void setLinkBudget(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1: " + budget);
        }
        linkBudget = budget;
        drawBudget();
    }

    /**
     * Links of the last view shown that the budget left undrawn (of those crossing the visible
     * area, when the budget is in force).
     */
    public int notDrawnCount() {
        return notDrawn;
    }

    /** Hides or shows an element; returns whether that changed anything. */
    private static boolean setHidden(org.graphstream.graph.Element e, boolean hidden) {
        if (hidden) {
            if (!e.hasAttribute("ui.hide")) {
                e.setAttribute("ui.hide");
                return true;
            }
        } else if (e.hasAttribute("ui.hide")) {
            e.removeAttribute("ui.hide");
            return true;
        }
        return false;
    }

    /**
     * Highlights a firm and its neighbours in {@code links} and dims everything else; with
     * {@code firm < 0}, clears the highlight.
     */
    public void select(int firm, LinkGraph links) {
        boolean[] near = new boolean[nodes.length];
        if (firm >= 0) {
            near[firm] = true;
            for (int k = links.neighbourStart(firm); k < links.neighbourEnd(firm); k++) {
                near[links.neighbour(k)] = true;
            }
        }
        if (labelled >= 0 && !persistentLabel[labelled]) {
            nodes[labelled].removeAttribute("ui.label");
        }
        labelled = firm;
        if (firm >= 0) {
            nodes[firm].setAttribute("ui.label", network.firmName(firm));
        }
        for (int f = 0; f < nodes.length; f++) {
            // One class per element: GraphStream's renderer does not reliably combine several.
            String cls = firm < 0 || (near[f] && f != firm) ? baseClass[f] : f == firm ? "selected" : "dimmed";
            if (!cls.equals(nodeClass[f])) {
                nodes[f].setAttribute("ui.class", cls);
                nodeClass[f] = cls;
            }
        }
        for (int i = 0; i < edges.length; i++) {
            boolean touches = edgeFrom[i] == firm || edgeTo[i] == firm;
            String cls = firm < 0 || touches ? edgeType[i] : edgeType[i] + "Dim";
            if (!cls.equals(edgeClass[i])) {
                edges[i].setAttribute("ui.class", cls);
                edgeClass[i] = cls;
            }
        }
    }

    /** The firm index of a node id, or -1. */
    public int firmOf(String nodeId) {
        return network.indexOf(nodeId);
    }

    public int shownNodeCount() {
        return shownNodes;
    }

    public int shownEdgeCount() {
        return shownEdges;
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
