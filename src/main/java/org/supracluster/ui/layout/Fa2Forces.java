package org.supracluster.ui.layout;

/**
 * The magnitudes of ForceAtlas2's forces (Jacomy, Venturini, Heymann &amp; Bastian 2014, PLoS ONE
 * 9(6): e98679, sections "Attraction and repulsion", "LinLog mode", "Prevent overlapping" and
 * "Gravity"), with {@code d} the distance between two nodes, {@code m = degree + 1} a node's mass,
 * {@code k_r} the scaling and, for prevent overlap, {@code r} a node's radius and
 * {@code d' = d − r_1 − r_2} the gap between the two circles. The callers apply them along the
 * line between the nodes (repulsion away, attraction and gravity towards).
 */
final class Fa2Forces {

    /**
     * {@code k'_r = 100 · k_r}: how much harder overlapping nodes repel, the paper's and Gephi's
     * value; strong enough to part nodes in a few steps, weak enough not to fling them.
     */
    static final double OVERLAP_BOOST = 100;

    private Fa2Forces() {
    }

    /** Repulsion {@code F_r = k_r · m_1 · m_2 / d} (the paper's equation 2). */
    static double repulsion(double k, double m1, double m2, double d) {
        return k * m1 * m2 / d;
    }

    /**
     * Repulsion with prevent overlap: {@code k_r · m_1 · m_2 / d'} while the circles are apart
     * ({@code d' > 0}), {@code k'_r · m_1 · m_2} with {@code k'_r = 100 · k_r} while they touch or
     * overlap ({@code d' ≤ 0}) (the paper's prevent-overlapping section). Gephi's code scales the
     * overlapping push with {@code d} as well; the paper's constant push parts coincident nodes too.
     */
    static double repulsion(double k, double m1, double m2, double d, double r1, double r2) {
        double gap = d - r1 - r2;
        return gap > 0 ? k * m1 * m2 / gap : OVERLAP_BOOST * k * m1 * m2;
    }

    /**
     * Attraction along an edge of weight {@code w}: {@code F_a = w · d} (equation 1), or in LinLog
     * mode {@code F_a = w · log(1 + d)} (equation 6, natural logarithm as in Gephi).
     */
    static double attraction(double d, double w, boolean linLog) {
        return linLog ? w * Math.log1p(d) : w * d;
    }

    /**
     * Attraction with prevent overlap: the same on the gap {@code d'} while the circles are apart,
     * none while they touch or overlap.
     */
    static double attraction(double d, double w, boolean linLog, double r1, double r2) {
        double gap = d - r1 - r2;
        return gap > 0 ? attraction(gap, w, linLog) : 0;
    }

    /**
     * Gravity towards the origin: the paper's "strong gravity" {@code k_g · m · d}, proportional
     * to the distance so that no part of the network can drift away, however small.
     */
    static double strongGravity(double kg, double m, double d) {
        return kg * m * d;
    }
}
