package org.supracluster.ui.roles;

import java.util.List;
import javafx.scene.control.Tab;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.tables.TableActions;

/**
 * The cluster-level parts of the explorer's bottom area for one {@link ExplorerViewModel}: the
 * {@link FindingView} that goes above the tabs and the "Cluster roles", "Between clusters",
 * "Geography" and "Trade vs co-patent" tabs (not closable, titles in the current language). The
 * finding and the cluster
 * roles tab share one {@link ClusterRolesViewModel}, so the figures are computed once per view
 * change.
 */
public final class RolesTabs {

    public static final String CLUSTER_ROLES_TAB_ID = "tab-cluster-roles";
    public static final String BETWEEN_CLUSTERS_TAB_ID = "tab-between-clusters";
    public static final String GEOGRAPHY_TAB_ID = "tab-geography";
    public static final String COMPARISON_TAB_ID = "tab-comparison";

    private final ClusterRolesViewModel rolesModel;
    private final FindingView finding;
    private final ClusterRolesView clusterRoles;
    private final InterClusterView betweenClusters;
    private final GeographyView geography;
    private final ComparisonView comparison;
    private final Tab clusterRolesTab;
    private final Tab betweenClustersTab;
    private final Tab geographyTab;
    private final Tab comparisonTab;
    private final I18n.Subscription language;

    /** @param tasks runs the trade vs co-patent permutation tests (while their tab is shown) */
    public RolesTabs(ExplorerViewModel explorer, UiTasks tasks) {
        rolesModel = new ClusterRolesViewModel(explorer);
        finding = new FindingView(rolesModel);
        clusterRoles = new ClusterRolesView(rolesModel);
        betweenClusters = new InterClusterView(new InterClusterViewModel(explorer));
        geography = new GeographyView(new GeographyViewModel(explorer));
        comparison = new ComparisonView(new ComparisonViewModel(explorer, tasks));
        clusterRolesTab = tab(CLUSTER_ROLES_TAB_ID, clusterRoles);
        betweenClustersTab = tab(BETWEEN_CLUSTERS_TAB_ID, betweenClusters);
        geographyTab = tab(GEOGRAPHY_TAB_ID, geography);
        comparisonTab = tab(COMPARISON_TAB_ID, comparison);
        relabel();
        language = I18n.addListener(locale -> relabel());
        // Only the chart on screen follows every change; a tab brought forward catches up.
        betweenClustersTab.selectedProperty().addListener((o, was, now) -> betweenClusters.setShowing(now));
        geographyTab.selectedProperty().addListener((o, was, now) -> showGeography(now));
        betweenClustersTab.tabPaneProperty().addListener((o, was, now) ->
                betweenClusters.setShowing(now == null || betweenClustersTab.isSelected()));
        geographyTab.tabPaneProperty().addListener((o, was, now) ->
                showGeography(now == null || geographyTab.isSelected()));
        // The permutation tests run only while their tab is on screen.
        comparisonTab.selectedProperty().addListener((o, was, now) -> comparison.model().setActive(now));
        comparisonTab.tabPaneProperty().addListener((o, was, now) ->
                comparison.model().setActive(now != null && comparisonTab.isSelected()));
    }

    /** The figures first (their change asks for a redraw), then the chart, which draws once. */
    private void showGeography(boolean now) {
        geography.model().setActive(now);
        geography.setShowing(now);
    }

    private static Tab tab(String id, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.setContent(content);
        t.setClosable(false);
        return t;
    }

    private void relabel() {
        clusterRolesTab.setText(I18n.get("tab.clusterRoles"));
        betweenClustersTab.setText(I18n.get("tab.betweenClusters"));
        geographyTab.setText(I18n.get("tab.geography"));
        comparisonTab.setText(I18n.get("tab.comparison"));
    }

    /** The finding in words, to place above the tab pane. */
    public FindingView finding() {
        return finding;
    }

    public Tab clusterRolesTab() {
        return clusterRolesTab;
    }

    public Tab betweenClustersTab() {
        return betweenClustersTab;
    }

    public Tab geographyTab() {
        return geographyTab;
    }

    public Tab comparisonTab() {
        return comparisonTab;
    }

    /** The tabs in order: cluster roles, between clusters, geography, trade vs co-patent. */
    public List<Tab> tabs() {
        return List.of(clusterRolesTab, betweenClustersTab, geographyTab, comparisonTab);
    }

    public ClusterRolesView clusterRolesView() {
        return clusterRoles;
    }

    public InterClusterView interClusterView() {
        return betweenClusters;
    }

    public GeographyView geographyView() {
        return geography;
    }

    public ComparisonView comparisonView() {
        return comparison;
    }

    /**
     * Gives the cluster roles table, the inter-cluster matrix and the geography charts (the
     * figures behind their bars) their "Copy" and "Export as CSV…" (clusters.csv,
     * matrix-trade.csv or matrix-copatent.csv, geography-lengths.csv,
     * geography-supra-regional.csv, comparison.csv).
     */
    public void installTableActions(TableActions actions) {
        actions.install(clusterRoles.table(), () -> "clusters");
        actions.install(betweenClusters.matrixArea(), () -> betweenClusters.model().table(),
                betweenClusters.model()::fileName);
        actions.install(geography.bandsChart(), geography.model()::bandsTable, () -> "geography-lengths");
        actions.install(geography.supraRegionalChart(), geography.model()::supraRegionalTable,
                () -> "geography-supra-regional");
        actions.install(comparison.area(), comparison.model()::table, () -> "comparison");
    }

    /** Stops every view and view model here from following the explorer and the language. */
    public void dispose() {
        language.close();
        clusterRoles.dispose();
        betweenClusters.dispose();
        betweenClusters.model().dispose();
        geography.dispose();
        geography.model().dispose();
        comparison.dispose();
        comparison.model().dispose();
        rolesModel.dispose();
    }
}
