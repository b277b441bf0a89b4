package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.ui.I18n;

/**
 * The "Role cartography" tab: every shown firm with a role as a point of participation P (x, 0 to
 * 1) and within-cluster degree z (y), coloured by its Guimerà–Amaral role, over the R1–R7 regions;
 * beside it a legend of the roles and a note of how many firms are drawn. Clicking a point selects
 * its firm; the selected firm is ringed. Binds to its {@link CartographyViewModel} only.
 */
public final class CartographyView extends BorderPane {

    public static final String CHART_ID = "cartography-chart";
    public static final String NOTE_ID = "cartography-note";

    /** The definitions on the P (x) and z (y) axes, for tests. */
    String axisTips() {
        return pTip.getText() + "\n" + zTip.getText();
    }

    private static final double LEGEND_WIDTH = 190;

    private final CartographyViewModel model;
    private I18n.Subscription language;
    private final CartographyChart chart = new CartographyChart();
    private final VBox legend = new VBox();
    private final Map<CartographyRole, Label> legendLabels = new EnumMap<>(CartographyRole.class);
    private final Label hubNote = new Label();
    private final Label note = new Label();
    private final Map<Integer, XYChart.Data<Number, Number>> pointOfFirm = new HashMap<>();
    /** The axes' definitions, kept so that a language switch rewrites them in place. */
    private final Tooltip pTip = new Tooltip();
    private final Tooltip zTip = new Tooltip();

    public CartographyView(CartographyViewModel model) {
        this.model = model;
        createView();
        initListeners();
        updateTexts();
        showPoints();
        showSelection();
    }

    private void createView() {
        getStylesheets().add(InspectorStyles.stylesheetUrl());
        getStyleClass().add(InspectorStyles.CARTOGRAPHY);
        chart.setId(CHART_ID);
        setCenter(chart);
        for (Tooltip t : List.of(pTip, zTip)) {
            t.setWrapText(true);
            t.setMaxWidth(420);
        }
        Tooltip.install(chart.pAxis(), pTip);
        Tooltip.install(chart.zAxis(), zTip);
        legend.getStyleClass().add(InspectorStyles.LEGEND);
        for (CartographyRole r : CartographyRole.values()) {
            Region dot = new Region();
            dot.getStyleClass().addAll(InspectorStyles.ROLE_DOT, InspectorStyles.roleClass(r));
            Label l = new Label("", dot);
            legendLabels.put(r, l);
            legend.getChildren().add(l);
        }
        hubNote.getStyleClass().add(InspectorStyles.NOTE);
        note.setId(NOTE_ID);
        note.getStyleClass().add(InspectorStyles.NOTE);
        note.setWrapText(true);
        legend.getChildren().addAll(hubNote, note);
        legend.setPrefWidth(LEGEND_WIDTH);
        legend.setMinWidth(LEGEND_WIDTH);
        // Beside the chart rather than under it, so that it stays in sight in a low tab.
        setRight(legend);
    }

    private void initListeners() {
        note.textProperty().bind(model.noteProperty());
        model.points().addListener((ListChangeListener<CartographyViewModel.Point>) c -> showPoints());
        model.zRangeProperty().addListener((o, was, now) -> applyRange());
        model.selectedFirmProperty().addListener((o, was, now) -> showSelection());
        language = I18n.addListener(locale -> updateTexts());
    }

    private void updateTexts() {
        chart.setTitle(I18n.get("chart.cartography.title"));
        chart.pAxis().setLabel(I18n.get("metric.participation"));
        chart.zAxis().setLabel(I18n.get("metric.withinModuleZ"));
        pTip.setText(I18n.get(org.supracluster.analysis.FirmMetric.PARTICIPATION.tipKey()));
        zTip.setText(I18n.get(org.supracluster.analysis.FirmMetric.WITHIN_MODULE_Z.tipKey()));
        for (CartographyRole r : CartographyRole.values()) {
            legendLabels.get(r).setText(FirmText.roleName(r));
            Tooltip roleTip = new Tooltip(I18n.get(I18n.key(r) + ".tip"));
            roleTip.setWrapText(true);
            roleTip.setMaxWidth(420);
            legendLabels.get(r).setTooltip(roleTip);
            chart.series(r).setName(FirmText.roleName(r));
        }
        hubNote.setText(I18n.get("cartography.hub"));
    }

    private void applyRange() {
        CartographyViewModel.Range r = model.zRangeProperty().get();
        chart.zAxis().setLowerBound(r.lower());
        chart.zAxis().setUpperBound(r.upper());
        chart.zAxis().setTickUnit(r.upper() - r.lower() > 12 ? 2 : 1);
    }

    /** One series per role; each point's node is made here so that it can take clicks. */
    private void showPoints() {
        applyRange();
        pointOfFirm.clear();
        Map<CartographyRole, List<XYChart.Data<Number, Number>>> byRole = new EnumMap<>(CartographyRole.class);
        for (CartographyRole r : CartographyRole.values()) {
            byRole.put(r, new ArrayList<>());
        }
        for (CartographyViewModel.Point p : model.points()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.participation(), p.z());
            d.setNode(pointNode(p));
            byRole.get(p.role()).add(d);
            pointOfFirm.put(p.firm(), d);
        }
        byRole.forEach((r, data) -> chart.series(r).getData().setAll(data));
        showSelection();
    }

    private Node pointNode(CartographyViewModel.Point p) {
        StackPane node = new StackPane();
        node.setUserData(p.firm());
        node.setOnMouseClicked(e -> model.select(p.firm()));
        node.setOnMouseEntered(e -> {
            if (node.getProperties().get(Tooltip.class) == null) {
                Tooltip t = new Tooltip(p.name() + "\n" + FirmText.roleName(p.role()) + "\nP = "
                        + FirmText.fixed(p.participation(), 3) + ", z = " + FirmText.fixed(p.z(), 2));
                Tooltip.install(node, t);
                node.getProperties().put(Tooltip.class, t);
            }
        });
        return node;
    }

    private void showSelection() {
        chart.setSelected(pointOfFirm.get(model.selectedFirmProperty().get()));
    }

    /** The point of a firm (null if it is not drawn), for tests and for a caller that wants to scroll to it. */
    public Node pointOf(int firm) {
        XYChart.Data<Number, Number> d = pointOfFirm.get(firm);
        return d == null ? null : d.getNode();
    }

    /** Stops following language switches, here and in the view model (when the panel goes away). */
    public void dispose() {
        language.close();
        model.dispose();
    }

    public CartographyViewModel viewModel() {
        return model;
    }
}
