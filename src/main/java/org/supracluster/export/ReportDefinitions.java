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
        return out;
    }

    private static HtmlReport.Entry entry(boolean ko, String englishTerm, String english, String koreanTerm,
                                          String korean) {
        return ko ? new HtmlReport.Entry(koreanTerm, korean) : new HtmlReport.Entry(englishTerm, english);
    }
}
