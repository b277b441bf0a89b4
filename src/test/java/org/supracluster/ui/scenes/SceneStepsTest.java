package org.supracluster.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import javafx.scene.control.Menu;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.explorer.ExplorerWindow;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Stepping through scenes with the keys in the explorer window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class SceneStepsTest {

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

    private static final Filter SEOUL = Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI));
    private static final Filter COPATENT = Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT)).withMinWeight(2);

    private void saveTwo() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            model.setFilter(SEOUL);
            assertTrue(view.scenes().save("서울·경기"));
            model.setFilter(COPATENT);
            assertTrue(view.scenes().save("co-patents"));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pageUpAndDownStepThroughTheScenesAndTheFilterFollows(FxRobot robot) throws Exception {
        saveTwo();
        robot.clickOn(view.map());
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SEOUL, model.filterProperty().get());
        assertEquals(0, view.scenes().currentProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(COPATENT, model.filterProperty().get());
        // The menu lists both scenes, the shown one marked.
        Menu menu = view.menuBar().getMenus().stream().filter(m -> SceneMenu.MENU_ID.equals(m.getId()))
                .findFirst().orElseThrow();
        assertTrue(menu.getItems().stream().anyMatch(i -> "▶ 2. co-patents".equals(i.getText())));
        assertTrue(menu.getItems().stream().anyMatch(i -> "    1. 서울·경기".equals(i.getText())));
    }

    @Test
    void inPresenterModeTheArrowsStepAndTextFieldsKeepTheirKeys(FxRobot robot) throws Exception {
        saveTwo();
        robot.clickOn(view.map()).type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.presenter().isActive());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SEOUL, model.filterProperty().get());
        javafx.scene.control.Label counter = robot.lookup("#" + org.supracluster.ui.presenter.PresenterView.SCENE_ID)
                .queryAs(javafx.scene.control.Label.class);
        assertTrue(counter.getText().startsWith("1") || counter.getText().contains(" 1"), counter.getText());
        assertTrue(counter.getText().contains("서울·경기"), "the scene's name, like a slide title: " + counter.getText());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(COPATENT, model.filterProperty().get());
        assertEquals(org.supracluster.ui.I18n.format("presenter.scene", 2, 2, "co-patents"), counter.getText());
        assertTrue(counter.isVisible() && counter.getScene() != null, "shown in the presenter's header");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // Typing in a text field: Page Up is the field's, not a scene step.
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(search).type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(COPATENT, model.filterProperty().get());
        assertEquals(1, view.scenes().currentProperty().get());
    }

    @Test
    void savingASceneSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        saveTwo();
        robot.clickOn(view.map());
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // The dialog offers the current scene's name; a new name makes a third scene.
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("남부 공급망"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label notice = robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID)
                .queryAs(javafx.scene.control.Label.class);
        assertEquals("· Scene “남부 공급망” saved: scene 3 of 3 (Page Down and Page Up step through them)",
                notice.getText());
    }
}
