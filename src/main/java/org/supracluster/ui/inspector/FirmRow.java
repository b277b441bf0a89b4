package org.supracluster.ui.inspector;

import java.util.Arrays;
import java.util.Objects;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.ui.ExplorerViewModel;

/**
 * One firm in the "Firms" table: its names in the current language and its figures. Numbers stay
 * numbers so that columns sort by value; {@code NaN} where a figure does not apply (z and P of a
 * firm in no cluster) or is not computed yet (betweenness).
 *
 * @param firm network index
 * @param figures the firm's value of each {@link FirmMetric}, by {@link FirmMetric#ordinal()}
 * @param role Guimerà–Amaral role, or null
 * @param roleName the role in words ("R2 Peripheral"), or {@link FirmText#NOT_APPLICABLE}
 * @param brokerage open two-paths through the firm, all brokerage roles together
 */
public record FirmRow(int firm, String id, String name, String region, String cluster, String segment,
                      double[] figures, CartographyRole role, String roleName, long brokerage) {

    public FirmRow {
        figures = figures.clone();
        if (figures.length != FirmMetric.values().length) {
            throw new IllegalArgumentException(figures.length + " figures for " + FirmMetric.values().length
                    + " metrics");
        }
    }

    /** Builds the row of one firm. */
    static FirmRow of(FirmMetrics m, ExplorerViewModel model, int f) {
        var n = model.network();
        CartographyRole role = m.role(f);
        double[] figures = new double[FirmMetric.values().length];
        for (FirmMetric metric : FirmMetric.values()) {
            figures[metric.ordinal()] = metric.value(m, f);
        }
        return new FirmRow(f, n.firmId(f), n.firmName(f), FirmText.regionName(n.region(f)),
                FirmText.clusterName(model, model.partition().of(f)), FirmText.segmentName(n.segment(f)),
                figures, role, FirmText.roleName(role), m.brokerage(f).total());
    }

    /** The firm's value of a figure, as its column sorts it. */
    public double value(FirmMetric metric) {
        return figures[metric.ordinal()];
    }

    @Override
    public double[] figures() {
        return figures.clone();
    }

    // Shorthands for the figures tests and callers name most.

    public int degree() {
        return (int) value(FirmMetric.DEGREE);
    }

    public double weightedDegree() {
        return value(FirmMetric.WEIGHTED_DEGREE);
    }

    public int tradeIn() {
        return (int) value(FirmMetric.TRADE_IN_DEGREE);
    }

    public int tradeOut() {
        return (int) value(FirmMetric.TRADE_OUT_DEGREE);
    }

    public double betweenness() {
        return value(FirmMetric.BETWEENNESS);
    }

    public double pageRank() {
        return value(FirmMetric.PAGE_RANK);
    }

    public double z() {
        return value(FirmMetric.WITHIN_MODULE_Z);
    }

    public double participation() {
        return value(FirmMetric.PARTICIPATION);
    }

    // Rows compare by value, figures included (a record compares arrays by identity), so that the
    // table keeps its selection when the same firm's row is rebuilt with the same figures.
    @Override
    public boolean equals(Object o) {
        return o instanceof FirmRow r && r.firm == firm && Objects.equals(r.id, id) && Objects.equals(r.name, name)
                && Objects.equals(r.region, region) && Objects.equals(r.cluster, cluster)
                && Objects.equals(r.segment, segment) && Arrays.equals(r.figures, figures) && r.role == role
                && Objects.equals(r.roleName, roleName) && r.brokerage == brokerage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(firm, id, name, region, cluster, segment, Arrays.hashCode(figures), role, roleName,
                brokerage);
    }

    @Override
    public String toString() {
        return "FirmRow[" + firm + " " + id + " " + name + " " + Arrays.toString(figures) + " " + roleName + "]";
    }
}
