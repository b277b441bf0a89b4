package org.supracluster.ui.roles;

import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The "Cluster roles" tab: the {@link ClusterTable} of the analysis module's cluster figures and,
 * beside it, the {@link QuadrantChart}. Built in code (constructor, {@link #createView()},
 * {@link #initListeners()}); it only shows what its {@link ClusterRolesViewModel} holds.
 */
public final class ClusterRolesView extends SplitPane {

    public static final String STYLE_CLASS = "cluster-roles-view";
    public static final String TABLE_ID = "cluster-roles-table";
    public static final String CHART_ID = "cluster-roles-quadrant";

    private final ClusterRolesViewModel model;
    private final ClusterTable table;
    private final QuadrantChart chart = new QuadrantChart();
    private final ListChangeListener<ClusterRow> onRows = c -> redraw();
    private I18n.Subscription language;

    /** A view with a view model of its own (use the other constructor to share one with a {@link FindingView}). */
    public ClusterRolesView(ExplorerViewModel explorer) {
        this(new ClusterRolesViewModel(explorer));
    }

    public ClusterRolesView(ClusterRolesViewModel model) {
        this.model = model;
        this.table = new ClusterTable(model.rows());
        createView();
        initListeners();
        redraw();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        table.setId(TABLE_ID);
        chart.setId(CHART_ID);
        chart.setMinWidth(260);
        getItems().addAll(table, chart);
        setDividerPositions(0.62);
    }

    private void initListeners() {
        model.rows().addListener(onRows);
        language = I18n.addListener(locale -> {
            table.relabel();
            redraw();
        });
    }

    private void redraw() {
        chart.show(model.rows(), model.fairShare(), model.clusterCount(), I18n.locale());
    }

    public ClusterRolesViewModel model() {
        return model;
    }

    public ClusterTable table() {
        return table;
    }

    public QuadrantChart chart() {
        return chart;
    }

    /** Stops listening to the view model and the language (not disposing the view model). */
    public void dispose() {
        model.rows().removeListener(onRows);
        language.close();
    }
}
