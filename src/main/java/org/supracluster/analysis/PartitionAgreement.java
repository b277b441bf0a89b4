package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.NetworkView;

/**
 * How well two partitions of the same firms agree: the adjusted Rand index and the normalised
 * mutual information, e.g. the province scheme against clusters derived from coordinates, or
 * detected communities against either (DESIGN.md, "Beyond the study").
 *
 * <p><b>Firms compared:</b> those in a cluster in both partitions ({@link Partition#OTHER} in
 * either leaves a firm out), and, with a view, only the firms it shows. Detected communities
 * ({@link Communities}, {@link DerivedSchemes#communities}) give a shown firm with no link a
 * community of its own, so such a firm is compared as a singleton, as everywhere else (DESIGN.md),
 * not left out. Let n be their number,
 * n_ij the firms in cluster i of A and j of B, a_i = Σ_j n_ij, b_j = Σ_i n_ij, C(x) = x(x−1)/2.
 *
 * <p><b>Adjusted Rand index</b> (Hubert &amp; Arabie 1985, "Comparing partitions", J.
 * Classification 2:193–218):
 * ARI = (Σ_ij C(n_ij) − E) / (½(Σ_i C(a_i) + Σ_j C(b_j)) − E), E = Σ_i C(a_i) · Σ_j C(b_j) / C(n).
 * 1 for identical partitions, about 0 for independent ones, negative below chance. When the
 * denominator is 0 (both partitions one cluster, or both all singletons: then they are
 * identical) it is 1. Undefined (NaN) for fewer than 2 firms.
 *
 * <p><b>Normalised mutual information</b>, arithmetic-mean normalisation (Danon, Díaz-Guilera,
 * Duch &amp; Arenas 2005, J. Stat. Mech. P09008; scikit-learn's default):
 * NMI = 2·I(A;B) / (H(A) + H(B)), with H(A) = −Σ_i (a_i/n) ln(a_i/n) and
 * I(A;B) = Σ_ij (n_ij/n) ln(n·n_ij / (a_i·b_j)). In [0, 1]; 1 when both entropies are 0 (both
 * one cluster); NaN when no firm is compared.
 *
 * <p>Cost O(n log n) (the contingency table is built by sorting pair keys, so communities with
 * thousands of clusters cost no K×K table).
 *
 * @param adjustedRand the adjusted Rand index, or NaN (see above)
 * @param nmi          the arithmetic-mean NMI, or NaN
 * @param firms        the number n of firms compared
 */
public record PartitionAgreement(double adjustedRand, double nmi, int firms) {

    /** Agreement over all firms in a cluster in both partitions. */
    public static PartitionAgreement of(Partition a, Partition b) {
        return of(a, b, null);
    }

    /**
     * Agreement over the firms the view shows that are in a cluster in both partitions.
     *
     * @param view the view, or {@code null} for every firm
     * @throws IllegalArgumentException if the partitions (or the view) cover different numbers of firms
     */
    public static PartitionAgreement of(Partition a, Partition b, NetworkView view) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.firmCount() != b.firmCount()) {
            throw new IllegalArgumentException("partitions of " + a.firmCount() + " and " + b.firmCount() + " firms");
        }
        if (view != null && view.network().firmCount() != a.firmCount()) {
            throw new IllegalArgumentException("view of " + view.network().firmCount() + " firms, partitions of "
                    + a.firmCount());
        }
        long[] keys = cellKeys(a, b, view);
        int n = keys.length;
        double[] rowSize = new double[a.count()];
        double[] colSize = new double[b.count()];
        double pairsInCells = 0;
        double cellTerm = 0; // Σ n_ij ln n_ij
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && keys[j] == keys[i]) {
                j++;
            }
            double nij = j - i;
            rowSize[(int) (keys[i] / b.count())] += nij;
            colSize[(int) (keys[i] % b.count())] += nij;
            pairsInCells += choose2(nij);
            cellTerm += nij * Math.log(nij);
            i = j;
        }
        return new PartitionAgreement(ari(n, pairsInCells, rowSize, colSize),
                nmi(n, cellTerm, rowSize, colSize), n);
    }

    /** The sorted cell keys i·K_B + j of the firms compared: equal keys are one contingency cell. */
    private static long[] cellKeys(Partition a, Partition b, NetworkView view) {
        long[] keys = new long[a.firmCount()];
        int n = 0;
        for (int f = 0; f < a.firmCount(); f++) {
            int ca = a.of(f);
            int cb = b.of(f);
            if (ca != Partition.OTHER && cb != Partition.OTHER && (view == null || view.isFirmShown(f))) {
                keys[n++] = (long) ca * b.count() + cb;
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        return keys;
    }

    private static double ari(int n, double index, double[] rows, double[] cols) {
        if (n < 2) {
            return Double.NaN;
        }
        double sumA = 0;
        for (double x : rows) {
            sumA += choose2(x);
        }
        double sumB = 0;
        for (double x : cols) {
            sumB += choose2(x);
        }
        double expected = sumA * sumB / choose2(n);
        double max = (sumA + sumB) / 2;
        if (Math.abs(max - expected) <= 1e-12 * Math.max(1, max)) {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    /**
     * With x ln x sums: H(A) = ln n − Σ a_i ln a_i / n, and
     * I = (Σ n_ij ln n_ij − Σ a_i ln a_i − Σ b_j ln b_j) / n + ln n.
     */
    private static double nmi(int n, double cellTerm, double[] rows, double[] cols) {
        if (n == 0) {
            return Double.NaN;
        }
        double rowTerm = xLogX(rows);
        double colTerm = xLogX(cols);
        double logN = Math.log(n);
        double hA = logN - rowTerm / n;
        double hB = logN - colTerm / n;
        if (hA + hB <= 1e-15) {
            return 1.0;
        }
        double mutual = (cellTerm - rowTerm - colTerm) / n + logN;
        return Math.max(0, Math.min(1, 2 * mutual / (hA + hB)));
    }

    private static double xLogX(double[] sizes) {
        double s = 0;
        for (double x : sizes) {
            if (x > 0) {
                s += x * Math.log(x);
            }
        }
        return s;
    }

    private static double choose2(double x) {
        return x * (x - 1) / 2;
    }
}
