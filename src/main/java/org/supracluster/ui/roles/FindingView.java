package org.supracluster.ui.roles;

import javafx.scene.control.Label;
import org.supracluster.ui.ExplorerViewModel;

/**
 * The finding in words above the tabs: which clusters are core hubs for the links shown, with
 * their shares, from {@link org.supracluster.analysis.Finding}; when both link types are shown,
 * one more sentence for trade and one for co-patent links. Bound to
 * {@link ClusterRolesViewModel#findingTextProperty()}, so it follows every view change and every
 * language switch.
 */
public final class FindingView extends Label {

    public static final String ID = "finding";
    public static final String STYLE_CLASS = "finding";

    private final ClusterRolesViewModel model;

    /** A finding with a view model of its own (use the other constructor to share one with the table). */
    public FindingView(ExplorerViewModel explorer) {
        this(new ClusterRolesViewModel(explorer));
    }

    public FindingView(ClusterRolesViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add(STYLE_CLASS);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        setStyle("-fx-padding: 4 8 4 8;");
        textProperty().bind(model.findingTextProperty());
    }

    public ClusterRolesViewModel model() {
        return model;
    }
}
