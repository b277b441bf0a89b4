package org.supracluster.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;

/**
 * Firms divided into K clusters (modules, communities): {@code clusterOf[f]} in 0..K-1, or
 * {@link #OTHER} for a firm in no cluster, which cluster-level figures leave out (DESIGN.md,
 * "Analysis definitions").
 *
 * @param names a display name per cluster
 */
public record Partition(int count, int[] clusterOf, List<String> names) {

    public static final int OTHER = ClusterScheme.OTHER;

    public Partition {
        Objects.requireNonNull(clusterOf, "clusterOf");
        names = List.copyOf(names);
        if (count < 0 || names.size() != count) {
            throw new IllegalArgumentException("count " + count + " but " + names.size() + " names");
        }
        for (int c : clusterOf) {
            if (c != OTHER && (c < 0 || c >= count)) {
                throw new IllegalArgumentException("cluster index " + c + " outside 0.." + (count - 1));
            }
        }
        clusterOf = clusterOf.clone();
    }

    /** The partition a scheme gives a network's firms, with names in English. */
    public static Partition of(ClusterScheme scheme, Network network) {
        return new Partition(scheme.clusterCount(), scheme.assign(network),
                scheme.clusters().stream().map(ClusterScheme.Cluster::englishName).toList());
    }

    /** Cluster of firm {@code f}, or {@link #OTHER}. */
    public int of(int f) {
        return clusterOf[f];
    }

    public int firmCount() {
        return clusterOf.length;
    }

    @Override
    public int[] clusterOf() {
        return clusterOf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && p.count == count && Arrays.equals(p.clusterOf, clusterOf)
                && p.names.equals(names);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(clusterOf) + count;
    }

    @Override
    public String toString() {
        return "Partition[" + count + " clusters, " + clusterOf.length + " firms]";
    }
}
