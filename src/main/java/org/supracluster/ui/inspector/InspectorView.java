package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.ui.I18n;

/**
 * The inspector (right panel): the selected firm's name, place, figures, Guimerà–Amaral role,
 * brokerage counts and partners (a tree: cluster → link kind → partner; clicking a partner, or
 * Enter on it, moves the selection there; a co-patent partner opens to the patents behind the
 * link when the database holds patent records), or a hint when nothing is selected. Built in code in
 * a fixed order (constructor, {@link #createView()}, {@link #initListeners()}); it only binds to
 * its {@link InspectorViewModel}.
 */
public final class InspectorView extends StackPane {

    public static final String NAME_ID = "inspector-name";
    public static final String ROLE_ID = "inspector-role";
    public static final String PARTNERS_ID = "inspector-partners";
    public static final String EMPTY_ID = "inspector-empty";
    public static final String CLEAR_ID = "inspector-clear";

    /** A row of the partner tree: a heading (firm −1) or a partner firm. */
    public record PartnerItem(String text, int firm) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final double LABEL_COLUMN_WIDTH = 165;
    /**
     * The partner list's least height, px: about ten rows, so that a short panel scrolls to it
     * rather than squeezing it to a slit; a taller panel gives it all the room left.
     */
    static final double PARTNERS_MIN_HEIGHT = 250;
    /** Widest a definition tooltip grows before it wraps, px. */
    private static final double TIP_WIDTH = 420;

