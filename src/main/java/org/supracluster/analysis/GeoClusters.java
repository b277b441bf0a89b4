package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * K geographic clusters derived from the shown firms' coordinates, as the reference study derived
 * its five clusters from the firms' locations (DESIGN.md, "A second way to get clusters").
 *
 * <p><b>Method.</b> k-means (Lloyd 1982) seeded by k-means++ (Arthur &amp; Vassilvitskii 2007,
 * "k-means++: the advantages of careful seeding", SODA): the first centre is a uniformly drawn
 * firm, each further centre a firm drawn with probability proportional to D(x)², its squared
 * distance to the nearest centre chosen so far. Lloyd iterations then alternate "assign each firm
 * to its nearest centre" (ties to the lower centre index) and "move each centre to the mean of
 * its firms" until no assignment changes or {@value #MAX_ITERATIONS} iterations have run. A
 * cluster that empties takes the firm farthest from its current centre. The whole run is repeated
 * {@code restarts} times and the run with the smallest inertia Σ_i ‖x_i − μ_c(i)‖² (km²) is kept
 * (a later run must be strictly better to replace an earlier one).
 *
 * <p><b>Projection.</b> Distances are in kilometres on the equirectangular projection centred on
 * the mean latitude φ₀ of the firms clustered: x = R·λ·cos φ₀, y = R·φ (λ, φ in radians,
 * R = {@value #EARTH_RADIUS_KM} km, the IUGG mean radius). Over Korea (33°–39° N) the east–west
 * scale error stays under about 5 %. Centroids are means in this plane, which is linear in
 * (lat, lon), so a centroid's latitude and longitude are the means of its firms'.
 *
 * <p><b>Which firms.</b> The firms shown by the view with finite coordinates; every other firm is
 * {@link Partition#OTHER}. <b>Numbering.</b> Clusters are numbered north to south (centroid
 * latitude descending, ties west to east) and named "Geo 1" … "Geo K", so the same data and seed
 * always give the same names. <b>Reproducible:</b> all draws come from one
 * {@link SplittableRandom} seeded with {@code seed}.
 *
 * <p>Cost O(restarts × iterations × n × K); 100,000 firms, K = 5, 10 restarts took 0.4–0.5 s
 * (0.9 s in a cold JVM) on 2 cores.
 */
public final class GeoClusters {

    /** The study's five clusters. */
    public static final int K_DEFAULT = 5;
    /** Independent k-means++ runs, the best kept. */
    public static final int RESTARTS_DEFAULT = 10;
    /** Lloyd iterations per run at most. */
    public static final int MAX_ITERATIONS = 300;
    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * A cluster's centre and size.
     *
     * @param lat mean latitude of its firms, degrees
     * @param lon mean longitude of its firms, degrees
     * @param firms number of firms in it
     */
    public record Centroid(double lat, double lon, int firms) {
    }

    /**
     * The clusters found.
     *
     * @param partition "Geo 1".."Geo K" numbered north to south; hidden firms and firms without
     *                  coordinates are {@link Partition#OTHER}
     * @param centroids one per cluster, in the partition's order
     * @param inertia   the kept run's sum of squared distances of firms to their centroid, km²
     */
    public record Result(Partition partition, List<Centroid> centroids, double inertia) {
        public Result {
            Objects.requireNonNull(partition, "partition");
            centroids = List.copyOf(centroids);
        }
    }

    private GeoClusters() {
    }

    /** {@link #compute(NetworkView, int, long, int, Progress)} with 10 restarts and no progress. */
    public static Result compute(NetworkView view, int k, long seed) {
        return compute(view, k, seed, RESTARTS_DEFAULT, Progress.NONE);
    }

    /**
     * Clusters the shown firms' locations.
     *
     * @param k        number of clusters, at least 1
     * @param seed     seed of the random draws
     * @param restarts k-means++ runs, at least 1; the lowest inertia wins
     * @throws IllegalArgumentException if k or restarts is below 1, or fewer than k distinct
     *                                  locations are shown
     * @throws Progress.Cancelled       if the progress callback cancels
     */
    public static Result compute(NetworkView view, int k, long seed, int restarts, Progress progress) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(progress, "progress");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1: " + restarts);
        }
        Network net = view.network();
        int[] firms = locatedFirms(view);
        checkDistinct(net, firms, k);
        int n = firms.length;
        double meanLat = 0;
        for (int f : firms) {
            meanLat += net.lat(f);
        }
        meanLat /= n;
        double cos = Math.cos(Math.toRadians(meanLat));
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = EARTH_RADIUS_KM * Math.toRadians(net.lon(firms[i])) * cos;
            y[i] = EARTH_RADIUS_KM * Math.toRadians(net.lat(firms[i]));
        }
        SplittableRandom random = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < restarts; r++) {
            progress.report((double) r / restarts, "k-means run " + (r + 1) + " of " + restarts);
            Run run = new Run(x, y, k);
            run.seed(random);
            run.iterate(progress);
            if (best == null || run.inertia < best.inertia) {
                best = run;
            }
        }
        progress.report(1, "k-means done");
        return best.toResult(net.firmCount(), firms, cos);
    }

    private static int[] locatedFirms(NetworkView view) {
        Network net = view.network();
        int[] out = new int[view.shownFirmCount()];
        int n = 0;
        for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
            if (Double.isFinite(net.lat(f)) && Double.isFinite(net.lon(f))) {
                out[n++] = f;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static void checkDistinct(Network net, int[] firms, int k) {
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < firms.length && seen.size() < k; i++) {
            seen.add(List.of(net.lat(firms[i]), net.lon(firms[i])));
        }
        if (seen.size() < k) {
            throw new IllegalArgumentException("only " + seen.size() + " distinct firm locations shown, "
                    + "cannot form " + k + " clusters");
        }
    }

    /** One k-means++ run: working state only. */
    private static final class Run {
        private final double[] x;
        private final double[] y;
        private final int k;
        private final double[] cx;
        private final double[] cy;
        private final int[] assign;
        private double inertia;

        Run(double[] x, double[] y, int k) {
            this.x = x;
            this.y = y;
            this.k = k;
            cx = new double[k];
            cy = new double[k];
            assign = new int[x.length];
        }

        /** k-means++ seeding: each next centre drawn with probability ∝ D². */
        void seed(SplittableRandom random) {
            int n = x.length;
            int first = random.nextInt(n);
            cx[0] = x[first];
            cy[0] = y[first];
            double[] d2 = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                d2[i] = sq(x[i] - cx[0], y[i] - cy[0]);
                total += d2[i];
            }
            for (int c = 1; c < k; c++) {
                double target = random.nextDouble() * total;
                int pick = -1;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (d2[i] > 0) {
                        pick = i;
                        sum += d2[i];
                        if (sum > target) {
                            break;
                        }
                    }
                }
                cx[c] = x[pick];
                cy[c] = y[pick];
                total = 0;
                for (int i = 0; i < n; i++) {
                    d2[i] = Math.min(d2[i], sq(x[i] - cx[c], y[i] - cy[c]));
                    total += d2[i];
                }
            }
        }

        /** Lloyd iterations until no firm changes cluster. */
        void iterate(Progress progress) {
            Arrays.fill(assign, -1);
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                progress.checkCancelled();
                if (!assignNearest()) {
                    break;
                }
                moveCentres(true);
            }
            moveCentres(false);
            inertia = 0;
            for (int i = 0; i < x.length; i++) {
                inertia += sq(x[i] - cx[assign[i]], y[i] - cy[assign[i]]);
            }
        }

        private boolean assignNearest() {
            boolean changed = false;
            for (int i = 0; i < x.length; i++) {
                int near = 0;
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = sq(x[i] - cx[c], y[i] - cy[c]);
                    if (d < best) {
                        best = d;
                        near = c;
                    }
                }
                if (assign[i] != near) {
                    assign[i] = near;
                    changed = true;
                }
            }
            return changed;
        }

        /** Centres to their firms' means; an empty cluster takes the farthest firm if {@code refill}. */
        private void moveCentres(boolean refill) {
            double[] sx = new double[k];
            double[] sy = new double[k];
            int[] size = new int[k];
            for (int i = 0; i < x.length; i++) {
                sx[assign[i]] += x[i];
                sy[assign[i]] += y[i];
                size[assign[i]]++;
            }
            for (int c = 0; c < k; c++) {
                if (size[c] > 0) {
                    cx[c] = sx[c] / size[c];
                    cy[c] = sy[c] / size[c];
                } else if (refill) {
                    int far = farthestFromOwnCentre();
                    cx[c] = x[far];
                    cy[c] = y[far];
                    assign[far] = c;
                }
            }
        }

        private int farthestFromOwnCentre() {
            int far = 0;
            double best = -1;
            for (int i = 0; i < x.length; i++) {
                double d = sq(x[i] - cx[assign[i]], y[i] - cy[assign[i]]);
                if (d > best) {
                    best = d;
                    far = i;
                }
            }
            return far;
        }

        /** Renumbers clusters north to south and turns centres back into degrees. */
        Result toResult(int firmCount, int[] firms, double cos) {
            Integer[] order = new Integer[k];
            for (int c = 0; c < k; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> cy[a] != cy[b] ? Double.compare(cy[b], cy[a]) : Double.compare(cx[a], cx[b]));
            int[] rank = new int[k];
            for (int r = 0; r < k; r++) {
                rank[order[r]] = r;
            }
            int[] clusterOf = new int[firmCount];
            Arrays.fill(clusterOf, Partition.OTHER);
            int[] size = new int[k];
            for (int i = 0; i < firms.length; i++) {
                clusterOf[firms[i]] = rank[assign[i]];
                size[rank[assign[i]]]++;
            }
            List<String> names = new ArrayList<>();
            List<Centroid> centroids = new ArrayList<>();
            for (int r = 0; r < k; r++) {
                int c = order[r];
                names.add("Geo " + (r + 1));
                centroids.add(new Centroid(Math.toDegrees(cy[c] / EARTH_RADIUS_KM),
                        Math.toDegrees(cx[c] / (EARTH_RADIUS_KM * cos)), size[r]));
            }
            return new Result(new Partition(k, clusterOf, names), centroids, inertia);
        }

        private static double sq(double dx, double dy) {
            return dx * dx + dy * dy;
        }
    }
}
