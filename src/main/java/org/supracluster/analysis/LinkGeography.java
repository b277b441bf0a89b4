package org.supracluster.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supracluster.analysis.GeographySummary.Tally;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;

/**
 * The geography of a view's links (DESIGN.md, "geography of links"): how long each merged link
 * of a {@link LinkGraph} is and which borders it crosses, summed per link type and per cluster.
 *
 * <ul>
 *   <li><b>Length</b>: the great-circle distance between the two firms' coordinates by the
 *   haversine formula (Sinnott 1984) on a sphere of radius {@value #EARTH_RADIUS_KM} km (the IUGG
 *   mean Earth radius): {@code 2R·asin(√(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)))}. NaN when a
 *   coordinate is not a finite number; such links are counted but not banded.</li>
 *   <li><b>Scope</b>: the borders the link crosses, {@link LinkScope} (outside the clusters,
 *   across clusters, inside one province, inside one cluster: first match wins).</li>
 *   <li><b>Bands</b>: {@link DistanceBand} (upper end inclusive), with the median length (the
 *   mean of the two middle lengths for an even number; NaN without lengths).</li>
 *   <li><b>Supra-regional</b>: a link that crosses a cluster border ({@link LinkScope#CROSS_CLUSTER})
 *   or is longer than {@value #SUPRA_REGIONAL_KM} km (strictly).</li>
 * </ul>
 *
 * Each figure is given for links counted and for weight summed ({@link GeographySummary}). Groups:
 * all links, per link type, per cluster (the links with at least one end in it, so a cross-cluster
 * link is in both of its clusters' groups) and per cluster and type. By year: {@link #byYear}.
 * Cost O(m log m).
 */
public final class LinkGeography {

    /** IUGG mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Length beyond which a link counts as supra-regional whatever its scope, km. */
    public static final double SUPRA_REGIONAL_KM = 100.0;

    private static final int TYPES = LinkType.values().length;
    /** Tally columns: the scopes, the bands, supra-regional, no length. */
    private static final int SCOPES = LinkScope.values().length;
    private static final int BANDS = DistanceBand.values().length;
    private static final int SUPRA = SCOPES + BANDS;
    private static final int UNKNOWN = SUPRA + 1;
    private static final int COLUMNS = UNKNOWN + 1;

    private final LinkGraph graph;
    private final int k;
    private final double[] length;
    private final LinkScope[] scope;
    private final GeographySummary[] groups;

    private LinkGeography(LinkGraph graph, Partition partition) {
        this.graph = graph;
        this.k = partition.count();
        Network net = graph.network();
        int m = graph.linkCount();
        length = new double[m];
        scope = new LinkScope[m];
        for (int l = 0; l < m; l++) {
            int a = graph.from(l);
            int b = graph.to(l);
            length[l] = haversineKm(net.lat(a), net.lon(a), net.lat(b), net.lon(b));
            int ca = partition.of(a);
            int cb = partition.of(b);
            if (ca == Partition.OTHER || cb == Partition.OTHER) {
                scope[l] = LinkScope.OUTSIDE_CLUSTERS;
            } else if (ca != cb) {
                scope[l] = LinkScope.CROSS_CLUSTER;
            } else {
                scope[l] = net.region(a) == net.region(b) ? LinkScope.SAME_PROVINCE
                        : LinkScope.SAME_CLUSTER;
            }
        }
        groups = summarise(partition);
    }

