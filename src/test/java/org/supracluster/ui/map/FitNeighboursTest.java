package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Fit neighbours in a real map view (headless Monocle): double-click on a firm, and the key N. */
@ExtendWith(ApplicationExtension.class)
class FitNeighboursTest {

    private Network network;
    private MapView map;

    @Start
    void start(Stage stage) {
        network = NetworkGraphTest.network();
        LinkGraph all = LinkGraph.of(NetworkView.of(network, Filter.all()));
        map = new MapView(new NetworkGraph(all, Partition.of(ClusterScheme.defaultFive(), network)),
                ClusterScheme.defaultFive());
        // As the explorer wires it: a click selects the firm.
        map.setOnFirmClicked(firm -> map.networkGraph().select(firm, all));
        stage.setScene(new Scene(map, 800, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(map::close).get();
    }

    private <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Where a firm is drawn on the screen, from the last frame's camera. */
    private Point2D onScreen(String firmId) throws Exception {
        return fx(() -> {
            int f = network.indexOf(firmId);
            var p = map.graphView().getCamera().transformGuToPx(MapProjection.x(network.lon(f)),
                    MapProjection.y(network.lat(f)), 0);
            return map.graphView().localToScreen(p.x, p.y);
        });
    }

    private void waitForFirstFrame() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> map.graphView().getCamera().getMetrics().ratioPx2Gu > 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void doubleClickOnAFirmFitsTheCameraToItAndItsNeighbours(FxRobot robot) throws Exception {
        waitForFirstFrame();
        var camera = map.graphView().getCamera();
        // The graph spans Jeju (126.53°E, 33.5°N) to Busan (129.07°E) and Seoul (37.5°N).
        double graphWidth = 129.07 - 126.53;
        double graphHeight = MapProjection.y(37.5) - MapProjection.y(33.5); // ≈ 40.505 − 35.590 = 4.915
        assertEquals(graphWidth, fx(() -> camera.getMetrics().graphWidthGU()), 1e-9);
        assertEquals(graphHeight, fx(() -> camera.getMetrics().graphHeightGU()), 1e-9);
        assertEquals(1.0, fx(camera::getViewPercent), 1e-12, "the whole map at first");

        robot.moveTo(onScreen("S")).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // S (127.00, 37.50°N) and its one neighbour G (127.03, 37.26°N): box 0.03 × (40.505 − 40.203 ≈ 0.302).
        double boxHeight = MapProjection.y(37.5) - MapProjection.y(37.26);
        assertEquals("selected", fx(() -> map.networkGraph().graph().getNode("S").getAttribute("ui.class")));
        assertEquals(127.015, fx(() -> camera.getViewCenter().x), 1e-9);
        assertEquals((MapProjection.y(37.5) + MapProjection.y(37.26)) / 2, fx(() -> camera.getViewCenter().y), 1e-9);
        // 1.4 × max(0.03 / 2.54, 0.302 / 4.915) = 1.4 × 0.0614 ≈ 0.086: the taller side decides.
        double expected = MapView.FIT_MARGIN * boxHeight / graphHeight;
        assertEquals(0.086, expected, 0.001);
        assertEquals(expected, fx(camera::getViewPercent), 1e-9);
    }

    @Test
    void theKeyNFitsTheSelectedFirmsNeighboursAndDoesNothingWithoutASelection(FxRobot robot) throws Exception {
        waitForFirstFrame();
        var camera = map.graphView().getCamera();
        robot.clickOn(map);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, fx(camera::getViewPercent), 1e-12, "nothing selected: the camera stays");
        // B (Busan) has one neighbour, G: box 2.04 × (40.203 − 37.625 ≈ 2.578) of 2.54 × 4.915.
        WaitForAsyncUtils.asyncFx(() -> map.networkGraph().select(network.indexOf("B"),
                LinkGraph.of(NetworkView.of(network, Filter.all())))).get();
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        double boxWidth = 129.07 - 127.03;
        double boxHeight = MapProjection.y(37.26) - MapProjection.y(35.18);
        double expected = MapView.FIT_MARGIN * Math.max(boxWidth / (129.07 - 126.53),
                boxHeight / (MapProjection.y(37.5) - MapProjection.y(33.5)));
        assertEquals(1.124, expected, 0.001, "1.4 × max(0.803, 0.525) would show more than the map");
        assertEquals(1.0, fx(camera::getViewPercent), 1e-12, "so the fit is clamped to the whole map");
        assertEquals((127.03 + 129.07) / 2, fx(() -> camera.getViewCenter().x), 1e-9);
    }

    @Test
    void theFitsViewPercentIsTheMarginTimesTheLargerShareOfTheGraphWithinBounds() {
        // 1.4 × max(2/10, 1/10) = 0.28.
        assertEquals(0.28, MapView.fitPercent(new double[] {0, 0, 2, 1}, 10, 10, 1.4, 0.03), 1e-12);
        assertEquals(0.03, MapView.fitPercent(new double[] {5, 5, 5, 5}, 10, 10, 1.4, 0.03), 1e-12, "a point");
        assertEquals(1.0, MapView.fitPercent(new double[] {0, 0, 9, 1}, 10, 10, 1.4, 0.03), 1e-12, "at most all");
        assertEquals(1.0, MapView.fitPercent(new double[] {0, 0, 0, 0}, 0, 0, 1.4, 0.03), 1e-12, "no graph");
    }
}
