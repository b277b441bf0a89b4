package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ui.I18n;
import org.supracluster.ui.layout.FirmFootprint;
import org.supracluster.ui.layout.LayoutOptions;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network layout's options beside the layout switch, headless (Monocle), in its own user folder. */
@ExtendWith(ApplicationExtension.class)
class LayoutOptionsTest {

    @TempDir
    static Path home;
    private static String homeBefore;
    private ExplorerView view;

    @BeforeEach
    void ownUserFolder() {
        homeBefore = System.getProperty("supracluster.home");
        System.setProperty("supracluster.home", home.toString());
    }

    @Start
    void start(Stage stage) {
        System.setProperty("supracluster.home", home.toString());
        view = ExplorerWindow.show(stage, NetworkGraphTest.network());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
        ExplorerWindow.close(view);
        if (homeBefore == null) {
            System.clearProperty("supracluster.home");
        } else {
            System.setProperty("supracluster.home", homeBefore);
        }
    }

    private void waitForLayout() throws Exception {
        NetworkLayoutModel layout = view.networkLayout();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                layout.positionsProperty().get() != null && layout.positionsProperty().get().isFinished()
                        && !layout.runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOptionsAppearWithTheNetworkLayoutAndChangeTheModel(FxRobot robot) throws Exception {
        MenuButton options = robot.lookup("#" + LayoutOptionsButton.OPTIONS_ID).queryAs(MenuButton.class);
        assertFalse(options.isVisible(), "no options while the map is shown");
        NetworkLayoutModel layout = view.networkLayout();
        assertEquals(LayoutOptions.DEFAULT, layout.optionsProperty().get());

        robot.clickOn("#" + LayoutSwitch.LAYOUT_NETWORK_ID);
        waitForLayout();
        assertTrue(options.isVisible());
        var before = layout.positionsProperty().get();
        robot.clickOn(options);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox linLog = robot.lookup("#" + LayoutOptionsButton.LINLOG_ID).queryAs(CheckBox.class);
        CheckBox overlap = robot.lookup("#" + LayoutOptionsButton.OVERLAP_ID).queryAs(CheckBox.class);
        assertTrue(linLog.isSelected());
        assertTrue(overlap.isSelected());
        robot.clickOn(linLog);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new LayoutOptions(false, true), layout.optionsProperty().get());
        waitForLayout();
        assertTrue(layout.positionsProperty().get() != before, "an option changed lays the network out again");

        // The model's options show in the check boxes too (a scene or a test setting them).
        WaitForAsyncUtils.asyncFx(() -> layout.optionsProperty().set(LayoutOptions.CLASSIC)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(linLog.isSelected());
        assertFalse(overlap.isSelected());
        waitForLayout();
    }

    @Test
    void theOptionsSpeakKorean(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton options = robot.lookup("#" + LayoutOptionsButton.OPTIONS_ID).queryAs(MenuButton.class);
        CheckBox linLog = (CheckBox) ((CustomMenuItem) options.getItems().get(0)).getContent();
        CheckBox overlap = (CheckBox) ((CustomMenuItem) options.getItems().get(1)).getContent();
        assertEquals("배치 옵션", options.getText());
        assertTrue(options.getTooltip().getText().contains("다시 배치"), options.getTooltip().getText());
        assertEquals("LinLog 모드", linLog.getText());
        assertEquals("겹침 방지", overlap.getText());
        assertTrue(overlap.getTooltip().getText().startsWith("원이 서로 겹치지 않고"), overlap.getTooltip().getText());
        assertTrue(linLog.getTooltip().getText().contains("log(1 + d)"));
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Prevent overlap", overlap.getText());
    }

    @Test
    void theFootprintIsWhatTheMapDraws() throws Exception {
        FirmFootprint f = WaitForAsyncUtils.asyncFx(() -> MapFootprint.of(view.map())).get();
        assertEquals(4, f.radiusPx().length);
        // Sized by degree (the tool bar's first choice): every circle is 3–16 px across.
        assertTrue(Arrays.stream(f.radiusPx()).allMatch(r -> r >= 1.5 && r <= 8), Arrays.toString(f.radiusPx()));
        var graph = view.map().networkGraph();
        for (int firm = 0; firm < 4; firm++) {
            Object size = graph.graph().getNode(view.model().network().firmId(firm)).getAttribute("ui.size");
            if (size instanceof Number s) {
                assertEquals(s.doubleValue() / 2, f.radiusPx()[firm], 1e-9);
            }
        }
        assertTrue(Arrays.stream(f.labelWidthPx()).anyMatch(w -> w > 10), "the always-named firms' names have a width");
        assertTrue(f.viewWidthPx() > 0 && f.viewHeightPx() > 0);
    }

    @Test
    void theFootprintHasEveryFirmOfTheNetworkWhenAFilterLeavesSomeUndrawn() throws Exception {
        // Seoul's firm S filtered out: the map's graph holds three firms, the network four.
        WaitForAsyncUtils.asyncFx(() -> view.model().setFilter(org.supracluster.model.Filter.all().withRegions(
                java.util.EnumSet.complementOf(java.util.EnumSet.of(org.supracluster.model.Region.SEOUL))))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, WaitForAsyncUtils.asyncFx(() -> view.map().networkGraph().graph().getNodeCount()).get());
        FirmFootprint f = WaitForAsyncUtils.asyncFx(() -> MapFootprint.of(view.map())).get();
        assertEquals(4, f.radiusPx().length, "one entry per firm of the network, as the layout asks");
        int g = view.model().network().indexOf("G");
        assertTrue(f.radiusPx()[g] > 0, "G, drawn, has its circle");
        // And the layout takes it: the network layout runs on the filtered view.
        WaitForAsyncUtils.asyncFx(() -> view.networkLayout().modeProperty().set(NetworkLayoutModel.Mode.NETWORK)).get();
        waitForLayout();
        assertTrue(view.networkLayout().positionsProperty().get().isFinished());
    }
}
