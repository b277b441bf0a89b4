package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.Finding;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.NetworkGraphTest;

/**
 * The cluster roles tab's state, without a window, on the four firms of
 * {@link NetworkGraphTest#network()}: S and G in the Capital region (cluster 0), B in the
 * Southeast (3), J on Jeju (no cluster). Merged links: S→G trade and S–G co-patent inside the
 * Capital region, G→B trade between Capital region and Southeast, G–J co-patent to "other".
 */
class ClusterRolesViewModelTest {

    private final Network network = NetworkGraphTest.network();
    private final ClusterScheme scheme = ClusterScheme.defaultFive();
    private ExplorerViewModel explorer;
    private ClusterRolesViewModel model;
    private Locale before;

    @BeforeEach
    void create() {
        before = I18n.locale();
        I18n.setLocale(Locale.ENGLISH);
        explorer = new ExplorerViewModel(network, scheme);
        model = new ClusterRolesViewModel(explorer);
    }

    @AfterEach
    void restore() {
        model.dispose();
        I18n.setLocale(before);
    }

    private List<ClusterMetrics> analysis(Filter filter) {
        return ClusterRoles.of(LinkGraph.of(NetworkView.of(network, filter)), Partition.of(scheme, network)).clusters();
    }

    private List<ClusterMetrics> shown() {
        return model.rows().stream().map(ClusterRow::metrics).toList();
    }

    @Test
    void rowsAreTheAnalysisModulesFiguresForTheSameFilter() {
        assertEquals(analysis(Filter.all()), shown());
        assertEquals(scheme.clusters(), model.rows().stream().map(ClusterRow::cluster).toList());
        assertEquals(0.2, model.fairShare(), 1e-12);
        assertEquals(5, model.clusterCount());
    }

    @Test
    void bothLinkTypesMakeTheCapitalRegionACoreHubAndTheSoutheastAGateway() {
        ClusterRow capital = model.rows().get(0);
        assertEquals(2, capital.metrics().firms());
        assertEquals(2, capital.metrics().internalLinks()); // S→G trade, S–G co-patent
        assertEquals(1, capital.metrics().externalLinks()); // G→B
        assertEquals(-1.0 / 3, capital.metrics().eiIndex(), 1e-12);
        assertEquals(1.0, capital.metrics().internalShare(), 1e-12);
        assertEquals(0.5, capital.metrics().externalShare(), 1e-12);
        assertEquals(ClusterRole.CORE_HUB, capital.role());
        assertEquals(ClusterRole.EXTERNALLY_ORIENTED, model.rows().get(3).role());
        assertEquals(ClusterRole.PERIPHERAL, model.rows().get(1).role());
        assertTrue(Double.isNaN(model.rows().get(1).metrics().eiIndex()), "no links, no E-I index");
    }

    @Test
    void turningCoPatentOffChangesTheRowsToTheTradeFigures() {
        List<ClusterMetrics> both = shown();
        explorer.copatentProperty().set(false);
        assertNotEquals(both, shown());
        assertEquals(analysis(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))), shown());
        ClusterMetrics capital = model.rows().get(0).metrics();
        assertEquals(1, capital.internalLinks());
        assertEquals(1, capital.externalLinks());
        assertEquals(0.0, capital.eiIndex(), 1e-12);
        explorer.copatentProperty().set(true);
        assertEquals(both, shown());
    }

    @Test
    void bothTypesShownGiveTheFindingOfTheShownLinksThenOnePerType() {
        List<Finding> study = Finding.forEachLinkType(network, Filter.all(), scheme); // trade, co-patent, both
        assertEquals(List.of(study.get(2), study.get(0), study.get(1)), model.findings());
        String[] lines = model.findingTextProperty().get().split("\n");
        assertEquals(3, lines.length);
        assertEquals("In trade and co-patent links together, the Capital region is a core hub: 100% of internal links,"
                + " 50% of external links.", lines[0]);
    }

    @Test
    void oneTypeShownGivesOneFindingForThatType() {
        explorer.copatentProperty().set(false);
        Finding trade = Finding.forEachLinkType(network, Filter.all(), scheme).get(0);
        assertEquals(List.of(trade), model.findings());
        assertEquals(EnumSet.of(LinkType.TRADE), model.findings().get(0).linkTypes());
        assertEquals(trade.english(), model.findingTextProperty().get());
    }

    @Test
    void theFindingTextFollowsTheLanguage() {
        assertTrue(model.findingTextProperty().get().contains("the Capital region is a core hub"));
        I18n.setLocale(Locale.KOREAN);
        String korean = model.findingTextProperty().get();
        assertTrue(korean.startsWith("거래와 공동특허 연결 전체에서 수도권이 핵심 허브입니다"), korean);
        assertEquals(model.findings().get(0).korean(), korean.split("\n")[0]);
    }

    @Test
    void rowsAndFindingsAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> model.rows().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.findings().clear());
    }

    @Test
    void afterDisposeTheRowsStayAsTheyWere() {
        List<ClusterMetrics> both = shown();
        model.dispose();
        explorer.copatentProperty().set(false);
        assertEquals(both, shown());
        I18n.setLocale(Locale.KOREAN);
        assertTrue(model.findingTextProperty().get().startsWith("In trade and co-patent"));
    }
}
