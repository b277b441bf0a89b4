package org.supracluster.analysis;

import java.math.BigInteger;

/**
 * The seven roles of a firm in the "cartography" of Guimerà and Amaral (2005), from its
 * within-module degree z-score {@code z} and its participation coefficient {@code P} (see
 * {@link GuimeraAmaral} for both).
 *
 * <p>A firm is a <b>hub</b> when {@code z ≥ 2.5}. Non-hubs: R1 ultra-peripheral
 * ({@code P ≤ 0.05}), R2 peripheral ({@code 0.05 < P ≤ 0.62}), R3 non-hub connector
 * ({@code 0.62 < P ≤ 0.80}), R4 non-hub kinless ({@code P > 0.80}). Hubs: R5 provincial hub
 * ({@code P ≤ 0.30}), R6 connector hub ({@code 0.30 < P ≤ 0.75}), R7 kinless hub
 * ({@code P > 0.75}). Every boundary belongs to the lower band ({@code ≤}) except the hub
 * threshold, which is {@code ≥}. P is a ratio of integers ({@link GuimeraAmaral}), so
 * {@link #of(boolean, long, long)} compares it with the thresholds exactly, as fractions: a firm at
 * exactly P = 0.62 is R2 whatever the rounding of a division would have said.
 *
 * <p>Source: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic
 * networks", Nature 433 (2005) 895–900; DESIGN.md, "Analysis definitions".
 */
public enum CartographyRole {
    /** Ultra-peripheral: non-hub with almost all links inside its module. */
    R1(false),
    /** Peripheral: non-hub with most links inside its module. */
    R2(false),
    /** Non-hub connector: non-hub with many links to other modules. */
    R3(false),
    /** Non-hub kinless: non-hub with links spread evenly over the modules. */
    R4(false),
    /** Provincial hub: hub with most links inside its module. */
    R5(true),
    /** Connector hub: hub with many links to other modules. */
    R6(true),
    /** Kinless hub: hub with links spread evenly over the modules. */
    R7(true);

    /** A firm is a hub when its within-module z-score is at least this. */
    public static final double HUB_Z = 2.5;
    /** Upper P of R1 (inclusive). */
    public static final double R1_MAX_P = 0.05;
    /** Upper P of R2 (inclusive). */
    public static final double R2_MAX_P = 0.62;
    /** Upper P of R3 (inclusive). */
    public static final double R3_MAX_P = 0.80;
    /** Upper P of R5 (inclusive). */
    public static final double R5_MAX_P = 0.30;
    /** Upper P of R6 (inclusive). */
    public static final double R6_MAX_P = 0.75;

    /** The P thresholds in hundredths, for the exact comparison. */
    private static final long R1_MAX_HUNDREDTHS = 5;
    private static final long R2_MAX_HUNDREDTHS = 62;
    private static final long R3_MAX_HUNDREDTHS = 80;
    private static final long R5_MAX_HUNDREDTHS = 30;
    private static final long R6_MAX_HUNDREDTHS = 75;
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final boolean hub;

    CartographyRole(boolean hub) {
        this.hub = hub;
    }

    /** Whether this is a hub role (R5–R7), i.e. {@code z ≥ 2.5}. */
    public boolean isHub() {
        return hub;
    }

    /**
     * The role of a firm with within-module z-score {@code z} and participation {@code p}.
     *
     * @param z any finite number
     * @param p participation coefficient, 0 to 1
     * @throws IllegalArgumentException if {@code z} is not finite or {@code p} is outside 0..1
     */
    public static CartographyRole of(double z, double p) {
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("z-score is not finite: " + z);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("participation outside 0..1: " + p);
        }
        if (z >= HUB_Z) {
            return p <= R5_MAX_P ? R5 : p <= R6_MAX_P ? R6 : R7;
        }
        return p <= R1_MAX_P ? R1 : p <= R2_MAX_P ? R2 : p <= R3_MAX_P ? R3 : R4;
    }

    /**
     * The role of a firm from exact figures: whether it is a hub ({@code z ≥ 2.5}, decided by the
     * caller) and its participation {@code P = pNumerator / pDenominator}, compared with the
     * thresholds as fractions ({@code 100·num ≤ 62·den} for R2, and so on).
     *
     * @param pNumerator 0 to {@code pDenominator}
     * @param pDenominator at least 1
     * @throws IllegalArgumentException for a denominator below 1 or a P outside 0..1
     */
    public static CartographyRole of(boolean hub, long pNumerator, long pDenominator) {
        if (pDenominator < 1 || pNumerator < 0 || pNumerator > pDenominator) {
            throw new IllegalArgumentException("participation outside 0..1: " + pNumerator + "/" + pDenominator);
        }
        if (hub) {
            return atMost(pNumerator, pDenominator, R5_MAX_HUNDREDTHS) ? R5
                    : atMost(pNumerator, pDenominator, R6_MAX_HUNDREDTHS) ? R6 : R7;
        }
        return atMost(pNumerator, pDenominator, R1_MAX_HUNDREDTHS) ? R1
                : atMost(pNumerator, pDenominator, R2_MAX_HUNDREDTHS) ? R2
                : atMost(pNumerator, pDenominator, R3_MAX_HUNDREDTHS) ? R3 : R4;
    }

    /** {@code num / den ≤ hundredths / 100}, exactly (in longs while they fit). */
    private static boolean atMost(long num, long den, long hundredths) {
        try {
            return Math.multiplyExact(num, 100L) <= Math.multiplyExact(den, hundredths);
        } catch (ArithmeticException overflow) {
            return BigInteger.valueOf(num).multiply(HUNDRED)
                    .compareTo(BigInteger.valueOf(den).multiply(BigInteger.valueOf(hundredths))) <= 0;
        }
    }
}
