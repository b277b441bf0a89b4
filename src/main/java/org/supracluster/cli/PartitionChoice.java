package org.supracluster.cli;

import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.GeoClusters;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;

/**
 * The {@code --clusters} option: a stored scheme by name ({@code default}, or one imported with
 * {@code scheme import}), {@code geo:K} (K clusters from the firms' coordinates, k-means++) or
 * {@code communities} (Leiden on the view's links). Every choice ends as a {@link ClusterScheme},
 * derived ones placing firms one by one ({@link DerivedSchemes}, shared with the explorer), so names
 * and the finding in words work the same way.
 */
final class PartitionChoice {

    /** The scheme chosen and the partition it gives the network. */
    record Chosen(ClusterScheme scheme, Partition partition) { }

    private PartitionChoice() {
    }

    /** @param weighted communities by weighted modularity, else unweighted ({@code --unweighted}) */
    static Chosen resolve(String spec, Database db, Network network, NetworkView view, LinkGraph graph,
                          boolean weighted, long seed, Messages m) {
        String s = spec.strip();
        if (s.toLowerCase(java.util.Locale.ROOT).startsWith("geo")) {
            int k = GeoClusters.K_DEFAULT;
            if (s.contains(":")) {
                try {
                    k = Integer.parseInt(s.substring(s.indexOf(':') + 1).strip());
                } catch (NumberFormatException e) {
                    throw new UserError(m.format("cli.partition.geoNotWhole", Message.quoted(s)));
                }
            }
            if (k < DerivedSchemes.K_MIN || k > DerivedSchemes.K_MAX) {
                throw new UserError(m.format("cli.partition.geoRange", Integer.toString(DerivedSchemes.K_MIN),
                        Integer.toString(DerivedSchemes.K_MAX)));
            }
            try {
                return chosen(DerivedSchemes.geo(network, view, k, seed, Progress.NONE), network);
            } catch (IllegalArgumentException e) {
                throw new UserError(m.format("cli.partition.geoFailed", Integer.toString(k), e.getMessage()));
            }
        }
        if (s.equalsIgnoreCase(DerivedSchemes.COMMUNITIES_NAME)) {
            return chosen(DerivedSchemes.communities(network, graph, weighted, seed, Progress.NONE), network);
        }
        ClusterScheme scheme = SchemeRepository.of(db).load(s).orElseThrow(() -> new UserError(m.format(
                "cli.scheme.notFoundOrDerived", Message.quoted(s), String.join(", ", SchemeRepository.of(db).names()))));
        return new Chosen(scheme, Partition.of(scheme, network));
    }

    private static Chosen chosen(ClusterScheme scheme, Network network) {
        return new Chosen(scheme, Partition.of(scheme, network));
    }
}
