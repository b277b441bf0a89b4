package org.supracluster.analysis;

import java.util.Map;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * A star whose firm figures are worked by hand, for the tests of {@link FirmMetric} and of the
 * exported firms tables. The centre C (Gyeonggi) has co-patent links to L1 (Seoul, weight 1),
 * L2 (Daejeon, 2) and L3 (Busan, 3) and sells to L3 (trade C→L3, weight 4). Invented names.
 *
 * <ul>
 *   <li>Degree: C 3, each leaf 1 (the trade link adds no neighbour). Weighted: C 1+2+3+4 = 10,
 *   L1 1, L2 2, L3 3+4 = 7. Trade: C out 1, L3 in 1.</li>
 *   <li>Betweenness: C lies on the only path of each leaf pair: 3; leaves 0.</li>
 *   <li>PageRank (d = 0.85, n = 4, unweighted arcs C→Li, Li→C and C→L3 for the trade): each leaf
 *   has one arc, to C, so {@code x_C = 0.0375 + 0.85 (1 − x_C)}, {@code x_C = 0.8875/1.85 = 71/148};
 *   C has four arcs, two of them to L3: {@code x_L1 = x_L2 = 0.0375 + 0.85 x_C/4 = 1651/11840},
 *   {@code x_L3 = 0.0375 + 0.85 x_C/2 = 1429/5920}; they sum to 1.</li>
 *   <li>Clusters (five super-regions): C and L1 in the capital region, L2 in Chungcheong–Daejeon, L3
 *   in the southeast. C: κ = 1 in each of three clusters, P = 1 − 3·(1/3)² = 2/3; C and L1 each
 *   have one neighbour in their cluster, σ = 0, z = 0. A leaf's one neighbour is in one cluster:
 *   P = 0.</li>
 *   <li>Structure: removing C leaves three lone leaves, so C is an articulation point cutting off
 *   3 − 1 = 2 firms from the largest remaining piece (one leaf); each pair C–Li is a bridge. Every firm
 *   has core number 1 (a tree).</li>
 * </ul>
 */
public final class StarNetwork {

    public static final int C = 0;
    public static final int L1 = 1;
    public static final int L2 = 2;
    public static final int L3 = 3;

    private StarNetwork() {
    }

    /** The star of the class comment. */
    public static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("C", "가온 반도체", Region.GYEONGGI, "", 37.3, 127.1, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("L1", "누리 설계", Region.SEOUL, "", 37.55, 126.99, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("L2", "다솜 연구소", Region.DAEJEON, "", 36.35, 127.38, Segment.RESEARCH, -1,
                Map.of()));
        b.addFirm(new Firm("L3", "라온 소재", Region.BUSAN, "", 35.18, 129.07, Segment.MATERIALS, -1, Map.of()));
        b.addLink(C, L1, LinkType.COPATENT, 1, 2021);
        b.addLink(C, L2, LinkType.COPATENT, 2, 2021);
        b.addLink(C, L3, LinkType.COPATENT, 3, 2021);
        b.addLink(C, L3, LinkType.TRADE, 4, 2021);
        return b.build();
    }
}
