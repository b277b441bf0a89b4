package org.supracluster.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.explorer.ExplorerWindow;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode and undo/redo in the explorer window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

    private ExplorerViewModel model;
    private ExplorerView view;

    @Start
    void start(Stage stage) {
        view = ExplorerWindow.show(stage, NetworkGraphTest.network());
        model = view.model();
    }

    @AfterEach
    void closeWindow() {
        ExplorerWindow.close(view);
    }

    @Test
    void f5ShowsTheMapAloneUnderATitleAndEscPutsEverythingBack(FxRobot robot) throws Exception {
        Node top = view.getTop();
        Node left = view.getLeft();
        Node bottom = view.getBottom();
        SplitPane centre = (SplitPane) view.getCenter();
        SplitPane upper = (SplitPane) centre.getItems().get(0);
        double[] centreDividers = centre.getDividerPositions();
        double[] upperDividers = upper.getDividerPositions();
        robot.clickOn(view.map()).type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.presenter().isActive());
        for (Node panel : new Node[] {top, left, bottom}) {
            assertFalse(panel.isVisible());
            assertFalse(panel.isManaged());
        }
        assertEquals(PresenterView.PANE_ID, view.getCenter().getId());
        Label title = robot.lookup("#" + PresenterView.TITLE_ID).queryAs(Label.class);
        assertTrue(title.isVisible());
        assertEquals("Supracluster Explorer", title.getText());
        assertEquals("All firms and links",
                robot.lookup("#" + PresenterView.SUBTITLE_ID).queryAs(Label.class).getText());
        assertTrue(view.map().getScene() != null && view.map().getWidth() > 1000,
                "the map fills the window's width");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.presenter().isActive());
        for (Node panel : new Node[] {top, left, bottom}) {
            assertTrue(panel.isVisible());
            assertTrue(panel.isManaged());
        }
        assertEquals(centre, view.getCenter());
        assertEquals(view.map().getParent().getParent() != null, true);
        assertTrue(upper.getItems().contains(view.map().getParent()));
        assertEquals(0, upper.getItems().indexOf(view.map().getParent()));
        assertArrayEquals(centreDividers, centre.getDividerPositions(), 1e-9);
        assertArrayEquals(upperDividers, upper.getDividerPositions(), 1e-9);
        assertTrue(robot.lookup("#" + PresenterView.TITLE_ID).tryQuery().isEmpty());
    }

    /** How the viewer's copy of a firm's node draws its name (what the screen shows). */
    private org.graphstream.ui.graphicGraph.stylesheet.StyleConstants.TextVisibilityMode nameVisibility(String id)
            throws Exception {
        java.util.concurrent.Callable<org.graphstream.ui.graphicGraph.stylesheet.StyleConstants.TextVisibilityMode> read =
                () -> ((org.graphstream.ui.graphicGraph.GraphicNode) view.map().graphView().getViewer().getGraphicGraph()
                        .getNode(id)).getStyle().getTextVisibilityMode();
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void theBiggestFirmsKeepTheirNamesInPresenterModeAndAfter(FxRobot robot) throws Exception {
        var normal = org.graphstream.ui.graphicGraph.stylesheet.StyleConstants.TextVisibilityMode.NORMAL;
        org.junit.jupiter.api.Assertions.assertTrue(
                view.map().networkGraph().hasPersistentLabel(model.network().indexOf("G")));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> nameVisibility("G") == normal);
        robot.clickOn(view.map()).type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> nameVisibility("G") == normal);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> nameVisibility("G") == normal);
        assertEquals(normal, nameVisibility("G"), "replacing the stylesheet must not drop the firm's own style");
    }

    @Test
    void doubleClickingTheTitleEditsIt(FxRobot robot) {
        robot.clickOn(view.map()).type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#" + PresenterView.TITLE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#" + PresenterView.EDIT_ID).tryQuery().orElse(null));
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("Chip corridor").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chip corridor", robot.lookup("#" + PresenterView.TITLE_ID).queryAs(Label.class).getText());
    }

    @Test
    void theThemeKeyDarkensTheMapBackground(FxRobot robot) throws Exception {
        robot.clickOn(view.map()).type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        int light = cornerPixel();
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PresenterViewModel.Theme.DARK, view.presenter().themeProperty().get());
        int dark = waitForCornerOtherThan(light);
        assertNotEquals(light, dark);
        assertTrue(brightness(dark) < brightness(light) / 2, "the dark theme's sea is dark");
    }

    private static double brightness(int argb) {
        return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
    }

    /** The map's top-left pixel: the graph's background, outside every province. */
    private int cornerPixel() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var image = view.map().graphView().snapshot(null, null);
            return image.getPixelReader().getArgb(3, 3);
        }).get();
    }

    /** GraphStream redraws on its own timer: wait for a frame with the new style, not a fixed time. */
    private int waitForCornerOtherThan(int before) throws Exception {
        int now = cornerPixel();
        for (int i = 0; i < 100 && now == before; i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            now = cornerPixel();
        }
        return now;
    }

    @Test
    void ctrlZTurnsCoPatentBackOnAndCtrlYOffAgain(FxRobot robot) {
        robot.clickOn("#" + ExplorerView.COPATENT_TOGGLE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.copatentProperty().get());
        robot.clickOn(view.map()); // focus off the toggle: the shortcut is the window's
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.copatentProperty().get());
        assertEquals(4, view.map().networkGraph().shownEdgeCount());
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.copatentProperty().get());
        assertEquals(2, view.map().networkGraph().shownEdgeCount());
    }
}
