package org.supracluster.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.FirmText;

/**
 * The "Weak points" tab: a summary in words, then side by side the firms whose loss alone splits
 * the network and the bridges between clusters, each a sortable table ranked by the firms cut off.
 * Selecting a row selects its firm (a bridge's first firm) everywhere. Built in code in a fixed
 * order (constructor, createView, initListeners); binds to its {@link WhatIfViewModel} only.
 */
public final class WhatIfView extends BorderPane {

    public static final String FIRMS_TABLE_ID = "weak-firms-table";
    public static final String BRIDGES_TABLE_ID = "bridges-table";
    public static final String SUMMARY_ID = "weak-points-summary";

    private static final String NUMBER_STYLE = "-fx-alignment: center-right;";

    private final WhatIfViewModel model;
    private final Label summary = new Label();
    private final Label marked = new Label();
    private final Label firmsTitle = new Label();
    private final Label bridgesTitle = new Label();
    private final Label firmsEmpty = new Label();
    private final Label bridgesEmpty = new Label();
    private final TableView<WeakFirmRow> firms = new TableView<>();
    private final TableView<BridgeRow> bridges = new TableView<>();
    /** Each column with the bundle key of its header. */
    private final List<TableColumn<?, ?>> columns = new ArrayList<>();
    private final List<String> headerKeys = new ArrayList<>();
    private I18n.Subscription language;

    public WhatIfView(WhatIfViewModel model) {
        this.model = model;
        createView();
        initListeners();
        updateTexts();
    }

    private void createView() {
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.setStyle("-fx-font-weight: bold;");
        marked.setWrapText(true);
        marked.setStyle("-fx-text-fill: #555555;");
        VBox top = new VBox(2, summary, marked);
        top.setStyle("-fx-padding: 6 8 6 8;");
        setTop(top);

        firms.setId(FIRMS_TABLE_ID);
        firms.setPlaceholder(firmsEmpty);
        number(firms, "whatIf.column.rank", WeakFirmRow::rank, 44);
        text(firms, "whatIf.column.firm", WeakFirmRow::name, 190);
        text(firms, "whatIf.column.cluster", WeakFirmRow::cluster, 140);
        number(firms, "whatIf.column.cutOff", WeakFirmRow::cutOff, 100);
        number(firms, "whatIf.column.degree", WeakFirmRow::degree, 80);
        number(firms, "metric.coreness", WeakFirmRow::coreness, 110);
        firms.setItems(model.firms());

        bridges.setId(BRIDGES_TABLE_ID);
        bridges.setPlaceholder(bridgesEmpty);
        number(bridges, "whatIf.column.rank", BridgeRow::rank, 44);
        text(bridges, "whatIf.column.firm", BridgeRow::firstName, 170);
        text(bridges, "whatIf.column.cluster", BridgeRow::firstCluster, 130);
        text(bridges, "whatIf.column.firm", BridgeRow::secondName, 170);
        text(bridges, "whatIf.column.cluster", BridgeRow::secondCluster, 130);
        number(bridges, "whatIf.column.cutOff", BridgeRow::cutOff, 100);
        bridges.setItems(model.bridges());

        SplitPane both = new SplitPane(titled(firmsTitle, firms), titled(bridgesTitle, bridges));
        both.setOrientation(Orientation.HORIZONTAL);
        setCenter(both);
    }

    private static VBox titled(Label title, TableView<?> table) {
        title.setStyle("-fx-font-weight: bold; -fx-padding: 2 6 2 6;");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(title, table);
    }

    private <R> void text(TableView<R> table, String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>();
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        add(table, c, key);
    }

    /** A column of whole numbers that sorts by value and shows them with grouping. */
    private <R> void number(TableView<R> table, String key, Function<R, Integer> value, double width) {
        TableColumn<R, Integer> c = new TableColumn<>();
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty || v == null ? null : FirmText.integer(v));
            }
        });
        c.setStyle(NUMBER_STYLE);
        c.setPrefWidth(width);
        add(table, c, key);
    }

    private <R> void add(TableView<R> table, TableColumn<R, ?> c, String key) {
        table.getColumns().add(c);
        columns.add(c);
        headerKeys.add(key);
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        firms.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.firm());
            }
        });
        bridges.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.first());
            }
        });
        language = I18n.addListener(locale -> updateTexts());
    }

    private void updateTexts() {
        marked.setText(I18n.format("whatIf.marked", WhatIfViewModel.MARKED));
        firmsTitle.setText(I18n.get("whatIf.firms.title"));
        bridgesTitle.setText(I18n.get("whatIf.bridges.title"));
        firmsEmpty.setText(I18n.get("whatIf.firms.empty"));
        bridgesEmpty.setText(I18n.get("whatIf.bridges.empty"));
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setText(I18n.get(headerKeys.get(i)));
        }
        firms.refresh();
        bridges.refresh();
    }

    /** The firms' table (for Copy and Export as CSV). */
    public TableView<WeakFirmRow> firmsTable() {
        return firms;
    }

    /** The bridges' table (for Copy and Export as CSV). */
    public TableView<BridgeRow> bridgesTable() {
        return bridges;
    }

    public WhatIfViewModel model() {
        return model;
    }

    /** Stops following the language, here and in the view model (when the tab goes away). */
    public void dispose() {
        language.close();
        model.dispose();
    }
}
