package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.ui.map.NetworkGraph;
import org.supracluster.ui.map.NetworkGraphTest;
import org.supracluster.ui.whatif.WhatIfView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Weak points" tab in the window, headless, on {@link NetworkGraphTest#network()} (a star around
 * G): G is listed and, while the tab is in front, ringed on the map with its links to B (southeast)
 * and J (other), the two bridges between groups.
 */
@ExtendWith(ApplicationExtension.class)
class WeakPointsTabTest {

    private ExplorerView view;

    @Start
    void start(Stage stage) {
        view = ExplorerWindow.show(stage, NetworkGraphTest.network());
    }

    @AfterEach
    void closeWindow() {
        ExplorerWindow.close(view);
    }

    private String cls(String element) throws Exception {
        NetworkGraph g = view.map().networkGraph();
        return WaitForAsyncUtils.asyncFx(() -> String.valueOf((g.graph().getNode(element) != null
                ? g.graph().getNode(element) : g.graph().getEdge(element)).getAttribute("ui.class"))).get();
    }

    private void selectTab(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTabListsTheWeakPointsAndTheMapMarksThemWhileItIsInFront(FxRobot robot) throws Exception {
        Tab tab = WaitForAsyncUtils.asyncFx(() -> view.tabs().getTabs().stream()
                .filter(t -> AnalysisArea.WEAK_POINTS_TAB_ID.equals(t.getId())).findFirst().orElseThrow()).get();
        assertEquals("Weak points", tab.getText());
        assertEquals("c0", cls("G"));
        selectTab(AnalysisArea.WEAK_POINTS_TAB_ID);
        TableView<?> firms = robot.lookup("#" + WhatIfView.FIRMS_TABLE_ID).queryAs(TableView.class);
        TableView<?> bridges = robot.lookup("#" + WhatIfView.BRIDGES_TABLE_ID).queryAs(TableView.class);
        // The figures come from a background thread.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                firms.getItems().size() == 1 && bridges.getItems().size() == 2).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("#", "Firm", "Cluster", "Firms cut off", "Neighbours", "Core number (k-core)"),
                WaitForAsyncUtils.asyncFx(() -> firms.getColumns().stream().map(TableColumn::getText).toList()).get());
        assertEquals("weak", cls("G"));
        assertEquals("c0", cls("S"));
        assertEquals("tradeWeak", cls("trade:G:B"));
        assertEquals("copatentWeak", cls("copatent:G:J"));
        assertEquals("trade", cls("trade:S:G"), "S–G lies inside the capital region");
        selectTab(org.supracluster.ui.roles.RolesTabs.CLUSTER_ROLES_TAB_ID);
        assertEquals("c0", cls("G"));
        assertEquals("trade", cls("trade:G:B"));
    }
}
