package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Small hand-built networks for the Guimerà–Amaral, brokerage and what-if tests: firms F0, F1, …
 * (in Seoul unless told), links added by firm index, the partition given as one cluster per firm.
 */
final class RoleTestNetworks {

    private final Network.Builder builder = Network.builder();

    private RoleTestNetworks() {
    }

    /** A network of {@code n} firms in Seoul and no links yet. */
    static RoleTestNetworks firms(int n) {
        RoleTestNetworks t = new RoleTestNetworks();
        for (int i = 0; i < n; i++) {
            t.firm(Region.SEOUL);
        }
        return t;
    }

    /** Adds one more firm in {@code region}. */
    RoleTestNetworks firm(Region region) {
        String id = "F" + builder.firmCount();
        builder.addFirm(new Firm(id, id, region, "", region.centreLat(), region.centreLon(), Segment.FAB, -1,
                Map.of()));
        return this;
    }

    /** A trade link supplier → customer of weight 1. */
    RoleTestNetworks trade(int supplier, int customer) {
        builder.addLink(supplier, customer, LinkType.TRADE, 1, 2020);
        return this;
    }

    /** Trade links along a path: {@code chain(0, 1, 2)} is 0→1 and 1→2. */
    RoleTestNetworks chain(int... firms) {
        for (int i = 1; i < firms.length; i++) {
            trade(firms[i - 1], firms[i]);
        }
        return this;
    }

    /** A co-patent link of weight 1. */
    RoleTestNetworks copatent(int a, int b) {
        return copatent(a, b, 1);
    }

    RoleTestNetworks copatent(int a, int b, double weight) {
        builder.addLink(a, b, LinkType.COPATENT, weight, 2020);
        return this;
    }

    /** Co-patent links joining every two of the given firms. */
    RoleTestNetworks clique(int... firms) {
        for (int i = 0; i < firms.length; i++) {
            for (int j = i + 1; j < firms.length; j++) {
                copatent(firms[i], firms[j]);
            }
        }
        return this;
    }

    Network network() {
        return builder.build();
    }

    /** The graph of every link. */
    LinkGraph graph() {
        return LinkGraph.of(NetworkView.of(network(), Filter.all()));
    }

    /** {@code k} clusters named C0.., firm i in {@code clusterOf[i]} ({@link Partition#OTHER} allowed). */
    static Partition partition(int k, int... clusterOf) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("C" + c);
        }
        return new Partition(k, clusterOf, names);
    }

    /** Every one of {@code n} firms in cluster 0 of one. */
    static Partition oneCluster(int n) {
        return partition(1, new int[n]);
    }
}
