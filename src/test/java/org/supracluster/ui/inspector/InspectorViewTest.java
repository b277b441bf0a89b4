package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector panel, headless (Monocle), on the 1,500-firm sample. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private ExplorerViewModel explorer;
    private FirmMetricsViewModel metrics;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        explorer = new ExplorerViewModel(InspectorFixtures.sample(), ClusterScheme.defaultFive());
        metrics = new FirmMetricsViewModel(explorer, new RecordingNotices().tasks());
        view = new InspectorView(new InspectorViewModel(explorer, metrics));
        Scene scene = new Scene(view, 380, 780);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private int selectHub() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int hub = InspectorFixtures.hub(metrics.metricsProperty().get());
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub));
        return hub;
    }

    @Test
    void saysWhatToDoUntilAFirmIsSelected(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = robot.lookup("#" + InspectorView.EMPTY_ID).queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertEquals("Click a firm on the map to see it here.", empty.getText());
    }

    @Test
    void selectingAHubShowsItsNameAndRole(FxRobot robot) throws Exception {
        int hub = selectHub();
        FirmMetrics m = metrics.metricsProperty().get();
        CartographyRole role = m.role(hub);
        assertTrue(role.isHub(), "the sample has a hub: " + role);
        Label name = robot.lookup("#" + InspectorView.NAME_ID).queryAs(Label.class);
        Label roleLabel = robot.lookup("#" + InspectorView.ROLE_ID).queryAs(Label.class);
        assertEquals(explorer.network().firmName(hub), name.getText());
        assertTrue(name.isVisible());
        assertEquals(FirmText.roleName(role), roleLabel.getText());
        assertFalse(robot.lookup("#" + InspectorView.EMPTY_ID).queryAs(Label.class).isVisible());
        InspectorFixtures.snapshot(view, "inspector.png");
    }

    @Test
    void clickingAPartnerMovesTheSelection(FxRobot robot) throws Exception {
        int hub = selectHub();
        // The inspector scrolls (more figure rows push the partners down): bring the partners into
        // view, as a user would, and click one that lies wholly inside the window.
        InspectorFixtures.fx(() -> view.lookupAll(".scroll-pane").forEach(n -> {
            if (n instanceof javafx.scene.control.ScrollPane sp && !(sp.getParent() instanceof javafx.scene.control.TreeView)) {
                sp.setVvalue(sp.getVmax());
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        // A cell the tree keeps below its visible rows is clipped: only one wholly inside the tree's
        // own area (and the window) can be clicked.
        javafx.scene.Node tree = robot.lookup("#" + InspectorView.PARTNERS_ID).query();
        javafx.geometry.Bounds shown = tree.localToScene(tree.getBoundsInLocal());
        double height = view.getScene().getHeight();
        @SuppressWarnings("unchecked")
        TreeCell<InspectorView.PartnerItem> partner = robot.lookup(".tree-cell").match(n -> {
            TreeCell<InspectorView.PartnerItem> c = (TreeCell<InspectorView.PartnerItem>) n;
            javafx.geometry.Bounds b = c.localToScene(c.getBoundsInLocal());
            return c.isVisible() && !c.isEmpty() && c.getItem() != null && c.getItem().firm() >= 0
                    && b.getMinY() >= shown.getMinY() && b.getMaxY() <= Math.min(shown.getMaxY(), height);
        }).queryAs(TreeCell.class);
        int firm = partner.getItem().firm();
        assertNotEquals(hub, firm);
        robot.clickOn(partner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firm, explorer.selectedFirmProperty().get());
        assertEquals(explorer.network().firmName(firm),
                robot.lookup("#" + InspectorView.NAME_ID).queryAs(Label.class).getText());
    }
}
