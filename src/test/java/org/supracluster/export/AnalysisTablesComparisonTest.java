package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.DensityNetwork;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.Progress;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * The trade vs co-patent rows of {@code comparison.csv} on {@link DensityNetwork}, whose figures
 * are worked by hand there: the density correlation with its exact QAP over the 3! relabellings
 * of the three clusters with a firm, and the firm-level correlation (8 firms: 8! &gt; 1000, sampled).
 */
class AnalysisTablesComparisonTest {

    private final Network network = DensityNetwork.network();
    private final AnalysisTables tables = new AnalysisTables(LinkGraph.of(NetworkView.of(network, Filter.all())),
            ClusterScheme.defaultFive(), DensityNetwork.partition(network), Locale.ENGLISH,
            AnalysisTables.SEED_DEFAULT, 1000);

    private Map<String, Object> measures() {
        ResultTable t = tables.comparison(Progress.NONE);
        assertEquals(List.of("measure", "value"), t.header());
        Map<String, Object> m = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            m.put((String) t.value(r, "measure"), t.value(r, "value"));
        }
        return m;
    }

    @Test
    void theTradeVersusCoPatentRowsHoldTheHandWorkedFigures() {
        Map<String, Object> m = measures();
        assertEquals(List.of("trade_pairs", "copatent_pairs", "shared_pairs", "jaccard", "density_correlation",
                "density_qap_p_at_least", "density_qap_p_at_most", "density_qap_permutations", "density_qap_exact",
                "firm_correlation", "firm_qap_p_at_least", "firm_qap_p_at_most", "firm_qap_permutations"),
                List.copyOf(m.keySet()).subList(0, 13));
        assertEquals(10, m.get("trade_pairs"));
        assertEquals(6, m.get("copatent_pairs"));
        assertEquals(6, m.get("shared_pairs"));
        assertEquals(0.6, (double) m.get("jaccard"), 1e-12);
        assertEquals(0.5, (double) m.get("density_correlation"), 1e-12);
        assertEquals(4.0 / 6, (double) m.get("density_qap_p_at_least"), 1e-12);
        assertEquals(1.0, (double) m.get("density_qap_p_at_most"), 1e-12);
        assertEquals(6, m.get("density_qap_permutations"));
        assertEquals(true, m.get("density_qap_exact"));
        assertEquals(DensityNetwork.FIRM_R, (double) m.get("firm_correlation"), 1e-12);
        assertEquals(1000, m.get("firm_qap_permutations"));
    }

    @Test
    void theReportNamesTheMeasuresPlainly() {
        assertEquals("Correlation of cluster-pair densities, trade vs co-patent",
                ReportHeadings.of("density_correlation", Locale.ENGLISH));
        assertEquals("Firm-level: do the same firms trade and co-patent? (r)",
                ReportHeadings.of("firm_correlation", Locale.ENGLISH));
        assertEquals("클러스터 쌍 밀도의 상관계수, 거래 대 공동특허", ReportHeadings.of("density_correlation", Locale.KOREAN));
    }
}
