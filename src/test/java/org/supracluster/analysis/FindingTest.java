package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.Region;

class FindingTest {

    /**
     * Default five clusters. Co-patent, internal: capital c1–c2, c1–c3, c1–c4, c2–c3 (4);
     * Chungcheong–Daejeon d1–d2, d1–d3 (2); Daegu–Gyeongbuk g1–g2 (1); Southeast s1–s2 (1); Honam 0.
     * Co-patent, inter-cluster: c1–d1, c2–g1, d2–s1, c3–h1 (4, so ΣE = 8).
     * Trade: c1→c2, c3→c4 (capital internal), c1→s1 (capital–Southeast).
     */
    private static Network network() {
        Net n = new Net();
        for (String c : List.of("c1", "c2", "c3", "c4")) {
            n.firm(c, Region.GYEONGGI, 0);
        }
        for (String d : List.of("d1", "d2", "d3")) {
            n.firm(d, Region.DAEJEON, 1);
        }
        n.firm("g1", Region.DAEGU, 2).firm("g2", Region.GYEONGBUK, 2)
                .firm("s1", Region.BUSAN, 3).firm("s2", Region.ULSAN, 3).firm("h1", Region.GWANGJU, 4);
        n.copatent("c1", "c2", 1).copatent("c1", "c3", 1).copatent("c1", "c4", 1).copatent("c2", "c3", 1)
                .copatent("d1", "d2", 1).copatent("d1", "d3", 1).copatent("g1", "g2", 1).copatent("s1", "s2", 1)
                .copatent("c1", "d1", 1).copatent("c2", "g1", 1).copatent("d2", "s1", 1).copatent("c3", "h1", 1);
        n.trade("c1", "c2", 1).trade("c3", "c4", 1).trade("c1", "s1", 1);
        return n.network();
    }

    @Test
    void oneSentencePerLinkTypeAndBothTogetherInEnglishAndKorean() {
        List<Finding> f = Finding.forEachLinkType(network(), Filter.all(), ClusterScheme.defaultFive());
        // Trade: ΣI = 2 (both capital): 100%; ΣE = 2: capital 1 = 50%, Southeast 50% but 0% internal
        // (a gateway). Only the capital region is a core hub.
        assertEquals("In trade links, the Capital region is a core hub: 100% of internal links, "
                + "50% of external links.", f.get(0).english());
        assertEquals("거래 연결에서 핵심 허브는 수도권입니다. 내부 연결의 100%, 외부 연결의 50%를 차지합니다.",
                f.get(0).korean());
        // Co-patent: ΣI = 8: capital 4 = 50%, Chungcheong 2 = 25%, DG 1, SE 1 = 12.5%, Honam 0.
        // ΣE = 8: capital 3 = 37.5% → 38% (half up), Chungcheong 2 = 25%, DG, SE, Honam 1 = 12.5% each.
        assertEquals("In co-patent links, the Capital region and Chungcheong–Daejeon are core hubs: "
                + "50% and 25% of internal links, 38% and 25% of external links.", f.get(1).english());
        assertEquals("공동특허 연결에서 핵심 허브는 수도권과 충청·대전입니다. 각각 내부 연결의 50%와 25%, "
                + "외부 연결의 38%와 25%를 차지합니다.", f.get(1).korean());
        // Together (c1–c2 trade and co-patent are two links): ΣI = 10: capital 6 = 60%, Chungcheong
        // 2 = 20% (exactly 1/5); ΣE = 10: capital 4 = 40%, Chungcheong 2 = 20%, Southeast 2 = 20% but
        // internal 10%: a gateway, not a core hub.
        assertEquals("In trade and co-patent links together, the Capital region and Chungcheong–Daejeon are "
                + "core hubs: 60% and 20% of internal links, 40% and 20% of external links.", f.get(2).english());
        assertEquals("거래와 공동특허 연결 전체에서 핵심 허브는 수도권과 충청·대전입니다. 각각 내부 연결의 "
                + "60%와 20%, 외부 연결의 40%와 20%를 차지합니다.", f.get(2).korean());
        assertEquals(f.get(2).korean(), f.get(2).text(Locale.KOREAN));
        assertEquals(f.get(2).english(), f.get(2).text(Locale.ENGLISH));
    }

    @Test
    void theFiguresAreThoseOfClusterRoles() {
        Network n = network();
        ClusterRoles roles = ClusterRolesFixtures.defaultRoles(n);
        Finding f = Finding.of(roles, ClusterScheme.defaultFive());
        Finding.CoreHub capital = f.coreHubs().get(0);
        assertEquals(roles.cluster(0).internalShare(), capital.internalShare());
        assertEquals(roles.cluster(0).externalShare(), capital.externalShare());
        assertEquals("수도권", capital.koreanName());
    }

