package org.supracluster.analysis;

import java.util.Map;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Clusters of unequal size whose trade and co-patent densities are worked by hand, for the tests
 * of {@link ClusterPairDensities}, {@link FirmPairCorrelation} and the exported comparison table.
 * Under the five super-regions: the capital region (index 0) holds F0 (Seoul),
 * Chungcheong–Daejeon (1) F1, F2 (Daejeon), the southeast (3) F3..F6 (Busan); F7 (Jeju) is in no
 * cluster; Daegu–Gyeongbuk (2) and Honam (4) have no firm. Invented names.
 *
 * <ul>
 *   <li>Possible firm pairs between clusters: capital–Chungcheong 1·2 = 2, capital–southeast
 *   1·4 = 4, Chungcheong–southeast 2·4 = 8.</li>
 *   <li>Trade: F0→F1, F2→F0 (1 each way), F0→F3, F0→F4 (2), F3→F1, F4→F1, F5→F2, F6→F2 (4 from
 *   the southeast to Chungcheong); F3→F4 inside the southeast and F7→F0 from "other" are in no
 *   off-diagonal cell. Symmetrised (2, 2, 4) over 2·pairs = (4, 8, 16) possible arcs:
 *   D_T = (0.5, 0.25, 0.25).</li>
 *   <li>Co-patent: F0–F1, F0–F3, F1–F3, F1–F4, F2–F5, F2–F6: counts (1, 1, 4),
 *   D_P = (1/2, 1/4, 4/8) = (0.5, 0.25, 0.5).</li>
 *   <li>The counts (2, 2, 4) and (1, 1, 4) correlate perfectly (r = 1): the southeast is simply
 *   big. The densities: D_T deviations (2, −1, −1)/12, D_P deviations (1, −2, 1)/12:
 *   r = (2 + 2 − 1) / √(6·6) = 0.5.</li>
 *   <li>Firm level (8 firms, N = 28 pairs): trade pairs a = 10 (01, 02, 03, 04, 13, 14, 25, 26,
 *   34, 07), co-patent pairs b = 6, all six also trade pairs, s = 6:
 *   r = (28·6 − 10·6) / √(10·18·6·22) = 108 / √23760.</li>
 * </ul>
 */
public final class DensityNetwork {

    public static final int CAPITAL = 0;
    public static final int CHUNGCHEONG = 1;
    public static final int SOUTHEAST = 3;
    /** The firm-level r of the class comment. */
    public static final double FIRM_R = 108 / Math.sqrt(23760);

    private DensityNetwork() {
    }

    /** The network of the class comment. */
    public static Network network() {
        Network.Builder b = Network.builder();
        Region[] regions = {Region.SEOUL, Region.DAEJEON, Region.DAEJEON, Region.BUSAN, Region.BUSAN, Region.BUSAN,
            Region.BUSAN, Region.JEJU};
        for (int i = 0; i < regions.length; i++) {
            b.addFirm(new Firm("F" + i, "밀도 기업 " + i, regions[i], "", 36, 127.5, Segment.FAB, -1, Map.of()));
        }
        int[][] trade = {{0, 1}, {2, 0}, {0, 3}, {0, 4}, {3, 1}, {4, 1}, {5, 2}, {6, 2}, {3, 4}, {7, 0}};
        for (int[] t : trade) {
            b.addLink(t[0], t[1], LinkType.TRADE, 1, 2020);
        }
        int[][] copatent = {{0, 1}, {0, 3}, {1, 3}, {1, 4}, {2, 5}, {2, 6}};
        for (int[] p : copatent) {
            b.addLink(p[0], p[1], LinkType.COPATENT, 1, 2020);
        }
        return b.build();
    }

    /** The five super-regions' partition of the network. */
    public static Partition partition(Network network) {
        return Partition.of(ClusterScheme.defaultFive(), network);
    }
}
