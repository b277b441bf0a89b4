package org.supracluster.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;

/**
 * The super-cluster map's figures (the cluster meta-graph): each group of firms (a cluster of a
 * partition, or a province with {@link #byProvince}) becomes one node at the mean longitude and
 * latitude of its shown firms, sized by their number, with its internal links and the links
 * between groups per link type, as {@link InterClusterMatrix} counts them (trade: row =
 * supplier's group; co-patent symmetric). Firms in no group ({@link Partition#OTHER}) and firms
 * the view hides are left out.
 *
 * <p>Position: lon̄(c) = (1/n_c) Σ_{f ∈ c, shown} lon(f), and likewise the latitude; the
 * arithmetic mean of degrees is adequate at the scale of South Korea (≈ 500 km), where the
 * meridians converge by under 5 %.
 */
public final class SuperClusterGraph {

    private final Partition groups;
    private final int[] firms;
    private final double[] lon;
    private final double[] lat;
    private final InterClusterMatrix trade;
    private final InterClusterMatrix copatent;

    private SuperClusterGraph(Partition groups, int[] firms, double[] lon, double[] lat, InterClusterMatrix trade,
            InterClusterMatrix copatent) {
        this.groups = groups;
        this.firms = firms;
        this.lon = lon;
        this.lat = lat;
        this.trade = trade;
        this.copatent = copatent;
    }

    /** The meta-graph of the graph's view over the partition's groups. */
    public static SuperClusterGraph of(LinkGraph graph, Partition groups) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(groups, "groups");
        int k = groups.count();
        int[] n = new int[k];
        double[] sumLon = new double[k];
        double[] sumLat = new double[k];
        Network net = graph.network();
        for (int f = 0; f < graph.firmCount(); f++) {
            int c = groups.of(f);
            if (c == Partition.OTHER || !graph.isShown(f)) {
                continue;
            }
            n[c]++;
            sumLon[c] += net.lon(f);
            sumLat[c] += net.lat(f);
        }
        double[] lon = new double[k];
        double[] lat = new double[k];
        for (int c = 0; c < k; c++) {
            lon[c] = n[c] == 0 ? Double.NaN : sumLon[c] / n[c];
            lat[c] = n[c] == 0 ? Double.NaN : sumLat[c] / n[c];
        }
        return new SuperClusterGraph(groups, n, lon, lat, InterClusterMatrix.of(graph, groups, LinkType.TRADE),
                InterClusterMatrix.of(graph, groups, LinkType.COPATENT));
    }

    /** The 17 provinces as groups, in {@link Region} order, named in English. */
    public static Partition byProvince(Network network) {
        int[] of = new int[network.firmCount()];
        for (int f = 0; f < of.length; f++) {
            of[f] = network.region(f).ordinal();
        }
        return new Partition(Region.values().length, of, Arrays.stream(Region.values()).map(Region::englishName).toList());
    }

    public Partition groups() {
        return groups;
    }

    public int groupCount() {
        return groups.count();
    }

    /** Shown firms in group {@code c}: the node's size. */
    public int firmCount(int c) {
        return firms[c];
    }

    /** Mean longitude of the group's shown firms, or NaN when it shows none. */
    public double lon(int c) {
        return lon[c];
    }

    /** Mean latitude of the group's shown firms, or NaN when it shows none. */
    public double lat(int c) {
        return lat[c];
    }

    /** The links of one type between and inside the groups. */
    public InterClusterMatrix links(LinkType type) {
        return type == LinkType.TRADE ? trade : copatent;
    }

    /** Links of a type inside group {@code c} (the ring or self-loop on the map). */
    public long internalLinks(int c, LinkType type) {
        return links(type).count(c, c);
    }

    /** Summed weight of the links of a type inside group {@code c}. */
    public double internalWeight(int c, LinkType type) {
        return links(type).weight(c, c);
    }

    /**
     * Summed weight of the arc from {@code c} to {@code d} (c ≠ d): trade supplied by c's firms to
     * d's; for co-patent the same figure both ways.
     */
    public double arcWeight(int c, int d, LinkType type) {
        if (c == d) {
            throw new IllegalArgumentException("an arc joins two groups; use internalWeight for " + c);
        }
        return links(type).weight(c, d);
    }
}
