package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The communities table: a firm with no link is a community of its own there too, and the
 * modularity's column says how it was weighted. F0–F1 (Seoul) co-patent; F2 and F3 (Busan) have
 * no link: communities {F0, F1}, {F2}, {F3}. Q = w_in/W − (d/2W)² = 1/1 − (2/2)² = 0 (the
 * singletons have d = 0), weighted or not.
 */
class AnalysisTablesCommunitiesTest {

    private static AnalysisTables tables(boolean weighted, Locale locale) {
        Network.Builder b = Network.builder();
        Region[] regions = {Region.SEOUL, Region.SEOUL, Region.BUSAN, Region.BUSAN};
        for (int i = 0; i < regions.length; i++) {
            b.addFirm(new Firm("F" + i, "외톨이 기업 " + i, regions[i], "", 36, 127.5, Segment.FAB, -1, Map.of()));
        }
        b.addLink(0, 1, LinkType.COPATENT, 4, 2020);
        Network n = b.build();
        return new AnalysisTables(LinkGraph.of(NetworkView.of(n, Filter.all())), ClusterScheme.defaultFive(),
                Partition.of(ClusterScheme.defaultFive(), n), locale, AnalysisTables.SEED_DEFAULT, 1, weighted);
    }

    @Test
    void firmsWithNoLinkAreCommunitiesOfTheirOwn() {
        ResultTable t = tables(true, Locale.ENGLISH).communities();
        assertEquals(List.of("community", "firms", "clusters_spanned", "internal_links", "cross_cluster_share",
                "supra_regional", "firms_per_cluster", "weighted_modularity"), t.header());
        assertEquals(3, t.rowCount());
        assertEquals(List.of("Community 1", "Community 2", "Community 3"),
                List.of(t.value(0, "community"), t.value(1, "community"), t.value(2, "community")));
        assertEquals(List.of(2, 1, 1), List.of(t.value(0, "firms"), t.value(1, "firms"), t.value(2, "firms")));
        assertEquals("Southeast 1", t.value(1, "firms_per_cluster"));
        assertEquals(0.0, (double) t.value(0, "weighted_modularity"), 1e-12);
        assertEquals("unweighted_modularity", tables(false, Locale.ENGLISH).communities().header().get(7));
    }

    @Test
    void theReportCountsTheSingleFirmCommunitiesInOneRow() {
        HtmlReport.Table en = AnalysisReport.singleFirmsInOneRow(tables(true, Locale.ENGLISH).communities(), "C",
                Locale.ENGLISH);
        assertEquals(2, en.rows().size());
        assertEquals("Community 1", en.rows().get(0).get(0));
        assertEquals(List.of("Single-firm communities (firms with no link)", "2", "", "", "", "", "", ""),
                en.rows().get(1));
        HtmlReport.Table ko = AnalysisReport.singleFirmsInOneRow(tables(true, Locale.KOREAN).communities(), "C",
                Locale.KOREAN);
        assertEquals("단일 기업 공동체 (연결 없는 기업)", ko.rows().get(1).get(0));
    }
}
