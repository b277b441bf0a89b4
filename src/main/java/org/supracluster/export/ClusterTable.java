package org.supracluster.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.supracluster.analysis.Brokerage;
import org.supracluster.analysis.BrokerageRole;
import org.supracluster.analysis.ClusterGraphCentrality;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.model.Messages;

/**
 * The {@code clusters} table of {@link AnalysisTables}: one row per cluster of the scheme (those
 * with no firm in the view too, their role "not in view"), then the group "other" when the view
 * shows a firm in no cluster: its firms, links and E-I index, no shares, no role and no place in the
 * cluster graph. The last five columns are the Gould–Fernandez brokerage of the group's firms
 * together, by role.
 */
final class ClusterTable {

    private ClusterTable() {
    }

    static ResultTable of(ClusterRoles roles, ClusterGraphCentrality centrality, Brokerage.Result brokerage,
                          IntFunction<String> clusterName, Locale locale) {
        List<String> header = new ArrayList<>(List.of("cluster", "firms", "internal", "external", "ei_index",
                "density", "internal_share", "external_share", "role", "internal_weight", "external_weight",
                "cluster_degree", "cluster_eigenvector", "cluster_pagerank", "partners"));
        for (BrokerageRole r : BrokerageRole.values()) {
            header.add(r.name().toLowerCase(Locale.ROOT));
        }
        ResultTable t = new ResultTable("clusters", header.toArray(new String[0]));
        List<ClusterMetrics> rows = new ArrayList<>(roles.clusters());
        if (roles.otherFirms() > 0) {
            rows.add(roles.other());
        }
        for (ClusterMetrics m : rows) {
            String partners = m.partners().stream().limit(3)
                    .map(p -> clusterName.apply(p.cluster()) + " " + p.links()).collect(Collectors.joining("; "));
            List<Object> row = new ArrayList<>(Arrays.asList(clusterName.apply(m.cluster()), m.firms(),
                    m.internalLinks(), m.externalLinks(), m.eiIndex(), m.internalDensity(), m.internalShare(),
                    m.externalShare(), RoleNames.of(m, locale), m.internalWeight(), m.externalWeight()));
            if (m.isOther()) {
                // "other" is no node of the cluster graph.
                row.addAll(List.of(Double.NaN, Double.NaN, Double.NaN));
            } else {
                var s = centrality.cluster(m.cluster()).byLinks();
                row.addAll(List.of(s.degree(), s.eigenvector(), s.pageRank()));
            }
            row.add(partners);
            Brokerage.Counts b = m.isOther() ? brokerage.other() : brokerage.cluster(m.cluster());
            for (BrokerageRole r : BrokerageRole.values()) {
                row.add(b.get(r));
            }
            t.row(row.toArray());
        }
        return t;
    }

    /**
     * One sentence on K and the fair share: "Fair share 1/K = 1/2 (50%): K = 2 clusters with a firm
     * in view; “other” (firms in no cluster) is a group of its own, not counted in K."
     */
    static String fairShareNote(ClusterRoles roles, Messages m) {
        int k = roles.clustersInView();
        if (k == 0) {
            return m.get("report.fairShare.none");
        }
        return m.format("report.fairShare.note", k, Math.round(100.0 / k));
    }
}
