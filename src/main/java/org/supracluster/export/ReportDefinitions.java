package org.supracluster.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's "Definitions" section: what its words mean, in plain English or Korean, as
 * DESIGN.md ("Analysis definitions") defines them. One entry a term, so that a new figure adds
 * its own line here and nothing else moves.
 */
final class ReportDefinitions {

    private ReportDefinitions() {
    }

    /**
     * The definitions in the report's language.
     *
     * @param ko Korean rather than English
     * @param fairShare the view's fair share 1/K (NaN when no cluster is in view), to name K
     */
    static List<HtmlReport.Entry> entries(boolean ko, double fairShare) {
        List<HtmlReport.Entry> out = new ArrayList<>();
        long k = fairShare > 0 ? Math.round(1 / fairShare) : 0;
        out.add(entry(ko,
                "Other",
                "Firms in no cluster (by default those in Gangwon and Jeju) form the group \u201cother\u201d. It is "
                        + "shown in a row of its own, apart from the clusters, and is not counted in K. In the "
                        + "figures it is a group like the clusters: a link between a cluster and \u201cother\u201d is an "
                        + "external link of that cluster, \u201cother\u201d is a module of its own for the participation "
                        + "coefficient P and the z-score, and a group of its own for brokerage.",
                "기타",
                "어느 클러스터에도 속하지 않은 기업(기본 구성에서는 강원과 제주의 기업)은 ‘기타’ 집단입니다. 기타는 "
                        + "클러스터와 따로 한 줄로 보여 주며 K에 세지 않습니다. 그러나 계산에서는 하나의 집단입니다: "
                        + "클러스터와 기타 사이의 연결은 그 클러스터의 외부 연결이고, 참여 계수 P와 z에서 기타는 "
                        + "하나의 모듈이며, 중개(브로커리지)에서도 하나의 집단입니다."));
        out.add(entry(ko,
                "Fair share 1/K",
                "K is the number of clusters with at least one firm in this view" + (k > 0 ? " (here K = " + k + ")"
                        : "") + ", and each cluster's fair share is 1/K. A cluster whose internal share and "
                        + "external share both reach 1/K is a core hub. A cluster with no firm in the view is "
                        + "listed as \u201cnot in view\u201d and has no role.",
                "공정 몫 1/K",
                "K는 이 보기에서 기업이 하나 이상 있는 클러스터의 수이고" + (k > 0 ? " (여기서는 K = " + k + ")" : "")
                        + ", 각 클러스터의 공정 몫은 1/K입니다. 내부 비중과 외부 비중이 모두 1/K 이상이면 핵심 "
                        + "허브입니다. 보기에 기업이 하나도 없는 클러스터는 ‘표시 안 됨’으로 나열하며 역할이 "
                        + "없습니다."));
        out.add(entry(ko,
                "Internal and external share",
                "The internal share is a cluster's links inside it over all clusters' internal links. The "
                        + "external share is its links leaving it over all clusters' external links, where a link "
                        + "between two clusters counts once at each end and a link between a cluster and "
                        + "\u201cother\u201d once, at the cluster's end.",
                "내부 비중, 외부 비중",
                "내부 비중은 클러스터 안의 연결 수를 모든 클러스터의 내부 연결 수 합으로 나눈 값입니다. 외부 "
                        + "비중은 클러스터 밖으로 나가는 연결 수를 모든 클러스터의 외부 연결 수 합으로 나눈 값입니다: "
                        + "두 클러스터 사이의 연결은 양쪽에서 한 번씩, 클러스터와 기타 사이의 연결은 클러스터 쪽에서 "
                        + "한 번 셉니다."));
        out.add(entry(ko,
                "E-I index",
                "(external − internal) / (external + internal) links: −1 when every link stays inside, +1 "
                        + "when every link leaves (Krackhardt & Stern 1988).",
                "E-I 지수",
                "(외부 연결 − 내부 연결) / (외부 연결 + 내부 연결): 모든 연결이 안에 머물면 −1, 모두 밖으로 "
                        + "나가면 +1입니다 (Krackhardt & Stern 1988)."));
        out.add(entry(ko,
                "Neighbours",
                "Two firms are neighbours when any link shown joins them, whatever its type or direction. The "
                        + "structural figures below are counted on neighbours.",
                "이웃",
                "표시된 연결이 하나라도 두 기업을 이으면, 연결의 종류나 방향과 관계없이 두 기업은 이웃입니다. "
                        + "아래의 구조 지표는 이웃 관계로 계산합니다."));
        out.add(entry(ko,
                "Firm whose loss alone splits the network (articulation point)",
                "A firm whose removal, with its links, leaves its part of the network in two or more pieces. "
                        + "\u201cFirms cut off\u201d counts the firms that then lose every path to the largest "
                        + "remaining piece (Hopcroft & Tarjan 1973).",
                "홀로 잃으면 네트워크가 갈라지는 기업 (단절점)",
                "이 기업과 그 연결을 없애면 기업이 속한 네트워크 부분이 둘 이상으로 나뉩니다. ‘끊기는 기업’은 "
                        + "그때 남은 가장 큰 부분으로 가는 경로를 모두 잃는 기업의 수입니다 (Hopcroft & Tarjan "
                        + "1973)."));
        out.add(entry(ko,
                "Bridge",
                "A pair of neighbours whose links are the only path between two parts of the network; "
                        + "\u201cfirms cut off\u201d is the number of firms in the smaller part. A bridge between "
                        + "clusters joins firms of two clusters, or of a cluster and \u201cother\u201d.",
                "다리",
                "두 이웃 기업 사이의 연결이 네트워크의 두 부분을 잇는 유일한 경로인 경우입니다. ‘끊기는 "
                        + "기업’은 작은 쪽 부분의 기업 수이며, 클러스터 사이의 다리는 서로 다른 두 클러스터(또는 "
                        + "클러스터와 기타)의 기업을 잇습니다."));
        out.add(entry(ko,
                "Core number (k-core)",
                "The largest k such that the firm belongs to a group in which every firm has at least k "
                        + "neighbours within the group (found by removing, again and again, the firms with fewer "
                        + "than k). A high core number marks the densely knit centre, 1 a chain or tree hanging off "
                        + "it, 0 a firm without links (Seidman 1983; Batagelj & Zaversnik 2003).",
                "코어 수 (k-코어)",
                "그 안의 모든 기업이 적어도 k개의 이웃을 같은 집단 안에 두는 집단에 이 기업이 속하는 가장 큰 "
                        + "k입니다 (이웃이 k개 미만인 기업을 거듭 제거하여 구합니다). 값이 크면 촘촘하게 얽힌 "
                        + "중심부, 1이면 중심부에 매달린 사슬이나 나무 모양 부분, 0이면 연결이 없는 기업입니다 "
                        + "(Seidman 1983; Batagelj & Zaversnik 2003)."));
        out.add(entry(ko,
                "Correlation of cluster-pair densities, trade vs co-patent",
                "For each two clusters, the links between them divided by the firm pairs that could be linked "
                        + "(the firms of one times the firms of the other; trade has a direction, so twice that), "
                        + "for trade and for co-patents. The correlation (Pearson’s r) of the two over the "
                        + "cluster pairs says whether the clusters that trade much with each other also co-patent "
                        + "much. Densities, not counts: counts mostly grow with the clusters’ sizes, so two count "
                        + "matrices correlate almost perfectly on any network. Links inside a cluster are left out.",
                "클러스터 쌍 밀도의 상관계수, 거래 대 공동특허",
                "두 클러스터마다, 둘 사이의 연결 수를 연결될 수 있는 기업 쌍의 수(한 클러스터의 기업 수 × 다른 "
                        + "클러스터의 기업 수, 방향이 있는 거래는 그 두 배)로 나눈 밀도를 거래와 공동특허 각각에 대해 "
                        + "구합니다. 클러스터 쌍에 대한 두 밀도의 상관계수(피어슨 r)는 서로 거래가 많은 클러스터끼리 "
                        + "공동특허도 많은지를 보여 줍니다. 연결 수가 아니라 밀도를 쓰는 까닭은, 연결 수는 주로 "
                        + "클러스터 크기를 따라 커져서 어떤 네트워크에서든 두 행렬이 거의 완벽하게 상관되기 "
                        + "때문입니다. 클러스터 내부 연결은 제외합니다."));
        out.add(entry(ko,
                "Firm-level: do the same firms trade and co-patent?",
                "The correlation of two yes/no tables over every pair of shown firms: does the pair trade (in "
                        + "either direction), does it co-patent. Near 0: trading and co-patenting partners are "
                        + "different firms; above 0: the same pairs do both more often than chance.",
                "기업 수준: 같은 기업끼리 거래하고 공동특허를 내는가?",
                "표시된 모든 기업 쌍에 대해 거래하는지(방향 무관), 공동특허를 내는지를 예/아니요로 적은 두 표의 "
                        + "상관계수입니다. 0에 가까우면 거래 상대와 공동특허 상대가 서로 다른 기업이고, 0보다 크면 "
                        + "같은 쌍이 우연보다 자주 둘 다 합니다."));
        out.add(entry(ko,
                "QAP p-values",
                "How unusual a correlation is: the clusters (or the firms) are relabelled, each network kept as "
                        + "it is, and the correlation computed again. “r at least as high” is the share of "
                        + "relabellings reaching the observed r or more (small: the two kinds of links coincide "
                        + "beyond chance); “r at most as high” the share at or below it (small: they avoid "
                        + "each other). With five clusters there are only 120 relabellings, so all are compared "
                        + "(exact); otherwise a seeded random sample, the observed labelling counted among them.",
                "QAP p값",
                "상관계수가 얼마나 이례적인지: 각 네트워크는 그대로 두고 클러스터(또는 기업)의 이름만 바꿔 붙여 "
                        + "상관계수를 다시 계산합니다. ‘r 이상’은 관찰된 r 이상이 나온 재배치의 비율(작으면 두 연결이 "
                        + "우연보다 더 겹침), ‘r 이하’는 그 이하의 비율(작으면 서로 피함)입니다. 클러스터가 5개이면 "
                        + "재배치가 120가지뿐이라 모두 비교하고(정확 검정), 그보다 많으면 시드를 정한 무작위 표본을 "
                        + "쓰며 관찰된 배치도 하나로 셉니다."));
        out.add(entry(ko,
                "Weighted and unweighted modularity",
                "Communities are groups of firms with more links among themselves than expected from how many "
                        + "links each firm has (Leiden algorithm). Weighted modularity, the default, counts each "
                        + "linked pair by the summed weight of its links (amounts, joint patents); unweighted "
                        + "modularity (--unweighted, or the toggle in the window) counts each linked pair once. The "
                        + "tables say which was used. A firm with no link forms a community of its own.",
                "가중 모듈성과 비가중 모듈성",
                "공동체는 각 기업의 연결 수로 보아 기대되는 것보다 서로 더 많이 연결된 기업 묶음입니다(라이덴 "
                        + "알고리즘). 기본인 가중 모듈성은 연결된 기업 쌍을 그 연결 가중치(금액, 공동특허 수)의 합으로 "
                        + "세고, 비가중 모듈성(--unweighted 또는 창의 선택 상자)은 연결된 쌍마다 한 번씩 셉니다. 어느 "
                        + "것을 썼는지 표에 적혀 있습니다. 연결이 없는 기업은 혼자서 하나의 공동체가 됩니다."));
        return out;
    }

    private static HtmlReport.Entry entry(boolean ko, String englishTerm, String english, String koreanTerm,
                                          String korean) {
        return ko ? new HtmlReport.Entry(koreanTerm, korean) : new HtmlReport.Entry(englishTerm, english);
    }
}
