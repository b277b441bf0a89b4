package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.ui.I18n;

/**
 * The quadrant chart of the cluster roles: each cluster a labelled point at (internal share,
 * external share), in its map colour; the fair-share lines at 1/K dashed, which divide the plot
 * into the four {@link ClusterRole} quadrants, each named in an upper corner. Both axes run from 0 to
 * a little above the largest share (or 1/K). An undefined share (no links of that kind anywhere)
 * is drawn at 0, where {@link ClusterRole} counts it. Only rows with a role are drawn: a cluster
 * with no firm in the view ("not in view") and the group "other" have no point.
 */
public final class QuadrantChart extends ScatterChart<Number, Number> {

    public static final String STYLE_CLASS = "quadrant-chart";
    public static final String POINT_STYLE_CLASS = "quadrant-point";
    public static final String POINT_LABEL_STYLE_CLASS = "quadrant-point-label";
    public static final String FAIR_SHARE_LINE_STYLE_CLASS = "fair-share-line";
    public static final String QUADRANT_LABEL_STYLE_CLASS = "quadrant-label";

    private static final double LABEL_GAP = 7;
    private static final double LABEL_INSET = 4;

    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final Line vertical = fairShareLine();
    private final Line horizontal = fairShareLine();
    private final Label fairShareLabel = new Label();
    private final Map<ClusterRole, Label> quadrantLabels = new EnumMap<>(ClusterRole.class);
    private final List<Label> pointLabels = new ArrayList<>();
    private final XYChart.Series<Number, Number> points = new XYChart.Series<>();
    private double fairShare = Double.NaN;