    @Test
    void noCoreHubWhenNoClusterReachesBothFairShares() {
        // Co-patent: g1–g2 inside Daegu–Gyeongbuk (100% of internal, 0% external: internally oriented);
        // c1–d1 between capital and Chungcheong (50% external each, 0% internal: gateways).
        // Three clusters have firms in view: K = 3, fair share 1/3 (it was 1/5, counting the two
        // clusters with no firm).
        Network n = new Net().firm("g1", Region.DAEGU, 2).firm("g2", Region.DAEGU, 2)
                .firm("c1", Region.SEOUL, 0).firm("d1", Region.SEJONG, 1)
                .copatent("g1", "g2", 1).copatent("c1", "d1", 1).network();
        Finding f = Finding.forEachLinkType(n, Filter.all(), ClusterScheme.defaultFive()).get(1);
        assertEquals(List.of(), f.coreHubs());
        assertEquals("In co-patent links, no cluster is a core hub: none has at least the fair share 1/3 (33%) "
                + "of both internal and external links.", f.english());
        assertEquals("공동특허 연결에서는 핵심 허브인 클러스터가 없습니다. 내부 연결과 외부 연결 모두에서 "
                + "공정 몫 1/3 (33%) 이상을 차지하는 클러스터가 없습니다.", f.korean());
    }

    @Test
    void noCoreHubWithoutLinksBetweenClusteredFirms() {
        Finding f = Finding.forEachLinkType(Network.builder().build(), Filter.all(), ClusterScheme.defaultFive())
                .get(0);
        assertEquals("In trade links, no cluster is a core hub: there are no links between firms in clusters.",
                f.english());
        assertEquals("거래 연결에서는 핵심 허브인 클러스터가 없습니다. 클러스터에 속한 기업끼리 이어진 연결이 없습니다.",
                f.korean());
    }

    @Test
    void threeHubsAreListedWithCommasAndKoreanParticlesFollowTheLastSyllable() {
        // Three clusters, each with one internal link and one link to each other: every share 1/3 = fair.
        ClusterScheme scheme = new ClusterScheme("mine", List.of(new ClusterScheme.Cluster("Alpha", "알파"),
                new ClusterScheme.Cluster("Beta zone", "베타"), new ClusterScheme.Cluster("Gamma", "감마권")),
                Map.of(Region.SEOUL, 0, Region.BUSAN, 1, Region.GWANGJU, 2), Map.of());
        Network n = new Net().firm("a1", Region.SEOUL, 0).firm("a2", Region.SEOUL, 0)
                .firm("b1", Region.BUSAN, 1).firm("b2", Region.BUSAN, 1)
                .firm("g1", Region.GWANGJU, 2).firm("g2", Region.GWANGJU, 2)
                .copatent("a1", "a2", 1).copatent("b1", "b2", 1).copatent("g1", "g2", 1)
                .copatent("a1", "b1", 1).copatent("b1", "g1", 1).copatent("g1", "a1", 1).network();
        Finding f = Finding.forEachLinkType(n, Filter.all(), scheme).get(1);
        assertEquals("In co-patent links, Alpha, the Beta zone and Gamma are core hubs: 33%, 33% and 33% of "
                + "internal links, 33%, 33% and 33% of external links.", f.english());
        assertEquals("공동특허 연결에서 핵심 허브는 알파, 베타와 감마권입니다. 각각 내부 연결의 33%, 33%와 33%, "
                + "외부 연결의 33%, 33%와 33%를 차지합니다.", f.korean());
    }

    @Test
    void particles() {
        assertEquals("이", Finding.particle("수도권", "이", "가"));
        assertEquals("이", Finding.particle("충청·대전", "이", "가"));
        assertEquals("가", Finding.particle("베타", "이", "가"));
        assertEquals("와", Finding.particle("41%", "과", "와"));
        assertEquals("이", Finding.particle("구역3", "이", "가"));
        assertEquals("가", Finding.particle("구역2", "이", "가"));
        assertEquals("이(가)", Finding.particle("Zone A", "이", "가"));
    }

    @Test
    void rejectsASchemeOfAnotherSize() {
        ClusterRoles roles = ClusterRolesFixtures.roles(ClusterRolesFixtures.pathAcross(), 2);
        assertThrows(IllegalArgumentException.class, () -> Finding.of(roles, ClusterScheme.defaultFive()));
    }
}
