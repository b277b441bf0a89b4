package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * Degree centralities of firms (DESIGN.md, "Firm level"), counted on the merged links of
 * {@link LinkGraph}.
 *
 * <ul>
 *   <li><b>degree</b> {@code k_i}: the firm's neighbours in the neighbour view (firms joined to it by
 *   any shown link, of either type and direction, each counted once);</li>
 *   <li><b>weighted degree</b> {@code s_i = Σ_j w_ij}: the summed weight of every shown link
 *   touching the firm, where {@code w_ij} is the neighbour-view weight of the pair (the sum of the
 *   weights of all its links);</li>
 *   <li><b>trade in-degree / out-degree</b>: merged trade links into the firm (its suppliers) and
 *   out of it (its customers); their <b>weighted</b> forms sum those links' weights (purchases and
 *   sales). Zero when trade links are not shown.</li>
 * </ul>
 * Freeman, L.C. (1978), "Centrality in social networks: conceptual clarification", Social Networks
 * 1, 215–239 (degree); Barrat, A. et al. (2004), "The architecture of complex weighted networks",
 * PNAS 101, 3747–3752 (strength = weighted degree). Not normalised. Hidden firms get 0. O(n + m).
 */
public final class Degrees {

    private Degrees() {
    }

    /** The degrees of every firm of the graph's network, by network index. */
    public static Result compute(LinkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.firmCount();
        int[] degree = new int[n];
        double[] weighted = new double[n];
        int[] in = new int[n];
        int[] out = new int[n];
        double[] weightedIn = new double[n];
        double[] weightedOut = new double[n];
        for (int f = 0; f < n; f++) {
            degree[f] = graph.degree(f);
            for (int k = graph.neighbourStart(f); k < graph.neighbourEnd(f); k++) {
                weighted[f] += graph.neighbourWeight(k);
            }
            in[f] = graph.inDegree(f);
            for (int k = graph.inStart(f); k < graph.inEnd(f); k++) {
                weightedIn[f] += graph.inWeight(k);
            }
            out[f] = graph.outDegree(f);
            for (int k = graph.outStart(f); k < graph.outEnd(f); k++) {
                weightedOut[f] += graph.outWeight(k);
            }
        }
        return new Result(degree, weighted, in, out, weightedIn, weightedOut);
    }

    /**
     * Per-firm degrees, each array indexed by network firm index. The array accessors return copies;
     * in loops use the per-firm methods.
     *
     * @param degree neighbours in the neighbour view
     * @param weightedDegree summed weight of the firm's shown links
     * @param tradeInDegree merged trade links into the firm (suppliers)
     * @param tradeOutDegree merged trade links out of the firm (customers)
     * @param weightedTradeInDegree summed weight of the trade links into the firm
     * @param weightedTradeOutDegree summed weight of the trade links out of the firm
     */
    public record Result(int[] degree, double[] weightedDegree, int[] tradeInDegree, int[] tradeOutDegree,
            double[] weightedTradeInDegree, double[] weightedTradeOutDegree) {

        public Result {
            degree = degree.clone();
            weightedDegree = weightedDegree.clone();
            tradeInDegree = tradeInDegree.clone();
            tradeOutDegree = tradeOutDegree.clone();
            weightedTradeInDegree = weightedTradeInDegree.clone();
            weightedTradeOutDegree = weightedTradeOutDegree.clone();
            int n = degree.length;
            if (weightedDegree.length != n || tradeInDegree.length != n || tradeOutDegree.length != n
                    || weightedTradeInDegree.length != n || weightedTradeOutDegree.length != n) {
                throw new IllegalArgumentException("degree arrays differ in length");
            }
        }

        public int firmCount() {
            return degree.length;
        }

        public int degree(int f) {
            return degree[f];
        }

        public double weightedDegree(int f) {
            return weightedDegree[f];
        }

        public int tradeInDegree(int f) {
            return tradeInDegree[f];
        }

        public int tradeOutDegree(int f) {
            return tradeOutDegree[f];
        }

        public double weightedTradeInDegree(int f) {
            return weightedTradeInDegree[f];
        }

        public double weightedTradeOutDegree(int f) {
            return weightedTradeOutDegree[f];
        }

        @Override
        public int[] degree() {
            return degree.clone();
        }

        @Override
        public double[] weightedDegree() {
            return weightedDegree.clone();
        }

        @Override
        public int[] tradeInDegree() {
            return tradeInDegree.clone();
        }

        @Override
        public int[] tradeOutDegree() {
            return tradeOutDegree.clone();
        }

        @Override
        public double[] weightedTradeInDegree() {
            return weightedTradeInDegree.clone();
        }

        @Override
        public double[] weightedTradeOutDegree() {
            return weightedTradeOutDegree.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && Arrays.equals(r.degree, degree)
                    && Arrays.equals(r.weightedDegree, weightedDegree)
                    && Arrays.equals(r.tradeInDegree, tradeInDegree) && Arrays.equals(r.tradeOutDegree, tradeOutDegree)
                    && Arrays.equals(r.weightedTradeInDegree, weightedTradeInDegree)
                    && Arrays.equals(r.weightedTradeOutDegree, weightedTradeOutDegree);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(degree), Arrays.hashCode(weightedDegree),
                    Arrays.hashCode(tradeInDegree), Arrays.hashCode(tradeOutDegree),
                    Arrays.hashCode(weightedTradeInDegree), Arrays.hashCode(weightedTradeOutDegree));
        }

        @Override
        public String toString() {
            return "Degrees.Result[" + degree.length + " firms]";
        }
    }
}
