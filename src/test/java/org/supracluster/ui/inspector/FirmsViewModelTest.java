package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.supracluster.ui.inspector.InspectorFixtures.fx;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Region;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.map.NetworkGraphTest;

/** The "Firms" tab's state without a window, on the four firms of {@link NetworkGraphTest#network()}. */
class FirmsViewModelTest {

    private static final int G = 1;
    private static final int B = 2;

    private ExplorerViewModel explorer;
    private FirmsViewModel firms;

    @BeforeAll
    static void toolkit() throws Exception {
        InspectorFixtures.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        fx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            explorer = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
            firms = new FirmsViewModel(explorer, new FirmMetricsViewModel(explorer, new RecordingNotices().tasks()));
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(firms::dispose);
    }

    private List<String> ids() {
        return firms.filteredFirms().stream().map(FirmRow::id).toList();
    }

    private FirmRow row(String id) {
        return firms.filteredFirms().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRowPerShownFirmWithItsFigures() throws Exception {
        assertEquals(List.of("S", "G", "B", "J"), ids());
        assertEquals("4 of 4 firms", firms.countProperty().get());
        FirmRow g = row("G");
        assertEquals(3, g.degree());
        assertEquals(3.0, g.betweenness(), 1e-12);
        // G: one neighbour each in the capital region, the southeast and "other" (J): P = 1 − 3·(1/3)² = 2/3
        // → R3 (it was 0.5 → R2 while J's group was dropped).
        assertEquals(CartographyRole.R3, g.role());
        assertEquals("R3 Non-hub connector", g.roleName());
        assertEquals(1, g.brokerage());
        assertEquals("Capital region", g.cluster());
        assertEquals("R1 Ultra-peripheral", row("J").roleName()); // "–" while "other" had no roles
        fx(() -> explorer.setFilter(Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI))));
        assertEquals(List.of("S", "G"), ids());
    }

    @Test
    void searchKeepsFirmsWhoseNameOrIdContainsTheText() throws Exception {
        fx(() -> firms.searchProperty().set("부산"));
        assertEquals(List.of("B"), ids());
        assertEquals("1 of 4 firms", firms.countProperty().get());
        fx(() -> firms.searchProperty().set(" 수원  팹 ")); // spaces ignored
        assertEquals(List.of("G"), ids());
        fx(() -> firms.searchProperty().set("j"));  // id, any case
        assertEquals(List.of("J"), ids());
        fx(() -> firms.searchProperty().set("00"));
        assertEquals(4, firms.sortedFirms().size());
        fx(() -> firms.searchProperty().set("없는 기업"));
        assertEquals(0, firms.sortedFirms().size());
    }

    @Test
    void selectingARowSelectsTheFirmEverywhere() throws Exception {
        fx(() -> firms.searchProperty().set("부산"));
        fx(() -> firms.select(firms.sortedFirms().get(0)));
        assertEquals(B, explorer.selectedFirmProperty().get());
        assertEquals("B", firms.selectedRowProperty().get().id());
        fx(() -> firms.select(null)); // a table that loses its selection clears nothing
        assertEquals(B, explorer.selectedFirmProperty().get());
    }

    @Test
    void theSelectedRowFollowsSelectionsMadeElsewhereAndTheSearch() throws Exception {
        fx(() -> explorer.selectedFirmProperty().set(G));
        assertEquals("G", firms.selectedRowProperty().get().id());
        fx(() -> firms.searchProperty().set("부산"));
        assertNull(firms.selectedRowProperty().get());
        assertEquals(G, explorer.selectedFirmProperty().get());
        fx(() -> firms.searchProperty().set(""));
        assertEquals("G", firms.selectedRowProperty().get().id());
        fx(() -> explorer.selectedFirmProperty().set(ExplorerViewModel.NO_FIRM));
        assertNull(firms.selectedRowProperty().get());
    }
}
