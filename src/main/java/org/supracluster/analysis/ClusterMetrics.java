package org.supracluster.analysis;

import java.util.List;

/**
 * The cluster-level figures of one cluster c, or of the group "other" (the firms in no cluster),
 * as {@link ClusterRoles} computes them (DESIGN.md, "Analysis definitions"). Links are the merged
 * links of a {@link LinkGraph}; every count has a weighted form (weights summed instead of links
 * counted).
 *
 * <ul>
 *   <li>{@code I_c} internal links: both ends in c. {@code E_c} external links: exactly one end in
 *   c, the other in another cluster or in "other".</li>
 *   <li>E-I index {@code (E_c − I_c) / (E_c + I_c)} in [−1, 1] (Krackhardt &amp; Stern 1988),
 *   {@link Double#NaN} when the cluster has no links.</li>
 *   <li>internal density: neighbour-view pairs inside c / {@code (n_c (n_c − 1) / 2)}, in [0, 1],
 *   {@link Double#NaN} when {@code n_c < 2}.</li>
 *   <li>internal share {@code I_c / Σ_d I_d}, external share {@code E_c / Σ_d E_d}, the sums over
 *   the clusters (each inter-cluster link counted at both ends, so {@code Σ_d E_d} is twice the
 *   inter-cluster links plus the cluster–other links); {@link Double#NaN} when the sum is 0, for a
 *   cluster not in view and for "other".</li>
 *   <li>role: the fair-share quadrant of the two shares ({@link ClusterRole}); {@code null} for a
 *   cluster with no firm in the view ("not in view") and for "other".</li>
 * </ul>
 *
 * @param cluster the cluster's index in its partition, 0..clusterCount-1, or {@link Partition#OTHER}
 * @param name the cluster's name in its partition
 * @param firms {@code n_c}: shown firms in the cluster
 * @param internalLinks {@code I_c}
 * @param internalWeight summed weight of the internal links
 * @param externalLinks {@code E_c}
 * @param externalWeight summed weight of the external links
 * @param internalPairs neighbour-view pairs with both firms in c (the density's numerator)
 * @param eiIndex E-I index of the link counts, or NaN
 * @param weightedEiIndex E-I index of the weights, or NaN
 * @param internalDensity internal density, or NaN
 * @param internalShare {@code I_c / Σ_d I_d}, or NaN
 * @param externalShare {@code E_c / Σ_d E_d}, or NaN
 * @param internalWeightShare internal weight over all clusters' internal weight, or NaN
 * @param externalWeightShare external weight over all clusters' external weight, or NaN
 * @param partners the other groups (clusters, and "other" as {@link Partition#OTHER}) c has links
 *     with, most links first (ties: more weight first, then lower index, "other" last)
 * @param role the quadrant of the count shares, or null (not in view, or "other")
 * @param weightedRole the quadrant of the weight shares, or null likewise
 */
public record ClusterMetrics(int cluster, String name, int firms,
                             long internalLinks, double internalWeight, long externalLinks, double externalWeight,
                             long internalPairs, double eiIndex, double weightedEiIndex, double internalDensity,
                             double internalShare, double externalShare,
                             double internalWeightShare, double externalWeightShare,
                             List<Partner> partners, ClusterRole role, ClusterRole weightedRole) {

    public ClusterMetrics {
        partners = List.copyOf(partners);
    }

    /** Links of the cluster, internal and external: {@code I_c + E_c}. */
    public long links() {
        return internalLinks + externalLinks;
    }

    /** Whether this is the group "other" rather than a cluster. */
    public boolean isOther() {
        return cluster == Partition.OTHER;
    }

    /** Whether the view shows at least one firm of the group (a cluster not in view has no role). */
    public boolean inView() {
        return firms > 0;
    }

    /** Whether the group has a role: a cluster in view. */
    public boolean hasRole() {
        return role != null;
    }

    /** Whether the E-I index is defined (the cluster has at least one link). */
    public boolean hasEiIndex() {
        return !Double.isNaN(eiIndex);
    }

    /**
     * A partner group of c.
     *
     * @param cluster the partner's cluster index, or {@link Partition#OTHER}
     * @param links links between c and the partner, both directions together
     * @param weight their summed weight
     */
    public record Partner(int cluster, long links, double weight) {
    }
}
