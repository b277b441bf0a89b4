package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;

/**
 * The catalogue of firm figures read from one {@link FirmMetrics}, on the star of
 * {@link StarNetwork} whose figures are worked by hand there.
 */
class FirmMetricTest {

    private static LinkGraph graph(Filter filter) {
        return LinkGraph.of(NetworkView.of(StarNetwork.network(), filter));
    }

    private static FirmMetrics quick(LinkGraph g) {
        return FirmMetrics.withoutBetweenness(g, Partition.of(ClusterScheme.defaultFive(), g.network()),
                Progress.NONE);
    }

    private static FirmMetrics all() {
        LinkGraph g = graph(Filter.all());
        return quick(g).withBetweenness(Betweenness.compute(g, Progress.NONE));
    }

    @Test
    void everyFigureOfTheStarIsReadFromTheOneComputation() {
        FirmMetrics m = all();
        double[][] expected = {
            // degree, weighted, in, out, betweenness, PageRank, z, P, coreness
            {3, 10, 0, 1, 3, 71.0 / 148, 0, 2.0 / 3, 1},
            {1, 1, 0, 0, 0, 1651.0 / 11840, 0, 0, 1},
            {1, 2, 0, 0, 0, 1651.0 / 11840, 0, 0, 1},
            {1, 7, 1, 0, 0, 1429.0 / 5920, 0, 0, 1},
        };
        for (int f = 0; f < 4; f++) {
            double[] actual = new double[FirmMetric.values().length];
            for (FirmMetric metric : FirmMetric.values()) {
                actual[metric.ordinal()] = metric.value(m, f);
            }
            assertArrayEquals(expected[f], actual, 1e-9, "firm " + f);
        }
    }

    @Test
    void theCsvColumnsAreThoseOfTodaysFirmsCsv() {
        assertEquals(List.of("degree", "weighted_degree", "trade_in", "trade_out", "betweenness",
                "betweenness_error", "pagerank", "within_module_z", "participation", "coreness", "articulation"),
                FirmMetric.csvColumns());
    }

    @Test
    void csvCellsAreCountsAsIntegersAndTheRestAsDoublesWithAnExactBetweennessErrorOfZero() {
        List<Object> cells = FirmMetric.csvCells(all(), StarNetwork.C);
        // PageRank stops at an L1 change below 1e-10: compared apart, to 1e-9.
        assertEquals(71.0 / 148, (double) cells.set(6, 0.5), 1e-9);
        assertEquals(List.of(3, 10.0, 0, 1, 3.0, 0.0, 0.5, 0.0, 2.0 / 3, 1, true), cells);
        assertEquals(Integer.class, cells.get(0).getClass());
        assertEquals(Double.class, cells.get(1).getClass());
        assertEquals(Integer.class, cells.get(9).getClass());
        // A leaf's loss splits nothing.
        assertEquals(false, FirmMetric.csvCells(all(), StarNetwork.L1).get(10));
    }

    @Test
    void messageKeysAreTheBundlesMetricKeys() {
        assertEquals(List.of("metric.degree", "metric.weightedDegree", "metric.inDegree", "metric.outDegree",
                "metric.betweenness", "metric.pageRank", "metric.withinModuleZ", "metric.participation",
                "metric.coreness"),
                java.util.Arrays.stream(FirmMetric.values()).map(FirmMetric::messageKey).toList());
    }

    @Test
    void tipKeysFollowTheMessageKeys() {
        assertEquals("metric.degree.tip", FirmMetric.DEGREE.tipKey());
        assertEquals("metric.participation.tip", FirmMetric.PARTICIPATION.tipKey());
        for (FirmMetric metric : FirmMetric.values()) {
            assertEquals(metric.messageKey() + ".tip", metric.tipKey());
        }
    }

    @ParameterizedTest
    @EnumSource(FirmMetric.class)
    void onlyWeightedDegreeSumsWeights(FirmMetric metric) {
        assertEquals(metric == FirmMetric.WEIGHTED_DEGREE, metric.isWeighted());
    }

    @Test
    void theMapSizesByDegreeWeightedDegreeBetweennessAndPageRankInThatOrder() {
        assertEquals(List.of(FirmMetric.DEGREE, FirmMetric.WEIGHTED_DEGREE, FirmMetric.BETWEENNESS,
                FirmMetric.PAGE_RANK), FirmMetric.sizing());
    }

    @Test
    void sizingByBetweennessFallsBackToDegreeUntilBetweennessArrives() {
        LinkGraph g = graph(Filter.all());
        FirmMetrics before = quick(g);
        assertFalse(FirmMetric.BETWEENNESS.isAvailable(before));
        assertTrue(FirmMetric.PAGE_RANK.isAvailable(before));
        assertTrue(Double.isNaN(FirmMetric.BETWEENNESS.value(before, StarNetwork.C)));
        assertArrayEquals(new double[] {3, 1, 1, 1}, FirmMetric.BETWEENNESS.sizeValues(before), 0);
        FirmMetrics after = before.withBetweenness(Betweenness.compute(g, Progress.NONE));
        assertTrue(FirmMetric.BETWEENNESS.isAvailable(after));
        assertArrayEquals(new double[] {3, 0, 0, 0}, FirmMetric.BETWEENNESS.sizeValues(after), 0);
        assertArrayEquals(new double[] {10, 1, 2, 7}, FirmMetric.WEIGHTED_DEGREE.sizeValues(after), 0);
        assertEquals(1429.0 / 5920, FirmMetric.PAGE_RANK.sizeValue(after, StarNetwork.L3), 1e-9);
    }

    @Test
    void aFirmTheViewHidesIsSizedZero() {
        // Without Busan, L3 is hidden: C keeps two neighbours, weight 1 + 2.
        LinkGraph g = graph(Filter.all().withRegions(EnumSet.of(Region.GYEONGGI, Region.SEOUL, Region.DAEJEON)));
        FirmMetrics m = quick(g);
        assertFalse(m.isShown(StarNetwork.L3));
        assertArrayEquals(new double[] {2, 1, 1, 0}, FirmMetric.DEGREE.sizeValues(m), 0);
        assertArrayEquals(new double[] {3, 1, 2, 0}, FirmMetric.WEIGHTED_DEGREE.sizeValues(m), 0);
    }
}
