package org.supracluster.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What part of a network to look at. Immutable; the {@code with…} methods return changed copies.
 *
 * <p>The three sets are unmodifiable copies (copy them into an {@code EnumSet} with
 * {@code EnumSet.noneOf(...)} and {@code addAll} to edit; {@code EnumSet.copyOf} of an empty one throws).
 *
 * <p>A firm is shown when its province and its segment are selected. A link is shown when both of
 * its firms are shown, its type is selected, its year lies in the year range (an undated link is
 * shown unless {@code includeUndated} is off) and its weight is at least the minimum weight of its
 * type. The weight test applies to each stored link (one year of one pair); adding up the years of
 * a pair is the analysis module's work.
 *
 * <p>Each link type has its own minimum weight because the weights measure different things: a
 * trade link's weight is an amount (or a count of transactions), a co-patent link's a number of
 * joint patents. One threshold for both, say 10, would keep ordinary trade links and silently drop
 * nearly every co-patent link.
 *
 * @param yearFrom first year shown, or {@code null} for no lower bound
 * @param yearTo last year shown, or {@code null} for no upper bound
 * @param minWeights the minimum weight of each link type; a type left out has 0 (no minimum)
 */
public record Filter(Set<Region> regions, Set<LinkType> linkTypes, Integer yearFrom, Integer yearTo,
                     boolean includeUndated, Map<LinkType, Double> minWeights, Set<Segment> segments) {

    public Filter {
        regions = copy(regions, Region.class);
        linkTypes = copy(linkTypes, LinkType.class);
        segments = copy(segments, Segment.class);
        minWeights = weights(minWeights);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range is empty: " + yearFrom + " > " + yearTo);
        }
    }

    /** A filter with one minimum weight for every link type. */
    public Filter(Set<Region> regions, Set<LinkType> linkTypes, Integer yearFrom, Integer yearTo,
                  boolean includeUndated, double minWeight, Set<Segment> segments) {
        this(regions, linkTypes, yearFrom, yearTo, includeUndated, sameForAll(minWeight), segments);
    }

    /**
     * An unmodifiable map with every link type: missing ones get 0. -0.0 becomes 0.0, so that two
     * filters that show the same links are equal.
     */
    private static Map<LinkType, Double> weights(Map<LinkType, Double> in) {
        Objects.requireNonNull(in);
        EnumMap<LinkType, Double> out = new EnumMap<>(LinkType.class);
        for (LinkType t : LinkType.values()) {
            Double w = in.get(t);
            double v = w == null ? 0 : w;
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("minimum weight of " + t.code() + " links is not a number");
            }
            out.put(t, v + 0.0);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<LinkType, Double> sameForAll(double w) {
        EnumMap<LinkType, Double> out = new EnumMap<>(LinkType.class);
        for (LinkType t : LinkType.values()) {
            out.put(t, w);
        }
        return out;
    }

    /** An unmodifiable copy: the record hands its sets out, so they must not be changeable. */
    private static <E extends Enum<E>> Set<E> copy(Collection<E> in, Class<E> type) {
        Objects.requireNonNull(in);
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(in);
        return Collections.unmodifiableSet(set);
    }

    /** Everything: all provinces, both link types, all years, all weights, all segments. */
    public static Filter all() {
        return new Filter(EnumSet.allOf(Region.class), EnumSet.allOf(LinkType.class), null, null, true,
                0, EnumSet.allOf(Segment.class));
    }

    /** The minimum weight of a link of this type (0 when there is none). */
    public double minWeight(LinkType type) {
        return minWeights.get(Objects.requireNonNull(type, "type"));
    }

    /** Whether every link type has the same minimum weight. */
    public boolean hasOneMinWeight() {
        return minWeights.values().stream().distinct().count() == 1;
    }

    public Filter withRegions(Collection<Region> r) {
        return new Filter(copy(r, Region.class), linkTypes, yearFrom, yearTo, includeUndated, minWeights, segments);
    }

    /**
     * Shows the provinces of the given clusters of a scheme, plus the unassigned provinces when
     * {@code includeOther}. (Firms placed one by one in a scheme follow their province here.)
     */
    public Filter withClusters(ClusterScheme scheme, Collection<Integer> clusters, boolean includeOther) {
        EnumSet<Region> r = EnumSet.noneOf(Region.class);
        for (Region region : Region.values()) {
            int c = scheme.clusterOf(region);
            if (c == ClusterScheme.OTHER ? includeOther : clusters.contains(c)) {
                r.add(region);
            }
        }
        return withRegions(r);
    }

    public Filter withLinkTypes(Collection<LinkType> types) {
        return new Filter(regions, copy(types, LinkType.class), yearFrom, yearTo, includeUndated, minWeights, segments);
    }

    public Filter withYears(Integer from, Integer to) {
        return new Filter(regions, linkTypes, from, to, includeUndated, minWeights, segments);
    }

    public Filter withIncludeUndated(boolean include) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, include, minWeights, segments);
    }

    /** The same minimum weight for every link type. */
    public Filter withMinWeight(double w) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, includeUndated, sameForAll(w), segments);
    }

    /** Another minimum weight for links of one type; the other types keep theirs. */
    public Filter withMinWeight(LinkType type, double w) {
        EnumMap<LinkType, Double> m = new EnumMap<>(minWeights);
        m.put(Objects.requireNonNull(type, "type"), w);
        return new Filter(regions, linkTypes, yearFrom, yearTo, includeUndated, m, segments);
    }

    public Filter withSegments(Collection<Segment> s) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, includeUndated, minWeights, copy(s, Segment.class));
    }

    /** Whether a link's year passes the year range. */
    public boolean acceptsYear(int year) {
        if (year == Link.NO_YEAR) {
            return includeUndated;
        }
        return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
    }
}
