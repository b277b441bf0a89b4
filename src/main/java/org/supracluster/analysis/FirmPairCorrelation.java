package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Progress;

/**
 * The firm-level QAP of DESIGN.md ("Beyond the study": "the firm-level QAP: correlation of the
 * firm × firm trade and co-patent adjacency matrices with a permutation p-value (as
 * {@code sna::qaptest})"): do the same firms trade and co-patent?
 *
 * <p><b>Matrices</b>, over the n shown firms (firms in no cluster included; clusters play no
 * part), off the diagonal:
 * <ul>
 *   <li>trade X, symmetrised the "weak" way ({@code sna::symmetrize(rule = "weak")}):
 *   X_ij = X_ji = 1 when a trade link joins i and j in either direction, else 0. Co-patent has
 *   no direction, so the question is whether a pair that trades also co-patents; a pair trading
 *   both ways is one trading pair, as in the edge overlap of {@link TradeCopatentComparison}.</li>
 *   <li>co-patent Y: Y_ij = 1 when a co-patent link joins i and j.</li>
 *   <li>{@code weighted}: X_ij the summed weight of the trade links between i and j (both
 *   directions), Y_ij the co-patent link's weight.</li>
 * </ul>
 * Both are symmetric, so each unordered pair counts once: N = n(n−1)/2 cells.
 *
 * <p><b>Correlation</b> (Pearson's r over the N cells, as {@code sna::gcor(mode = "graph")}),
 * computed from the links only, never an n × n matrix:
 * {@code r = (N·Σxy − Σx·Σy) / √((N·Σx² − (Σx)²)(N·Σy² − (Σy)²))}, the sums over the pairs with a
 * link (every other cell is 0), Σxy over the pairs with both. Unweighted, with a trading pairs,
 * b co-patenting pairs and s both, this is the phi coefficient (N·s − a·b) / √(a(N−a)·b(N−b)).
 * NaN for fewer than 2 firms or when either matrix is constant (no link, or every pair linked).
 *
 * <p><b>QAP</b>: {@link Qap} over relabellings π of the firms: X's rows and columns permuted
 * together, Y kept. Σx, Σx², Σy and Σy² do not change, so each relabelling only recounts
 * Σxy = Σ over co-patent pairs (u, v) of Y_uv·X_π(u)π(v), one hash look-up per co-patent
 * pair: O(n + co-patent pairs) per permutation (1,000 permutations of 20,000 firms take about a
 * second). Exact over all n! relabellings when n! is at most the permutations asked (n ≤ 6 at
 * 1,000), else seeded sampling.
 */
public final class FirmPairCorrelation {

    private final int firms;
    private final PairValues trade;
    private final int[] u;
    private final int[] v;
    private final double[] y;
    private final double sumX;
    private final double sumXX;
    private final double sumY;
    private final double sumYY;

    private FirmPairCorrelation(int firms, PairValues trade, int[] u, int[] v, double[] y) {
        this.firms = firms;
        this.trade = trade;
        this.u = u;
        this.v = v;
        this.y = y;
        this.sumX = trade.sum(false);
        this.sumXX = trade.sum(true);
        double s = 0;
        double ss = 0;
        for (double w : y) {
            s += w;
            ss += w * w;
        }
        this.sumY = s;
        this.sumYY = ss;
    }

    /** The two adjacency matrices of the graph's shown firms, by counts or by weights. */
    public static FirmPairCorrelation of(LinkGraph graph, boolean weighted) {
        Objects.requireNonNull(graph, "graph");
        int[] compact = new int[graph.firmCount()];
        int n = 0;
        for (int f = 0; f < compact.length; f++) {
            compact[f] = graph.isShown(f) ? n++ : -1;
        }
        int copatents = 0;
        int trades = 0;
        for (int l = 0; l < graph.linkCount(); l++) {
            if (graph.type(l) == LinkType.COPATENT) {
                copatents++;
            } else {
                trades++;
            }
        }
        PairValues trade = new PairValues(trades);
        int[] u = new int[copatents];
        int[] v = new int[copatents];
        double[] y = new double[copatents];
        int e = 0;
        for (int l = 0; l < graph.linkCount(); l++) {
            int a = compact[graph.from(l)];
            int b = compact[graph.to(l)];
            if (a == b) {
                continue; // the diagonal is not compared
            }
            double value = weighted ? graph.weight(l) : 1;
            if (graph.type(l) == LinkType.COPATENT) {
                u[e] = a;
                v[e] = b;
                y[e++] = value;
            } else {
                trade.put(key(a, b, n), value, weighted);
            }
        }
        return new FirmPairCorrelation(n, trade, Arrays.copyOf(u, e), Arrays.copyOf(v, e), Arrays.copyOf(y, e));
    }

    private static long key(int a, int b, int n) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }

    /** n, the shown firms. */
    public int firms() {
        return firms;
    }

    /** Pearson's r of the two matrices with its QAP p-values. */
    public Qap.Result test(int permutations, long seed, Progress progress) {
        return Qap.test(firms, this::correlation, permutations, seed, progress);
    }

    /** r with X relabelled by π: X_π(u)π(v) against Y_uv. */
    double correlation(int[] perm) {
        double cells = (double) firms * (firms - 1) / 2;
        double varX = cells * sumXX - sumX * sumX;
        double varY = cells * sumYY - sumY * sumY;
        if (firms < 2 || !(varX > 0) || !(varY > 0)) {
            return Double.NaN;
        }
        double sumXY = 0;
        for (int e = 0; e < u.length; e++) {
            sumXY += y[e] * trade.get(key(perm[u[e]], perm[v[e]], firms));
        }
        return (cells * sumXY - sumX * sumY) / Math.sqrt(varX * varY);
    }

    /** Open-addressing map of pair keys to values (linear probing); absent keys read 0. */
    private static final class PairValues {
        private static final long EMPTY = -1;
        private final long[] keys;
        private final double[] values;
        private final int shift;

        PairValues(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
            keys = new long[capacity];
            values = new double[capacity];
            Arrays.fill(keys, EMPTY);
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
        }

        private int slot(long key) {
            int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (keys[s] != EMPTY && keys[s] != key) {
                s = (s + 1) & (keys.length - 1);
            }
            return s;
        }

        /** Sets the key's value, or adds to it when {@code sum}. */
        void put(long key, double value, boolean sum) {
            int s = slot(key);
            values[s] = keys[s] == key && sum ? values[s] + value : value;
            keys[s] = key;
        }

        double get(long key) {
            int s = slot(key);
            return keys[s] == key ? values[s] : 0;
        }

        /** Σ values, or Σ values² with {@code squares}. */
        double sum(boolean squares) {
            double s = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    s += squares ? values[i] * values[i] : values[i];
                }
            }
            return s;
        }
    }
}
