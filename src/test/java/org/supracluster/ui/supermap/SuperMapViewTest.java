package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.explorer.ExplorerWindow;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;
import org.supracluster.ui.supermap.SuperMapViewModel.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The super-cluster map inside the explorer window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class SuperMapViewTest {

    private ExplorerViewModel model;
    private ExplorerView view;

    @Start
    void start(Stage stage) {
        view = ExplorerWindow.show(stage, SuperMapGeometryTest.network());
        model = view.model();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            view.dispose();
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> circles(FxRobot robot) {
        return List.copyOf(robot.lookup("." + SuperMapView.GROUP_CLASS).queryAll());
    }

    private Set<String> labels(FxRobot robot) {
        return robot.lookup("." + SuperMapView.LABEL_CLASS).queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void ctrlKShowsOneCirclePerClusterNamedInTheChosenLanguage(FxRobot robot) throws Exception {
        assertTrue(circles(robot).isEmpty(), "firms first");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Mode.GROUPS, view.superMap().modeProperty().get());
        assertFalse(view.map().isVisible(), "the firm map gives way to the groups");
        assertEquals(5, circles(robot).size());
        assertEquals(Set.of("Capital region", "Chungcheong–Daejeon", "Daegu–Gyeongbuk", "Southeast", "Honam"),
                labels(robot));
        assertTrue(robot.lookup("." + SuperMapView.BADGE_CLASS).queryAllAs(Label.class).stream()
                .anyMatch(b -> b.getText().equals("Core hub")), "roles appear as badges");
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("수도권", "충청·대전", "대구·경북", "동남권", "호남권"), labels(robot));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.map().isVisible(), "Ctrl+K again: back to firms");
    }

    @Test
    void byProvinceShowsOneCirclePerProvinceWithFirms(FxRobot robot) throws Exception {
        robot.clickOn("#" + SuperMapSwitch.GROUPS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ChoiceBox<?> choice = robot.lookup("#" + SuperMapSwitch.GROUPING_ID)
                .queryAs(javafx.scene.control.ChoiceBox.class);
        assertTrue(choice.isVisible());
        WaitForAsyncUtils.asyncFx(() -> choice.getSelectionModel().select(Grouping.PROVINCES.ordinal())).get();
        WaitForAsyncUtils.waitForFxEvents();
        // Seoul, Gyeonggi, Daejeon, Daegu, Busan, Ulsan, Gwangju, Jeju.
        assertEquals(8, circles(robot).size());
        assertTrue(labels(robot).containsAll(Set.of("Seoul", "Gyeonggi", "Jeju")));
    }

    @Test
    void theMapFollowsTheFilter(FxRobot robot) throws Exception {
        robot.clickOn("#" + SuperMapSwitch.GROUPS_ID);
        WaitForAsyncUtils.asyncFx(() -> model.setFilter(model.filterProperty().get()
                .withClusters(ClusterScheme.defaultFive(), List.of(0, 1, 2, 3), false))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, circles(robot).size(), "Honam's firms are filtered out: its circle goes");
        WaitForAsyncUtils.asyncFx(() -> model.tradeProperty().set(false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("." + SuperMapView.ARC_CLASS).queryAll().stream()
                .allMatch(n -> ((SuperMapGeometry.Arc) n.getUserData()).type() == LinkType.COPATENT));
    }

    @Test
    void clickingACircleShowsItsFirms(FxRobot robot) {
        robot.clickOn("#" + SuperMapSwitch.GROUPS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Node honam = circles(robot).stream().filter(n -> n.getUserData().equals(SuperMapGeometryTest.HONAM))
                .findFirst().orElseThrow();
        robot.clickOn(honam);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Mode.FIRMS, view.superMap().modeProperty().get());
        assertTrue(view.map().isVisible());
        assertEquals(EnumSet.of(Region.GWANGJU, Region.JEONBUK, Region.JEONNAM),
                model.filterProperty().get().regions());
        assertEquals(1, model.countsProperty().get().firms(), "Honam's one firm");
    }

    @Test
    void byProvinceTheLabelsDoNotCoverEachOther(FxRobot robot) throws Exception {
        robot.clickOn("#" + SuperMapSwitch.GROUPS_ID);
        WaitForAsyncUtils.asyncFx(() -> view.superMap().groupingProperty().set(Grouping.PROVINCES)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.geometry.Bounds> boxes = robot.lookup("." + SuperMapView.LABEL_CLASS).queryAll().stream()
                .map(n -> n.getParent().getBoundsInParent()).toList();
        assertEquals(8, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void presenterDarkThemeLightensTheLinesAndNames(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SuperMapView map = robot.lookup(".super-map").queryAs(SuperMapView.class);
        assertFalse(map.isDark());
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.T).release(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.isDark(), "T in presenter mode: the super-cluster map turns dark too");
        List<javafx.scene.shape.Shape> copatent = robot.lookup("." + SuperMapView.ARC_CLASS)
                .queryAllAs(javafx.scene.shape.Shape.class).stream()
                .filter(n -> ((SuperMapGeometry.Arc) n.getUserData()).type() == LinkType.COPATENT).toList();
        assertFalse(copatent.isEmpty());
        for (javafx.scene.shape.Shape arc : copatent) {
            assertTrue(((javafx.scene.paint.Color) arc.getStroke()).getBrightness() > 0.7,
                    "co-patent arcs are light on the dark sea");
        }
        for (Label name : robot.lookup("." + SuperMapView.LABEL_CLASS).queryAllAs(Label.class)) {
            assertTrue(((javafx.scene.paint.Color) name.getTextFill()).getBrightness() > 0.8, "light names");
            assertTrue(name.getFont().getSize() >= 28, "names readable from the back of the room");
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(map.isDark(), "leaving presenter mode restores the light map");
        for (javafx.scene.shape.Shape arc : robot.lookup("." + SuperMapView.ARC_CLASS)
                .queryAllAs(javafx.scene.shape.Shape.class)) {
            if (((SuperMapGeometry.Arc) arc.getUserData()).type() == LinkType.COPATENT) {
                assertTrue(((javafx.scene.paint.Color) arc.getStroke()).getBrightness() < 0.3);
            }
        }
    }

    @Test
    void hoveringAnArcTellsItsLinksAndWeight(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Hand-worked from SuperMapGeometryTest.network(): A (Seoul) → C (Daejeon) trade, weight 4;
        // C → A, weight 1; B (Gyeonggi) – C co-patent, weight 2.
        java.util.Map<String, String> tips = new java.util.HashMap<>();
        for (Node n : robot.lookup("." + SuperMapView.ARC_CLASS).queryAll()) {
            SuperMapGeometry.Arc a = (SuperMapGeometry.Arc) n.getUserData();
            javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) n.getProperties()
                    .get("javafx.scene.control.Tooltip");
            assertTrue(tip != null, "every arc has a tooltip");
            assertFalse(n.isMouseTransparent(), "it can be hovered");
            tips.put(a.type().code() + ":" + a.from() + ":" + a.to(), tip.getText());
        }
        assertEquals("Capital region → Chungcheong–Daejeon: 1 trade link (supplier → customer), weight 4",
                tips.get("trade:0:1"));
        assertEquals("Chungcheong–Daejeon → Capital region: 1 trade link (supplier → customer), weight 1",
                tips.get("trade:1:0"));
        assertEquals("Capital region – Chungcheong–Daejeon: 1 co-patent link, weight 2", tips.get("copatent:0:1"));
    }
}
