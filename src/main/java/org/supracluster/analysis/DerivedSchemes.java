package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * Cluster schemes derived from the data rather than from provinces: K clusters from the firms'
 * coordinates ({@link GeoClusters}, named {@code geo:K}) or the communities of the links
 * ({@link Communities}, named {@code communities}). Each places firms one by one (the scheme's
 * firm map), so a derived partition is a {@link ClusterScheme} like any other and names, the
 * finding in words and the map work the same way. The command line's {@code --clusters} and the
 * explorer's scheme chooser both derive through here, so they give the same clusters for the
 * same view and seed.
 */
public final class DerivedSchemes {

    /** Name of the communities scheme (weighted modularity, the default). */
    public static final String COMMUNITIES_NAME = "communities";
    /** Name of the communities scheme found with unweighted modularity. */
    public static final String UNWEIGHTED_COMMUNITIES_NAME = "communities:unweighted";
    /** Start of a coordinates scheme's name; K follows ({@code geo:5}). */
    public static final String GEO_PREFIX = "geo:";
    /** Fewest and most clusters a coordinates scheme may ask for. */
    public static final int K_MIN = 1;
    public static final int K_MAX = 50;
    /** Seed of the derivations by default (the command line's {@code --seed} default). */
    public static final long SEED_DEFAULT = 1;

    private DerivedSchemes() {
    }

    /** The scheme name of K clusters from coordinates: {@code geo:K}. */
    public static String geoName(int k) {
        return GEO_PREFIX + k;
    }

    /** K of a {@code geo:K} name, or empty for any other name. */
    public static OptionalInt geoK(String name) {
        if (name == null || !name.startsWith(GEO_PREFIX)) {
            return OptionalInt.empty();
        }
        String digits = name.substring(GEO_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    /** Whether a scheme of this name was derived here ({@code geo:K}, {@code communities[:unweighted]}). */
    public static boolean isDerivedName(String name) {
        return geoK(name).isPresent() || isCommunitiesName(name);
    }

    /** Whether the name is a communities scheme's, weighted or unweighted. */
    public static boolean isCommunitiesName(String name) {
        return COMMUNITIES_NAME.equals(name) || UNWEIGHTED_COMMUNITIES_NAME.equals(name);
    }

    /** The name of the communities scheme found with weighted or unweighted modularity. */
    public static String communitiesName(boolean weighted) {
        return weighted ? COMMUNITIES_NAME : UNWEIGHTED_COMMUNITIES_NAME;
    }

    /**
     * Whether a stored scheme may not take this name because the command line's
     * {@code --clusters} would read it as a derived partition instead: anything starting with
     * "geo" and "communities", ignoring case and surrounding spaces.
     */
    public static boolean isReservedName(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("geo") || isCommunitiesName(s);
    }

    /**
     * K clusters from the coordinates of the view's shown firms (k-means++, {@link GeoClusters}
     * with its default restarts), named "Geo 1".."Geo K" / "지리 1".. north to south; hidden firms
     * are "other".
     *
     * @throws IllegalArgumentException for K outside {@link #K_MIN}..{@link #K_MAX}, or when the
     *         shown firms cannot form K clusters (GeoClusters' message)
     * @throws Progress.Cancelled if the progress callback cancels
     */
    public static ClusterScheme geo(Network network, NetworkView view, int k, long seed, Progress progress) {
        if (k < K_MIN || k > K_MAX) {
            throw new IllegalArgumentException("K must be between " + K_MIN + " and " + K_MAX + ": " + k);
        }
        GeoClusters.Result r = GeoClusters.compute(view, k, seed, GeoClusters.RESTARTS_DEFAULT, progress);
        return fromPartition(geoName(k), "Geo ", "지리 ", r.partition(), network);
    }

    /** The communities of weighted modularity ({@link #communities(Network, LinkGraph, boolean, long, Progress)}). */
    public static ClusterScheme communities(Network network, LinkGraph graph, long seed, Progress progress) {
        return communities(network, graph, true, seed, progress);
    }

    /**
     * The Leiden communities of the graph's links ({@link Communities} with its defaults, weighted
     * or unweighted modularity), largest first, named "Community 1".. / "공동체 1"..; the scheme is
     * named {@link #communitiesName(boolean)}. A shown firm with no link is a community of its own
     * here as everywhere (DESIGN.md), so the communities' agreement with other partitions counts
     * it; hidden firms are "other".
     *
     * @throws Progress.Cancelled if the progress callback cancels
     */
    public static ClusterScheme communities(Network network, LinkGraph graph, boolean weighted, long seed,
                                            Progress progress) {
        Communities.Result r = Communities.detect(graph, weighted, seed, progress);
        return fromPartition(communitiesName(weighted), Communities.NAME_PREFIX, Communities.KOREAN_NAME_PREFIX,
                r.partition(), network);
    }

    /**
     * A scheme placing each firm of the network in its cluster of the partition, clusters named
     * {@code englishPrefix + n} and {@code koreanPrefix + n} (n from 1); firms in no cluster stay
     * "other". The scheme has no province map.
     */
    public static ClusterScheme fromPartition(String name, String englishPrefix, String koreanPrefix, Partition p,
                                              Network network) {
        if (p.firmCount() != network.firmCount()) {
            throw new IllegalArgumentException("partition of " + p.firmCount() + " firms for a network of "
                    + network.firmCount());
        }
        List<ClusterScheme.Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < p.count(); c++) {
            clusters.add(new ClusterScheme.Cluster(englishPrefix + (c + 1), koreanPrefix + (c + 1)));
        }
        Map<String, Integer> firms = new HashMap<>();
        for (int f = 0; f < network.firmCount(); f++) {
            if (p.of(f) != Partition.OTHER) {
                firms.put(network.firmId(f), p.of(f));
            }
        }
        return new ClusterScheme(name, clusters, Map.of(), firms);
    }
}
