package org.supracluster.cli;

import org.supracluster.analysis.LinkGraph;
import org.supracluster.export.AnalysisTables;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Messages;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that analyse a view: the partition ({@code --clusters}), how
 * communities weigh links ({@code --unweighted}), the seed and the language; and the one way
 * they load the network, apply the filter and form the partition, so {@code analyze} and
 * {@code whatif} see the same view.
 */
final class PartitionOptions {

    @Option(names = "--clusters", paramLabel = "SPEC", defaultValue = ClusterScheme.DEFAULT_NAME,
            description = "Partition: a stored scheme (default: ${DEFAULT-VALUE}), geo:K (K clusters from the "
                    + "firms' coordinates) or communities (Leiden on the links).")
    String clusters;

    @Option(names = "--unweighted", description = "Detect communities by unweighted modularity (every linked pair "
            + "counts 1) instead of weighted modularity (pairs weigh their links' summed weight).")
    boolean unweighted;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of names (default: the system's).")
    String lang;

    @Option(names = "--seed", defaultValue = "" + AnalysisTables.SEED_DEFAULT,
            description = "Seed for everything random (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The loaded network, the filtered view's links and the chosen partition. */
    record Prepared(Network network, LinkGraph graph, PartitionChoice.Chosen chosen) { }

    Prepared prepare(Database db, FilterOptions filter, CommandLine cmd) {
        Network network = NetworkStore.of(db).load();
        // --only-clusters names clusters of a stored scheme; derived partitions exist only after the view.
        boolean stored = !clusters.contains(":") && !clusters.strip().equalsIgnoreCase("communities");
        ClusterScheme forFilter = (stored ? SchemeRepository.of(db).load(clusters.strip())
                : SchemeRepository.of(db).load(ClusterScheme.DEFAULT_NAME)).orElse(ClusterScheme.defaultFive());
        Messages m = Messages.of(Lang.locale(lang));
        Filter f = filter.toFilter(forFilter, cmd, m);
        NetworkView view = NetworkView.of(network, f);
        LinkGraph graph = LinkGraph.of(view);
        return new Prepared(network, graph, PartitionChoice.resolve(clusters, db, network, view, graph, !unweighted,
                seed, m));
    }

    /** Whether communities are found by weighted modularity (no {@code --unweighted}). */
    boolean weightedCommunities() {
        return !unweighted;
    }
}
