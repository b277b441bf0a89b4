package org.supracluster.analysis;

import org.supracluster.model.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The structural weak points of a view (DESIGN.md, "Analysis definitions", what-if), on the
 * neighbour view of {@link LinkGraph} (firms a and b are neighbours once if any shown link joins
 * them, whatever its type or direction):
 *
 * <ul>
 *   <li><b>Articulation points</b>: the firms whose loss alone splits their part of the network
 *   (remove the firm and its links, and its connected component falls into two or more pieces).
 *   Each has a <b>cut-off</b>: the firms that lose every path to the largest remaining piece,
 *   {@code |C| − 1 − max piece} for its component C. They are ranked by cut-off (how much of the
 *   network hangs on the firm), then by degree, then by network index: a firm that merely holds one
 *   single-partner supplier cuts off 1 and ranks low, a firm that alone joins a whole regional group
 *   to the rest ranks high. (Ranking by degree alone would put well-connected hubs first whose loss
 *   cuts off nobody beyond a leaf or two.)</li>
 *   <li><b>Bridges</b>: the pairs of neighbours whose links alone join two parts of the network;
 *   each bridge's cut-off is the size of its smaller side. Ranked by cut-off, then by their firms'
 *   indices. {@link #bridgesBetweenGroups} keeps those whose firms are in two different groups (two
 *   clusters, or a cluster and <i>other</i>).</li>
 *   <li><b>Coreness</b> (k-core number): the largest k such that the firm belongs to a subgraph
 *   in which every firm has at least k neighbours; 0 for an isolated firm. A high core number marks
 *   the firms of the densely knit centre, a core number of 1 the trees hanging off it.</li>
 * </ul>
 *
 * <p>Sources: Hopcroft, J. &amp; Tarjan, R. (1973), "Algorithm 447: efficient algorithms for graph
 * manipulation", Comm. ACM 16(6), 372–378 (articulation points and bridges, {@link Biconnectivity});
 * Seidman, S.B. (1983), "Network structure and minimum degree", Social Networks 5, 269–287 (k-cores);
 * Batagelj, V. &amp; Zaversnik, M. (2003), "An O(m) algorithm for cores decomposition of networks",
 * arXiv:cs/0310049 ({@link CoreDecomposition}). O(n + m) in all; hidden firms have no links, so
 * they are neither articulation points nor in a bridge and have coreness 0. Immutable.
 */
public final class Structure {

    /**
     * A bridge: the links between two neighbours are the only path between two parts of the network.
     *
     * @param first the firm with the lower network index
     * @param second the other firm
     * @param cutOff firms on the smaller side, which lose every path to the larger one
     */
    public record Bridge(int first, int second, int cutOff) {
    }

    private final LinkGraph graph;
    private final int[] coreness;
    private final int degeneracy;
    private final boolean[] articulation;
    private final int[] cutOff;
    private final List<Integer> ranked;
    private final List<Bridge> bridges;

    private Structure(LinkGraph graph, int[] coreness, Biconnectivity.Found found) {
        this.graph = graph;
        this.coreness = coreness;
        int k = 0;
        for (int c : coreness) {
            k = Math.max(k, c);
        }
        this.degeneracy = k;
        this.articulation = found.articulation();
        this.cutOff = found.cutOff();
        List<Integer> points = new ArrayList<>();
        for (int f = 0; f < articulation.length; f++) {
            if (articulation[f]) {
                points.add(f);
            }
        }
        points.sort(Comparator.<Integer>comparingInt(f -> cutOff[f]).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(graph::degree).reversed())
                .thenComparingInt(f -> f));
        this.ranked = List.copyOf(points);
        List<Bridge> b = new ArrayList<>();
        for (int i = 0; i < found.bridgeFirms().length; i++) {
            b.add(new Bridge(found.bridgeFirms()[i][0], found.bridgeFirms()[i][1], found.bridgeCutOff()[i]));
        }
        b.sort(Comparator.comparingInt(Bridge::cutOff).reversed().thenComparingInt(Bridge::first)
                .thenComparingInt(Bridge::second));
        this.bridges = List.copyOf(b);
    }

    /**
     * The weak points and core numbers of the graph's neighbour view (milliseconds at 20,000 firms).
     *
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static Structure of(LinkGraph graph, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(progress, "progress");
        int[] cores = CoreDecomposition.coreNumbers(graph);
        progress.checkCancelled();
        progress.report(0.2, "k-cores");
        Biconnectivity.Found found = Biconnectivity.find(graph, progress);
        progress.report(1, "articulation points and bridges");
        return new Structure(graph, cores, found);
    }

    /** The links these figures were computed on. */
    public LinkGraph graph() {
        return graph;
    }

    /** Number of firms of the network (shown or not); indices run 0..firmCount()-1. */
    public int firmCount() {
        return coreness.length;
    }

    /**
     * The firm's core number, 0 when it has no neighbour.
     *
     * @throws IllegalArgumentException for an index outside the network
     */
    public int coreness(int firm) {
        return coreness[check(firm)];
    }

    /** The largest core number of the view (its degeneracy), 0 without links. */
    public int degeneracy() {
        return degeneracy;
    }

    /**
     * Whether the firm's loss alone splits its component.
     *
     * @throws IllegalArgumentException for an index outside the network
     */
    public boolean isArticulationPoint(int firm) {
        return articulation[check(firm)];
    }

    /**
     * The firms the firm's loss cuts off from the largest remaining piece of its component; 0 for a
     * firm that is not an articulation point.
     *
     * @throws IllegalArgumentException for an index outside the network
     */
    public int cutOff(int firm) {
        return cutOff[check(firm)];
    }

    /** The articulation points, ranked by cut-off, then degree, then index (see the class comment). */
    public List<Integer> articulationPoints() {
        return ranked;
    }

    /** Every bridge, ranked by cut-off, then by its firms' indices. */
    public List<Bridge> bridges() {
        return bridges;
    }

    /**
     * The bridges whose two firms are in different groups of {@code groups} (two clusters, or a
     * cluster and {@link Partition#OTHER}), in the order of {@link #bridges()}.
     *
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     */
    public List<Bridge> bridgesBetweenGroups(Partition groups) {
        Objects.requireNonNull(groups, "groups");
        if (groups.firmCount() != firmCount()) {
            throw new IllegalArgumentException("partition has " + groups.firmCount() + " firms, graph "
                    + firmCount());
        }
        return bridges.stream().filter(b -> groups.of(b.first()) != groups.of(b.second())).toList();
    }

    private int check(int firm) {
        if (firm < 0 || firm >= coreness.length) {
            throw new IllegalArgumentException("no firm " + firm);
        }
        return firm;
    }

    @Override
    public String toString() {
        return "Structure[" + ranked.size() + " articulation points, " + bridges.size() + " bridges, degeneracy "
                + degeneracy + "]";
    }
}
