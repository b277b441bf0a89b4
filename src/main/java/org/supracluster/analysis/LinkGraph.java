package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * The links of a view as DESIGN.md ("What a link is in a view") defines them, in the forms the
 * analyses need. Immutable; every analysis of a view shares one.
 *
 * <ul>
 *   <li><b>Links</b>: rows of the view with the same two firms and the same type merge into one
 *   link whose weight is the sum of theirs. A trade link keeps its direction (a→b and b→a are two
 *   links); a co-patent link has none (stored with {@code from < to}). With both types shown, a
 *   trade and a co-patent link between the same firms are two links. Links are ordered by
 *   (from, to, type).</li>
 *   <li><b>Neighbour view</b>: the simple undirected graph in which firms a and b are neighbours
 *   once if any shown link joins them, whatever its type or direction; the pair's weight is the
 *   sum of those links' weights. Degree, betweenness and Guimerà–Amaral use it.</li>
 *   <li><b>Trade arcs</b>: the merged trade links as out- and in-lists (supplier → customer).
 *   Each firm's out-list is sorted by customer index and its in-list by supplier index, and each
 *   firm's neighbour list by neighbour index (callers may binary-search them).</li>
 * </ul>
 *
 * Firms keep their network index (0..n-1); a firm the view hides has no links.
 */
public final class LinkGraph {

    private final Network network;
    private final NetworkView view;
    private final int n;

    private final int[] from;
    private final int[] to;
    private final LinkType[] type;
    private final double[] weight;

    private final int[] nbrStart;
    private final int[] nbr;
    private final double[] nbrWeight;

    private final int[] outStart;
    private final int[] outTarget;
    private final double[] outWeight;
    private final int[] inStart;
    private final int[] inSource;
    private final double[] inWeight;

    private LinkGraph(NetworkView view) {
        this.view = view;
        this.network = view.network();
        this.n = network.firmCount();
        LinkType[] types = LinkType.values();

        // Merge rows: sort their (from, to, type) keys, then add each row's weight to its key.
        int rows = view.shownLinkCount();
        long[] rowKey = new long[rows];
        double[] rowWeight = new double[rows];
        int r = 0;
        for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
            int a = network.linkSource(l);
            int b = network.linkTarget(l);
            LinkType t = network.linkType(l);
            if (!t.isDirected() && a > b) {
                int x = a;
                a = b;
                b = x;
            }
            rowKey[r] = ((long) a * n + b) * types.length + t.ordinal();
            rowWeight[r] = network.linkWeight(l);
            r++;
        }
        long[] keys = unique(rowKey);
        weight = new double[keys.length];
        for (int i = 0; i < rows; i++) {
            weight[Arrays.binarySearch(keys, rowKey[i])] += rowWeight[i];
        }
        int m = keys.length;
        from = new int[m];
        to = new int[m];
        type = new LinkType[m];
        for (int i = 0; i < m; i++) {
            long pair = keys[i] / types.length;
            type[i] = types[(int) (keys[i] % types.length)];
            from[i] = (int) (pair / n);
            to[i] = (int) (pair % n);
        }

