package org.supracluster.analysis;

import java.util.Arrays;

/**
 * The neighbour view of a {@link LinkGraph} prepared for Brandes' algorithm: shown firms only,
 * pendant trees folded into the firms they hang from, the rest renumbered in breadth-first order
 * as compact adjacency arrays (CSR).
 *
 * <p><b>Folding.</b> Firms with one neighbour are removed one after another (a firm whose other
 * neighbours are all removed goes next), each into the neighbour it hangs from, until none is
 * left but the <i>core</i> (the last firm of a tree-shaped component stays, alone). Every shortest
 * path that leaves a removed subtree runs through the firm it hangs from, so the core carries
 * weights {@code ω(v) = 1 + h(v)}, h(v) being the firms hanging below v. With h_1, h_2, … the sizes
 * of the subtrees hanging directly from v and n_C the size of v's component, betweenness is
 * <pre>
 *   C_B(v) = ½ Σ_s ω_s δ_s(v)  +  h(v)·(n_C − ω(v))  +  ½ (h(v)² − Σ_i h_i²)
 *   δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (ω_w + δ_s(w))      (on the core)
 * </pre>
 * The sum covers pairs whose ends hang from core firms other than v; the second term pairs with
 * one end below v and the other outside; the third pairs with ends in two different subtrees
 * below v. For a removed firm the sum is empty and the rest is its exact betweenness. Degree-1
 * removal as in Baglioni, Geraci, Pellegrini &amp; Lastres (2012), "Fast exact computation of
 * betweenness centrality in social networks", ASONAM 2012, 450–456.
 *
 * <p><b>Order.</b> Core labels 0..size-1 come from breadth-first searches started from core firms
 * in index order, so each component gets consecutive labels and neighbours nearby labels: the
 * per-source searches then touch memory in fewer places (LIBRARIES.md: about 24% faster at
 * 100,000 firms). Adjacency lists are sorted by label.
 */
final class BrandesGraph {

    /** Core firms (nodes of this graph). */
    final int size;
    /** Network index of the core firm with label {@code i}. */
    final int[] firmOf;
    /** Label of network firm {@code f}, or -1 when hidden or folded. */
    final int[] labelOf;
    /** Neighbours of label {@code i} are {@code adjacency[start[i] .. start[i+1])}. */
    final int[] start;
    final int[] adjacency;
    /** ω by label: the firm plus the firms hanging below it. */
    final double[] weight;
    /** By network index: the exact betweenness from pairs with an end in a folded subtree. */
    final double[] treePairs;
    /** Shown firms in all. */
    final int shownFirms;

    private BrandesGraph(LinkGraph g) {
        int n = g.firmCount();
        double[] w = new double[n];
        double[] hangingSquares = new double[n];
        boolean[] removed = new boolean[n];
        int shown = fold(g, w, hangingSquares, removed);
        shownFirms = shown;
        double[] componentSize = componentSizes(g);
        treePairs = new double[n];
        int coreCount = 0;
        for (int f = 0; f < n; f++) {
            if (g.isShown(f)) {
                double h = w[f] - 1;
                treePairs[f] = h * (componentSize[f] - w[f]) + (h * h - hangingSquares[f]) / 2;
                coreCount += removed[f] ? 0 : 1;
            }
        }
        size = coreCount;
        labelOf = new int[n];
        Arrays.fill(labelOf, -1);
        firmOf = new int[size];
        label(g, removed);
        weight = new double[size];
        start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            int f = firmOf[i];
            weight[i] = w[f];
            int kept = 0;
            for (int k = g.neighbourStart(f); k < g.neighbourEnd(f); k++) {
                kept += removed[g.neighbour(k)] ? 0 : 1;
            }
            start[i + 1] = start[i] + kept;
        }
        adjacency = new int[start[size]];
        for (int i = 0; i < size; i++) {
            int f = firmOf[i];
            int k = start[i];
            for (int j = g.neighbourStart(f); j < g.neighbourEnd(f); j++) {
                if (!removed[g.neighbour(j)]) {
                    adjacency[k++] = labelOf[g.neighbour(j)];
                }
            }
            Arrays.sort(adjacency, start[i], start[i + 1]);
        }
    }

    static BrandesGraph of(LinkGraph g) {
        return new BrandesGraph(g);
    }

    /**
     * Removes firms with one remaining neighbour into that neighbour, repeatedly. Fills ω (in
     * {@code w}), Σ h_i² of the subtrees hanging directly from each firm and the removed flags.
     * Hidden firms have no links and are never removed. Returns the number of shown firms.
     */
    private static int fold(LinkGraph g, double[] w, double[] hangingSquares, boolean[] removed) {
        int n = g.firmCount();
        int[] degree = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        int shown = 0;
        for (int f = 0; f < n; f++) {
            w[f] = 1;
            degree[f] = g.degree(f);
            shown += g.isShown(f) ? 1 : 0;
            if (degree[f] == 1) {
                queue[tail++] = f;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            if (degree[u] != 1) {
                continue; // its last neighbour was removed into it: the root of a tree component
            }
            int p = -1;
            for (int k = g.neighbourStart(u); p < 0; k++) {
                p = removed[g.neighbour(k)] ? -1 : g.neighbour(k);
            }
            removed[u] = true;
            degree[u] = 0;
            w[p] += w[u];
            hangingSquares[p] += w[u] * w[u];
            if (--degree[p] == 1) {
                queue[tail++] = p;
            }
        }
        return shown;
    }

    /** Size of each firm's connected component in the neighbour view (1 for a firm alone). */
    private static double[] componentSizes(LinkGraph g) {
        int n = g.firmCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        double[] size = new double[n];
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int tail = 0;
            queue[tail++] = root;
            component[root] = root;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int k = g.neighbourStart(v); k < g.neighbourEnd(v); k++) {
                    int x = g.neighbour(k);
                    if (component[x] < 0) {
                        component[x] = root;
                        queue[tail++] = x;
                    }
                }
            }
            for (int i = 0; i < tail; i++) {
                size[queue[i]] = tail;
            }
        }
        return size;
    }

    /** Breadth-first labels over core firms, roots in index order. */
    private void label(LinkGraph g, boolean[] removed) {
        int next = 0;
        for (int root = 0; root < removed.length; root++) {
            if (!g.isShown(root) || removed[root] || labelOf[root] >= 0) {
                continue;
            }
            labelOf[root] = next;
            firmOf[next++] = root;
            for (int head = next - 1; head < next; head++) {
                int v = firmOf[head];
                for (int k = g.neighbourStart(v); k < g.neighbourEnd(v); k++) {
                    int x = g.neighbour(k);
                    if (!removed[x] && labelOf[x] < 0) {
                        labelOf[x] = next;
                        firmOf[next++] = x;
                    }
                }
            }
        }
    }

    /** Core firms with a core neighbour: the only sources with a nonzero dependency. */
    boolean hasNeighbour(int label) {
        return start[label + 1] > start[label];
    }

    /** Edges among core firms. */
    int edgeCount() {
        return adjacency.length / 2;
    }
}
