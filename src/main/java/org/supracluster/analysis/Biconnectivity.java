package org.supracluster.analysis;

import org.supracluster.model.Progress;
import java.util.Arrays;
import java.util.Objects;

/**
 * Articulation points and bridges of the neighbour view of {@link LinkGraph}, with how many firms
 * each one alone keeps joined.
 *
 * <p><b>Definitions.</b> An <i>articulation point</i> (cut vertex) is a firm whose removal, with
 * its links, leaves its connected component in two or more pieces; a <i>bridge</i> is a pair of
 * neighbours whose links, removed, do the same. A firm's or bridge's <i>cut-off</i> is the number
 * of firms that lose every path to the largest remaining piece of their component: for a firm, the
 * component's size less one less its largest piece; for a bridge, the size of its smaller side.
 *
 * <p><b>Algorithm.</b> Hopcroft, J. &amp; Tarjan, R. (1973), "Algorithm 447: efficient algorithms
 * for graph manipulation", Communications of the ACM 16(6), 372–378: one depth-first search with
 * discovery times {@code d(v)} and low points {@code low(v)} (the earliest discovery time reachable
 * from v's subtree by one back edge). A non-root firm p is an articulation point iff some DFS child
 * v has {@code low(v) ≥ d(p)}, the root iff it has two or more children; the tree edge p–v is a
 * bridge iff {@code low(v) > d(p)}. The subtree of such a child v is then one piece left by p's
 * removal, of size {@code size(v)}; the rest of the component is the other. O(n + m) time and
 * memory. The search keeps its own stack (a recursive search, as JGraphT's
 * {@code BiconnectivityInspector}, overflows the default thread stack on DFS paths thousands of
 * firms deep, as in a 17,000-firm generated network).
 */
final class Biconnectivity {

    /** Firms between two checks of cancellation. */
    private static final int CHECK_EVERY = 4096;

    /**
     * @param articulation whether each firm (by network index) is an articulation point
     * @param cutOff for an articulation point, the firms its removal cuts off; 0 for any other firm
     * @param bridgeFirms the bridges' two firms, {lower index, higher index} per bridge, in no order
     * @param bridgeCutOff each bridge's cut-off, in the order of {@code bridgeFirms}
     */
    record Found(boolean[] articulation, int[] cutOff, int[][] bridgeFirms, int[] bridgeCutOff) {
    }

    private Biconnectivity() {
    }

    /**
     * Finds the articulation points and bridges.
     *
     * @throws Progress.Cancelled when {@code progress} cancels (checked every 4,096 firms)
     */
    static Found find(LinkGraph graph, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(progress, "progress");
        return new Search(graph, progress).run();
    }

    /** The search's working state. */
    private static final class Search {
        private final LinkGraph g;
        private final Progress progress;
        private final int n;
        /** Discovery time from 1; 0 for a firm not reached yet. */
        private final int[] disc;
        private final int[] low;
        private final int[] parent;
        /** Next neighbour slot of each firm to look at. */
        private final int[] cursor;
        private final int[] size;
        /** Per firm: the firms in the pieces its removal separates, and the largest such piece. */
        private final int[] separated;
        private final int[] largestSeparated;
        private final int[] separatedPieces;
        private final int[] stack;
        /** Firms in the order the search finished them, per component. */
        private final int[] finished;
        private final boolean[] articulation;
        private final int[] cutOff;
        private int[][] bridges = new int[16][];
        private int[] bridgeCutOff = new int[16];
        private int bridgeCount;
        private int time;

        Search(LinkGraph g, Progress progress) {
            this.g = g;
            this.progress = progress;
            this.n = g.firmCount();
            disc = new int[n];
            low = new int[n];
            parent = new int[n];
            cursor = new int[n];
            size = new int[n];
            separated = new int[n];
            largestSeparated = new int[n];
            separatedPieces = new int[n];
            stack = new int[n];
            finished = new int[n];
            articulation = new boolean[n];
            cutOff = new int[n];
        }

        Found run() {
            int done = 0;
            for (int root = 0; root < n; root++) {
                if (disc[root] == 0 && g.degree(root) > 0) {
                    int from = done;
                    done = component(root, done);
                    settle(root, from, done);
                }
            }
            return new Found(articulation, cutOff, Arrays.copyOf(bridges, bridgeCount),
                    Arrays.copyOf(bridgeCutOff, bridgeCount));
        }

        /** Searches root's component; returns the count of firms finished so far. */
        private int component(int root, int done) {
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            disc[root] = low[root] = ++time;
            cursor[root] = g.neighbourStart(root);
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < g.neighbourEnd(v)) {
                    int u = g.neighbour(cursor[v]++);
                    if (disc[u] == 0) {
                        parent[u] = v;
                        disc[u] = low[u] = ++time;
                        cursor[u] = g.neighbourStart(u);
                        stack[top++] = u;
                    } else if (u != parent[v]) { // a simple graph: the parent is one neighbour slot
                        low[v] = Math.min(low[v], disc[u]);
                    }
                    continue;
                }
                top--;
                size[v]++;
                finished[done++] = v;
                if (done % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report((double) done / n, "articulation points and bridges");
                }
                int p = parent[v];
                if (p >= 0) {
                    low[p] = Math.min(low[p], low[v]);
                    size[p] += size[v];
                    if (low[v] >= disc[p]) {
                        separated[p] += size[v];
                        largestSeparated[p] = Math.max(largestSeparated[p], size[v]);
                        separatedPieces[p]++;
                    }
                }
            }
            return done;
        }

        /** With the component's size known: its articulation points' and bridges' cut-offs. */
        private void settle(int root, int from, int to) {
            int total = size[root];
            for (int i = from; i < to; i++) {
                int v = finished[i];
                boolean cut = v == root ? separatedPieces[v] >= 2 : separatedPieces[v] >= 1;
                if (cut) {
                    articulation[v] = true;
                    int rest = total - 1 - separated[v];
                    cutOff[v] = total - 1 - Math.max(rest, largestSeparated[v]);
                }
                int p = parent[v];
                if (p >= 0 && low[v] > disc[p]) {
                    addBridge(Math.min(p, v), Math.max(p, v), Math.min(size[v], total - size[v]));
                }
            }
        }

        private void addBridge(int a, int b, int firmsCutOff) {
            if (bridgeCount == bridges.length) {
                bridges = Arrays.copyOf(bridges, 2 * bridgeCount);
                bridgeCutOff = Arrays.copyOf(bridgeCutOff, 2 * bridgeCount);
            }
            bridges[bridgeCount] = new int[] {a, b};
            bridgeCutOff[bridgeCount++] = firmsCutOff;
        }
    }
}
