package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.supracluster.model.Progress;

/**
 * Permutation test of the E-I index, as UCINET runs it (Borgatti, Everett &amp; Freeman 2002;
 * E-I index: Krackhardt &amp; Stern 1988): is the observed mix of internal and external links
 * more internal (or more external) than the same links would show if cluster membership were
 * random?
 *
 * <p>The links are the merged links of a {@link LinkGraph}. The groups are the clusters and the
 * group "other" (firms in no cluster, {@link Partition#OTHER}), a group like the clusters as in
 * {@link ClusterRoles}: a cluster–other link is external to its cluster. Each permutation shuffles
 * the group labels among the shown firms (Fisher–Yates with a {@link SplittableRandom} seeded by
 * {@code seed}, so group sizes stay and the result is the same for the same seed), then recomputes
 * the overall E-I index {@code (X − W) / (X + W)} (X links between two groups, W links inside one,
 * as {@link ClusterRoles#eiIndex()}) and every cluster's {@code (E_c − I_c) / (E_c + I_c)}; with
 * {@code weighted} the link weights are summed instead of links counted.
 *
 * <p>Both one-sided p-values are reported, with the observed value counted among the
 * permutations: {@code pAtLeast = (1 + #{permuted ≥ observed}) / (1 + P)} is small when the
 * observed index is unusually <em>external</em> (high); {@code pAtMost = (1 + #{permuted ≤
 * observed}) / (1 + P)} is small when it is unusually <em>internal</em> (low), the usual question
 * for clusters. Values within 1e-12 of the observed count as ties, on both sides. A permuted index
 * that is undefined (a cluster left without links) counts on neither side and is left out of the
 * mean, SD, minimum and maximum. An undefined observed index gives NaN p-values.
 *
 * <p>Cost O(P · (n + m)) over the shown firms and their links; cancellation is checked at
 * every permutation.
 */
public final class EIPermutationTest {

    /** Default number of permutations: p-values resolve down to 1/1001. */
    public static final int PERMUTATIONS_DEFAULT = 1000;
    /** Permuted values this close to the observed one are ties. */
    public static final double TIE_TOLERANCE = 1e-12;

    private final int permutations;
    private final long seed;
    private final boolean weighted;

