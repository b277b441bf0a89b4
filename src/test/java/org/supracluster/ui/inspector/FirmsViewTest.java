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

    @Test
    void metricHeadersExplainThemselvesInBothLanguages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<FirmRow, ?> participation = view.table().getColumns().get(13);
        assertEquals("Participation coefficient P", participation.getText());
        javafx.scene.control.Tooltip tip = org.supracluster.ui.tables.HeaderTips.of(participation);
        assertTrue(tip.getText().startsWith("Participation coefficient P = 1 − Σ (κ_t / k)²"), tip.getText());
        // The tooltip sits on the header cell the user points at.
        javafx.scene.Node header = robot.lookup(".column-header").match(n -> n instanceof
                javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == participation).query();
        assertEquals(tip, header.getProperties().get(org.supracluster.ui.tables.HeaderTips.class.getName()));
        TableColumn<FirmRow, ?> name = view.table().getColumns().get(0);
        assertEquals(null, org.supracluster.ui.tables.HeaderTips.of(name), "a firm's name needs no definition");
        try {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.KOREAN));
            assertEquals("참여 계수 P", participation.getText());
            assertTrue(tip.getText().startsWith("참여 계수 P = 1 − Σ (κ_t / k)²"), tip.getText());
            assertTrue(org.supracluster.ui.tables.HeaderTips.of(view.table().getColumns().get(7)).getText()
                    .startsWith("가중치 차수 s = Σ w"));
        } finally {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.ENGLISH));
        }
    }
}
