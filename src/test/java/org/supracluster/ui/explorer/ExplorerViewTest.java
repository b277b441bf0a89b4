package org.supracluster.ui.explorer;

import org.supracluster.ui.I18n;
import org.supracluster.ui.ExplorerViewModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {

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
    void clickingCoPatentOffHidesExactlyTheCoPatentLinks(FxRobot robot) {
        assertEquals(4, view.map().networkGraph().shownEdgeCount());
        robot.clickOn("#" + ExplorerView.COPATENT_TOGGLE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.copatentProperty().get());
        assertFalse(view.map().networkGraph().isEdgeShown("copatent:S:G"));
        assertFalse(view.map().networkGraph().isEdgeShown("copatent:G:J"));
        assertTrue(view.map().networkGraph().isEdgeShown("trade:S:G"));
        assertEquals(2, view.map().networkGraph().shownEdgeCount());
        Label status = robot.lookup("#" + org.supracluster.ui.status.StatusBar.STATUS_ID).queryAs(Label.class);
        assertEquals("4 of 4 firms, 2 of 4 links shown", status.getText());
        Label filter = robot.lookup("#" + org.supracluster.ui.status.StatusBar.FILTER_TEXT_ID).queryAs(Label.class);
        assertEquals("Filter: Trade only", filter.getText());
    }

    @Test
    void uncheckingAProvinceInTheWindowRemovesItsFirmsFromTheMap(FxRobot robot) {
        // Seoul is the first province row of the tree, visible without scrolling.
        javafx.scene.control.TreeCell<?> seoul = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> "Seoul".equals(c.getText())
                        || c.getItem() != null && "Seoul".equals(c.getItem().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no tree row Seoul"));
        assertTrue(view.map().networkGraph().isNodeShown("S"));
        robot.clickOn(robot.from(seoul).lookup(".check-box").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.map().networkGraph().isNodeShown("S"), "Seoul's firm is gone from the map");
        assertTrue(view.map().networkGraph().isNodeShown("G"));
        assertFalse(view.map().networkGraph().isEdgeShown("trade:S:G"), "and its links");
        Label status = robot.lookup("#" + org.supracluster.ui.status.StatusBar.STATUS_ID).queryAs(Label.class);
        assertTrue(status.getText().startsWith("3 of 4 firms"), status.getText());
    }

    @Test
    void aFirmSelectedBeforeTheViewIsBuiltIsHighlighted() throws Exception {
        // What a scheme change does: the new view model keeps the selection, then the view is built.
        ExplorerView other = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel m = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
            m.selectedFirmProperty().set(m.network().indexOf("B"));
            return new ExplorerView(m);
        }).get();
        try {
            assertEquals("selected", other.map().networkGraph().graph().getNode("B").getAttribute("ui.class"));
            assertEquals("dimmed", other.map().networkGraph().graph().getNode("J").getAttribute("ui.class"));
        } finally {
            ExplorerWindow.close(other);
        }
    }

    @Test
    void aDisposedViewLetsGoOfItsLanguageListeners() throws Exception {
        int before = WaitForAsyncUtils.asyncFx(I18n::listenerCount).get();
        ExplorerView other = WaitForAsyncUtils.asyncFx(() -> new ExplorerView(
                new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive()))).get();
        assertTrue(WaitForAsyncUtils.asyncFx(I18n::listenerCount).get() > before);
        WaitForAsyncUtils.asyncFx(other::dispose).get();
        assertEquals(before, WaitForAsyncUtils.asyncFx(I18n::listenerCount).get(),
                "a replaced view (another database, another scheme) must not stay reachable");
    }

    @Test
    void draggingPansAndKeysZoomTheMap(FxRobot robot) throws Exception {
        var gv = view.map().graphView();
        WaitForAsyncUtils.waitForFxEvents();
        // The camera hands out its own centre object: copy the figure.
        double before = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().getViewCenter().x).get();
        var from = gv.localToScreen(gv.getWidth() / 2, gv.getHeight() / 2);
        robot.drag(from.getX(), from.getY()).dropTo(new javafx.geometry.Point2D(from.getX() - 80, from.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        double after = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().getViewCenter().x).get();
        assertTrue(after > before, "dragging the map left moves the view east: " + before + " → " + after);
        assertEquals(ExplorerViewModel.NO_FIRM, model.selectedFirmProperty().get(), "a drag is not a click");
        double zoom = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().getViewPercent()).get();
        robot.type(javafx.scene.input.KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> gv.getCamera().getViewPercent()).get() < zoom, "+ zooms in");
        robot.type(javafx.scene.input.KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, WaitForAsyncUtils.asyncFx(() -> gv.getCamera().getViewPercent()).get(), 1e-9);
    }

    @Test
    void clickingAFirmSelectsItAndClickingEmptyMapClears(FxRobot robot) throws Exception {
        var gv = view.map().graphView();
        // Where Busan's firm is drawn, in the view's pixels, through the camera of the last frame.
        WaitForAsyncUtils.waitForFxEvents();
        Object[] xy = (Object[]) view.map().networkGraph().graph().getNode("B").getAttribute("xy");
        var px = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().transformGuToPx((double) xy[0], (double) xy[1], 0))
                .get();
        var screen = gv.localToScreen(px.x, px.y);
        robot.clickOn(screen.getX(), screen.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.network().indexOf("B"), model.selectedFirmProperty().get());
        assertEquals("selected", view.map().networkGraph().graph().getNode("B").getAttribute("ui.class"));
        var corner = gv.localToScreen(5, 5);
        robot.clickOn(corner.getX(), corner.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExplorerViewModel.NO_FIRM, model.selectedFirmProperty().get());
    }

    @Test
    void searchSelectsTheFirm(FxRobot robot) {
        robot.clickOn("#" + org.supracluster.ui.search.SearchBox.SEARCH_ID).write("부산").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.network().indexOf("B"), model.selectedFirmProperty().get());
    }

    @Test
    void escapeOrAClickOnTheMapTakesTheKeysBackFromTheSearch(FxRobot robot) {
        robot.clickOn("#" + org.supracluster.ui.search.SearchBox.SEARCH_ID).write("부산")
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(typing(), "the search has the keys while one types");
        // The first Esc may only close the suggestions; the next leaves the field.
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (typing()) {
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(view.map().graphView(), view.getScene().getFocusOwner(), "Esc gives the keys to the map");
        robot.clickOn("#" + org.supracluster.ui.search.SearchBox.SEARCH_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(typing());
        javafx.geometry.Bounds map = view.map().localToScreen(view.map().getBoundsInLocal());
        robot.clickOn(map.getMinX() + 5, map.getMaxY() - 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.map().graphView(), view.getScene().getFocusOwner(), "a click on the map takes them too");
    }

    private boolean typing() {
        return view.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
    }

    @Test
    void theLanguageChoiceSwitchesTheWholeWindow(FxRobot robot) throws Exception {
        javafx.scene.control.ChoiceBox<?> choice = robot.lookup("#" + ExplorerView.LANGUAGE_ID).queryAs(
                javafx.scene.control.ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> choice.getSelectionModel().select(0)).get(); // 한국어 comes first
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.KOREAN, I18n.locale());
        javafx.scene.control.ToggleButton trade = robot.lookup("#" + ExplorerView.TRADE_TOGGLE_ID)
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("거래", trade.getText());
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Trade", trade.getText());
    }

    @Test
    void switchingToKoreanShowsKoreanLabels(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#" + org.supracluster.ui.status.StatusBar.STATUS_ID).queryAs(Label.class);
        assertTrue(status.getText().matches(".*[\\uAC00-\\uD7A3].*"), status.getText());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target/explorer-ko.png"));
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
    }

    @Test
    void theNetworkLayoutMovesTheFirmsAndTheMapPutsThemBackExactly(FxRobot robot) throws Exception {
        var graph = view.map().networkGraph().graph();
        String[] ids = {"S", "G", "B", "J"};
        double[][] onMap = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            onMap[i] = xy(graph.getNode(ids[i]));
        }
        robot.clickOn("#" + LayoutSwitch.LAYOUT_NETWORK_ID);
        var layout = view.networkLayout();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                layout.positionsProperty().get() != null && layout.positionsProperty().get().isFinished()
                        && !layout.runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.supracluster.ui.layout.NetworkLayoutModel.Mode.NETWORK, layout.modeProperty().get());
        assertFalse(view.map().isShowingProvinces());
        int moved = 0;
        for (int i = 0; i < ids.length; i++) {
            double[] now = xy(graph.getNode(ids[i]));
            moved += now[0] != onMap[i][0] || now[1] != onMap[i][1] ? 1 : 0;
        }
        assertEquals(ids.length, moved, "every firm leaves its map position");
        // Selection and search-centring work in the network layout too.
        robot.clickOn("#" + org.supracluster.ui.search.SearchBox.SEARCH_ID).write("부산").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.network().indexOf("B"), model.selectedFirmProperty().get());

        // Fired, not clicked: the search's suggestion pop-up may still lie over the tool bar.
        javafx.scene.control.ToggleButton mapToggle = robot.lookup("#" + LayoutSwitch.LAYOUT_MAP_ID)
                .queryAs(javafx.scene.control.ToggleButton.class);
        WaitForAsyncUtils.asyncFx(mapToggle::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.supracluster.ui.layout.NetworkLayoutModel.Mode.MAP, layout.modeProperty().get());
        assertTrue(view.map().isShowingProvinces());
        for (int i = 0; i < ids.length; i++) {
            assertArrayEquals(onMap[i], xy(graph.getNode(ids[i])), 0.0, ids[i]);
        }
    }

    private static double[] xy(org.graphstream.graph.Node node) {
        Object[] xy = (Object[]) node.getAttribute("xy");
        return new double[] {((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue()};
    }
}