    public QuadrantChart() {
        super(new NumberAxis(), new NumberAxis());
        xAxis = (NumberAxis) getXAxis();
        yAxis = (NumberAxis) getYAxis();
        getStyleClass().add(STYLE_CLASS);
        setAnimated(false);
        setLegendVisible(false);
        for (NumberAxis a : List.of(xAxis, yAxis)) {
            a.setAutoRanging(false);
            a.setLowerBound(0);
            a.setMinorTickVisible(false);
            a.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return Math.round(n.doubleValue() * 100) + "%";
                }

                @Override
                public Number fromString(String s) {
                    return Double.parseDouble(s.replace("%", "")) / 100;
                }
            });
        }
        fairShareLabel.getStyleClass().add(QUADRANT_LABEL_STYLE_CLASS);
        fairShareLabel.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        getPlotChildren().addAll(vertical, horizontal, fairShareLabel);
        for (ClusterRole r : ClusterRole.values()) {
            Label l = new Label();
            l.getStyleClass().add(QUADRANT_LABEL_STYLE_CLASS);
            l.setStyle("-fx-text-fill: #9a9a9a; -fx-font-size: 11px;");
            l.setMouseTransparent(true);
            l.setWrapText(true);
            quadrantLabels.put(r, l);
            getPlotChildren().add(l);
        }
        getData().add(points);
    }

    private static Line fairShareLine() {
        Line l = new Line();
        l.getStyleClass().add(FAIR_SHARE_LINE_STYLE_CLASS);
        l.getStrokeDashArray().addAll(6.0, 4.0);
        l.setStyle("-fx-stroke: #666666; -fx-stroke-width: 1;");
        l.setMouseTransparent(true);
        return l;
    }

    /**
     * Draws the clusters of {@code rows} that have a role, with the fair share {@code fair} = 1/K
     * ({@code clusterCount} = K, the clusters in view), named in {@code locale}.
     */
    public void show(List<ClusterRow> rows, double fair, int clusterCount, Locale locale) {
        fairShare = fair;
        getPlotChildren().removeAll(pointLabels);
        pointLabels.clear();
        double max = Double.isNaN(fair) ? 0 : fair;
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (ClusterRow row : rows) {
            if (row.role() == null) {
                continue;
            }
            double x = orZero(row.metrics().internalShare());
            double y = orZero(row.metrics().externalShare());
            max = Math.max(max, Math.max(x, y));
            XYChart.Data<Number, Number> d = new XYChart.Data<>(x, y);
            d.setNode(point(row, locale));
            data.add(d);
            Label label = new Label(row.name(locale));
            label.getStyleClass().add(POINT_LABEL_STYLE_CLASS);
            label.setMouseTransparent(true);
            pointLabels.add(label);
        }
        double step = max > 0.5 ? 0.1 : 0.05;
        double upper = Math.max(step, Math.ceil(max * 1.08 / step) * step);
        for (NumberAxis a : List.of(xAxis, yAxis)) {
            a.setUpperBound(upper);
            a.setTickUnit(step);
        }
        points.getData().setAll(data);
        getPlotChildren().addAll(pointLabels);
        relabel(clusterCount);
        requestChartLayout();
    }

    private static Node point(ClusterRow row, Locale locale) {
        Region dot = new Region();
        dot.getStyleClass().add(POINT_STYLE_CLASS);
        dot.setStyle("-fx-background-color: white, " + ClusterPalette.cluster(row.index())
                + "; -fx-background-insets: 0, 1.5; -fx-background-radius: 7; -fx-padding: 6;");
        Tooltip.install(dot, new Tooltip(row.name(locale) + "\n" + I18n.name(row.role()) + "\n"
                + I18n.get("metric.internalShare") + " " + RoleFormats.percent(row.metrics().internalShare(), locale)
                + "\n" + I18n.get("metric.externalShare") + " "
                + RoleFormats.percent(row.metrics().externalShare(), locale)));
        return dot;
    }

    private void relabel(int clusterCount) {
        setTitle(I18n.get("chart.quadrant.title"));
        xAxis.setLabel(I18n.get("metric.internalShare"));
        yAxis.setLabel(I18n.get("metric.externalShare"));
        fairShareLabel.setText(I18n.format("chart.quadrant.fairShare", clusterCount));
        quadrantLabels.forEach((role, label) -> label.setText(I18n.name(role)));
    }

    private static double orZero(double share) {
        return Double.isNaN(share) ? 0 : share;
    }

    /** The labels next to the points, in point order (for tests). */
    public List<Label> pointLabels() {
        return List.copyOf(pointLabels);
    }

    /** The cluster points (for tests). */
    public List<XYChart.Data<Number, Number>> points() {
        return List.copyOf(points.getData());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double left = xAxis.getDisplayPosition(0);
        double right = xAxis.getDisplayPosition(xAxis.getUpperBound());
        double bottom = yAxis.getDisplayPosition(0);
        double top = yAxis.getDisplayPosition(yAxis.getUpperBound());
        boolean hasFair = !Double.isNaN(fairShare);
        double fx = hasFair ? xAxis.getDisplayPosition(fairShare) : left;
        double fy = hasFair ? yAxis.getDisplayPosition(fairShare) : bottom;
        vertical.setVisible(hasFair);
        horizontal.setVisible(hasFair);
        fairShareLabel.setVisible(hasFair);
        vertical.setStartX(fx);
        vertical.setEndX(fx);
        vertical.setStartY(bottom);
        vertical.setEndY(top);
        horizontal.setStartX(left);
        horizontal.setEndX(right);
        horizontal.setStartY(fy);
        horizontal.setEndY(fy);
        place(fairShareLabel, fx + 4, top + 2);
        double leftRoom = fx - left - 2 * LABEL_INSET;
        double rightRoom = right - fx - 2 * LABEL_INSET;
        // Each quadrant is named in the corner nearest the fair-share lines' crossing: the
        // clusters of a quadrant lie towards its outer corners (peripheral ones near 0 %, core
        // hubs towards 100 %), so names and points rarely meet there.
        placeCorner(ClusterRole.EXTERNALLY_ORIENTED, fx - LABEL_INSET, top + 20, leftRoom, true);
        placeCorner(ClusterRole.CORE_HUB, fx + LABEL_INSET, top + 20, rightRoom, false);
        placeCorner(ClusterRole.PERIPHERAL, fx - LABEL_INSET, fy + LABEL_INSET, leftRoom, true);
        placeCorner(ClusterRole.INTERNALLY_ORIENTED, fx + LABEL_INSET, fy + LABEL_INSET, rightRoom, false);
        placePointLabels(right, bottom);
        // A quadrant's name under a cluster's name reads as neither: the cluster's wins.
        for (Label q : quadrantLabels.values()) {
            if (q.isVisible() && pointLabels.stream().anyMatch(p -> p.getBoundsInParent().intersects(q.getBoundsInParent()))) {
                q.setVisible(false);
            }
        }
    }

    /** A quadrant's name in its corner, wrapped to the quadrant's width; (x, y) is the corner. */
    private void placeCorner(ClusterRole role, double x, double y, double room, boolean alignRight) {
        Label l = quadrantLabels.get(role);
        double w = Math.min(l.prefWidth(-1), Math.max(room, 24));
        double h = l.prefHeight(w);
        l.setVisible(room > 0);
        l.resizeRelocate(alignRight ? x - w : x, y, w, h);
    }

    /**
     * Each point's name to its right (to its left at the right edge); a name that would overlap
     * one already placed moves up above it, so that clusters close together stay readable.
     */
    private void placePointLabels(double right, double bottom) {
        List<XYChart.Data<Number, Number>> data = points.getData();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size() && i < pointLabels.size(); i++) {
            order.add(i);
        }
        // Lowest points first, so that names move up into free space.
        order.sort((a, b) -> Double.compare(data.get(a).getYValue().doubleValue(), data.get(b).getYValue().doubleValue()));
        List<double[]> placed = new ArrayList<>();
        for (int i : order) {
            Label label = pointLabels.get(i);
            // Its font comes from CSS: without it the size is the default font's and names overlap.
            label.applyCss();
            label.autosize();
            double w = label.getWidth();
            double h = label.getHeight();
            double x = xAxis.getDisplayPosition(data.get(i).getXValue());
            double y = yAxis.getDisplayPosition(data.get(i).getYValue());
            double lx = x + LABEL_GAP + w > right ? x - LABEL_GAP - w : x + LABEL_GAP;
            // Inside the plot: a cluster at 0 % would have half its name cut off by the axis.
            double ly = Math.min(y - h / 2, bottom - h);
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] p : placed) {
                    if (lx < p[0] + p[2] && p[0] < lx + w && ly < p[1] + p[3] && p[1] < ly + h) {
                        ly = p[1] - h;
                        moved = true;
                    }
                }
            }
            label.relocate(lx, ly);
            placed.add(new double[] {lx, ly, w, h});
        }
    }

    private static void place(Label label, double x, double y) {
        label.autosize();
        label.relocate(x, y);
    }
}
