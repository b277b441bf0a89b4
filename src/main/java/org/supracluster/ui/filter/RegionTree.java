package org.supracluster.ui.filter;

import org.supracluster.ui.RegionGroup;
import org.supracluster.ui.FilterViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import org.supracluster.model.Region;
import org.supracluster.ui.I18n;

/**
 * The province tree of the filter panel: "All" at the root, then each cluster of the scheme and
 * "other", each with its provinces, every row a check box. Parents are tri-state: checked when all
 * their provinces are, indeterminate when some are. The tree keeps no state of its own: province
 * rows are bound to {@link FilterViewModel#regionSelectedProperty}, parent rows show their
 * {@link RegionGroup}'s state and, when clicked, call {@link FilterViewModel#setGroupSelected} (so
 * that a cluster's provinces change as one filter, not one filter per province).
 */
public final class RegionTree extends TreeView<String> {

    /** Height of one row, fixed so that the tree can ask for room for all its rows. */
    public static final double ROW_HEIGHT = 24;
    /** Rows the tree keeps visible however short the window is (it scrolls beyond that). */
    public static final int MIN_VISIBLE_ROWS = 6;

    private final FilterViewModel model;
    /** Each row's text in the current language, in display order. */
    private final Map<CheckBoxTreeItem<String>, Supplier<String>> names = new LinkedHashMap<>();
    private final Map<Region, CheckBoxTreeItem<String>> regionItems = new LinkedHashMap<>();
    /** True while a parent row is set from its group, so that the change is not sent back. */
    private boolean syncing;

    public RegionTree(FilterViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        CheckBoxTreeItem<String> root = item(() -> I18n.get("filter.all"));
        for (RegionGroup group : model.regionGroups()) {
            CheckBoxTreeItem<String> parent = item(() -> groupName(group));
            for (Region region : group.regions()) {
                CheckBoxTreeItem<String> leaf = item(() -> region.displayName(I18n.locale()));
                regionItems.put(region, leaf);
                parent.getChildren().add(leaf);
            }
            root.getChildren().add(parent);
        }
        setRoot(root);
        setShowRoot(true);
        setCellFactory(CheckBoxTreeCell.forTreeView());
        setFixedCellSize(ROW_HEIGHT);
        setPrefHeight(names.size() * ROW_HEIGHT + 6);
        setMinHeight(MIN_VISIBLE_ROWS * ROW_HEIGHT + 6);
        updateTexts();
    }

    /** A row, expanded, independent: the view model, not the tree, works out the parents' state. */
    private CheckBoxTreeItem<String> item(Supplier<String> name) {
        CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>();
        item.setIndependent(true);
        item.setExpanded(true);
        names.put(item, name);
        return item;
    }

    private static String groupName(RegionGroup group) {
        return group.clusterName(I18n.locale()).orElseGet(() -> I18n.get("filter.other"));
    }

    private void initListeners() {
        regionItems.forEach((region, item) ->
                item.selectedProperty().bindBidirectional(model.regionSelectedProperty(region)));
        CheckBoxTreeItem<String> root = (CheckBoxTreeItem<String>) getRoot();
        bindGroup(root, model.allRegions());
        for (int i = 0; i < model.regionGroups().size(); i++) {
            bindGroup((CheckBoxTreeItem<String>) root.getChildren().get(i), model.regionGroups().get(i));
        }
    }

    private void bindGroup(CheckBoxTreeItem<String> item, RegionGroup group) {
        syncGroup(item, group);
        item.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.setGroupSelected(group, now);
            }
        });
        group.selectedProperty().addListener(o -> syncGroup(item, group));
        group.indeterminateProperty().addListener(o -> syncGroup(item, group));
    }

    private void syncGroup(CheckBoxTreeItem<String> item, RegionGroup group) {
        syncing = true;
        try {
            item.setSelected(group.isSelected());
            item.setIndeterminate(group.isIndeterminate());
        } finally {
            syncing = false;
        }
    }

    /** Names every row in the current language. */
    public void updateTexts() {
        names.forEach((item, name) -> item.setValue(name.get()));
    }

    /** The row of a province (for tests and for scrolling to it). */
    public CheckBoxTreeItem<String> regionItem(Region region) {
        return regionItems.get(region);
    }
}
