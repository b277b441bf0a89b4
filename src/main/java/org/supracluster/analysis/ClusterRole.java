package org.supracluster.analysis;

/**
 * A cluster's place in the collaboration network by the fair-share rule (DESIGN.md, "Analysis
 * definitions"): with K clusters a cluster's fair share of the links is 1/K, and its
 * internal share {@code I_c / Σ_d I_d} and external share {@code E_c / Σ_d E_d} are each
 * compared with it. A share exactly at 1/K counts as reaching it; an undefined share (no
 * internal, or no external, links anywhere) counts as below it.
 *
 * <table>
 *   <caption>Quadrants</caption>
 *   <tr><th></th><th>external share ≥ 1/K</th><th>external share &lt; 1/K</th></tr>
 *   <tr><th>internal share ≥ 1/K</th><td>{@link #CORE_HUB}</td><td>{@link #INTERNALLY_ORIENTED}</td></tr>
 *   <tr><th>internal share &lt; 1/K</th><td>{@link #EXTERNALLY_ORIENTED}</td><td>{@link #PERIPHERAL}</td></tr>
 * </table>
 *
 * Source: the quadrant diagnosis of the reference study (Gyeonggi Research Institute, 2025),
 * which found the capital region and Chungcheong–Daejeon at the core of both networks.
 */
public enum ClusterRole {
    /** Both shares at least the fair share: the core of the internal and the external network. */
    CORE_HUB,
    /** Internal share at least fair, external share below: links mostly stay at home. */
    INTERNALLY_ORIENTED,
    /** External share at least fair, internal share below: a gateway to other clusters. */
    EXTERNALLY_ORIENTED,
    /** Both shares below the fair share. */
    PERIPHERAL;

    /** The quadrant of the two answers "internal share ≥ 1/K" and "external share ≥ 1/K". */
    public static ClusterRole of(boolean internalAtLeastFair, boolean externalAtLeastFair) {
        if (internalAtLeastFair) {
            return externalAtLeastFair ? CORE_HUB : INTERNALLY_ORIENTED;
        }
        return externalAtLeastFair ? EXTERNALLY_ORIENTED : PERIPHERAL;
    }
}