        // Neighbour view: one undirected pair per joined firms, weights summed over its links.
        long[] pairOfLink = new long[m];
        for (int i = 0; i < m; i++) {
            pairOfLink[i] = (long) Math.min(from[i], to[i]) * n + Math.max(from[i], to[i]);
        }
        long[] pairs = unique(pairOfLink);
        double[] pairWeight = new double[pairs.length];
        for (int i = 0; i < m; i++) {
            pairWeight[Arrays.binarySearch(pairs, pairOfLink[i])] += weight[i];
        }
        int[] pa = new int[pairs.length];
        int[] pb = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            pa[i] = (int) (pairs[i] / n);
            pb[i] = (int) (pairs[i] % n);
        }
        nbrStart = new int[n + 1];
        nbr = new int[2 * pairs.length];
        nbrWeight = new double[2 * pairs.length];
        fillUndirected(pa, pb, pairWeight);

        int trade = 0;
        for (LinkType t : type) {
            trade += t == LinkType.TRADE ? 1 : 0;
        }
        int[] ta = new int[trade];
        int[] tb = new int[trade];
        double[] tw = new double[trade];
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (type[i] == LinkType.TRADE) {
                ta[k] = from[i];
                tb[k] = to[i];
                tw[k++] = weight[i];
            }
        }
        outStart = new int[n + 1];
        outTarget = new int[trade];
        outWeight = new double[trade];
        fillDirected(ta, tb, tw, outStart, outTarget, outWeight);
        inStart = new int[n + 1];
        inSource = new int[trade];
        inWeight = new double[trade];
        fillDirected(tb, ta, tw, inStart, inSource, inWeight);
    }

    /** The graph of a view's links. */
    public static LinkGraph of(NetworkView view) {
        return new LinkGraph(Objects.requireNonNull(view, "view"));
    }

    private static long[] unique(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        int u = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[u++] = s[i];
            }
        }
        return Arrays.copyOf(s, u);
    }

    private void fillUndirected(int[] a, int[] b, double[] w) {
        for (int i = 0; i < a.length; i++) {
            nbrStart[a[i] + 1]++;
            nbrStart[b[i] + 1]++;
        }
        for (int f = 0; f < n; f++) {
            nbrStart[f + 1] += nbrStart[f];
        }
        int[] fill = Arrays.copyOf(nbrStart, n);
        for (int i = 0; i < a.length; i++) {
            nbr[fill[a[i]]] = b[i];
            nbrWeight[fill[a[i]]++] = w[i];
            nbr[fill[b[i]]] = a[i];
            nbrWeight[fill[b[i]]++] = w[i];
        }
    }

    private void fillDirected(int[] a, int[] b, double[] w, int[] start, int[] target, double[] targetWeight) {
        for (int x : a) {
            start[x + 1]++;
        }
        for (int f = 0; f < n; f++) {
            start[f + 1] += start[f];
        }
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < a.length; i++) {
            target[fill[a[i]]] = b[i];
            targetWeight[fill[a[i]]++] = w[i];
        }
    }

    public Network network() {
        return network;
    }

    public NetworkView view() {
        return view;
    }

    /** Number of firms of the network (shown or not); firm indices run 0..firmCount()-1. */
    public int firmCount() {
        return n;
    }

    public boolean isShown(int firm) {
        return view.isFirmShown(firm);
    }

    /** Number of merged links. */
    public int linkCount() {
        return from.length;
    }

    /** Supplier of a trade link; the smaller firm index of a co-patent link. */
    public int from(int link) {
        return from[link];
    }

    public int to(int link) {
        return to[link];
    }

    public LinkType type(int link) {
        return type[link];
    }

    /** Summed weight of the rows merged into this link. */
    public double weight(int link) {
        return weight[link];
    }

    /** Number of neighbour pairs (edges of the neighbour view). */
    public int pairCount() {
        return nbr.length / 2;
    }

    /** Neighbours of {@code firm} are {@code neighbour(k)} for k in [neighbourStart, neighbourEnd). */
    public int neighbourStart(int firm) {
        return nbrStart[firm];
    }

    public int neighbourEnd(int firm) {
        return nbrStart[firm + 1];
    }

    public int neighbour(int k) {
        return nbr[k];
    }

    /** Summed weight of every shown link between the firm and {@code neighbour(k)}. */
    public double neighbourWeight(int k) {
        return nbrWeight[k];
    }

    /** Neighbours in the neighbour view. */
    public int degree(int firm) {
        return nbrStart[firm + 1] - nbrStart[firm];
    }

    /** Customers of {@code firm} are {@code outTarget(k)} for k in [outStart, outEnd). */
    public int outStart(int firm) {
        return outStart[firm];
    }

    public int outEnd(int firm) {
        return outStart[firm + 1];
    }

    public int outTarget(int k) {
        return outTarget[k];
    }

    public double outWeight(int k) {
        return outWeight[k];
    }

    /** Suppliers of {@code firm} are {@code inSource(k)} for k in [inStart, inEnd). */
    public int inStart(int firm) {
        return inStart[firm];
    }

    public int inEnd(int firm) {
        return inStart[firm + 1];
    }

    public int inSource(int k) {
        return inSource[k];
    }

    public double inWeight(int k) {
        return inWeight[k];
    }

    /** Merged trade links out of / into a firm. */
    public int outDegree(int firm) {
        return outStart[firm + 1] - outStart[firm];
    }

    public int inDegree(int firm) {
        return inStart[firm + 1] - inStart[firm];
    }
}
