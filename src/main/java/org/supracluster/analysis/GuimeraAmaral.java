package org.supracluster.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supracluster.model.Progress;

/**
 * Guimerà–Amaral roles of firms, with a {@link Partition} (geographic clusters or detected
 * communities) plus the group "other" as the modules, on the neighbour view of a
 * {@link LinkGraph} (firms are neighbours once if any shown link joins them, whatever its type or
 * direction).
 *
 * <p>For a shown firm i of module s:
 * <ul>
 *   <li>within-module degree z-score {@code z_i = (κ_i − mean κ_s) / σ_s}, where {@code κ_i} is
 *   the number of i's neighbours in s, and the mean and σ are taken over the shown firms of s.
 *   σ is the <b>population</b> standard deviation (divide by n_s, not n_s − 1), as in the source.
 *   {@code z_i = 0} when {@code σ_s = 0} (every firm of s has the same κ);</li>
 *   <li>participation coefficient {@code P_i = 1 − Σ_t (κ_it / k_i)²} over the modules t, where
 *   {@code κ_it} is the number of i's neighbours in t and {@code k_i} is i's degree, so the
 *   {@code κ_it} add up to {@code k_i}; {@code P_i = 0} for a firm with no neighbour;</li>
 *   <li>role {@link CartographyRole#of(boolean, long, long)}: hub when {@code z_i ≥ 2.5}, then the
 *   P bands.</li>
 * </ul>
 *
 * <p><b>The group "other".</b> Firms in no cluster ({@link Partition#OTHER}; Gangwon and Jeju by
 * default) form one module of their own, as DESIGN.md says and as the source assumes (a partition
 * that covers every node): an "other" firm has a z within "other", a P and a role, and a neighbour
 * in "other" counts in {@code κ_it} like a neighbour in any cluster. A firm of a communities
 * partition that is OTHER (hidden) is not shown and so has no role. Firms the view hides have no
 * z, P or role ({@link FirmCartography#NONE}) and are not counted in their module's mean and σ.
 *
 * <p>Numbers: z is computed as {@code (n_s κ_i − Σκ) / √(n_s Σκ² − (Σκ)²)} and P as
 * {@code (k_i² − Σ_t κ_it²) / k_i²} from exact integer sums, and the role is decided on those
 * integers, not on the rounded quotients: {@code z ≥ 2.5} as {@code 4·num² ≥ 25·var} with
 * {@code num ≥ 0}, P against the thresholds as fractions. So a firm exactly on a boundary
 * (z = 2.5, P = 0.62, …) falls on the side the definition says. Time O(firms + neighbour pairs);
 * memory O(firms + modules).
 *
 * <p>Source: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic
 * networks", Nature 433 (2005) 895–900; DESIGN.md, "Analysis definitions".
 */
public final class GuimeraAmaral {

    private static final int CHECK_EVERY = 4096;

    /**
     * One firm's figures.
     *
     * @param z within-module degree z-score, {@code NaN} for a hidden firm
     * @param participation participation coefficient P in 0..1, {@code NaN} for a hidden firm
     * @param role the role, or {@code null} for a hidden firm
     * @param withinModuleDegree κ_i, neighbours in the firm's own module (0 for a hidden firm)
     * @param degree k_i, the firm's neighbours (0 for a hidden firm)
     */
    public record FirmCartography(double z, double participation, CartographyRole role,
                                  int withinModuleDegree, int degree) {

        /** The figures of a firm that the view hides. */
        public static final FirmCartography NONE = new FirmCartography(Double.NaN, Double.NaN, null, 0, 0);

        /** Whether the firm is shown and so has a role. */
        public boolean hasRole() {
            return role != null;
        }
    }

    /**
     * The roles of all firms.
     *
     * @param firms one entry per firm of the network, by firm index
     * @param roleCounts number of firms in each role (every role present, 0 if none); firms with no
     *     role are not counted
     */
    public record Result(List<FirmCartography> firms, Map<CartographyRole, Integer> roleCounts) {

        public Result {
            firms = List.copyOf(firms);
            EnumMap<CartographyRole, Integer> counts = new EnumMap<>(CartographyRole.class);
            for (CartographyRole r : CartographyRole.values()) {
                counts.put(r, roleCounts.getOrDefault(r, 0));
            }
            roleCounts = Collections.unmodifiableMap(counts);
        }

        /**
         * The figures of one firm.
         *
         * @throws IllegalArgumentException for an index outside 0..firms-1
         */
        public FirmCartography firm(int firm) {
            if (firm < 0 || firm >= firms.size()) {
                throw new IllegalArgumentException("no firm " + firm);
            }
            return firms.get(firm);
        }

        /** Number of firms in a role. */
        public int count(CartographyRole role) {
            return roleCounts.get(Objects.requireNonNull(role, "role"));
        }
    }

    private GuimeraAmaral() {
    }

    /** {@link #compute(LinkGraph, Partition, Progress)} without progress or cancel. */
    public static Result compute(LinkGraph graph, Partition modules) {
        return compute(graph, modules, Progress.NONE);
    }

