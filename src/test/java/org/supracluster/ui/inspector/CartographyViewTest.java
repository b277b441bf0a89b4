package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Role cartography" tab, headless (Monocle), on the 1,500-firm sample. */
@ExtendWith(ApplicationExtension.class)
class CartographyViewTest {

    private ExplorerViewModel explorer;
    private FirmMetricsViewModel metrics;
    private CartographyView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        explorer = new ExplorerViewModel(InspectorFixtures.sample(), ClusterScheme.defaultFive());
        metrics = new FirmMetricsViewModel(explorer, new RecordingNotices().tasks());
        view = new CartographyView(new CartographyViewModel(explorer, metrics));
        Scene scene = new Scene(view, 960, 660);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theAxesAndRolesCarryTheirDefinitions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.axisTips().startsWith("Participation coefficient P = 1 − Σ (κ_t / k)²"), view.axisTips());
        assertTrue(view.axisTips().contains("\nWithin-cluster degree z = (κ − mean κ) / σ"), view.axisTips());
        // The legend beside the chart (the chart's own legend names the series too, without a tooltip).
        javafx.scene.control.Label r6 = robot.lookup(".label").match(n -> n instanceof javafx.scene.control.Label l
                && "R6 Connector hub".equals(l.getText()) && l.getTooltip() != null).queryAs(javafx.scene.control.Label.class);
        assertEquals("R6: a hub with 0.30 < P ≤ 0.75: many of its neighbours in other clusters.",
                r6.getTooltip().getText());
        try {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.KOREAN));
            assertTrue(view.axisTips().startsWith("참여 계수 P = 1 − Σ"), view.axisTips());
        } finally {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.ENGLISH));
        }
    }

    @Test
    void clickingAPointSelectsItsFirm(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int hub = InspectorFixtures.hub(metrics.metricsProperty().get());
        Node point = view.pointOf(hub);
        assertNotNull(point, "the hub is drawn");
        assertTrue(point.isVisible());
        robot.clickOn(point);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(hub, explorer.selectedFirmProperty().get());
    }

    @Test
    void theSelectedHubIsRingedOverTheRegions() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int hub = InspectorFixtures.hub(metrics.metricsProperty().get());
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub));
        // Every shown firm has a role now, those in "other" (Gangwon, Jeju) too: 1,500 points.
        assertEquals(1500, view.viewModel().points().size());
        InspectorFixtures.snapshot(view, "cartography-tab.png");
    }
}
