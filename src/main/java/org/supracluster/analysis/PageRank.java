package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Progress;

/**
 * PageRank of firms (DESIGN.md, "Firm level"): Brin, S. &amp; Page, L. (1998), "The anatomy of a
 * large-scale hypertextual Web search engine", Computer Networks 30, 107–117.
 *
 * <p><b>Graph.</b> The n shown firms, with arcs from the merged links of {@link LinkGraph}: a trade
 * link is an arc supplier → customer, a co-patent link an arc each way. Each link is its own arc,
 * so a pair joined by a trade and a co-patent link has two arcs from the supplier. Unweighted by
 * default (every arc weighs 1); weighted, an arc weighs its link's summed weight. Hidden firms take
 * no part and score 0.
 *
 * <p><b>Formula.</b> With out-weight {@code W_u = Σ_v w_uv}, dangling firms D (no out-arcs) and
 * damping d (default 0.85), power iteration from {@code x_v = 1/n}:
 * <pre>
 *   x'_v = (1 − d)/n + d · ( Σ_{u→v} x_u · w_uv / W_u  +  Σ_{u ∈ D} x_u / n )
 * </pre>
 * (a dangling firm's mass is spread evenly over all shown firms), until the L1 change
 * {@code Σ_v |x'_v − x_v|} is below the tolerance (default 1e-10) or after at most 200 iterations.
 * The scores are then rescaled to sum to exactly 1 over the shown firms. O(m) per iteration.
 */
public final class PageRank {

    public static final double DAMPING_DEFAULT = 0.85;
    public static final double TOLERANCE_DEFAULT = 1e-10;
    public static final int MAX_ITERATIONS_DEFAULT = 200;

    private PageRank() {
    }

    /** Unweighted PageRank with the default damping, tolerance and iteration cap. */
    public static Result compute(LinkGraph graph) {
        return compute(graph, false);
    }

    /** PageRank with the defaults, weighted by link weights when {@code weighted}. */
    public static Result compute(LinkGraph graph, boolean weighted) {
        return compute(graph, weighted, DAMPING_DEFAULT, TOLERANCE_DEFAULT, MAX_ITERATIONS_DEFAULT, Progress.NONE);
    }

