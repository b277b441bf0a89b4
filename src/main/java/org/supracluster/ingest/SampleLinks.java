package org.supracluster.ingest;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.supracluster.model.ClusterScheme;

/**
 * The invented links of the SYNTHETIC sample, as rows (source, target, type, weight, year).
 *
 * <p>Links come in relationships: one firm (the <em>origin</em>) picks a partner, and the pair
 * stays linked for one or a few consecutive years, one row per year. For trade the origin is the
 * <em>buyer</em>: picked with a weight that grows with its head count, so the big fabs and
 * packaging plants buy most and each regional supplier group forms around a few large buyers
 * (DESIGN.md: "hierarchical around one large buyer"). The buyer then picks a supplier segment
 * following the supply chain (SampleRules), then whether to buy inside its own cluster, then the
 * supplier's city by distance decay × the weight of suppliers of that segment there, then a
 * supplier there by preferential weight. Because the buyers' outside purchases mostly go to the
 * capital region's huge supplier base, the hubs' sales rarely leave their region while their
 * purchases often come from outside, as the study describes. Co-patents work the same way with
 * research institutes and universities (Daejeon's most of all) as both frequent filers and
 * preferred partners.
 *
 * <p>Nothing here is quadratic: every choice is a binary search in a cumulative array built once
 * (over firms, over the ~40 cities, or over the firms of one city and segment).
 */
final class SampleLinks {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2024;
    static final int TRADE = 0;
    static final int COPATENT = 1;

    private final SampleFirms firms;
    private final SampleRules rules;
    private final int places;
    /** Cluster of each city in the default scheme; Gangwon and Jeju each a group of their own. */
    private final int[] group;
    /** [type][firm] cumulative origin weight. */
    private final double[][] pushCum;
    /** [type][firm] cumulative partner weight over all firms (fallback). */
    private final double[][] pullCum;
    /** [place][segment] firm indices, and [type][place][segment] their cumulative partner weight. */
    private final int[][][] firmsAt;
    private final double[][][][] pullCumAt;
    /** [type][origin place][segment][zone: 0 own cluster, 1 elsewhere] cumulative over cities. */
    private final double[][][][][] zoneCum;

    int size;
    int[] source = new int[1024];
    int[] target = new int[1024];
    byte[] type = new byte[1024];
    double[] weight = new double[1024];
    short[] year = new short[1024];
    private final SampleLongSet seen = new SampleLongSet();

