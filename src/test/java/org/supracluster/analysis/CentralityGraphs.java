package org.supracluster.analysis;

import java.util.Map;
import java.util.SplittableRandom;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** Small networks for the Degrees, Betweenness and PageRank tests. Firms are F0, F1, … in Seoul. */
final class CentralityGraphs {

    private CentralityGraphs() {
    }

    /** A builder holding firms F0..F(n-1), all in Seoul. */
    static Network.Builder firms(int n) {
        Network.Builder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, Region.SEOUL, "", 37.5, 127.0, Segment.FAB, -1, Map.of()));
        }
        return b;
    }

    /** Adds a firm in Busan (hidden by a Seoul-only filter) and returns its index. */
    static int addBusanFirm(Network.Builder b, String id) {
        return b.addFirm(new Firm(id, id, Region.BUSAN, "", 35.2, 129.1, Segment.FAB, -1, Map.of()));
    }

    /** n firms joined by co-patent links of weight 1, one per {a, b} row. */
    static LinkGraph undirected(int n, int[][] edges) {
        Network.Builder b = firms(n);
        for (int[] e : edges) {
            b.addLink(e[0], e[1], LinkType.COPATENT, 1, 2020);
        }
        return all(b.build());
    }

    /** Everything shown. */
    static LinkGraph all(Network network) {
        return LinkGraph.of(NetworkView.of(network, Filter.all()));
    }

    /** A random graph: n firms, about m distinct co-patent or trade links, seeded. */
    static LinkGraph random(int n, int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Network.Builder b = firms(n);
        for (int i = 0; i < m; i++) {
            int x = r.nextInt(n);
            int y = r.nextInt(n);
            if (x != y) {
                b.addLink(x, y, r.nextBoolean() ? LinkType.TRADE : LinkType.COPATENT, 1 + r.nextInt(5), 2020);
            }
        }
        return all(b.build());
    }

    /**
     * Zachary's karate club (Zachary 1977, J. Anthropological Research 33, 452–473): 34 members,
     * 78 ties, numbered 1..34 as published (firm index = member − 1). Edge list from the UCINET
     * ZACHE matrix, as networkx's karate_club_graph reads it.
     */
    static LinkGraph karate() {
        int[][] ties = {
            {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 11}, {1, 12},
            {1, 13}, {1, 14}, {1, 18}, {1, 20}, {1, 22}, {1, 32}, {2, 3}, {2, 4}, {2, 8}, {2, 14},
            {2, 18}, {2, 20}, {2, 22}, {2, 31}, {3, 4}, {3, 8}, {3, 9}, {3, 10}, {3, 14}, {3, 28},
            {3, 29}, {3, 33}, {4, 8}, {4, 13}, {4, 14}, {5, 7}, {5, 11}, {6, 7}, {6, 11}, {6, 17},
            {7, 17}, {9, 31}, {9, 33}, {9, 34}, {10, 34}, {14, 34}, {15, 33}, {15, 34}, {16, 33}, {16, 34},
            {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34}, {23, 33}, {23, 34}, {24, 26}, {24, 28}, {24, 30},
            {24, 33}, {24, 34}, {25, 26}, {25, 28}, {25, 32}, {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32},
            {29, 34}, {30, 33}, {30, 34}, {31, 33}, {31, 34}, {32, 33}, {32, 34}, {33, 34},
        };
        int[][] edges = new int[ties.length][];
        for (int i = 0; i < ties.length; i++) {
            edges[i] = new int[] {ties[i][0] - 1, ties[i][1] - 1};
        }
        return undirected(34, edges);
    }
}
