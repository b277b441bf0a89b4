package org.supracluster.analysis;

import org.supracluster.model.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supracluster.model.LinkType;

/**
 * Our structural figures, betweenness and PageRank against JGraphT's on generated mixed networks
 * ({@link CentralityGraphs#random}: trade and co-patent links, some pairs with both, isolated firms).
 * JGraphT is a test dependency here: an independent implementation of each definition.
 *
 * <p>Conventions aligned:
 * <ul>
 *   <li>Structure and betweenness on the neighbour view: a JGraphT {@link SimpleGraph} with one
 *   undirected edge per pair of neighbours, whatever the links' types and directions.</li>
 *   <li>Betweenness unnormalised, each unordered pair once: JGraphT's {@code BetweennessCentrality}
 *   with {@code normalize = false} halves its sums on an undirected graph, as ours does.</li>
 *   <li>PageRank: a {@link DirectedPseudograph} with an arc supplier → customer per trade link and
 *   two arcs per co-patent link (so parallel arcs count, as in ours), damping 0.85, unweighted.
 *   JGraphT spreads a dangling firm's score evenly over all firms, as ours does, but stops when
 *   the largest change of one score is below its tolerance and does not rescale to a sum of 1,
 *   while ours stops at an L1 change below 1e-10 and rescales: with JGraphT's tolerance at 1e-13 the
 *   two agree to 1e-9 per firm.</li>
 * </ul>
 */
class JGraphTCrossCheckTest {

    /** The neighbour view as a JGraphT simple graph on the firms' indices. */
    private static Graph<Integer, DefaultEdge> neighbourView(LinkGraph g) {
        Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int f = 0; f < g.firmCount(); f++) {
            j.addVertex(f);
        }
        for (int f = 0; f < g.firmCount(); f++) {
            for (int k = g.neighbourStart(f); k < g.neighbourEnd(f); k++) {
                if (g.neighbour(k) > f) {
                    j.addEdge(f, g.neighbour(k));
                }
            }
        }
        return j;
    }

    @ParameterizedTest(name = "{0} firms, about {1} links, seed {2}")
    @CsvSource({"300, 330, 1", "300, 600, 2", "500, 700, 3", "200, 1500, 4"})
    void articulationPointsBridgesAndCoreNumbersAreJGraphTs(int n, int m, long seed) {
        LinkGraph g = CentralityGraphs.random(n, m, seed);
        Graph<Integer, DefaultEdge> j = neighbourView(g);
        Structure s = Structure.of(g, Progress.NONE);

        BiconnectivityInspector<Integer, DefaultEdge> inspector = new BiconnectivityInspector<>(j);
        assertEquals(new TreeSet<>(inspector.getCutpoints()), new TreeSet<>(s.articulationPoints()));
        Set<String> theirBridges = new HashSet<>();
        for (DefaultEdge e : inspector.getBridges()) {
            int a = j.getEdgeSource(e);
            int b = j.getEdgeTarget(e);
            theirBridges.add(Math.min(a, b) + "-" + Math.max(a, b));
        }
        Set<String> ourBridges = new HashSet<>();
        s.bridges().forEach(b -> ourBridges.add(b.first() + "-" + b.second()));
        assertEquals(theirBridges, ourBridges);

        Coreness<Integer, DefaultEdge> coreness = new Coreness<>(j);
        for (Map.Entry<Integer, Integer> e : coreness.getScores().entrySet()) {
            assertEquals(e.getValue(), s.coreness(e.getKey()), "firm " + e.getKey());
        }
        assertEquals(coreness.getDegeneracy(), s.degeneracy());
    }

    @ParameterizedTest(name = "{0} firms, about {1} links, seed {2}")
    @CsvSource({"120, 200, 11", "200, 800, 12", "300, 320, 13"})
    void betweennessIsJGraphTsUnnormalisedOnTheNeighbourView(int n, int m, long seed) {
        LinkGraph g = CentralityGraphs.random(n, m, seed);
        Map<Integer, Double> theirs = new BetweennessCentrality<>(neighbourView(g), false).getScores();
        Betweenness.Result ours = Betweenness.exact(g, 1, Progress.NONE);
        for (int f = 0; f < n; f++) {
            assertEquals(theirs.get(f), ours.score(f), 1e-9 * Math.max(1, theirs.get(f)), "firm " + f);
        }
    }

    @ParameterizedTest(name = "{0} firms, about {1} links, seed {2}")
    @CsvSource({"120, 200, 21", "200, 800, 22", "300, 320, 23"})
    void pageRankIsJGraphTsWithTradeAsArcsAndCopatentsBothWays(int n, int m, long seed) {
        LinkGraph g = CentralityGraphs.random(n, m, seed);
        Graph<Integer, DefaultEdge> arcs = new DirectedPseudograph<>(DefaultEdge.class);
        for (int f = 0; f < n; f++) {
            arcs.addVertex(f);
        }
        for (int l = 0; l < g.linkCount(); l++) {
            arcs.addEdge(g.from(l), g.to(l));
            if (g.type(l) == LinkType.COPATENT) {
                arcs.addEdge(g.to(l), g.from(l));
            }
        }
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.PageRank<>(arcs, PageRank.DAMPING_DEFAULT, 10_000,
                1e-13).getScores();
        PageRank.Result ours = PageRank.compute(g);
        for (int f = 0; f < n; f++) {
            assertEquals(theirs.get(f), ours.score(f), 1e-9, "firm " + f);
        }
    }
}
