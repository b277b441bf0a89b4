package org.supracluster.ui.roles;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.supracluster.analysis.InterClusterMatrix;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The "Between clusters" tab: the K×K inter-cluster matrix of one link type as a heat map, a grid
 * of cells coloured from light (few links) to dark (many) with their counts; two toggles choose
 * trade (row = supplier's cluster) or co-patent links (symmetric). The colour grows with the
 * square root of the count, so that the links between clusters stay visible beside the much
 * larger diagonal; the legend says so.
 */
public final class InterClusterView extends BorderPane {

    public static final String STYLE_CLASS = "inter-cluster-view";
    public static final String GRID_ID = "matrix-grid";
    public static final String MATRIX_AREA_ID = "matrix-area";
    public static final String TRADE_TOGGLE_ID = "matrix-trade";
    public static final String COPATENT_TOGGLE_ID = "matrix-copatent";
    public static final String SUMMARY_ID = "matrix-summary";
    public static final String CELL_STYLE_CLASS = "matrix-cell";
    public static final String HEADER_STYLE_CLASS = "matrix-header";
    /** The lightest and the darkest colour of the scale (ColorBrewer "Blues"). */
    public static final Color LIGHT = Color.web("#f7fbff");
    public static final Color DARK = Color.web("#08306b");

    private final InterClusterViewModel model;
    private final ToggleGroup types = new ToggleGroup();
    private final ToggleButton trade = new ToggleButton();
    private final ToggleButton copatent = new ToggleButton();
    private final Label summary = new Label();
    private final Label legend = new Label();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private I18n.Subscription language;

    public InterClusterView(ExplorerViewModel explorer) {
        this(new InterClusterViewModel(explorer));
    }

    public InterClusterView(InterClusterViewModel model) {
        this.model = model;
        createView();
        initListeners();
        redraw();
    }

    /** The id of the cell in row {@code r}, column {@code c}. */
    public static String cellId(int r, int c) {
        return "matrix-cell-" + r + "-" + c;
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        trade.setId(TRADE_TOGGLE_ID);
        copatent.setId(COPATENT_TOGGLE_ID);
        trade.setUserData(LinkType.TRADE);
        copatent.setUserData(LinkType.COPATENT);
        trade.setToggleGroup(types);
        copatent.setToggleGroup(types);
        types.selectToggle(model.linkTypeProperty().get() == LinkType.TRADE ? trade : copatent);
        summary.setId(SUMMARY_ID);
        HBox top = new HBox(8, trade, copatent, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setStyle("-fx-padding: 6 8 6 8;");
        setTop(top);
        grid.setId(GRID_ID);
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setStyle("-fx-padding: 4 8 4 8;");
        scroll.setId(MATRIX_AREA_ID);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        legend.setWrapText(true);
        legend.setStyle("-fx-padding: 4 8 4 8; -fx-text-fill: #555555;");
        setBottom(legend);
    }

    private void initListeners() {
        types.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                types.selectToggle(was); // one type is always chosen
            } else {
                model.linkTypeProperty().set((LinkType) now.getUserData());
            }
        });
        model.linkTypeProperty().addListener((o, was, now) ->
                types.selectToggle(now == LinkType.TRADE ? trade : copatent));
        model.matrixProperty().addListener((o, was, now) -> redraw());
        language = I18n.addListener(locale -> redraw());
    }

    private final RedrawWhenShown redraws = new RedrawWhenShown(this::draw);

    /**
     * Tells the view whether it is on screen (its tab selected). A filter change redraws only the
     * views on screen: rebuilding hidden charts and their tooltips would slow every change.
     */
    public void setShowing(boolean now) {
        redraws.setShowing(now);
    }

    private void redraw() {
        redraws.request();
    }

    private void draw() {
        InterClusterMatrix m = model.matrixProperty().get();
        trade.setText(I18n.name(LinkType.TRADE));
        copatent.setText(I18n.name(LinkType.COPATENT));
        summary.setText(model.isLinkTypeShown()
                ? I18n.format("roles.matrix.summary", I18n.name(m.type()), m.totalLinks())
                : I18n.get("roles.matrix.hidden"));
        long max = 1;
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                max = Math.max(max, m.count(r, c));
            }
        }
        fillGrid(m, max, I18n.locale());
        legend.setText(I18n.format("roles.matrix.scale", max)
                + (m.type().isDirected() ? "" : "\n" + I18n.get("roles.matrix.symmetric")));
    }

    /** Headers in row 0 and column 0, the cell of matrix [r][c] at grid (c + 1, r + 1). */
    private void fillGrid(InterClusterMatrix m, long max, Locale locale) {
        ClusterScheme scheme = model.scheme();
        grid.getChildren().clear();
        if (m.type().isDirected()) {
            grid.add(header(I18n.get("chart.matrix.rows") + " ↓\n" + I18n.get("chart.matrix.columns") + " →",
                    Pos.BOTTOM_LEFT), 0, 0);
        }
        for (int i = 0; i < m.size(); i++) {
            String name = scheme.clusters().get(i).displayName(locale);
            grid.add(header(name, Pos.BOTTOM_CENTER), i + 1, 0);
            grid.add(header(name, Pos.CENTER_RIGHT), 0, i + 1);
        }
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                grid.add(cell(m, r, c, max, scheme, locale), c + 1, r + 1);
            }
        }
    }

    private static Label header(String text, Pos alignment) {
        Label l = new Label(text);
        l.getStyleClass().add(HEADER_STYLE_CLASS);
        l.setWrapText(true);
        l.setAlignment(alignment);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 2 6 2 6;");
        return l;
    }

    private StackPane cell(InterClusterMatrix m, int r, int c, long max, ClusterScheme scheme, Locale locale) {
        long n = m.count(r, c);
        double t = Math.sqrt((double) n / max);
        Color fill = LIGHT.interpolate(DARK, t);
        Label count = new Label(RoleFormats.count(n, locale));
        count.setStyle("-fx-text-fill: " + (t > 0.55 ? "white" : "#1a1a1a") + ";");
        StackPane cell = new StackPane(count);
        cell.setId(cellId(r, c));
        cell.getStyleClass().add(CELL_STYLE_CLASS);
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.setMinSize(96, 34);
        cell.setStyle("-fx-background-color: " + web(fill) + "; -fx-padding: 4 10 4 10;");
        String from = scheme.clusters().get(r).displayName(locale);
        String to = scheme.clusters().get(c).displayName(locale);
        Tooltip.install(cell, new Tooltip(I18n.format(m.type().isDirected() ? "roles.matrix.cell.trade"
                : "roles.matrix.cell.copatent", from, to, n, m.weight(r, c))));
        return cell;
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** The text shown in cell [r][c] (for tests). */
    public String cellText(int r, int c) {
        StackPane cell = (StackPane) grid.lookup("#" + cellId(r, c));
        return cell == null ? null : ((Label) cell.getChildren().get(0)).getText();
    }

    /** The scrolling area that holds the matrix (where its context menu opens). */
    public ScrollPane matrixArea() {
        return scroll;
    }

    public InterClusterViewModel model() {
        return model;
    }

    /** Stops listening to the language (the view model keeps following the explorer). */
    public void dispose() {
        language.close();
    }
}