    /**
     * Computes every firm's z, P and role.
     *
     * @param graph the links of a view
     * @param modules one module per firm of the graph's network, or OTHER (a module of its own)
     * @param progress progress and cancel callback
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     * @throws Progress.Cancelled if cancelled
     */
    public static Result compute(LinkGraph graph, Partition modules, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(progress, "progress");
        if (modules.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition has " + modules.firmCount() + " firms, graph "
                    + graph.firmCount());
        }
        return new Work(graph, modules, progress).run();
    }

    /** Working state of one computation. */
    private static final class Work {
        private final LinkGraph graph;
        private final Partition modules;
        private final Progress progress;
        private final int n;
        private final int[] kappa;
        private final int[] degree;
        private final long[] sumSquares;
        private final long[] moduleSize;
        private final long[] moduleSum;
        private final long[] moduleSumSquares;

        Work(LinkGraph graph, Partition modules, Progress progress) {
            this.graph = graph;
            this.modules = modules;
            this.progress = progress;
            this.n = graph.firmCount();
            kappa = new int[n];
            degree = new int[n];
            sumSquares = new long[n];
            // Module index k (= modules.count()) is the group "other".
            moduleSize = new long[modules.count() + 1];
            moduleSum = new long[modules.count() + 1];
            moduleSumSquares = new long[modules.count() + 1];
        }

        Result run() {
            countNeighbours();
            progress.report(0.5, "Guimerà–Amaral: module statistics");
            List<FirmCartography> firms = new ArrayList<>(n);
            EnumMap<CartographyRole, Integer> counts = new EnumMap<>(CartographyRole.class);
            for (int i = 0; i < n; i++) {
                if (i % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                }
                FirmCartography f = hasModule(i) ? firm(i) : FirmCartography.NONE;
                firms.add(f);
                if (f.hasRole()) {
                    counts.merge(f.role(), 1, Integer::sum);
                }
            }
            progress.report(1, "Guimerà–Amaral: done");
            return new Result(firms, counts);
        }

        private boolean hasModule(int firm) {
            return graph.isShown(firm);
        }

        /** The firm's module: its cluster, or {@code modules.count()} for OTHER. */
        private int module(int firm) {
            int m = modules.of(firm);
            return m == Partition.OTHER ? modules.count() : m;
        }

        /** κ_i, k_i and Σ_t κ_it² per firm, with a per-module counter reset through a touched list. */
        private void countNeighbours() {
            int[] perModule = new int[modules.count() + 1];
            int[] touched = new int[modules.count() + 1];
            for (int i = 0; i < n; i++) {
                if (i % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(0.5 * i / n, "Guimerà–Amaral: neighbours by module");
                }
                if (!hasModule(i)) {
                    continue;
                }
                int touchedCount = 0;
                for (int k = graph.neighbourStart(i); k < graph.neighbourEnd(i); k++) {
                    int t = module(graph.neighbour(k));
                    if (perModule[t]++ == 0) {
                        touched[touchedCount++] = t;
                    }
                    degree[i]++;
                }
                int s = module(i);
                kappa[i] = perModule[s];
                long squares = 0;
                for (int x = 0; x < touchedCount; x++) {
                    long c = perModule[touched[x]];
                    squares += c * c;
                    perModule[touched[x]] = 0;
                }
                sumSquares[i] = squares;
                moduleSize[s]++;
                moduleSum[s] += kappa[i];
                moduleSumSquares[s] += (long) kappa[i] * kappa[i];
            }
        }

        private FirmCartography firm(int i) {
            int s = module(i);
            double z = zScore(kappa[i], moduleSize[s], moduleSum[s], moduleSumSquares[s]);
            boolean hub = isHub(kappa[i], moduleSize[s], moduleSum[s], moduleSumSquares[s]);
            long k = degree[i];
            long numerator = k * k - sumSquares[i];
            long denominator = k == 0 ? 1 : k * k;
            double p = (double) numerator / (double) denominator;
            return new FirmCartography(z, p, CartographyRole.of(hub, numerator, denominator), kappa[i], degree[i]);
        }
    }

    /**
     * Whether {@code z ≥ 2.5}, decided on the integers of {@link #zScore}: with
     * {@code num = size·κ − sum} and {@code var = size·sumSquares − sum²}, {@code num/√var ≥ 5/2}
     * exactly when {@code var > 0}, {@code num ≥ 0} and {@code 4·num² ≥ 25·var}. (σ = 0 gives z = 0,
     * no hub.) Beyond the range of a long the rounded z decides.
     */
    static boolean isHub(long kappa, long size, long sum, long sumSquares) {
        long[] parts = zParts(kappa, size, sum, sumSquares);
        if (parts == null) {
            return zScore(kappa, size, sum, sumSquares) >= CartographyRole.HUB_Z;
        }
        if (parts[1] <= 0 || parts[0] < 0) {
            return false;
        }
        BigInteger n = BigInteger.valueOf(parts[0]);
        return n.multiply(n).multiply(BigInteger.valueOf(4))
                .compareTo(BigInteger.valueOf(parts[1]).multiply(BigInteger.valueOf(25))) >= 0;
    }

    /**
     * {@code (κ − mean)/σ} over a module of {@code size} firms whose κ add up to {@code sum} and whose
     * squares add up to {@code sumSquares}: {@code (size·κ − sum) / √(size·sumSquares − sum²)}, 0
     * when σ is 0. Exact integers while they fit in a long, doubles beyond.
     */
    static double zScore(long kappa, long size, long sum, long sumSquares) {
        long[] parts = zParts(kappa, size, sum, sumSquares);
        double numerator = parts != null ? parts[0] : (double) size * kappa - sum;
        double variance = parts != null ? parts[1] : (double) size * sumSquares - (double) sum * sum;
        return variance <= 0 ? 0 : numerator / Math.sqrt(variance);
    }

    /** {@code {size·κ − sum, size·sumSquares − sum²}} in exact longs, or null when they do not fit. */
    private static long[] zParts(long kappa, long size, long sum, long sumSquares) {
        try {
            return new long[] {Math.subtractExact(Math.multiplyExact(size, kappa), sum),
                Math.subtractExact(Math.multiplyExact(size, sumSquares), Math.multiplyExact(sum, sum))};
        } catch (ArithmeticException overflow) {
            return null;
        }
    }
}
