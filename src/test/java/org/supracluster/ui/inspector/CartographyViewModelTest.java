package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ui.inspector.InspectorFixtures.fx;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.map.NetworkGraphTest;

/** The role cartography's points without a window, on the four firms of {@link NetworkGraphTest#network()}. */
class CartographyViewModelTest {

    @BeforeAll
    static void toolkit() throws Exception {
        InspectorFixtures.startToolkit();
    }

    private static CartographyViewModel model(int maxPoints) throws Exception {
        return fx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            ExplorerViewModel explorer = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
            return new CartographyViewModel(explorer, new FirmMetricsViewModel(explorer, new RecordingNotices().tasks()),
                    maxPoints);
        });
    }

    @Test
    void aPointPerFirmWithARole() throws Exception {
        CartographyViewModel m = model(CartographyViewModel.MAX_POINTS_DEFAULT);
        // J (Jeju) is in the group "other", a module of its own: it has a role and a point (it had
        // none while "other" was dropped).
        assertEquals(List.of(0, 1, 2, 3), m.points().stream().map(CartographyViewModel.Point::firm).toList());
        CartographyViewModel.Point g = m.points().get(1);
        // G: neighbours in the capital region, the southeast and "other": P = 2/3 → R3 (was 0.5, R2).
        assertEquals(2.0 / 3, g.participation(), 1e-12);
        assertEquals(0.0, g.z(), 1e-12);
        assertEquals(CartographyRole.R3, g.role());
        CartographyViewModel.Range r = m.zRangeProperty().get();
        assertTrue(r.lower() <= -1 && r.upper() >= CartographyRole.HUB_Z, r.toString());
        assertEquals("4 firms with a role; click a point to select the firm", m.noteProperty().get());
        m.dispose();
    }

    @Test
    void aboveTheLimitTheFirmsWithMostNeighboursStay() throws Exception {
        CartographyViewModel m = model(2);
        // G has 3 neighbours; S, B and J one each: the lower index stays.
        assertEquals(List.of(0, 1), m.points().stream().map(CartographyViewModel.Point::firm).toList());
        assertEquals("Showing 2 of 4 firms with a role (those with the most links)", m.noteProperty().get());
        m.dispose();
    }
}
