package org.supracluster.analysis;

/**
 * The distance bands of link lengths (DESIGN.md, "geography of links"): 0–10, 10–30, 30–100,
 * 100–200 and over 200 km. Each band includes its <em>upper</em> end and excludes its lower one
 * (the first includes 0): a link of exactly 10 km is in 0–10, one of exactly 100 km in 30–100. So
 * the last two bands are exactly the links "longer than 100 km" of the supra-regional share.
 */
public enum DistanceBand {
    KM_0_10(0, 10),
    KM_10_30(10, 30),
    KM_30_100(30, 100),
    KM_100_200(100, 200),
    OVER_200(200, Double.POSITIVE_INFINITY);

    private final double lowerKm;
    private final double upperKm;

    DistanceBand(double lowerKm, double upperKm) {
        this.lowerKm = lowerKm;
        this.upperKm = upperKm;
    }

    /** The excluded lower end in km (0 for the first band, which includes it). */
    public double lowerKm() {
        return lowerKm;
    }

    /** The included upper end in km; infinite for the last band. */
    public double upperKm() {
        return upperKm;
    }

    /**
     * The band of a length.
     *
     * @throws IllegalArgumentException for a negative or NaN length
     */
    public static DistanceBand of(double km) {
        if (!(km >= 0)) {
            throw new IllegalArgumentException("not a length: " + km);
        }
        for (DistanceBand b : values()) {
            if (km <= b.upperKm) {
                return b;
            }
        }
        return OVER_200;
    }
}
