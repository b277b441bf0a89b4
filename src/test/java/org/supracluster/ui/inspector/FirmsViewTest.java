package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Firms" tab, headless (Monocle), on the 1,500-firm sample. */
@ExtendWith(ApplicationExtension.class)
class FirmsViewTest {

    private ExplorerViewModel explorer;
    private FirmMetricsViewModel metrics;
    private FirmsView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        explorer = new ExplorerViewModel(InspectorFixtures.sample(), ClusterScheme.defaultFive());
        metrics = new FirmMetricsViewModel(explorer, new RecordingNotices().tasks());
        view = new FirmsView(new FirmsViewModel(explorer, metrics));
        Scene scene = new Scene(view, 1260, 460);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void searchingAndClickingARowSelectsTheFirm(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1500, view.table().getItems().size());
        String id = explorer.network().firmId(1234);
        robot.clickOn("#" + FirmsView.SEARCH_ID).write(id);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.table().getItems().size());
        TableRow<?> row = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() != null)
                .queryAs(TableRow.class);
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1234, explorer.selectedFirmProperty().get());
    }

    @Test
    void theTableSortsAndFollowsASelectionMadeElsewhere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int hub = InspectorFixtures.hub(metrics.metricsProperty().get());
        InspectorFixtures.fx(() -> {
            TableView<FirmRow> table = view.table();
            TableColumn<FirmRow, ?> betweenness = table.getColumns().get(10);
            assertEquals("Betweenness", betweenness.getText());
            betweenness.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(betweenness);
        });
        FirmRow top = view.table().getItems().get(0);
        for (FirmRow r : view.table().getItems()) {
            assertTrue(r.betweenness() <= top.betweenness());
        }
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub));
        assertEquals(hub, view.table().getSelectionModel().getSelectedItem().firm());
        InspectorFixtures.snapshot(view, "firms-tab.png");
    }
}
