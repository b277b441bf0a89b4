package org.supracluster.ui.supermap;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.supracluster.ui.I18n;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;
import org.supracluster.ui.supermap.SuperMapViewModel.Mode;

/**
 * The toolbar's controls of the super-cluster map: "Firms" / "Super-clusters" toggles and, while
 * groups are shown, the choice "by cluster" / "by province" and the "Link counts" toggle that writes
 * each arc's number of links on it. Bound to a {@link SuperMapViewModel}.
 */
public final class SuperMapSwitch {

    public static final String FIRMS_ID = "view-firms";
    public static final String GROUPS_ID = "view-groups";
    public static final String GROUPING_ID = "view-grouping";
    public static final String ARC_COUNTS_ID = "view-arc-counts";

    private final ToggleButton firms = new ToggleButton();
    private final ToggleButton groups = new ToggleButton();
    private final ChoiceBox<Grouping> grouping = new ChoiceBox<>();
    private final ToggleButton arcCounts = new ToggleButton();
    private final I18n.Subscription language;
    private final SuperMapViewModel model;

    public SuperMapSwitch(SuperMapViewModel model) {
        this.model = model;
        firms.setId(FIRMS_ID);
        groups.setId(GROUPS_ID);
        grouping.setId(GROUPING_ID);
        ToggleGroup toggles = new ToggleGroup();
        toggles.getToggles().setAll(firms, groups);
        toggles.selectToggle(model.modeProperty().get() == Mode.GROUPS ? groups : firms);
        toggles.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                toggles.selectToggle(was); // a click on the chosen toggle keeps it chosen
            } else {
                model.modeProperty().set(now == groups ? Mode.GROUPS : Mode.FIRMS);
            }
        });
        model.modeProperty().addListener((o, was, now) -> toggles.selectToggle(now == Mode.GROUPS ? groups : firms));
        grouping.getItems().setAll(Grouping.values());
        grouping.setValue(model.groupingProperty().get());
        // Not bound both ways: the choice is briefly empty while its items are redrawn for a language.
        grouping.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.groupingProperty().set(now);
            }
        });
        model.groupingProperty().addListener((o, was, now) -> grouping.setValue(now));
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == null ? "" : I18n.get(g == Grouping.PROVINCES ? "supermap.byProvince" : "supermap.byCluster");
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        grouping.visibleProperty().bind(groups.selectedProperty());
        grouping.managedProperty().bind(grouping.visibleProperty());
        arcCounts.setId(ARC_COUNTS_ID);
        arcCounts.selectedProperty().bindBidirectional(model.arcCountsProperty());
        arcCounts.visibleProperty().bind(groups.selectedProperty());
        arcCounts.managedProperty().bind(arcCounts.visibleProperty());
        texts();
        language = I18n.addListener(locale -> texts());
    }

    private void texts() {
        firms.setText(I18n.get("supermap.firms"));
        groups.setText(I18n.get("supermap.groups"));
        firms.setTooltip(new Tooltip(I18n.get("supermap.tooltip")));
        groups.setTooltip(new Tooltip(I18n.get("supermap.tooltip")));
        arcCounts.setText(I18n.get("supermap.arcCounts"));
        arcCounts.setTooltip(new Tooltip(I18n.get("supermap.arcCounts.tooltip")));
        // The choice box shows its items through the converter: make it redraw them.
        Grouping chosen = grouping.getValue();
        grouping.getItems().setAll(Grouping.values());
        grouping.setValue(chosen);
    }

    /** The controls, in toolbar order. */
    public List<Node> controls() {
        return List.of(firms, groups, grouping, arcCounts);
    }

    public void dispose() {
        language.close();
        arcCounts.selectedProperty().unbindBidirectional(model.arcCountsProperty());
    }
}
