package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.inspector.InspectorView;
import org.supracluster.ui.map.NetworkGraphTest;
import org.supracluster.ui.search.SearchBox;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the inspector and the search field work with the map in the whole window (headless): a
 * partner chosen in the inspector is brought into sight, and the search field lets go of its
 * query when a firm is selected another way.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorSearchWiringTest {

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

    private double[] cameraCentre() throws Exception {
        var camera = view.map().graphView().getCamera();
        return WaitForAsyncUtils.asyncFx(() -> new double[] {camera.getViewCenter().x, camera.getViewCenter().y})
                .get();
    }

    private double[] placeOf(String id) {
        Object[] xy = (Object[]) view.map().networkGraph().graph().getNode(id).getAttribute("xy");
        return new double[] {((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue()};
    }

    @Test
    void aPartnerChosenInTheInspectorIsCentredOnTheMap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.selectedFirmProperty().set(model.network().indexOf("S"))).get();
        WaitForAsyncUtils.waitForFxEvents();
        double[] busan = placeOf("B");
        assertNotEquals(busan[0], cameraCentre()[0], 1e-6, "the map is not centred on Busan yet");
        InspectorView inspector = robot.lookup(n -> n instanceof InspectorView).queryAs(InspectorView.class);
        int b = model.network().indexOf("B");
        WaitForAsyncUtils.asyncFx(() -> inspector.viewModel().selectPartner(b)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(b, model.selectedFirmProperty().get());
        double[] centre = cameraCentre();
        assertEquals(busan[0], centre[0], 1e-9);
        assertEquals(busan[1], centre[1], 1e-9);
    }

    @Test
    void aFirmClickedOnTheMapEmptiesTheSearchField(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#" + SearchBox.SEARCH_ID).queryAs(TextField.class);
        // Chosen through the field's own model, as Enter does (no suggestion pop-up to wait for).
        WaitForAsyncUtils.asyncFx(() -> {
            search.setText("부산");
            search.fireEvent(new javafx.event.ActionEvent());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.network().indexOf("B"), model.selectedFirmProperty().get());
        assertEquals("부산", search.getText(), "the query stays while its firm is selected");
        var gv = view.map().graphView();
        // The search centred the map on Busan, zoomed in: back to the whole map to reach Suwon.
        WaitForAsyncUtils.asyncFx(() -> view.map().resetCamera()).get();
        WaitForAsyncUtils.waitForFxEvents();
        double[] g = placeOf("G");
        var px = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().transformGuToPx(g[0], g[1], 0)).get();
        for (int frame = 0; frame < 20 && !(px.x > 0 && px.x < gv.getWidth() && px.y > 0 && px.y < gv.getHeight());
                frame++) {
            WaitForAsyncUtils.waitForFxEvents(); // the camera's figures are the last frame's
            px = WaitForAsyncUtils.asyncFx(() -> gv.getCamera().transformGuToPx(g[0], g[1], 0)).get();
        }
        var screen = gv.localToScreen(px.x, px.y);
        robot.clickOn(screen.getX(), screen.getY());
        WaitForAsyncUtils.waitForFxEvents();
        if (model.selectedFirmProperty().get() != model.network().indexOf("G")) {
            // The field's suggestions had popped up (ControlsFX looks them up in the background):
            // the first click only closed them, as it does for a user.
            robot.clickOn(screen.getX(), screen.getY());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(model.network().indexOf("G"), model.selectedFirmProperty().get());
        assertEquals("", search.getText(), "the old query is gone; the prompt shows again");
    }
}
