package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.analysis.GeographySummary;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The "Geography" tab: left, the distance-band histogram of the shown links, a series per link
 * type (the share of that type's links in each {@link DistanceBand}), with the median lengths
 * below; right, the supra-regional share per cluster (links with an end in the cluster that cross
 * a cluster border or are longer than 100 km), a series per link type. All figures from
 * {@link LinkGeography}; bars in the map's link colours.
 */
public final class GeographyView extends SplitPane {

    public static final String STYLE_CLASS = "geography-view";
    public static final String BANDS_CHART_ID = "geography-bands";
    public static final String SUPRA_CHART_ID = "geography-supra";
    public static final String MEDIANS_ID = "geography-medians";

    private final GeographyViewModel model;
    private final CategoryAxis bandAxis = new CategoryAxis();
    private final NumberAxis bandShareAxis = percentAxis();
    private final BarChart<String, Number> bands = new BarChart<>(bandAxis, bandShareAxis);
    private final CategoryAxis clusterAxis = new CategoryAxis();
    private final NumberAxis supraShareAxis = percentAxis();
    /** Horizontal bars: cluster names are long, and read better beside the bars than below them. */
    private final BarChart<Number, String> supra = new BarChart<>(supraShareAxis, clusterAxis);
    private final Label medians = new Label();
    private final Tooltip supraTip = new Tooltip();
    private I18n.Subscription language;

    public GeographyView(ExplorerViewModel explorer) {
        this(new GeographyViewModel(explorer));
    }

    public GeographyView(GeographyViewModel model) {
        this.model = model;
        createView();
        initListeners();
        redraw();
    }

    private static NumberAxis percentAxis() {
        NumberAxis a = new NumberAxis();
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.round(n.doubleValue()) + "%";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s.replace("%", ""));
            }
        });
        return a;
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        for (BarChart<?, ?> c : List.of(bands, supra)) {
            c.setAnimated(false);
            c.setBarGap(2);
            c.setCategoryGap(14);
        }
        bands.setId(BANDS_CHART_ID);
        supra.setId(SUPRA_CHART_ID);
        Tooltip.install(supra, supraTip);
        medians.setId(MEDIANS_ID);
        medians.setWrapText(true);
        medians.setStyle("-fx-padding: 0 8 6 8;");
        VBox left = new VBox(bands, medians);
        VBox.setVgrow(bands, Priority.ALWAYS);
        getItems().addAll(left, new BorderPane(supra));
        setDividerPositions(0.55);
    }

    private void initListeners() {
        model.geographyProperty().addListener((o, was, now) -> redraw());
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
        LinkGeography g = model.geographyProperty().get();
        List<LinkType> types = model.shownLinkTypes();
        bands.setTitle(I18n.get("chart.geography.lengths"));
        bandShareAxis.setLabel(I18n.get("roles.geography.shareOfLinks"));
        supra.setTitle(I18n.get("roles.geography.supraByCluster"));
        supraShareAxis.setLabel(I18n.get("chart.geography.supraRegionalShare"));
        supraTip.setText(I18n.get("chart.geography.supraRegionalShare.tip"));
        redrawBands(g, types);
        redrawSupraRegional(g, types, I18n.locale());
        medians.setText(types.stream().map(t -> I18n.name(t) + ": " + median(g.byType(t)))
                .collect(Collectors.joining("   ·   ")));
    }

    /** A series per link type: the share of its links in each distance band. */
    private void redrawBands(LinkGeography g, List<LinkType> types) {
        List<String> bandNames = new ArrayList<>();
        for (DistanceBand b : DistanceBand.values()) {
            bandNames.add(I18n.name(b));
        }
        bands.getData().clear();
        bandAxis.setCategories(FXCollections.observableArrayList(bandNames));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (LinkType t : types) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(I18n.name(t));
            for (DistanceBand b : DistanceBand.values()) {
                GeographySummary s = g.byType(t);
                XYChart.Data<String, Number> d = new XYChart.Data<>(I18n.name(b), percent(s.share(b)));
                d.setExtraValue(tip(t, I18n.name(b), s.share(b), s.byBand().get(b).links()));
                series.getData().add(d);
            }
            all.add(series);
        }
        bands.setStyle(colours(types));
        bands.getData().setAll(all);
        relabel(bandAxis, bandNames);
        installTips(bands);
    }

    /** A series per link type: the supra-regional share of the links with an end in each cluster. */
    private void redrawSupraRegional(LinkGeography g, List<LinkType> types, Locale locale) {
        List<String> clusterNames = model.scheme().clusters().stream().map(c -> c.displayName(locale)).toList();
        List<String> topDown = new ArrayList<>(clusterNames);
        Collections.reverse(topDown); // a vertical category axis runs upwards: first cluster on top
        supra.getData().clear();
        clusterAxis.setCategories(FXCollections.observableArrayList(topDown));
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        for (LinkType t : types) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(I18n.name(t));
            for (int c = 0; c < clusterNames.size(); c++) {
                GeographySummary s = g.byCluster(c, t);
                XYChart.Data<Number, String> d = new XYChart.Data<>(percent(s.supraRegionalShare()), clusterNames.get(c));
                d.setExtraValue(tip(t, clusterNames.get(c), s.supraRegionalShare(), s.supraRegional().links()));
                series.getData().add(d);
            }
            all.add(series);
        }
        supra.setStyle(colours(types));
        supra.getData().setAll(all);
        relabel(clusterAxis, topDown);
        installTips(supra);
    }

    /**
     * Makes the axis draw its tick labels anew. A CategoryAxis whose categories were renamed
     * (a language switch) with the same count and the same length keeps its old tick labels:
     * it recomputes them only when its range is invalid, and new categories do not invalidate it.
     */
    private static void relabel(CategoryAxis axis, List<String> categories) {
        axis.invalidateRange(categories);
    }

    private static String median(GeographySummary s) {
        return Double.isNaN(s.medianKm()) ? RoleFormats.UNDEFINED : I18n.format("chart.geography.median", s.medianKm());
    }

    /** A share in percent for a bar; 0 for an undefined share (no links of that kind). */
    private static double percent(double share) {
        return Double.isNaN(share) ? 0 : share * 100;
    }

    private static String tip(LinkType type, String category, double share, long links) {
        return I18n.name(type) + " · " + category + ": " + RoleFormats.percent(share, I18n.locale()) + " ("
                + I18n.format("roles.geography.links", links) + ")";
    }

    /** Series i in the colour of the i-th shown link type (modena's CHART_COLOR_n, looked up from the chart). */
    private static String colours(List<LinkType> types) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            b.append("CHART_COLOR_").append(i + 1).append(": ").append(ClusterPalette.linkType(types.get(i))).append("; ");
        }
        return b.toString();
    }

    /** A tooltip on each bar with the text kept as the data's extra value. */
    private static void installTips(XYChart<?, ?> chart) {
        for (XYChart.Series<?, ?> series : chart.getData()) {
            for (XYChart.Data<?, ?> d : series.getData()) {
                if (d.getNode() != null && d.getExtraValue() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(d.getExtraValue().toString()));
                }
            }
        }
    }

    /** The distance-band histogram (for tests). */
    public BarChart<String, Number> bandsChart() {
        return bands;
    }

    /** The supra-regional share per cluster (for tests). */
    public BarChart<Number, String> supraRegionalChart() {
        return supra;
    }

    public GeographyViewModel model() {
        return model;
    }

    /** Stops listening to the language (the view model keeps following the explorer). */
    public void dispose() {
        language.close();
    }
}
