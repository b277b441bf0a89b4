package org.supracluster.ui.roles;

import java.util.Locale;
import java.util.Objects;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.ClusterScheme;

/**
 * One row of the cluster roles table: a cluster of the scheme with its figures from
 * {@link org.supracluster.analysis.ClusterRoles}, unchanged.
 *
 * @param cluster the cluster's names in the scheme
 * @param metrics its figures for the links of the current view
 */
public record ClusterRow(ClusterScheme.Cluster cluster, ClusterMetrics metrics) {

    public ClusterRow {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The cluster's index, 0..K-1. */
    public int index() {
        return metrics.cluster();
    }

    /** The cluster's name in a language. */
    public String name(Locale locale) {
        return cluster.displayName(locale);
    }

    public ClusterRole role() {
        return metrics.role();
    }
}