    SampleLinks(SampleFirms firms, SampleRules rules) {
        this.firms = firms;
        this.rules = rules;
        this.places = SamplePlaces.SPECS.size();
        int segments = SampleRules.SEGMENTS;
        group = new int[places];
        ClusterScheme scheme = ClusterScheme.defaultFive();
        for (int p = 0; p < places; p++) {
            var region = SamplePlaces.SPECS.get(p).place().region();
            int c = scheme.clusterOf(region);
            group[p] = c != ClusterScheme.OTHER ? c : scheme.clusterCount() + region.ordinal();
        }
        int n = firms.count;
        int[][] counts = new int[places][segments];
        for (int i = 0; i < n; i++) {
            counts[firms.place[i]][firms.segment[i].ordinal()]++;
        }
        firmsAt = new int[places][segments][];
        for (int p = 0; p < places; p++) {
            for (int s = 0; s < segments; s++) {
                firmsAt[p][s] = new int[counts[p][s]];
                counts[p][s] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            int p = firms.place[i];
            int s = firms.segment[i].ordinal();
            firmsAt[p][s][counts[p][s]++] = i;
        }
        pushCum = new double[2][n];
        pullCum = new double[2][n];
        pullCumAt = new double[2][places][segments][];
        zoneCum = new double[2][places][segments][2][places];
        double[][] dist = distances();
        double[] pullOf = new double[n];
        for (int t = 0; t < 2; t++) {
            double push = 0;
            double pull = 0;
            for (int i = 0; i < n; i++) {
                push += rules.push(t, firms, i);
                pushCum[t][i] = push;
                pullOf[i] = rules.pull(t, firms, i);
                pull += pullOf[i];
                pullCum[t][i] = pull;
            }
            double[][] mass = new double[places][segments];
            for (int p = 0; p < places; p++) {
                for (int s = 0; s < segments; s++) {
                    int[] at = firmsAt[p][s];
                    double[] cum = new double[at.length];
                    double sum = 0;
                    for (int k = 0; k < at.length; k++) {
                        sum += pullOf[at[k]];
                        cum[k] = sum;
                    }
                    pullCumAt[t][p][s] = cum;
                    mass[p][s] = sum;
                }
            }
            for (int o = 0; o < places; o++) {
                for (int s = 0; s < segments; s++) {
                    for (int z = 0; z < 2; z++) {
                        double[] cum = zoneCum[t][o][s][z];
                        double sum = 0;
                        for (int d = 0; d < places; d++) {
                            if ((group[d] == group[o]) == (z == 0)) {
                                sum += mass[d][s] * rules.decay(t, dist[o][d]);
                            }
                            cum[d] = sum;
                        }
                    }
                }
            }
        }
    }

    /** Adds relationships of one type until {@code rows} rows of it exist (or attempts run out). */
    void generate(int t, int rows, SplittableRandom rng) {
        int made = 0;
        long attempts = 0;
        long maxAttempts = 30L * rows + 1000;
        int n = firms.count;
        while (made < rows && attempts++ < maxAttempts && n > 1) {
            int origin = sample(pushCum[t], rng.nextDouble());
            if (origin < 0) {
                return;
            }
            int o = firms.place[origin];
            int s = rules.partnerSegment(t, firms.segment[origin], rng.nextDouble());
            int zone = rng.nextDouble() < rules.intraShare(t, group[o]) ? 0 : 1;
            int partner = partner(t, o, s, zone, rng);
            if (partner < 0 || partner == origin) {
                continue;
            }
            // Trade: the partner is the supplier (source) and the origin the buyer (target).
            int a = t == TRADE ? partner : Math.min(origin, partner);
            int b = t == TRADE ? origin : Math.max(origin, partner);
            int start = rules.startYear(rng.nextDouble());
            int end = Math.min(LAST_YEAR, start + rules.duration(t, rng.nextDouble()) - 1);
            double base = rules.baseWeight(t, firms, origin, rng.nextDouble());
            for (int y = start; y <= end && made < rows; y++) {
                double w = rules.yearWeight(t, base, rng.nextDouble());
                if (seen.add(key(a, b, t, y, n))) {
                    add(a, b, t, w, y);
                    made++;
                }
            }
        }
    }

    private int partner(int t, int o, int s, int zone, SplittableRandom rng) {
        double[] cum = zoneCum[t][o][s][zone];
        if (cum[places - 1] <= 0) {
            cum = zoneCum[t][o][s][1 - zone];
        }
        if (cum[places - 1] <= 0) {
            return sample(pullCum[t], rng.nextDouble());
        }
        int d = sample(cum, rng.nextDouble());
        int k = sample(pullCumAt[t][d][s], rng.nextDouble());
        return firmsAt[d][s][k];
    }

    /** Rows in the order written: by year, trade before co-patent, else as generated (stable). */
    int[] order() {
        int buckets = (LAST_YEAR - FIRST_YEAR + 1) * 2;
        int[] start = new int[buckets + 1];
        for (int l = 0; l < size; l++) {
            start[bucket(l) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] out = new int[size];
        for (int l = 0; l < size; l++) {
            out[start[bucket(l)]++] = l;
        }
        return out;
    }

    private int bucket(int l) {
        return (year[l] - FIRST_YEAR) * 2 + type[l];
    }

    private void add(int a, int b, int t, double w, int y) {
        if (size == source.length) {
            int cap = size * 2;
            source = Arrays.copyOf(source, cap);
            target = Arrays.copyOf(target, cap);
            type = Arrays.copyOf(type, cap);
            weight = Arrays.copyOf(weight, cap);
            year = Arrays.copyOf(year, cap);
        }
        source[size] = a;
        target[size] = b;
        type[size] = (byte) t;
        weight[size] = w;
        year[size] = (short) y;
        size++;
    }

    private static long key(int a, int b, int t, int y, int n) {
        return ((((long) (y - FIRST_YEAR) * 2 + t) * n + a) * n + b);
    }

    /** First index whose cumulative weight exceeds u × total (zero weights are never drawn), or -1. */
    static int sample(double[] cum, double u) {
        if (cum.length == 0 || cum[cum.length - 1] <= 0) {
            return -1;
        }
        double x = u * cum[cum.length - 1];
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private double[][] distances() {
        double[][] d = new double[places][places];
        for (int a = 0; a < places; a++) {
            for (int b = 0; b < places; b++) {
                Gazetteer.Place pa = SamplePlaces.SPECS.get(a).place();
                Gazetteer.Place pb = SamplePlaces.SPECS.get(b).place();
                d[a][b] = haversineKm(pa.lat(), pa.lon(), pb.lat(), pb.lon());
            }
        }
        return d;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = StrictMath.toRadians(lat2 - lat1);
        double dLon = StrictMath.toRadians(lon2 - lon1);
        double h = StrictMath.pow(StrictMath.sin(dLat / 2), 2) + StrictMath.cos(StrictMath.toRadians(lat1))
                * StrictMath.cos(StrictMath.toRadians(lat2)) * StrictMath.pow(StrictMath.sin(dLon / 2), 2);
        return 2 * 6371.0088 * StrictMath.asin(StrictMath.sqrt(h));
    }
}
