package org.supracluster.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column headings and measure names of the HTML report in words, in the report's language. The
 * tables keep short codes ({@code ei_index}, {@code internal_share}) because CSV and JSON files
 * are read by programs; a report is read by people, in Korean or English.
 */
public final class ReportHeadings {

    /** Code → {English, Korean}. A code missing here is shown as it is. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("cluster", new String[] {"Cluster", "클러스터"}),
            Map.entry("firms", new String[] {"Firms", "기업"}),
            Map.entry("internal", new String[] {"Internal links", "내부 연결"}),
            Map.entry("external", new String[] {"External links", "외부 연결"}),
            Map.entry("ei_index", new String[] {"E-I index", "E-I 지수"}),
            Map.entry("density", new String[] {"Density", "밀도"}),
            Map.entry("internal_share", new String[] {"Internal share", "내부 비중"}),
            Map.entry("external_share", new String[] {"External share", "외부 비중"}),
            Map.entry("role", new String[] {"Role", "역할"}),
            Map.entry("partners", new String[] {"Main partners", "주요 상대"}),
            Map.entry("rank", new String[] {"Rank", "순위"}),
            Map.entry("id", new String[] {"ID", "ID"}),
            Map.entry("name", new String[] {"Name", "이름"}),
            Map.entry("degree", new String[] {"Degree", "차수"}),
            Map.entry("weighted_degree", new String[] {"Weighted degree", "가중치 차수"}),
            Map.entry("within_module_z", new String[] {"Within-cluster z", "클러스터 내 z"}),
            Map.entry("participation", new String[] {"Participation", "참여 계수"}),
            Map.entry("community", new String[] {"Community", "공동체"}),
            Map.entry("clusters_spanned", new String[] {"Clusters spanned", "걸친 클러스터"}),
            Map.entry("internal_links", new String[] {"Links inside", "내부 연결"}),
            Map.entry("cross_cluster_share", new String[] {"Cross-cluster share", "클러스터 간 비중"}),
            Map.entry("supra_regional", new String[] {"Supra-regional", "초광역"}),
            Map.entry("firms_per_cluster", new String[] {"Firms per cluster", "클러스터별 기업"}),
            Map.entry("weighted_modularity", new String[] {"Weighted modularity", "가중 모듈성"}),
            Map.entry("unweighted_modularity", new String[] {"Unweighted modularity", "비가중 모듈성"}),
            Map.entry("measure", new String[] {"Measure", "지표"}),
            Map.entry("value", new String[] {"Value", "값"}),
            Map.entry("trade_pairs", new String[] {"Firm pairs with trade", "거래로 이어진 기업 쌍"}),
            Map.entry("copatent_pairs", new String[] {"Firm pairs with co-patents", "공동특허로 이어진 기업 쌍"}),
            Map.entry("shared_pairs", new String[] {"Firm pairs with both", "둘 다로 이어진 기업 쌍"}),
            Map.entry("jaccard", new String[] {"Overlap (Jaccard)", "겹침 (자카드)"}),
            Map.entry("density_correlation", new String[] {
                "Correlation of cluster-pair densities, trade vs co-patent", "클러스터 쌍 밀도의 상관계수, 거래 대 공동특허"}),
            Map.entry("density_qap_p_at_least", new String[] {"Cluster-pair densities: QAP p (r at least as high)",
                "클러스터 쌍 밀도: QAP p (r 이상)"}),
            Map.entry("density_qap_p_at_most", new String[] {"Cluster-pair densities: QAP p (r at most as high)",
                "클러스터 쌍 밀도: QAP p (r 이하)"}),
            Map.entry("density_qap_permutations", new String[] {"Cluster-pair densities: relabellings compared",
                "클러스터 쌍 밀도: 비교한 재배치 수"}),
            Map.entry("density_qap_exact", new String[] {"Cluster-pair densities: every relabelling (exact)",
                "클러스터 쌍 밀도: 모든 재배치 (정확 검정)"}),
            Map.entry("firm_correlation", new String[] {"Firm-level: do the same firms trade and co-patent? (r)",
                "기업 수준: 같은 기업끼리 거래하고 공동특허를 내는가? (r)"}),
            Map.entry("firm_qap_p_at_least", new String[] {"Firm-level: QAP p (r at least as high)",
                "기업 수준: QAP p (r 이상)"}),
            Map.entry("firm_qap_p_at_most", new String[] {"Firm-level: QAP p (r at most as high)",
                "기업 수준: QAP p (r 이하)"}),
            Map.entry("firm_qap_permutations", new String[] {"Firm-level: relabellings compared",
                "기업 수준: 비교한 재배치 수"}),
            Map.entry("ei_permutation_mean", new String[] {"E-I index, permutation mean", "E-I 지수 순열 평균"}),
            Map.entry("ei_p_at_least", new String[] {"E-I p (at least)", "E-I p (이상)"}),
            Map.entry("ei_p_at_most", new String[] {"E-I p (at most)", "E-I p (이하)"}),
            Map.entry("agreement_with_default_ari", new String[] {"Agreement with the five super-regions (ARI)",
                "5대 초광역권과 일치도 (ARI)"}),
            Map.entry("agreement_with_default_nmi", new String[] {"Agreement with the five super-regions (NMI)",
                "5대 초광역권과 일치도 (NMI)"}),
            Map.entry("agreement_with_communities_ari", new String[] {"Agreement with the communities (ARI)",
                "공동체와 일치도 (ARI)"}),
            Map.entry("agreement_with_communities_nmi", new String[] {"Agreement with the communities (NMI)",
                "공동체와 일치도 (NMI)"}));

    private ReportHeadings() {
    }

    /** The word for a code in the language, or the code itself. */
    public static String of(String code, Locale locale) {
        String[] w = WORDS.get(code);
        return w == null ? code : w[locale.getLanguage().equals("ko") ? 1 : 0];
    }

    /**
     * The table with its headings in words; in a two-column measure table the measures too; and
     * true/false cells as yes/no.
     */
    public static HtmlReport.Table inWords(HtmlReport.Table t, Locale locale) {
        boolean ko = locale.getLanguage().equals("ko");
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
                    cell = ko ? "예" : "yes";
                } else if ("false".equals(cell)) {
                    cell = ko ? "아니요" : "no";
                }
                cells.add(cell);
            }
            rows.add(cells);
        }
        return new HtmlReport.Table(t.caption(), header, rows);
    }
}