    /**
     * @param permutations P, at least 1
     * @param seed seed of the shuffles
     * @param weighted sum link weights instead of counting links
     * @throws IllegalArgumentException when {@code permutations < 1}
     */
    public EIPermutationTest(int permutations, long seed, boolean weighted) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
        }
        this.permutations = permutations;
        this.seed = seed;
        this.weighted = weighted;
    }

    /** {@link #PERMUTATIONS_DEFAULT} permutations of link counts. */
    public EIPermutationTest(long seed) {
        this(PERMUTATIONS_DEFAULT, seed, false);
    }

    /**
     * One tested E-I index.
     *
     * @param observed the index of the actual partition, or NaN
     * @param mean mean of the defined permuted indices (NaN if none)
     * @param sd their population standard deviation
     * @param pAtLeast {@code (1 + #{permuted ≥ observed}) / (1 + P)}: small when unusually external
     * @param pAtMost {@code (1 + #{permuted ≤ observed}) / (1 + P)}: small when unusually internal
     */
    public record Statistic(double observed, double mean, double sd, double min, double max,
                            double pAtLeast, double pAtMost) {
    }

    /**
     * @param overall the index of the whole partition
     * @param clusters each cluster's index, by cluster index
     */
    public record Result(Statistic overall, List<Statistic> clusters, int permutations, long seed,
                         boolean weighted) {
        public Result {
            clusters = List.copyOf(clusters);
        }
    }

    /**
     * Runs the test.
     *
     * @throws IllegalArgumentException when the partition does not cover the graph's firms
     * @throws Progress.Cancelled when {@code progress} is cancelled
     */
    public Result test(LinkGraph graph, Partition partition, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(progress, "progress");
        if (partition.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("the partition has " + partition.firmCount()
                    + " firms but the graph " + graph.firmCount());
        }
        Work w = new Work(graph, partition, weighted);
        double[] observed = w.indices();
        Tally[] tallies = new Tally[observed.length];
        for (int s = 0; s < tallies.length; s++) {
            tallies[s] = new Tally(observed[s]);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int step = Math.max(1, permutations / 100);
        for (int p = 0; p < permutations; p++) {
            progress.checkCancelled();
            w.shuffle(rng);
            double[] permuted = w.indices();
            for (int s = 0; s < tallies.length; s++) {
                tallies[s].add(permuted[s]);
            }
            if ((p + 1) % step == 0) {
                progress.report((p + 1) / (double) permutations, "E-I permutations");
            }
        }
        List<Statistic> clusters = new ArrayList<>(partition.count());
        for (int c = 0; c < partition.count(); c++) {
            clusters.add(tallies[c + 1].statistic(permutations));
        }
        return new Result(tallies[0].statistic(permutations), clusters, permutations, seed, weighted);
    }

    /** The shown firms' group labels (k for "other") and their links in compact arrays. */
    private static final class Work {
        private final int k;
        private final int[] label;
        private final int[] u;
        private final int[] v;
        private final double[] w;
        private final double[] in;
        private final double[] ex;

        Work(LinkGraph graph, Partition partition, boolean weighted) {
            k = partition.count();
            int[] compact = new int[graph.firmCount()];
            int count = 0;
            for (int f = 0; f < compact.length; f++) {
                compact[f] = graph.isShown(f) ? count++ : -1;
            }
            label = new int[count];
            for (int f = 0; f < compact.length; f++) {
                if (compact[f] >= 0) {
                    label[compact[f]] = partition.of(f) == Partition.OTHER ? k : partition.of(f);
                }
            }
            int m = 0;
            for (int l = 0; l < graph.linkCount(); l++) {
                m += compact[graph.from(l)] >= 0 && compact[graph.to(l)] >= 0 ? 1 : 0;
            }
            u = new int[m];
            v = new int[m];
            w = new double[m];
            int j = 0;
            for (int l = 0; l < graph.linkCount(); l++) {
                if (compact[graph.from(l)] >= 0 && compact[graph.to(l)] >= 0) {
                    u[j] = compact[graph.from(l)];
                    v[j] = compact[graph.to(l)];
                    w[j++] = weighted ? graph.weight(l) : 1.0;
                }
            }
            in = new double[k + 1];
            ex = new double[k + 1];
        }

        void shuffle(SplittableRandom rng) {
            for (int i = label.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int x = label[i];
                label[i] = label[j];
                label[j] = x;
            }
        }

        /** Overall index first, then each cluster's. */
        double[] indices() {
            Arrays.fill(in, 0);
            Arrays.fill(ex, 0);
            double internal = 0;
            double external = 0;
            for (int j = 0; j < u.length; j++) {
                int a = label[u[j]];
                int b = label[v[j]];
                if (a == b) {
                    in[a] += w[j];
                    internal += w[j];
                } else {
                    ex[a] += w[j];
                    ex[b] += w[j];
                    external += w[j];
                }
            }
            double[] out = new double[k + 1];
            out[0] = ClusterRoles.eiIndex(external, internal);
            for (int c = 0; c < k; c++) {
                out[c + 1] = ClusterRoles.eiIndex(ex[c], in[c]);
            }
            return out;
        }
    }

    /** Running counts for one statistic. */
    private static final class Tally {
        private final double observed;
        private long defined;
        private double sum;
        private double sumSquares;
        private double min = Double.NaN;
        private double max = Double.NaN;
        private long atLeast;
        private long atMost;

        Tally(double observed) {
            this.observed = observed;
        }

        void add(double x) {
            if (Double.isNaN(x)) {
                return;
            }
            defined++;
            sum += x;
            sumSquares += x * x;
            min = defined == 1 ? x : Math.min(min, x);
            max = defined == 1 ? x : Math.max(max, x);
            atLeast += x >= observed - TIE_TOLERANCE ? 1 : 0;
            atMost += x <= observed + TIE_TOLERANCE ? 1 : 0;
        }

        Statistic statistic(int permutations) {
            double mean = defined == 0 ? Double.NaN : sum / defined;
            double sd = defined == 0 ? Double.NaN : Math.sqrt(Math.max(0, sumSquares / defined - mean * mean));
            boolean known = !Double.isNaN(observed);
            return new Statistic(observed, mean, sd, min, max,
                    known ? (1.0 + atLeast) / (1.0 + permutations) : Double.NaN,
                    known ? (1.0 + atMost) / (1.0 + permutations) : Double.NaN);
        }
    }
}
