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
