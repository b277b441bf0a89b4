package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** The clusters' figures, then those of "other" when a firm in no cluster is shown. */
    private List<ClusterMetrics> analysis(Filter filter) {
        ClusterRoles r = ClusterRoles.of(LinkGraph.of(NetworkView.of(network, filter)), Partition.of(scheme, network));
        List<ClusterMetrics> out = new java.util.ArrayList<>(r.clusters());
        if (r.otherFirms() > 0) {
            out.add(r.other());
        }
        return out;
    }

    private List<ClusterMetrics> shown() {
        return model.rows().stream().map(ClusterRow::metrics).toList();
    }

    @Test
    void rowsAreTheAnalysisModulesFiguresForTheSameFilter() {
        assertEquals(analysis(Filter.all()), shown());
        // The five clusters, then "other" (J on Jeju), which has no scheme cluster.
        List<ClusterScheme.Cluster> clusters = new java.util.ArrayList<>(scheme.clusters());
        clusters.add(null);
        assertEquals(clusters, model.rows().stream().map(ClusterRow::cluster).toList());
        assertEquals("Other (no cluster)", model.rows().get(5).name(Locale.ENGLISH));
        // Only the capital region and the southeast have firms in view: K = 2, fair share 1/2 (it
        // was 1/5, counting the three clusters with no firm).
        assertEquals(0.5, model.fairShare(), 1e-12);
        assertEquals(2, model.clusterCount());
    }

    @Test
    void bothLinkTypesMakeTheCapitalRegionACoreHubAndTheSoutheastPeripheral() {
        // With "other" a group, G–J is external to the capital region: E = 2 (G→B, G–J), E-I 0
        // (was E = 1, −1/3). ΣE = 2 × 1 inter-cluster + 1 cluster–other = 3: capital 2/3, southeast
        // 1/3, against the fair share 1/2 (K = 2): the southeast is peripheral (it was a gateway
        // with 1/2 ≥ 1/5), and the three clusters with no firm are not in view (were peripheral).
        ClusterRow capital = model.rows().get(0);
        assertEquals(2, capital.metrics().firms());
        assertEquals(2, capital.metrics().internalLinks()); // S→G trade, S–G co-patent
        assertEquals(2, capital.metrics().externalLinks()); // G→B, G–J
        assertEquals(0.0, capital.metrics().eiIndex(), 1e-12);
        assertEquals(1.0, capital.metrics().internalShare(), 1e-12);
        assertEquals(2.0 / 3, capital.metrics().externalShare(), 1e-12);
        assertEquals(ClusterRole.CORE_HUB, capital.role());
        assertEquals(ClusterRole.PERIPHERAL, model.rows().get(3).role());
        assertEquals(1.0 / 3, model.rows().get(3).metrics().externalShare(), 1e-12);
        assertNull(model.rows().get(1).role());
        assertEquals("Not in view", model.rows().get(1).roleText());
        assertTrue(Double.isNaN(model.rows().get(1).metrics().eiIndex()), "no links, no E-I index");
        ClusterRow other = model.rows().get(5);
        assertEquals(1, other.metrics().externalLinks()); // G–J
        assertEquals("—", other.roleText());
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
        // 2 of the 3 external link ends (G→B, G–J; G→B again at the southeast): 67% (50% when G–J
        // was left out).
        assertEquals("In trade and co-patent links together, the Capital region is a core hub: 100% of internal links,"
                + " 67% of external links.", lines[0]);
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
        assertTrue(korean.startsWith("거래와 공동특허 연결 전체에서 핵심 허브는 수도권입니다."), korean);
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