    private final InspectorViewModel model;
    private I18n.Subscription language;
    private final Label empty = new Label();
    private final VBox content = new VBox();
    private final Label title = new Label();
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final GridPane details = new GridPane();
    private final Label roleHeading = new Label();
    private final Region roleDot = new Region();
    private final Label role = new Label();
    private final Label centralitiesHeading = new Label();
    private final GridPane centralities = new GridPane();
    private final Label brokerageHeading = new Label();
    private final GridPane brokerage = new GridPane();
    private final Label partnersHeading = new Label();
    private final Label partnerCount = new Label();
    private final TreeView<PartnerItem> partners = new TreeView<>();
    private final Button clear = new Button();
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane();
    /** The tree's co-patent partners by firm, whose patents fill in when read. */
    private final java.util.Map<Integer, TreeItem<PartnerItem>> copatentItems = new java.util.HashMap<>();

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        createView();
        initListeners();
        updateTexts();
        showFacts(details, model.details());
        showFacts(centralities, model.centralities());
        showFacts(brokerage, model.brokerage());
        showPartners();
        showRole(model.cartographyRoleProperty().get());
    }

    private void createView() {
        getStylesheets().add(InspectorStyles.stylesheetUrl());
        setMinWidth(260);
        setPrefWidth(320);
        empty.setId(EMPTY_ID);
        empty.getStyleClass().add(InspectorStyles.EMPTY);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        title.getStyleClass().add(InspectorStyles.TITLE);
        name.setId(NAME_ID);
        name.getStyleClass().add(InspectorStyles.FIRM_NAME);
        name.setWrapText(true); // a long firm name shows whole, on two lines
        subtitle.getStyleClass().add(InspectorStyles.SUBTITLE);
        for (GridPane g : List.of(details, centralities, brokerage)) {
            g.getStyleClass().add(InspectorStyles.FACTS);
            // One label column width in every grid, so the values line up down the panel.
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(LABEL_COLUMN_WIDTH);
            // The value column takes the width left and no more, so a long value (a cluster
            // name such as Chungcheong–Daejeon) wraps instead of being cut off.
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setMinWidth(0);
            g.getColumnConstraints().setAll(labels, values);
        }
        for (Label l : List.of(roleHeading, centralitiesHeading, brokerageHeading, partnersHeading)) {
            l.getStyleClass().add(InspectorStyles.SECTION);
        }
        roleDot.getStyleClass().add(InspectorStyles.ROLE_DOT);
        role.setId(ROLE_ID);
        role.getStyleClass().add(InspectorStyles.ROLE);
        HBox roleRow = new HBox(6, roleDot, role);
        roleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox partnersRow = new HBox(8, partnersHeading, partnerCount);
        partnersRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        partners.setId(PARTNERS_ID);
        partners.getStyleClass().add(InspectorStyles.PARTNERS);
        partners.setShowRoot(false);
        partners.setMinHeight(PARTNERS_MIN_HEIGHT);
        partners.setCellFactory(t -> new PartnerCell());
        VBox.setVgrow(partners, Priority.ALWAYS);
        clear.setId(CLEAR_ID);
        content.getStyleClass().add(InspectorStyles.INSPECTOR);
        content.getChildren().setAll(title, name, subtitle, details, roleHeading, roleRow, centralitiesHeading,
                centralities, brokerageHeading, brokerage, partnersRow, partners, clear);
        // The facts scroll when the window is short, instead of pushing the tables below the map
        // out of sight (the panel sits in a split pane that honours its children's minimum height).
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(model.hasSelectionProperty());
        setMinHeight(0);
        getChildren().setAll(scroll, empty);
    }

    private void initListeners() {
        content.visibleProperty().bind(model.hasSelectionProperty());
        empty.visibleProperty().bind(model.hasSelectionProperty().not());
        name.textProperty().bind(model.nameProperty());
        subtitle.textProperty().bind(model.subtitleProperty());
        role.textProperty().bind(model.roleProperty());
        partnerCount.textProperty().bind(model.partnerCountProperty());
        model.cartographyRoleProperty().addListener((o, was, now) -> showRole(now));
        // Another firm opens at its name, not where the last one was scrolled to.
        model.inspectedFirmProperty().addListener((o, was, now) -> scrollToTop());
        model.details().addListener((ListChangeListener<InspectorViewModel.Fact>) c -> showFacts(details,
                model.details()));
        model.centralities().addListener((ListChangeListener<InspectorViewModel.Fact>) c -> showFacts(centralities,
                model.centralities()));
        model.brokerage().addListener((ListChangeListener<InspectorViewModel.Fact>) c -> showFacts(brokerage,
                model.brokerage()));
        model.partners().addListener((ListChangeListener<InspectorViewModel.ClusterGroup>) c -> showPartners());
        model.patents().availableProperty().addListener((o, was, now) -> showPartners());
        model.patents().lines().addListener((javafx.collections.MapChangeListener<Integer, List<String>>) c -> {
            TreeItem<PartnerItem> item = copatentItems.get(c.getKey());
            if (item != null && c.wasAdded()) {
                item.getChildren().setAll(patentItems(c.getValueAdded()));
            }
        });
        partners.setOnKeyPressed(e -> {
            TreeItem<PartnerItem> item = partners.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue().firm() >= 0) {
                model.selectPartner(item.getValue().firm());
                e.consume();
            }
        });
        clear.setOnAction(e -> model.clearSelection());
        language = I18n.addListener(locale -> updateTexts());
    }

    private void updateTexts() {
        empty.setText(I18n.get("inspector.empty"));
        title.setText(I18n.get("inspector.title"));
        roleHeading.setText(I18n.get("inspector.role"));
        centralitiesHeading.setText(I18n.get("inspector.centralities"));
        brokerageHeading.setText(I18n.get("inspector.brokerage"));
        partnersHeading.setText(I18n.get("inspector.partners"));
        partners.setTooltip(new Tooltip(I18n.get("inspector.partners.tip")));
        clear.setText(I18n.get("inspector.clear"));
    }

    /**
     * Back to the top; again once the new firm's rows are laid out, since the pane keeps its
     * scroll position in pixels while the content's height changes under it.
     */
    private void scrollToTop() {
        scroll.setVvalue(scroll.getVmin());
        javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmin()));
    }

    /** How far down the facts are scrolled, 0 at the top (for tests). */
    double scrollPosition() {
        return scroll.getVvalue();
    }

    private void showRole(CartographyRole r) {
        roleDot.getStyleClass().setAll(InspectorStyles.ROLE_DOT);
        if (r != null) {
            roleDot.getStyleClass().add(InspectorStyles.roleClass(r));
        }
    }

    private static void showFacts(GridPane grid, List<InspectorViewModel.Fact> facts) {
        grid.getChildren().clear();
        for (int row = 0; row < facts.size(); row++) {
            InspectorViewModel.Fact fact = facts.get(row);
            Label label = new Label(fact.label());
            label.getStyleClass().add(InspectorStyles.FACT_LABEL);
            Label value = new Label(fact.value());
            value.getStyleClass().add(InspectorStyles.FACT_VALUE);
            value.setWrapText(true);
            value.setMinWidth(0);
            // A figure explains itself on either half of its row; a plain fact shows itself whole.
            Tooltip tip = tooltip(fact.tip() != null ? fact.tip() : fact.value());
            label.setTooltip(fact.tip() != null ? tip : null);
            value.setTooltip(tip);
            grid.addRow(row, label, value);
        }
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(TIP_WIDTH);
        return t;
    }

    private void showPartners() {
        copatentItems.clear();
        List<TreeItem<PartnerItem>> clusters = new ArrayList<>();
        for (InspectorViewModel.ClusterGroup cluster : model.partners()) {
            TreeItem<PartnerItem> clusterItem = new TreeItem<>(new PartnerItem(cluster.title(), -1));
            clusterItem.setExpanded(true);
            for (InspectorViewModel.KindGroup kind : cluster.kinds()) {
                TreeItem<PartnerItem> kindItem = new TreeItem<>(new PartnerItem(kind.title(), -1));
                kindItem.setExpanded(true);
                for (InspectorViewModel.Partner p : kind.partners()) {
                    TreeItem<PartnerItem> item = new TreeItem<>(new PartnerItem(p.text(), p.firm()));
                    if (kind.kind() == PartnerKind.COPATENT && model.patents().availableProperty().get()) {
                        offerPatents(item, p.firm());
                    }
                    kindItem.getChildren().add(item);
                }
                clusterItem.getChildren().add(kindItem);
            }
            clusters.add(clusterItem);
        }
        // The root stays and its rows are replaced: a new root makes JavaFX restyle every cell the
        // tree keeps in reserve, hidden, where modena's colour lookups fail (a ClassCastException
        // logged per cell on every language switch or selection).
        if (partners.getRoot() == null) {
            partners.setRoot(new TreeItem<>(new PartnerItem("", -1)));
        }
        partners.getRoot().getChildren().setAll(clusters);
    }

    /**
     * A co-patent partner opens (its arrow, or the right arrow key) to the patents behind the
     * link, read when first opened; a list already read shows open again after a redraw.
     */
    private void offerPatents(TreeItem<PartnerItem> item, int partner) {
        copatentItems.put(partner, item);
        List<String> known = model.patents().lines().get(partner);
        item.getChildren().setAll(patentItems(known != null ? known : List.of(I18n.get("inspector.patents.show"))));
        item.setExpanded(known != null);
        item.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                model.patents().show(partner);
            }
        });
    }

    private static List<TreeItem<PartnerItem>> patentItems(List<String> lines) {
        return lines.stream().map(l -> new TreeItem<>(new PartnerItem(l, -1))).toList();
    }

    /** A tree row; a click on a partner row (not on its arrow) moves the selection to that partner. */
    private final class PartnerCell extends TreeCell<PartnerItem> {
        PartnerCell() {
            setOnMouseClicked(e -> {
                PartnerItem item = getItem();
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && item != null && item.firm() >= 0
                        && !onArrow(e.getPickResult().getIntersectedNode())) {
                    model.selectPartner(item.firm());
                }
            });
        }

        /** Whether a click landed on the row's arrow, which opens the row instead. */
        private boolean onArrow(javafx.scene.Node hit) {
            javafx.scene.Node arrow = getDisclosureNode();
            for (javafx.scene.Node n = hit; n != null && n != this; n = n.getParent()) {
                if (n == arrow) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(PartnerItem item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? null : item.text());
            // A row cut short by the panel's width (a long cluster or firm name) shows whole here.
            setTooltip(isEmpty || item == null || item.text().isEmpty() ? null : tooltip(item.text()));
        }
    }

    /** Stops following language switches, here and in the view model (when the panel goes away). */
    public void dispose() {
        language.close();
        model.dispose();
    }

    public InspectorViewModel viewModel() {
        return model;
    }
}
