package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.ui.I18n;

/**
 * The "Firms" tab: a search field and a sortable table of the shown firms with their figures and
 * roles. Selecting a row selects the firm everywhere; a firm selected elsewhere is selected and
 * scrolled to here (unless the search hides it). Binds to its {@link FirmsViewModel} only.
 */
public final class FirmsView extends BorderPane {

    public static final String SEARCH_ID = "firms-search";
    public static final String TABLE_ID = "firms-table";
    public static final String COUNT_ID = "firms-count";

    private final FirmsViewModel model;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final TableView<FirmRow> table = new TableView<>();
    /** Each column with the bundle key of its header. */
    private final List<TableColumn<FirmRow, ?>> columns = new ArrayList<>();
    private final List<String> headerKeys = new ArrayList<>();
    /** The bundle key of each column's definition, null for a column that needs none (name, id). */
    private final List<String> tipKeys = new ArrayList<>();
    private boolean syncing;
    /** A scroll waiting for the table to show (see scrollWhenShown), or null. */
    private javafx.beans.InvalidationListener waitingToShow;
    private I18n.Subscription language;

    public FirmsView(FirmsViewModel model) {
        this.model = model;
        createView();
        initListeners();
        updateTexts();
        syncSelection();
    }

    private void createView() {
        getStylesheets().add(InspectorStyles.stylesheetUrl());
        getStyleClass().add(InspectorStyles.FIRMS);
        search.setId(SEARCH_ID);
        search.setPrefColumnCount(24);
        count.setId(COUNT_ID);
        count.getStyleClass().add(InspectorStyles.NOTE);
        HBox bar = new HBox(search, count);
        bar.getStyleClass().add(InspectorStyles.FIRMS_TOOLBAR);
        HBox.setHgrow(search, Priority.NEVER);
        setTop(bar);
        table.setId(TABLE_ID);
        table.setPlaceholder(placeholder);
        addColumns();
        table.getColumns().setAll(columns);
        table.setItems(model.sortedFirms());
        org.supracluster.ui.tables.HeaderTips.install(table);
        setCenter(table);
    }

    private void addColumns() {
        text("firm.name", FirmRow::name, 170);
        text("firm.id", FirmRow::id, 64);
        text("firm.region", FirmRow::region, 80);
        text("firm.cluster", FirmRow::cluster, 150);
        text("firm.segment", FirmRow::segment, 80);
        TableColumn<FirmRow, String> role = text("firms.column.role", FirmRow::roleName, 150);
        tipKeys.set(tipKeys.size() - 1, "firms.column.role.tip");
        role.setCellFactory(c -> new RoleCell());
        // A firm without a role shows a dash; exported, an empty cell, as for other missing figures.
        org.supracluster.ui.tables.TableSnapshot.exportValue(role, v -> FirmText.NOT_APPLICABLE.equals(v) ? null : v);
        for (FirmMetric metric : FirmMetric.values()) {
            number(metric.messageKey(), r -> r.value(metric), v -> FirmText.figure(metric, v));
            tipKeys.set(tipKeys.size() - 1, metric.tipKey());
        }
        number("firms.column.brokerage", r -> r.brokerage(), v -> FirmText.integer((long) v));
        tipKeys.set(tipKeys.size() - 1, "firms.column.brokerage.tip");
    }

    private TableColumn<FirmRow, String> text(String key, Function<FirmRow, String> value, double width) {
        TableColumn<FirmRow, String> c = new TableColumn<>();
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        columns.add(c);
        headerKeys.add(key);
        tipKeys.add(null);
        return c;
    }

    /** A column of numbers kept as doubles (so it sorts by value), shown through {@code format}. */
    private void number(String key, java.util.function.ToDoubleFunction<FirmRow> value, DoubleFunction<String> format) {
        TableColumn<FirmRow, Double> c = new TableColumn<>();
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty || v == null ? null : format.apply(v));
            }
        });
        c.getStyleClass().add(InspectorStyles.NUMBER_COLUMN);
        c.setPrefWidth(80);
        columns.add(c);
        headerKeys.add(key);
        tipKeys.add(null);
    }

    private void initListeners() {
        search.textProperty().bindBidirectional(model.searchProperty());
        count.textProperty().bind(model.countProperty());
        model.sortedFirms().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.select(now);
            }
        });
        model.selectedRowProperty().addListener((o, was, now) -> syncSelection());
        // Registered after setItems, so the table has taken in the new rows when this runs.
        model.sortedFirms().addListener((ListChangeListener<FirmRow>) c -> syncSelection());
        language = I18n.addListener(locale -> updateTexts());
    }

    /** Selects and shows the selected firm's row, unless it is the table's selection already. */
    private void syncSelection() {
        FirmRow row = model.selectedRowProperty().get();
        if (row != null && row.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                // The table allows several rows (to copy them): a firm chosen elsewhere replaces
                // the selection, as on the map, rather than joining it.
                int i = table.getItems().indexOf(row);
                if (i < 0) {
                    table.getSelectionModel().clearSelection(); // hidden by the search
                } else {
                    table.getSelectionModel().clearAndSelect(i);
                    scrollWhenShown(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls to the row now if the table is showing, else once it is. A table in a tab that is
     * not selected (or outside any window) that scrolls has a cell styled under an invisible
     * parent, where modena's colour lookups fail: JavaFX then logs a ClassCastException per
     * cell. So the scroll waits until every parent is visible, listening to the parents that
     * were hidden when it was asked for.
     */
    private void scrollWhenShown(int row) {
        if (showing()) {
            table.scrollTo(row);
            return;
        }
        if (waitingToShow != null) {
            return; // the waiting scroll takes the selection as it is when the table shows
        }
        List<javafx.beans.property.BooleanProperty> hidden = new ArrayList<>();
        for (Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                hidden.add(n.visibleProperty());
            }
        }
        waitingToShow = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (!showing()) {
                    return;
                }
                hidden.forEach(p -> p.removeListener(this));
                table.sceneProperty().removeListener(this);
                waitingToShow = null;
                int i = table.getItems().indexOf(model.selectedRowProperty().get());
                if (i >= 0) {
                    table.scrollTo(i);
                }
            }
        };
        hidden.forEach(p -> p.addListener(waitingToShow));
        table.sceneProperty().addListener(waitingToShow);
    }

    private boolean showing() {
        if (table.getScene() == null) {
            return false;
        }
        for (Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void updateTexts() {
        search.setPromptText(I18n.get("firms.search.prompt"));
        placeholder.setText(I18n.get("firms.empty"));
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setText(I18n.get(headerKeys.get(i)));
            if (tipKeys.get(i) != null) {
                org.supracluster.ui.tables.HeaderTips.set(columns.get(i), I18n.get(tipKeys.get(i)));
            }
        }
        table.refresh();
    }

    /** The role in words after a disc in its colour. */
    private static final class RoleCell extends TableCell<FirmRow, String> {
        @Override
        protected void updateItem(String text, boolean isEmpty) {
            super.updateItem(text, isEmpty);
            FirmRow row = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
            setText(isEmpty ? null : text);
            if (row == null || row.role() == null) {
                setGraphic(null);
                return;
            }
            Region dot = new Region();
            dot.getStyleClass().addAll(InspectorStyles.ROLE_DOT, InspectorStyles.roleClass(row.role()));
            setGraphic(dot);
        }
    }

    /** Stops following language switches, here and in the view model (when the tab goes away). */
    public void dispose() {
        language.close();
        model.dispose();
    }

    public TableView<FirmRow> table() {
        return table;
    }

    public FirmsViewModel viewModel() {
        return model;
    }
}
