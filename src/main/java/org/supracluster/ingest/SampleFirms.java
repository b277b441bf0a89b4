package org.supracluster.ingest;

import java.util.List;
import java.util.SplittableRandom;
import org.supracluster.model.Segment;

/**
 * The invented firms of the SYNTHETIC sample, in parallel arrays (firm i has id {@code ids[i]}),
 * so that {@link SampleLinks} can work on ints at 100,000 firms.
 *
 * <p>How many firms each city gets is fixed by the shares of {@link SamplePlaces} (largest
 * remainder, no randomness), so the regional shares are exact at every size and seed. The seed
 * decides the order of the firms, the segment of each ordinary firm, head counts, names and a
 * jitter of up to {@link #JITTER_KM} km around the city centre.
 */
final class SampleFirms {

    /** Firms are scattered uniformly in a disc of this radius around their city's centre. */
    static final double JITTER_KM = 4.0;

    private static final double KM_PER_DEGREE = 111.32;

    final int count;
    final String[] ids;
    final String[] names;
    /** Index into {@link SamplePlaces#SPECS}. */
    final int[] place;
    final Segment[] segment;
    final int[] employees;
    /** Whether the firm is one of its city's large firms (fab, packaging plant, institute). */
    final boolean[] anchor;
    final double[] lat;
    final double[] lon;

    private SampleFirms(int n) {
        count = n;
        ids = new String[n];
        names = new String[n];
        place = new int[n];
        segment = new Segment[n];
        employees = new int[n];
        anchor = new boolean[n];
        lat = new double[n];
        lon = new double[n];
    }

    static SampleFirms create(int n, SplittableRandom rng) {
        List<SamplePlaces.Spec> specs = SamplePlaces.SPECS;
        int[] perPlace = allocate(n, specs);
        SampleFirms f = new SampleFirms(n);
        // Slots city by city, the anchors first, then shuffled so that ids do not follow the city.
        int k = 0;
        for (int p = 0; p < specs.size(); p++) {
            SamplePlaces.Spec s = specs.get(p);
            long scaled = Math.round((double) s.anchors() * n / SamplePlaces.ANCHOR_SCALE);
            int anchors = s.anchorSegment() == null ? 0 : (int) Math.min(perPlace[p], Math.max(1, scaled));
            for (int j = 0; j < perPlace[p]; j++, k++) {
                f.place[k] = p;
                f.anchor[k] = j < anchors;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tp = f.place[i];
            f.place[i] = f.place[j];
            f.place[j] = tp;
            boolean ta = f.anchor[i];
            f.anchor[i] = f.anchor[j];
            f.anchor[j] = ta;
        }
        // Same width for every id so that text order is index order (co-patent links rely on it).
        int idDigits = Math.max(5, Integer.toString(n).length());
        int[][] serials = new int[specs.size()][Segment.values().length];
        for (int i = 0; i < n; i++) {
            SamplePlaces.Spec s = specs.get(f.place[i]);
            Segment seg = f.anchor[i] ? s.anchorSegment() : Segment.values()[pick(s.mix(), rng.nextDouble())];
            f.segment[i] = seg;
            f.employees[i] = f.anchor[i]
                    ? logUniform(s.anchorMinEmployees(), s.anchorMaxEmployees(), rng)
                    : logUniform(SamplePlaces.EMPLOYEES_MIN[seg.ordinal()], SamplePlaces.EMPLOYEES_MAX[seg.ordinal()], rng);
            f.ids[i] = "F" + zeroPad(i + 1, idDigits);
            f.names[i] = SampleNames.name(s.place(), seg, ++serials[f.place[i]][seg.ordinal()], rng);
            jitter(f, i, s.place(), rng);
        }
        return f;
    }

    /** The number in at least {@code digits} digits, zeros in front (String.format is too slow here). */
    static String zeroPad(int value, int digits) {
        String s = Integer.toString(value);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    /** Firms per city: floor of share × n, the rest to the largest remainders (ties: table order). */
    static int[] allocate(int n, List<SamplePlaces.Spec> specs) {
        double total = 0;
        for (SamplePlaces.Spec s : specs) {
            total += s.share();
        }
        int[] out = new int[specs.size()];
        double[] remainder = new double[specs.size()];
        int given = 0;
        for (int p = 0; p < out.length; p++) {
            double exact = specs.get(p).share() / total * n;
            out[p] = (int) Math.floor(exact);
            remainder[p] = exact - out[p];
            given += out[p];
        }
        for (; given < n; given++) {
            int best = 0;
            for (int p = 1; p < out.length; p++) {
                if (remainder[p] > remainder[best]) {
                    best = p;
                }
            }
            out[best]++;
            remainder[best] = -1;
        }
        return out;
    }

    /** Index drawn from unnormalised weights with u in [0, 1). */
    static int pick(double[] weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = u * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no positive weight");
    }

    /** Head counts are skewed: log-uniform between min and max. StrictMath keeps runs identical. */
    private static int logUniform(int min, int max, SplittableRandom rng) {
        double v = min * StrictMath.exp(rng.nextDouble() * StrictMath.log((double) max / min));
        return (int) Math.min(max, Math.round(v));
    }

    private static void jitter(SampleFirms f, int i, Gazetteer.Place c, SplittableRandom rng) {
        for (int attempt = 0; attempt < 20; attempt++) {
            double r = JITTER_KM * StrictMath.sqrt(rng.nextDouble());
            double angle = 2 * StrictMath.PI * rng.nextDouble();
            double la = c.lat() + r * StrictMath.cos(angle) / KM_PER_DEGREE;
            double lo = c.lon() + r * StrictMath.sin(angle) / (KM_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(c.lat())));
            if (Gazetteer.inKorea(la, lo)) {
                f.lat[i] = la;
                f.lon[i] = lo;
                return;
            }
        }
        f.lat[i] = c.lat();
        f.lon[i] = c.lon();
    }
}
