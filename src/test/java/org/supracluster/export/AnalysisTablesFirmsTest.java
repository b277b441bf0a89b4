package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.StarNetwork;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * The firms tables that {@code analyze} writes keep the columns they had before the metric catalogue
 * drove them (programs read {@code firms.csv} by these names), and their figures are the
 * catalogue's, on the hand-worked {@link StarNetwork}.
 */
class AnalysisTablesFirmsTest {

    private final Network star = StarNetwork.network();
    private final AnalysisTables tables = new AnalysisTables(LinkGraph.of(NetworkView.of(star, Filter.all())),
            ClusterScheme.defaultFive(), Partition.of(ClusterScheme.defaultFive(), star), Locale.ENGLISH,
            AnalysisTables.SEED_DEFAULT, 1);

    @Test
    void theFirmsHeaderIsTodays() {
        assertEquals(List.of("id", "name", "region", "cluster", "segment", "degree", "weighted_degree", "trade_in",
                "trade_out", "betweenness", "betweenness_error", "pagerank", "within_module_z", "participation", "role",
                "coordinator", "itinerant", "representative", "gatekeeper", "liaison"),
                tables.firms(AnalysisTables.BetweennessMode.AUTO, Progress.NONE).header());
    }

    @Test
    void theTopFirmsHeaderIsTodays() {
        assertEquals(List.of("role", "rank", "id", "name", "cluster", "degree", "weighted_degree", "within_module_z",
                "participation"), tables.topFirmsByRole(3).header());
    }

    @Test
    void theCentresRowHoldsItsHandWorkedFigures() {
        ResultTable t = tables.firms(AnalysisTables.BetweennessMode.EXACT, Progress.NONE);
        assertEquals(4, t.rowCount());
        List<Object> centre = new ArrayList<>();
        for (String column : t.header()) {
            centre.add(t.value(0, column));
        }
        // PageRank stops at an L1 change below 1e-10: compared apart, to 1e-9.
        assertEquals(71.0 / 148, (double) centre.set(t.header().indexOf("pagerank"), 0.5), 1e-9);
        assertEquals(List.of("C", "가온 반도체", "Gyeonggi", "Capital region", "fab", 3, 10.0, 0, 1, 3.0, 0.0,
                0.5, 0.0, 2.0 / 3, RoleNames.of(CartographyRole.R3, Locale.ENGLISH),
                0L, 0L, 0L, 0L, 0L), centre);
    }

    @Test
    void topFirmsRankByDegreeWithinEachRole() {
        ResultTable t = tables.topFirmsByRole(3);
        // R3 (C) comes before R1 (the three leaves): roles from the highest.
        assertEquals("C", t.value(0, "id"));
        assertEquals(3, t.value(0, "degree"));
        assertEquals(10.0, t.value(0, "weighted_degree"));
        // Leaves tie on degree 1 and are ranked by weighted degree: L3 (7), L2 (2), L1 (1).
        assertEquals(List.of("L3", "L2", "L1"), List.of(t.value(1, "id"), t.value(2, "id"), t.value(3, "id")));
    }
}
