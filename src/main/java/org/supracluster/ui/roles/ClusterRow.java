package org.supracluster.ui.roles;

import java.util.Locale;
import java.util.Objects;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.I18n;

/**
 * One row of the cluster roles table: a cluster of the scheme, or the group "other" (firms in no
 * cluster), with its figures from {@link org.supracluster.analysis.ClusterRoles}, unchanged.
 *
 * @param cluster the cluster's names in the scheme, or null for "other"
 * @param metrics its figures for the links of the current view
 */
public record ClusterRow(ClusterScheme.Cluster cluster, ClusterMetrics metrics) {

    public ClusterRow {
        Objects.requireNonNull(metrics, "metrics");
        if ((cluster == null) != metrics.isOther()) {
            throw new IllegalArgumentException("a scheme cluster for a cluster's figures, none for \"other\"");
        }
    }

    /** The cluster's index, 0..K-1, or {@link org.supracluster.analysis.Partition#OTHER}. */
    public int index() {
        return metrics.cluster();
    }

    /** The cluster's name in a language; "Other (no cluster)" for the group "other". */
    public String name(Locale locale) {
        return cluster == null ? I18n.getIn(locale, "roles.other") : cluster.displayName(locale);
    }

    /** The role, or null: a cluster not in view, or "other". */
    public ClusterRole role() {
        return metrics.role();
    }

    /** What the role column shows: the role's name, "Not in view", or {@link RoleFormats#UNDEFINED} for "other". */
    public String roleText() {
        if (metrics.isOther()) {
            return RoleFormats.UNDEFINED;
        }
        return metrics.hasRole() ? I18n.name(metrics.role()) : I18n.get("roles.notInView");
    }
}
