package org.supracluster.ui.inspector;

import org.supracluster.analysis.CartographyRole;

/**
 * One firm in the "Firms" table: its names in the current language and its figures. Numbers stay
 * numbers so that columns sort by value; {@code NaN} where a figure does not apply (z and P of a
 * firm in no cluster) or is not computed yet (betweenness).
 *
 * @param firm network index
 * @param role Guimerà–Amaral role, or null
 * @param roleName the role in words ("R2 Peripheral"), or {@link FirmText#NOT_APPLICABLE}
 * @param brokerage open two-paths through the firm, all brokerage roles together
 */
public record FirmRow(int firm, String id, String name, String region, String cluster, String segment, int degree,
                      double weightedDegree, int tradeIn, int tradeOut, double betweenness, double pageRank, double z,
                      double participation, CartographyRole role, String roleName, long brokerage) {

    /** Builds the row of one firm. */
    static FirmRow of(FirmMetrics m, org.supracluster.ui.ExplorerViewModel model, int f) {
        var n = model.network();
        CartographyRole role = m.role(f);
        return new FirmRow(f, n.firmId(f), n.firmName(f), FirmText.regionName(n.region(f)),
                FirmText.clusterName(model, model.partition().of(f)), FirmText.segmentName(n.segment(f)),
                m.degree(f), m.weightedDegree(f), m.tradeInDegree(f), m.tradeOutDegree(f), m.betweenness(f),
                m.pageRank(f), m.z(f), m.participation(f), role, FirmText.roleName(role), m.brokerage(f).total());
    }
}
