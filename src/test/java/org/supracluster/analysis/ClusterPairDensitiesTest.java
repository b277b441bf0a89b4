package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.DensityNetwork.CAPITAL;
import static org.supracluster.analysis.DensityNetwork.CHUNGCHEONG;
import static org.supracluster.analysis.DensityNetwork.SOUTHEAST;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/** The densities and their QAP on {@link DensityNetwork}, worked by hand there. */
class ClusterPairDensitiesTest {

    private final Network network = DensityNetwork.network();
    private final LinkGraph graph = LinkGraph.of(NetworkView.of(network, Filter.all()));
    private final Partition clusters = DensityNetwork.partition(network);

    private ClusterPairDensities densities(boolean weighted) {
        return ClusterPairDensities.of(InterClusterMatrix.of(graph, clusters, LinkType.TRADE),
                InterClusterMatrix.of(graph, clusters, LinkType.COPATENT),
                ClusterPairDensities.firmsPerCluster(graph, clusters), weighted);
    }

    @Test
    void densitiesDivideByThePossibleFirmPairs() {
        assertArrayEquals(new int[] {1, 2, 0, 4, 0}, ClusterPairDensities.firmsPerCluster(graph, clusters));
        ClusterPairDensities d = densities(false);
        assertEquals(List.of(CAPITAL, CHUNGCHEONG, SOUTHEAST), d.clusters());
        assertEquals(3, d.cells());
        // Trade: (T[c][d] + T[d][c]) / (2·n_c·n_d).
        assertEquals(2.0 / 4, d.trade(CAPITAL, CHUNGCHEONG), 1e-15);
        assertEquals(2.0 / 4, d.trade(CHUNGCHEONG, CAPITAL), 1e-15);
        assertEquals(2.0 / 8, d.trade(CAPITAL, SOUTHEAST), 1e-15);
        assertEquals(4.0 / 16, d.trade(SOUTHEAST, CHUNGCHEONG), 1e-15);
        // Co-patent: P[c][d] / (n_c·n_d).
        assertEquals(1.0 / 2, d.copatent(CAPITAL, CHUNGCHEONG), 1e-15);
        assertEquals(1.0 / 4, d.copatent(SOUTHEAST, CAPITAL), 1e-15);
        assertEquals(4.0 / 8, d.copatent(CHUNGCHEONG, SOUTHEAST), 1e-15);
        // The diagonal and the clusters without a firm have no density.
        assertTrue(Double.isNaN(d.trade(SOUTHEAST, SOUTHEAST)));
        assertTrue(Double.isNaN(d.copatent(CAPITAL, 2)));
        assertTrue(Double.isNaN(d.trade(4, SOUTHEAST)));
        assertThrows(IndexOutOfBoundsException.class, () -> d.trade(0, 5));
    }

    /**
     * Exact QAP over the 3! = 6 relabellings of the three clusters with a firm (the two empty
     * ones take no part). A relabelling permutes the three cells; D_P's deviations (1, −2, 1)/12
     * take each of their 3 distinct orders twice, against D_T's (2, −1, −1)/12:
     * (1, −2, 1) r = 3/6 = 0.5, (1, 1, −2) r = 3/6 = 0.5, (−2, 1, 1) r = −6/6 = −1.
     * P(r ≥ 0.5) = 4/6, P(r ≤ 0.5) = 6/6.
     */
    @Test
    void exactQapOverTheClustersInView() {
        Qap.Result r = densities(false).test(1000, 7, Progress.NONE);
        assertEquals(0.5, r.observed(), 1e-12);
        assertTrue(r.exact());
        assertEquals(6, r.permutations());
        assertEquals(4.0 / 6, r.pAtLeast(), 1e-12);
        assertEquals(1.0, r.pAtMost(), 1e-12);
    }

    /** All weights 1 here: weight per possible pair equals links per possible pair. */
    @Test
    void weightedDensitiesUseSummedWeights() {
        assertEquals(densities(false), densities(true));
    }

    @Test
    void twoClustersHaveOneCellAndNoCorrelation() {
        Partition two = new Partition(2, new int[] {0, 0, 0, 1, 1, 1, 1, 1}, List.of("A", "B"));
        ClusterPairDensities d = ClusterPairDensities.of(InterClusterMatrix.of(graph, two, LinkType.TRADE),
                InterClusterMatrix.of(graph, two, LinkType.COPATENT), ClusterPairDensities.firmsPerCluster(graph, two),
                false);
        assertEquals(1, d.cells());
        assertEquals(Qap.Result.UNDEFINED, d.test(10, 1, Progress.NONE));
    }

    @Test
    void firmLevelOnTheSameNetwork() {
        assertEquals(DensityNetwork.FIRM_R, FirmPairCorrelation.of(graph, false).test(10, 1, Progress.NONE).observed(),
                1e-12);
    }
}
