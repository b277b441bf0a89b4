package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.ui.CssFailures;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.inspector.FirmRow;
import org.supracluster.ui.inspector.InspectorFixtures;
import org.supracluster.ui.inspector.FirmsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A firm chosen on the map while the "Firms" tab is not the one shown, then a filter change,
 * as the benchmark does: JavaFX must not be made to style the hidden table's cells (which
 * logged a ClassCastException per cell, "Could not resolve '-fx-text-background-color'"), and
 * the firm's row is in sight once the user opens the tab.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenTabsTest {

    private CssFailures css;

    private ExplorerView view;

    @Start
    void start(Stage stage) {
        css = CssFailures.watch();
        view = ExplorerWindow.show(stage, InspectorFixtures.sample());
    }

    @AfterEach
    void closeWindow() {
        css.close();
        ExplorerWindow.close(view);
    }

    @Test
    void aFirmChosenWhileItsTabIsHiddenStylesNothingHiddenAndShowsWhenTheTabOpens(FxRobot robot) throws Exception {
        ExplorerViewModel model = view.model();
        int hub = 0;
        for (int f = 1; f < model.network().firmCount(); f++) {
            if (model.allLinks().degree(f) > model.allLinks().degree(hub)) {
                hub = f;
            }
        }
        int firm = hub;
        Region home = model.network().region(firm);
        Filter some = Filter.all().withRegions(EnumSet.of(home)).withLinkTypes(EnumSet.of(LinkType.TRADE));
        TabPane tabs = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> t.getContent() instanceof FirmsView)).queryAs(TabPane.class);
        Tab firmsTab = tabs.getTabs().stream()
                .filter(t -> t.getContent() instanceof FirmsView).findFirst().orElseThrow();
        for (int i = 0; i < 4; i++) {
            Filter f = i % 2 == 0 ? some : Filter.all();
            fx(() -> model.setFilter(f));
        }
        for (int i = 0; i < 4; i++) {
            int chosen = i % 2 == 0 ? firm : ExplorerViewModel.NO_FIRM;
            fx(() -> model.selectedFirmProperty().set(chosen));
        }
        fx(() -> model.selectedFirmProperty().set(firm));
        fx(() -> model.setFilter(some));
        fx(() -> model.setFilter(Filter.all()));
        assertEquals(List.of(), css.firstFew());

        fx(() -> tabs.getSelectionModel().select(firmsTab));
        assertTrue(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() instanceof FirmRow r
                && r.firm() == firm && n.isVisible()).tryQuery().isPresent(), "the chosen firm's row is drawn");
        assertEquals(List.of(), css.firstFew());
    }

    private static void fx(Runnable work) throws Exception {
        InspectorFixtures.fx(work);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