    /**
     * PageRank with every parameter given.
     *
     * @param damping in [0, 1]
     * @param tolerance L1 change that stops the iteration, &gt; 0
     * @param maxIterations ≥ 1
     * @throws IllegalArgumentException for a parameter out of range
     * @throws Progress.Cancelled when {@code progress} cancels (checked every iteration)
     */
    public static Result compute(LinkGraph graph, boolean weighted, double damping, double tolerance,
            int maxIterations, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(progress, "progress");
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1]: " + damping);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0: " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be ≥ 1: " + maxIterations);
        }
        return new Power(graph, weighted).iterate(damping, tolerance, maxIterations, progress);
    }

    /**
     * The shown firms as compact labels with their in-arcs (CSR) and out-weights; the iteration.
     *
     * <p>Labels put firms with out-arcs first and dangling firms last, each group by in-degree
     * (ties by firm index). Runs of equal in-degree make the inner loop's trip count predictable:
     * in firm order a mispredicted loop exit per firm cost more than the arithmetic (110 → 45 ms
     * CPU at 100,000 firms). Each firm's in-arcs stay in link order, so every firm's sum of
     * shares is the same floating-point sum as before; only the dangling mass and the L1 change
     * are summed in label order (scores within about 1e-16 of a firm-order sum).
     */
    private static final class Power {
        private final LinkGraph graph;
        private final int size;
        /** Labels {@code [0, dangling)} have out-arcs; {@code [dangling, size)} have none. */
        private final int dangling;
        private final int[] firmOf;
        private final int[] inStart;
        private final int[] inSource;
        private final double[] inWeight;
        private final double[] inverseOut;

        Power(LinkGraph g, boolean weighted) {
            graph = g;
            int n = g.firmCount();
            int m = g.linkCount();
            int[] inDegree = new int[n];
            double[] out = new double[n];
            for (int l = 0; l < m; l++) {
                double w = weighted ? g.weight(l) : 1;
                out[g.from(l)] += w;
                inDegree[g.to(l)]++;
                if (g.type(l) != LinkType.TRADE) {
                    out[g.to(l)] += w;
                    inDegree[g.from(l)]++;
                }
            }
            int[] labelOf = labels(g, inDegree, out);
            int shown = 0;
            int withOut = 0;
            for (int f = 0; f < n; f++) {
                shown += labelOf[f] >= 0 ? 1 : 0;
                withOut += labelOf[f] >= 0 && out[f] > 0 ? 1 : 0;
            }
            size = shown;
            dangling = withOut;
            firmOf = new int[size];
            inStart = new int[size + 1];
            inverseOut = new double[size];
            for (int f = 0; f < n; f++) {
                if (labelOf[f] >= 0) {
                    firmOf[labelOf[f]] = f;
                    inStart[labelOf[f] + 1] = inDegree[f];
                    inverseOut[labelOf[f]] = out[f] > 0 ? 1 / out[f] : 0;
                }
            }
            for (int i = 0; i < size; i++) {
                inStart[i + 1] += inStart[i];
            }
            inSource = new int[inStart[size]];
            inWeight = weighted ? new double[inStart[size]] : null;
            int[] fill = Arrays.copyOf(inStart, size);
            for (int l = 0; l < m; l++) {
                int a = labelOf[g.from(l)];
                int b = labelOf[g.to(l)];
                addArc(fill, a, b, g.weight(l));
                if (g.type(l) != LinkType.TRADE) {
                    addArc(fill, b, a, g.weight(l));
                }
            }
        }

        /** Label of each shown firm (-1 hidden): a counting sort on (dangling, in-degree, index). */
        private static int[] labels(LinkGraph g, int[] inDegree, double[] out) {
            int n = g.firmCount();
            int max = 0;
            for (int f = 0; f < n; f++) {
                max = Math.max(max, inDegree[f]);
            }
            int keys = 2 * (max + 1);
            int[] next = new int[keys + 1];
            for (int f = 0; f < n; f++) {
                if (g.isShown(f)) {
                    next[key(inDegree[f], out[f], max) + 1]++;
                }
            }
            for (int k = 0; k < keys; k++) {
                next[k + 1] += next[k];
            }
            int[] labelOf = new int[n];
            for (int f = 0; f < n; f++) {
                labelOf[f] = g.isShown(f) ? next[key(inDegree[f], out[f], max)]++ : -1;
            }
            return labelOf;
        }

        private static int key(int inDegree, double out, int maxInDegree) {
            return (out > 0 ? 0 : maxInDegree + 1) + inDegree;
        }

        private void addArc(int[] fill, int from, int to, double w) {
            int k = fill[to]++;
            inSource[k] = from;
            if (inWeight != null) {
                inWeight[k] = w;
            }
        }

        Result iterate(double damping, double tolerance, int maxIterations, Progress progress) {
            double[] x = new double[size];
            Arrays.fill(x, 1.0 / size);
            double[] next = new double[size];
            // One pass per iteration: the loop that makes x' also makes the next iteration's shares
            // and dangling mass. A dangling firm's share stays 0 in both arrays.
            double[] share = new double[size];
            double[] nextShare = new double[size];
            for (int u = 0; u < dangling; u++) {
                share[u] = x[u] * inverseOut[u];
            }
            double danglingMass = 0;
            for (int u = dangling; u < size; u++) {
                danglingMass += x[u];
            }
            int iterations = 0;
            double change = size == 0 ? 0 : Double.POSITIVE_INFINITY;
            while (size > 0 && iterations < maxIterations && !(change < tolerance)) {
                progress.checkCancelled();
                double base = (1 - damping) / size + damping * danglingMass / size;
                change = 0;
                for (int v = 0; v < dangling; v++) {
                    double nx = base + damping * inSum(v, share);
                    change += Math.abs(nx - x[v]);
                    next[v] = nx;
                    nextShare[v] = nx * inverseOut[v];
                }
                danglingMass = 0;
                for (int v = dangling; v < size; v++) {
                    double nx = base + damping * inSum(v, share);
                    change += Math.abs(nx - x[v]);
                    next[v] = nx;
                    danglingMass += nx;
                }
                double[] t = x;
                x = next;
                next = t;
                t = share;
                share = nextShare;
                nextShare = t;
                iterations++;
                progress.report((double) iterations / maxIterations, "PageRank");
            }
            double total = Arrays.stream(x).sum();
            double[] scores = new double[graph.firmCount()];
            for (int i = 0; i < size; i++) {
                scores[firmOf[i]] = x[i] / total;
            }
            return new Result(scores, iterations, change < tolerance, change);
        }

        /** Σ over v's in-arcs u→v of share_u (times the arc's weight when weighted), in arc order. */
        private double inSum(int v, double[] share) {
            double s = 0;
            if (inWeight == null) {
                for (int k = inStart[v], end = inStart[v + 1]; k < end; k++) {
                    s += share[inSource[k]];
                }
            } else {
                for (int k = inStart[v], end = inStart[v + 1]; k < end; k++) {
                    s += share[inSource[k]] * inWeight[k];
                }
            }
            return s;
        }
    }

    /**
     * PageRank of every firm of the network, by network index (0 for hidden firms; the shown firms'
     * scores sum to 1).
     *
     * @param scores the PageRank scores
     * @param iterations power iterations done (0 for an empty view)
     * @param converged whether the last L1 change was below the tolerance
     * @param change the L1 change of the last iteration
     */
    public record Result(double[] scores, int iterations, boolean converged, double change) {

        public Result {
            scores = scores.clone();
        }

        /** PageRank of firm {@code f}. */
        public double score(int f) {
            return scores[f];
        }

        @Override
        public double[] scores() {
            return scores.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.iterations == iterations && r.converged == converged
                    && Double.compare(r.change, change) == 0 && Arrays.equals(r.scores, scores);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(scores), iterations, converged, change);
        }

        @Override
        public String toString() {
            return "PageRank.Result[" + scores.length + " firms, " + iterations + " iterations"
                    + (converged ? "" : ", not converged") + "]";
        }
    }
}
