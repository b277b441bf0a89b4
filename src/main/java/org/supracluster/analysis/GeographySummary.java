package org.supracluster.analysis;

import java.util.Map;

/**
 * The geography of one group of links, as {@link LinkGeography} sums it: how many links (and how
 * much weight) stay inside one province, inside one cluster, cross a cluster border or touch a firm
 * in no cluster; how they spread over the {@link DistanceBand}s; their median length; and the
 * supra-regional links (crossing a cluster border or longer than
 * {@value LinkGeography#SUPRA_REGIONAL_KM} km). Every share is of all links (or all weight) of the
 * group, NaN when the group is empty.
 *
 * @param total all links of the group
 * @param byScope links per scope; the four add up to {@code total}
 * @param byBand links per distance band; they add up to {@code total} less {@code unknownLength}
 * @param supraRegional links that cross a cluster border or are longer than 100 km
 * @param unknownLength links without a length (a coordinate missing)
 * @param medianKm median length of the links with a length (mean of the middle two for an even
 *     number), or NaN
 */
public record GeographySummary(Tally total, Map<LinkScope, Tally> byScope, Map<DistanceBand, Tally> byBand,
                               Tally supraRegional, Tally unknownLength, double medianKm) {

    /** Links counted and their weight summed. */
    public record Tally(long links, double weight) {
    }

    public GeographySummary {
        byScope = Map.copyOf(byScope);
        byBand = Map.copyOf(byBand);
    }

    /** Share of the links in a scope, or NaN without links. */
    public double share(LinkScope s) {
        return ratio(byScope.get(s).links(), total.links());
    }

    /** Share of the weight in a scope, or NaN without links. */
    public double weightShare(LinkScope s) {
        return ratio(byScope.get(s).weight(), total.weight());
    }

    /** Share of the links in a band (of all links of the group), or NaN without links. */
    public double share(DistanceBand b) {
        return ratio(byBand.get(b).links(), total.links());
    }

    /** Share of the weight in a band, or NaN without links. */
    public double weightShare(DistanceBand b) {
        return ratio(byBand.get(b).weight(), total.weight());
    }

    /** The supra-regional share of the links, or NaN without links. */
    public double supraRegionalShare() {
        return ratio(supraRegional.links(), total.links());
    }

    /** The supra-regional share of the weight, or NaN without links. */
    public double supraRegionalWeightShare() {
        return ratio(supraRegional.weight(), total.weight());
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
