package org.supracluster.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supracluster.model.Messages;

/**
 * Column headings and measure names of the HTML report in words, in the report's language. The
 * tables keep short codes ({@code ei_index}, {@code internal_share}) because CSV and JSON files
 * are read by programs; a report is read by people, in Korean or English. The words come from
 * the message bundles ({@link Messages}).
 */
public final class ReportHeadings {

    /**
     * Code → bundle key. The window's key where the window names the same figure in the same words
     * (its column headers, the comparison tab's rows), so the report and the window agree; the
     * report's own {@code report.column.*} otherwise. A code missing here is shown as it is.
     */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("cluster", "roles.column.cluster"),
            Map.entry("firms", "metric.firms"),
            Map.entry("internal", "metric.internalLinks"),
            Map.entry("external", "metric.externalLinks"),
            Map.entry("ei_index", "metric.eiIndex"),
            Map.entry("density", "metric.density"),
            Map.entry("internal_share", "metric.internalShare"),
            Map.entry("external_share", "metric.externalShare"),
            Map.entry("role", "roles.column.role"),
            Map.entry("partners", "report.column.partners"),
            Map.entry("rank", "report.column.rank"),
            Map.entry("id", "firm.id"),
            Map.entry("name", "firm.name"),
            Map.entry("degree", "metric.degree"),
            Map.entry("weighted_degree", "metric.weightedDegree"),
            Map.entry("within_module_z", "report.column.within_module_z"),
            Map.entry("participation", "report.column.participation"),
            Map.entry("community", "report.column.community"),
            Map.entry("clusters_spanned", "report.column.clusters_spanned"),
            Map.entry("internal_links", "report.column.internal_links"),
            Map.entry("cross_cluster_share", "report.column.cross_cluster_share"),
            Map.entry("supra_regional", "report.column.supra_regional"),
            Map.entry("firms_per_cluster", "report.column.firms_per_cluster"),
            Map.entry("weighted_modularity", "report.column.weighted_modularity"),
            Map.entry("unweighted_modularity", "report.column.unweighted_modularity"),
            Map.entry("measure", "comparison.column.measure"),
            Map.entry("value", "comparison.column.value"),
            Map.entry("trade_pairs", "comparison.tradePairs"),
            Map.entry("copatent_pairs", "comparison.copatentPairs"),
            Map.entry("shared_pairs", "comparison.sharedPairs"),
            Map.entry("jaccard", "comparison.jaccard"),
            Map.entry("density_correlation", "comparison.density"),
            Map.entry("density_qap_p_at_least", "report.column.density_qap_p_at_least"),
            Map.entry("density_qap_p_at_most", "report.column.density_qap_p_at_most"),
            Map.entry("density_qap_permutations", "report.column.density_qap_permutations"),
            Map.entry("density_qap_exact", "report.column.density_qap_exact"),
            Map.entry("firm_correlation", "report.column.firm_correlation"),
            Map.entry("firm_qap_p_at_least", "report.column.firm_qap_p_at_least"),
            Map.entry("firm_qap_p_at_most", "report.column.firm_qap_p_at_most"),
            Map.entry("firm_qap_permutations", "report.column.firm_qap_permutations"),
            Map.entry("ei_permutation_mean", "report.column.ei_permutation_mean"),
            Map.entry("ei_p_at_least", "report.column.ei_p_at_least"),
            Map.entry("ei_p_at_most", "report.column.ei_p_at_most"),
            Map.entry("agreement_with_default_ari", "report.column.agreement_with_default_ari"),
            Map.entry("agreement_with_default_nmi", "report.column.agreement_with_default_nmi"),
            Map.entry("agreement_with_communities_ari", "report.column.agreement_with_communities_ari"),
            Map.entry("agreement_with_communities_nmi", "report.column.agreement_with_communities_nmi"));

    private ReportHeadings() {
    }

    /** The word for a code in the language, or the code itself. */
    public static String of(String code, Locale locale) {
        String key = KEYS.get(code);
        return key == null ? code : Messages.of(locale).format(key);
    }

    /**
     * The table with its headings in words; in a two-column measure table the measures too; and
     * true/false cells as yes/no.
     */
    public static HtmlReport.Table inWords(HtmlReport.Table t, Locale locale) {
        Messages m = Messages.of(locale);
        boolean measures = t.header().size() == 2 && t.header().get(0).equals("measure");
        List<String> header = t.header().stream().map(h -> of(h, locale)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (measures && i == 0) {
                    cell = of(cell, locale);
                } else if ("true".equals(cell)) {
                    cell = m.get("report.yes");
                } else if ("false".equals(cell)) {
                    cell = m.get("report.no");
                }
                cells.add(cell);
            }
            rows.add(cells);
        }
        return new HtmlReport.Table(t.caption(), header, rows);
    }
}
