package org.supracluster.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.analysis.Communities;
import org.supracluster.analysis.GeoClusters;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Progress;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;

/**
 * The {@code --clusters} option: a stored scheme by name ({@code default}, or one imported with
 * {@code scheme import}), {@code geo:K} (K clusters from the firms' coordinates, k-means++) or
 * {@code communities} (Leiden on the view's links). Every choice ends as a {@link ClusterScheme},
 * derived ones placing firms one by one, so names and the finding in words work the same way.
 */
final class PartitionChoice {

    /** The scheme chosen and the partition it gives the network. */
    record Chosen(ClusterScheme scheme, Partition partition) { }

    private PartitionChoice() {
    }

    static Chosen resolve(String spec, Database db, Network network, NetworkView view, LinkGraph graph, long seed) {
        String s = spec.strip();
        if (s.toLowerCase(java.util.Locale.ROOT).startsWith("geo")) {
            int k = GeoClusters.K_DEFAULT;
            if (s.contains(":")) {
                try {
                    k = Integer.parseInt(s.substring(s.indexOf(':') + 1).strip());
                } catch (NumberFormatException e) {
                    throw new UserError("--clusters geo:K needs a whole number K, not '" + s + "'.");
                }
            }
            if (k < 1 || k > 50) {
                throw new UserError("--clusters geo:K needs K between 1 and 50.");
            }
            try {
                GeoClusters.Result r = GeoClusters.compute(view, k, seed, GeoClusters.RESTARTS_DEFAULT, Progress.NONE);
                return derived("geo:" + k, "Geo ", "지리 ", r.partition(), network);
            } catch (IllegalArgumentException e) {
                throw new UserError("cannot form " + k + " clusters from the shown firms: " + e.getMessage());
            }
        }
        if (s.equalsIgnoreCase("communities")) {
            Communities.Result r = Communities.detect(graph, seed);
            return derived("communities", "Community ", "공동체 ", withoutSingletons(r.partition()), network);
        }
        ClusterScheme scheme = SchemeRepository.of(db).load(s).orElseThrow(() -> new UserError("no cluster scheme '"
                + s + "' (stored: " + String.join(", ", SchemeRepository.of(db).names())
                + "; or use geo:K or communities)."));
        return new Chosen(scheme, Partition.of(scheme, network));
    }

    /**
     * A firm with no link forms a community of its own; as clusters those would swamp the fair
     * share 1/K, so they become "other". Communities keep their order (largest first).
     */
    static Partition withoutSingletons(Partition p) {
        int[] size = new int[p.count()];
        for (int f = 0; f < p.firmCount(); f++) {
            if (p.of(f) != Partition.OTHER) {
                size[p.of(f)]++;
            }
        }
        int[] renumber = new int[p.count()];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < p.count(); c++) {
            renumber[c] = size[c] >= 2 ? names.size() : Partition.OTHER;
            if (size[c] >= 2) {
                names.add(p.names().get(c));
            }
        }
        int[] of = new int[p.firmCount()];
        for (int f = 0; f < of.length; f++) {
            of[f] = p.of(f) == Partition.OTHER ? Partition.OTHER : renumber[p.of(f)];
        }
        return new Partition(names.size(), of, names);
    }

    private static Chosen derived(String name, String en, String ko, Partition p, Network network) {
        List<ClusterScheme.Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < p.count(); c++) {
            clusters.add(new ClusterScheme.Cluster(en + (c + 1), ko + (c + 1)));
        }
        Map<String, Integer> firms = new HashMap<>();
        for (int f = 0; f < network.firmCount(); f++) {
            if (p.of(f) != Partition.OTHER) {
                firms.put(network.firmId(f), p.of(f));
            }
        }
        ClusterScheme scheme = new ClusterScheme(name, clusters, Map.of(), firms);
        return new Chosen(scheme, Partition.of(scheme, network));
    }
}
