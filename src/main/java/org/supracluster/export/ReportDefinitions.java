package org.supracluster.export;

import java.util.List;

/**
 * The report's "Definitions" section: what its less familiar figures mean, in plain words, in
 * English or Korean (DESIGN.md, "Beyond the study"; the formulas and their sources are in the
 * javadoc of the analysis classes named here in comments).
 */
public final class ReportDefinitions {

    private ReportDefinitions() {
    }

    /** Term and explanation, in the report's language. */
    public static List<HtmlReport.Entry> of(boolean korean) {
        return korean ? KOREAN : ENGLISH;
    }

    private static final List<HtmlReport.Entry> ENGLISH = List.of(
            // ClusterPairDensities
            new HtmlReport.Entry("Correlation of cluster-pair densities, trade vs co-patent",
                    "For each two clusters, the links between them divided by the firm pairs that could be linked "
                    + "(the firms of one times the firms of the other; trade has a direction, so twice that), "
                    + "for trade and for co-patents. The correlation (Pearson's r) of the two over the cluster "
                    + "pairs says whether the clusters that trade much with each other also co-patent much. "
                    + "Densities, not counts: counts mostly grow with the clusters' sizes, so two count "
                    + "matrices correlate almost perfectly on any network. Links inside a cluster are left out."),
            // FirmPairCorrelation
            new HtmlReport.Entry("Firm-level: do the same firms trade and co-patent?",
                    "The correlation of two yes/no tables over every pair of shown firms: does the pair trade "
                    + "(in either direction), does it co-patent. Near 0: trading and co-patenting partners "
                    + "are different firms; above 0: the same pairs do both more often than chance."),
            // Qap
            new HtmlReport.Entry("QAP p-values",
                    "How unusual the correlation is: the clusters (or the firms) are relabelled, keeping each "
                    + "network as it is, and the correlation computed again. \"r at least as high\" is the share "
                    + "of relabellings reaching the observed r or more (small: the two kinds of links coincide "
                    + "beyond chance); \"r at most as high\" the share at or below it (small: they avoid each "
                    + "other). With five clusters there are only 120 relabellings, so all are compared (exact); "
                    + "otherwise a seeded random sample, the observed labelling counted among them."),
            // Communities
            new HtmlReport.Entry("Weighted and unweighted modularity",
                    "Communities are groups of firms with more links among themselves than expected from how "
                    + "many links each firm has (Leiden algorithm). Weighted modularity, the default, counts "
                    + "each linked pair by the summed weight of its links (amounts, joint patents); unweighted "
                    + "modularity (--unweighted, or the toggle in the window) counts each linked pair once. The "
                    + "tables say which was used. A firm with no link forms a community of its own."));

    private static final List<HtmlReport.Entry> KOREAN = List.of(
            new HtmlReport.Entry("클러스터 쌍 밀도의 상관계수, 거래 대 공동특허",
                    "두 클러스터마다, 둘 사이의 연결 수를 연결될 수 있는 기업 쌍의 수(한 클러스터의 기업 수 × 다른 "
                    + "클러스터의 기업 수, 방향이 있는 거래는 그 두 배)로 나눈 밀도를 거래와 공동특허 각각에 대해 구합니다. "
                    + "클러스터 쌍에 대한 두 밀도의 상관계수(피어슨 r)는 서로 거래가 많은 클러스터끼리 공동특허도 많은지를 "
                    + "보여 줍니다. 연결 수가 아니라 밀도를 쓰는 까닭은, 연결 수는 주로 클러스터 크기를 따라 커져서 어떤 "
                    + "네트워크에서든 두 행렬이 거의 완벽하게 상관되기 때문입니다. 클러스터 내부 연결은 제외합니다."),
            new HtmlReport.Entry("기업 수준: 같은 기업끼리 거래하고 공동특허를 내는가?",
                    "표시된 모든 기업 쌍에 대해 거래하는지(방향 무관), 공동특허를 내는지를 예/아니요로 적은 두 표의 "
                    + "상관계수입니다. 0에 가까우면 거래 상대와 공동특허 상대가 서로 다른 기업이고, 0보다 크면 같은 쌍이 "
                    + "우연보다 자주 둘 다 합니다."),
            new HtmlReport.Entry("QAP p값",
                    "상관계수가 얼마나 이례적인지: 각 네트워크는 그대로 두고 클러스터(또는 기업)의 이름만 바꿔 붙여 "
                    + "상관계수를 다시 계산합니다. “r 이상”은 관찰된 r 이상이 나온 재배치의 비율(작으면 두 연결이 우연보다 "
                    + "더 겹침), “r 이하”는 그 이하의 비율(작으면 서로 피함)입니다. 클러스터가 5개이면 재배치가 120가지뿐이라 "
                    + "모두 비교하고(정확 검정), 그보다 많으면 시드를 정한 무작위 표본을 쓰며 관찰된 배치도 하나로 셉니다."),
            new HtmlReport.Entry("가중 모듈성과 비가중 모듈성",
                    "공동체는 각 기업의 연결 수로 보아 기대되는 것보다 서로 더 많이 연결된 기업 묶음입니다(라이덴 "
                    + "알고리즘). 기본인 가중 모듈성은 연결된 기업 쌍을 그 연결 가중치(금액, 공동특허 수)의 합으로 세고, "
                    + "비가중 모듈성(--unweighted 또는 창의 선택 상자)은 연결된 쌍마다 한 번씩 셉니다. 어느 것을 썼는지 "
                    + "표에 적혀 있습니다. 연결이 없는 기업은 혼자서 하나의 공동체가 됩니다."));
}
