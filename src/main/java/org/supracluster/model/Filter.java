package org.supracluster.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
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
 * shown unless {@code includeUndated} is off) and its weight is at least {@code minWeight}. The
 * weight test applies to each stored link (one year of one pair); adding up the years of a pair
 * is the analysis module's work.
 *
 * @param yearFrom first year shown, or {@code null} for no lower bound
 * @param yearTo last year shown, or {@code null} for no upper bound
 */
public record Filter(Set<Region> regions, Set<LinkType> linkTypes, Integer yearFrom, Integer yearTo,
                     boolean includeUndated, double minWeight, Set<Segment> segments) {

    public Filter {
        regions = copy(regions, Region.class);
        linkTypes = copy(linkTypes, LinkType.class);
        segments = copy(segments, Segment.class);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range is empty: " + yearFrom + " > " + yearTo);
        }
        if (Double.isNaN(minWeight)) {
            throw new IllegalArgumentException("minimum weight is not a number");
        }
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

    public Filter withRegions(Collection<Region> r) {
        return new Filter(copy(r, Region.class), linkTypes, yearFrom, yearTo, includeUndated, minWeight, segments);
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
        return new Filter(regions, copy(types, LinkType.class), yearFrom, yearTo, includeUndated, minWeight, segments);
    }

    public Filter withYears(Integer from, Integer to) {
        return new Filter(regions, linkTypes, from, to, includeUndated, minWeight, segments);
    }

    public Filter withIncludeUndated(boolean include) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, include, minWeight, segments);
    }

    public Filter withMinWeight(double w) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, includeUndated, w, segments);
    }

    public Filter withSegments(Collection<Segment> s) {
        return new Filter(regions, linkTypes, yearFrom, yearTo, includeUndated, minWeight, copy(s, Segment.class));
    }

    /** Whether a link's year passes the year range. */
    public boolean acceptsYear(int year) {
        if (year == Link.NO_YEAR) {
            return includeUndated;
        }
        return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
    }
}
