package org.supracluster.ui.explorer;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.CartographyView;
import org.supracluster.ui.inspector.FirmsView;
import org.supracluster.ui.inspector.InspectorView;
import org.supracluster.ui.roles.RolesTabs;

/**
 * The window's centre: the map with the inspector beside it only, so the tables and charts below
 * get the whole width; below them the finding in words and the analysis tabs (cluster roles, the
 * firms, cartography, between clusters, geography …). Both dividers can be dragged, and the
 * inspector keeps its width when the window grows (the map takes the rest).
 */
final class AnalysisArea extends SplitPane {

    private final TabPane tabs = new TabPane();
    private final SplitPane upper;
    private final Tab firmsTab = new Tab();
    private final Tab cartographyTab = new Tab();
    private final I18n.Subscription language;

    AnalysisArea(Node mapArea, InspectorView inspector, RolesTabs roles, FirmsView firms, CartographyView cartography) {
        tabs.getTabs().setAll(roles.tabs());
        firmsTab.setContent(firms);
        firmsTab.setClosable(false);
        cartographyTab.setContent(cartography);
        cartographyTab.setClosable(false);
        int afterRoles = Math.min(1, tabs.getTabs().size());
        tabs.getTabs().add(afterRoles, firmsTab);
        tabs.getTabs().add(afterRoles + 1, cartographyTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox lower = new VBox(roles.finding(), tabs);
        upper = new SplitPane(mapArea, inspector);
        upper.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(inspector, false);
        getItems().setAll(upper, lower);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.6);
        language = I18n.addListener(locale -> texts());
        texts();
    }

    private void texts() {
        firmsTab.setText(I18n.get("tab.firms"));
        cartographyTab.setText(I18n.get("tab.cartography"));
    }

    /** Where the dividers are: the map/inspector one, then the upper/lower one. */
    double[][] dividers() {
        return new double[][] {upper.getDividerPositions(), getDividerPositions()};
    }

    /** Puts the dividers where {@link #dividers()} said they were. */
    void setDividers(double[][] positions) {
        upper.setDividerPositions(positions[0]);
        setDividerPositions(positions[1]);
    }

    /** The analysis tabs below the map. */
    TabPane tabs() {
        return tabs;
    }

    void dispose() {
        language.close();
    }
}
