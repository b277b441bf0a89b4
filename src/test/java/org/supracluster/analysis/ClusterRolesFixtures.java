package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** Small hand-built networks for the cluster-level analysis tests. */
final class ClusterRolesFixtures {

    /** Kilometres per degree of latitude on the haversine sphere: 2π · 6371.0088 / 360. */
    static final double KM_PER_DEGREE = 2 * Math.PI * LinkGeography.EARTH_RADIUS_KM / 360;

    private ClusterRolesFixtures() {
    }

    /** A network written firm by firm and link by link. */
    static final class Net {
        private final Network.Builder b = Network.builder();
        private final List<Integer> clusters = new ArrayList<>();

        /** A firm at its province's centre, in cluster {@code cluster} of a hand-made partition. */
        Net firm(String id, int cluster) {
            return firm(id, Region.SEOUL, cluster);
        }

        Net firm(String id, Region region, int cluster) {
            return firm(id, region, cluster, region.centreLat(), region.centreLon());
        }

        Net firm(String id, Region region, int cluster, double lat, double lon) {
            b.addFirm(new Firm(id, "Firm " + id, region, "", lat, lon, Segment.FAB, -1, Map.of()));
            clusters.add(cluster);
            return this;
        }

        /** A firm in province {@code region}, {@code km} north of 36°N on the 127°E meridian. */
        Net firmAtKm(String id, Region region, double km) {
            return firm(id, region, -1, 36.0 + km / KM_PER_DEGREE, 127.0);
        }

        Net copatent(String a, String c, double weight) {
            return link(a, c, LinkType.COPATENT, weight, 2020);
        }

        Net trade(String supplier, String customer, double weight) {
            return link(supplier, customer, LinkType.TRADE, weight, 2020);
        }

        Net link(String a, String c, LinkType type, double weight, int year) {
            b.addLink(new Link(a, c, type, weight, year));
            return this;
        }

        Network network() {
            return b.build();
        }

        /** The hand-made partition with clusters named C0, C1, ... */
        Partition partition(int k) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add("C" + c);
            }
            return new Partition(k, clusters.stream().mapToInt(Integer::intValue).toArray(), names);
        }
    }

    static LinkGraph graph(Network network) {
        return LinkGraph.of(NetworkView.of(network, Filter.all()));
    }

    static ClusterRoles roles(Net net, int k) {
        Network n = net.network();
        return ClusterRoles.of(graph(n), net.partition(k));
    }

    static ClusterRoles defaultRoles(Network network) {
        return ClusterRoles.of(graph(network), Partition.of(ClusterScheme.defaultFive(), network));
    }

    /** Two clusters, a path across: A1 – A2 – B1 – B2 (co-patent, weight 1). */
    static Net pathAcross() {
        return new Net().firm("A1", 0).firm("A2", 0).firm("B1", 1).firm("B2", 1)
                .copatent("A1", "A2", 1).copatent("A2", "B1", 1).copatent("B1", "B2", 1);
    }

    /** Two triangles a-b-c (cluster 0) and d-e-f (cluster 1), bridge c–d of weight 4. */
    static Net twoTriangles() {
        return new Net().firm("a", 0).firm("b", 0).firm("c", 0).firm("d", 1).firm("e", 1).firm("f", 1)
                .copatent("a", "b", 1).copatent("b", "c", 1).copatent("a", "c", 1)
                .copatent("d", "e", 1).copatent("e", "f", 1).copatent("d", "f", 1)
                .copatent("c", "d", 4);
    }
}
