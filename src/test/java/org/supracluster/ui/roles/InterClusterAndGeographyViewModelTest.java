package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.analysis.InterClusterMatrix;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;

/** The "Between clusters" and "Geography" tabs' state, without a window (firms as in {@link ClusterRolesViewModelTest}). */
class InterClusterAndGeographyViewModelTest {

    private final Network network = NetworkGraphTest.network();
    private final ClusterScheme scheme = ClusterScheme.defaultFive();
    private final ExplorerViewModel explorer = new ExplorerViewModel(network, scheme);

    private LinkGraph links(Filter f) {
        return LinkGraph.of(NetworkView.of(network, f));
    }

    @Test
    void theMatrixIsTheAnalysisModulesForTheChosenType() {
        InterClusterViewModel model = new InterClusterViewModel(explorer);
        Partition p = Partition.of(scheme, network);
        InterClusterMatrix trade = model.matrixProperty().get();
        assertEquals(InterClusterMatrix.of(links(Filter.all()), p, LinkType.TRADE), trade);
        assertEquals(1, trade.count(0, 0)); // S→G
        assertEquals(1, trade.count(0, 3)); // G→B: row = supplier
        assertEquals(0, trade.count(3, 0));
        model.linkTypeProperty().set(LinkType.COPATENT);
        InterClusterMatrix copatent = model.matrixProperty().get();
        assertEquals(InterClusterMatrix.of(links(Filter.all()), p, LinkType.COPATENT), copatent);
        assertEquals(1, copatent.totalLinks()); // S–G; G–J touches Jeju, in no cluster
        assertTrue(model.isLinkTypeShown());
    }

    @Test
    void theMatrixAsATableHasClusterNamesAroundItsCounts() {
        // In the current language (the tests' default: English).
        InterClusterViewModel model = new InterClusterViewModel(explorer);
        var trade = model.table();
        assertEquals(org.supracluster.ui.I18n.get("chart.matrix.rows") + " ↓ / "
                + org.supracluster.ui.I18n.get("chart.matrix.columns") + " →", trade.header().get(0));
        java.util.Locale l = org.supracluster.ui.I18n.locale();
        assertEquals(scheme.clusters().stream().map(c -> c.displayName(l)).toList(), trade.header().subList(1, 6));
        assertEquals(5, trade.size());
        assertEquals(List.<Object>of(scheme.clusters().get(0).displayName(l), 1L, 0L, 0L, 1L, 0L),
                trade.rows().get(0)); // S→G, G→B
        assertEquals("matrix-trade", model.fileName());
        model.linkTypeProperty().set(LinkType.COPATENT);
        var copatent = model.table();
        assertEquals("", copatent.header().get(0), "no direction: nothing to name in the corner");
        assertEquals(List.<Object>of(scheme.clusters().get(0).displayName(l), 1L, 0L, 0L, 0L, 0L),
                copatent.rows().get(0));
        assertEquals("matrix-copatent", model.fileName());
    }

    @Test
    void turningCoPatentOffEmptiesItsMatrixAndSaysSo() {
        InterClusterViewModel model = new InterClusterViewModel(explorer);
        model.linkTypeProperty().set(LinkType.COPATENT);
        explorer.copatentProperty().set(false);
        assertEquals(0, model.matrixProperty().get().totalLinks());
        assertFalse(model.isLinkTypeShown());
        model.linkTypeProperty().set(null); // ignored: a type is always chosen
        assertEquals(LinkType.COPATENT, model.linkTypeProperty().get());
    }

    @Test
    void theGeographyIsTheAnalysisModulesForTheShownLinks() {
        GeographyViewModel model = new GeographyViewModel(explorer);
        LinkGeography expected = LinkGeography.of(links(Filter.all()), Partition.of(scheme, network));
        assertEquals(List.of(LinkType.TRADE, LinkType.COPATENT), model.shownLinkTypes());
        for (LinkType t : LinkType.values()) {
            for (DistanceBand b : DistanceBand.values()) {
                assertEquals(expected.byType(t).share(b), model.geographyProperty().get().byType(t).share(b), 1e-12);
            }
        }
        // S→G (~27 km) in 10–30 km, G→B (~290 km) over 200 km.
        assertEquals(0.5, model.geographyProperty().get().byType(LinkType.TRADE).share(DistanceBand.KM_10_30), 1e-12);
        assertEquals(0.5, model.geographyProperty().get().byType(LinkType.TRADE).share(DistanceBand.OVER_200), 1e-12);
        explorer.tradeProperty().set(false);
        assertEquals(List.of(LinkType.COPATENT), model.shownLinkTypes());
        assertEquals(EnumSet.of(LinkType.COPATENT), model.geographyProperty().get().graph().view().filter().linkTypes());
        // Capital region's co-patent links: S–G (27 km, inside) and G–J (~420 km, so supra-regional).
        assertEquals(0.5, model.geographyProperty().get().byCluster(0).supraRegionalShare(), 1e-12);
    }

    @Test
    void theGeographyChartsAsTablesHoldTheFiguresBehindTheirBars() {
        GeographyViewModel model = new GeographyViewModel(explorer);
        explorer.copatentProperty().set(false);
        var bands = model.bandsTable();
        String trade = org.supracluster.ui.I18n.name(LinkType.TRADE);
        assertEquals(List.of(org.supracluster.ui.I18n.get("table.geography.band"),
                trade + ": " + org.supracluster.ui.I18n.get("roles.geography.shareOfLinks"),
                trade + ": " + org.supracluster.ui.I18n.get("metric.links")), bands.header());
        assertEquals(DistanceBand.values().length, bands.size());
        // S→G (~27 km) in 10–30 km, G→B (~290 km) over 200 km: half each.
        assertEquals(List.<Object>of(org.supracluster.ui.I18n.name(DistanceBand.KM_10_30), 0.5, 1L),
                bands.rows().get(DistanceBand.KM_10_30.ordinal()));
        assertEquals(List.<Object>of(org.supracluster.ui.I18n.name(DistanceBand.KM_0_10), 0.0, 0L),
                bands.rows().get(DistanceBand.KM_0_10.ordinal()));
        var supra = model.supraRegionalTable();
        assertEquals(1 + 3, supra.header().size(), "cluster, then share, supra-regional links and links");
        assertEquals(5, supra.size());
        // The capital region's trade links: S→G inside, G→B across clusters (supra-regional).
        assertEquals(List.<Object>of(scheme.clusters().get(0).displayName(org.supracluster.ui.I18n.locale()), 0.5, 1L,
                2L), supra.rows().get(0));
        assertTrue(Double.isNaN((Double) supra.rows().get(1).get(1)), "no links: an undefined share, exported empty");
    }

    @Test
    void anInactiveGeographyWaitsAndCatchesUpWhenShown() {
        GeographyViewModel model = new GeographyViewModel(explorer);
        LinkGeography before = model.geographyProperty().get();
        model.setActive(false);
        explorer.copatentProperty().set(false);
        assertSame(before, model.geographyProperty().get(), "not computed while its tab is hidden");
        model.setActive(true);
        assertSame(explorer.linksProperty().get(), model.geographyProperty().get().graph(),
                "computed for the current links once shown");
        assertEquals(List.of(LinkType.TRADE), model.shownLinkTypes(), "caught up with the filter");
    }
}