    /**
     * The geography of {@code graph}'s links with {@code partition}'s clusters.
     *
     * @throws IllegalArgumentException when the partition does not cover the graph's firms
     */
    public static LinkGeography of(LinkGraph graph, Partition partition) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(partition, "partition");
        if (partition.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("the partition has " + partition.firmCount()
                    + " firms but the graph " + graph.firmCount());
        }
        return new LinkGeography(graph, partition);
    }

    /** The geography of every year of {@link YearSeries#years} (one-year views, undated links left out). */
    public static List<YearSeries.Point<LinkGeography>> byYear(Network network, Filter base, Partition partition,
                                                               Progress progress) {
        return YearSeries.map(network, base, YearSeries.years(network, base), g -> of(g, partition), progress);
    }

    /** Great-circle distance in km between two points given in decimal degrees (haversine). */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Group index: type slot (0 all, 1 + ordinal) × cluster slot (0 all, 1 + cluster). */
    private int group(int typeSlot, int clusterSlot) {
        return typeSlot * (k + 1) + clusterSlot;
    }

    private GeographySummary[] summarise(Partition partition) {
        int g = (TYPES + 1) * (k + 1);
        long[][] counts = new long[g][COLUMNS];
        double[][] weights = new double[g][COLUMNS];
        int[] member = new int[6];
        for (int l = 0; l < graph.linkCount(); l++) {
            int n = members(l, partition, member);
            int lengthColumn = Double.isNaN(length[l]) ? UNKNOWN : SCOPES + DistanceBand.of(length[l]).ordinal();
            double w = graph.weight(l);
            for (int j = 0; j < n; j++) {
                int x = member[j];
                counts[x][scope[l].ordinal()]++;
                weights[x][scope[l].ordinal()] += w;
                counts[x][lengthColumn]++;
                weights[x][lengthColumn] += w;
                if (isSupraRegional(l)) {
                    counts[x][SUPRA]++;
                    weights[x][SUPRA] += w;
                }
            }
        }
        double[][] lengths = new double[g][];
        for (int i = 0; i < g; i++) {
            long banded = 0;
            for (int b = 0; b < BANDS; b++) {
                banded += counts[i][SCOPES + b];
            }
            lengths[i] = new double[(int) banded];
        }
        int[] fill = new int[g];
        for (int l = 0; l < graph.linkCount(); l++) {
            if (!Double.isNaN(length[l])) {
                int n = members(l, partition, member);
                for (int j = 0; j < n; j++) {
                    lengths[member[j]][fill[member[j]]++] = length[l];
                }
            }
        }
        GeographySummary[] out = new GeographySummary[g];
        for (int i = 0; i < g; i++) {
            Arrays.sort(lengths[i]);
            out[i] = summary(counts[i], weights[i], median(lengths[i]));
        }
        return out;
    }

    /** The groups a link belongs to, into {@code out}; returns how many. */
    private int members(int l, Partition partition, int[] out) {
        int t = 1 + graph.type(l).ordinal();
        int ca = partition.of(graph.from(l));
        int cb = partition.of(graph.to(l));
        int n = 0;
        out[n++] = group(0, 0);
        out[n++] = group(t, 0);
        if (ca != Partition.OTHER) {
            out[n++] = group(0, 1 + ca);
            out[n++] = group(t, 1 + ca);
        }
        if (cb != Partition.OTHER && cb != ca) {
            out[n++] = group(0, 1 + cb);
            out[n++] = group(t, 1 + cb);
        }
        return n;
    }

    private static GeographySummary summary(long[] c, double[] w, double median) {
        Map<LinkScope, Tally> byScope = new EnumMap<>(LinkScope.class);
        long total = 0;
        double totalWeight = 0;
        for (LinkScope s : LinkScope.values()) {
            byScope.put(s, new Tally(c[s.ordinal()], w[s.ordinal()]));
            total += c[s.ordinal()];
            totalWeight += w[s.ordinal()];
        }
        Map<DistanceBand, Tally> byBand = new EnumMap<>(DistanceBand.class);
        for (DistanceBand b : DistanceBand.values()) {
            byBand.put(b, new Tally(c[SCOPES + b.ordinal()], w[SCOPES + b.ordinal()]));
        }
        return new GeographySummary(new Tally(total, totalWeight), byScope, byBand,
                new Tally(c[SUPRA], w[SUPRA]), new Tally(c[UNKNOWN], w[UNKNOWN]), median);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public LinkGraph graph() {
        return graph;
    }

    /** Length of merged link {@code link} of the graph in km, or NaN without coordinates. */
    public double lengthKm(int link) {
        return length[link];
    }

    public LinkScope scope(int link) {
        return scope[link];
    }

    /** Whether a link crosses a cluster border or is longer than {@value #SUPRA_REGIONAL_KM} km. */
    public boolean isSupraRegional(int link) {
        return scope[link] == LinkScope.CROSS_CLUSTER || length[link] > SUPRA_REGIONAL_KM;
    }

    /** All links of the view. */
    public GeographySummary all() {
        return groups[group(0, 0)];
    }

    /** The links of one type. */
    public GeographySummary byType(LinkType type) {
        return groups[group(1 + type.ordinal(), 0)];
    }

    /**
     * The links with at least one end in cluster c (a cross-cluster link is in both of its clusters).
     *
     * @throws IllegalArgumentException for an index outside 0..K-1
     */
    public GeographySummary byCluster(int c) {
        check(c);
        return groups[group(0, 1 + c)];
    }

    /** The links of one type with at least one end in cluster c. */
    public GeographySummary byCluster(int c, LinkType type) {
        check(c);
        return groups[group(1 + type.ordinal(), 1 + c)];
    }

    private void check(int c) {
        if (c < 0 || c >= k) {
            throw new IllegalArgumentException("no cluster " + c + " among " + k);
        }
    }
}
