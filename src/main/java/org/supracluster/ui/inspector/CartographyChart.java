package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.supracluster.analysis.CartographyRole;

/**
 * A z–P scatter chart with the seven regions of Guimerà and Amaral (2005) drawn over it: the hub
 * line z = 2.5 across the plot, the non-hub borders P = 0.05, 0.62, 0.80 below it, the hub borders
 * P = 0.30, 0.75 above it (the constants of {@link CartographyRole}), each region's code R1–R7,
 * and a ring round the selected point. One series per role, in role order, so that series i has
 * the style class {@code default-color}i and takes role i's colour from {@link InspectorStyles}.
 */
final class CartographyChart extends ScatterChart<Number, Number> {

    private static final double[] NON_HUB_BORDERS = {
        CartographyRole.R1_MAX_P, CartographyRole.R2_MAX_P, CartographyRole.R3_MAX_P};
    private static final double[] HUB_BORDERS = {CartographyRole.R5_MAX_P, CartographyRole.R6_MAX_P};
    private static final double LABEL_OFFSET_PX = 14;

    private final NumberAxis pAxis;
    private final NumberAxis zAxis;
    private final Line hubLine = new Line();
    private final List<Line> nonHubLines = new ArrayList<>();
    private final List<Line> hubLines = new ArrayList<>();
    private final List<Text> regionLabels = new ArrayList<>();
    private final Circle selectedRing = new Circle(7);
    private Data<Number, Number> selected;

    /**
     * P axis margin each side of 0..1, so that points at P = 0 and P = 1 are drawn whole; also the
     * tick unit (ticks start at the lower bound), with labels only at 0, 0.1, …, 1.
     */
    private static final double P_MARGIN = 0.05;

    CartographyChart() {
        this(new NumberAxis(-P_MARGIN, 1 + P_MARGIN, P_MARGIN), new NumberAxis(-1, 3, 1));
    }

    private CartographyChart(NumberAxis pAxis, NumberAxis zAxis) {
        super(pAxis, zAxis);
        this.pAxis = pAxis;
        this.zAxis = zAxis;
        pAxis.setAutoRanging(false);
        pAxis.setMinorTickVisible(false);
        pAxis.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number p) {
                double v = p.doubleValue();
                boolean tenth = Math.abs(v * 10 - Math.rint(v * 10)) < 1e-6;
                return v < -1e-9 || v > 1 + 1e-9 || !tenth ? "" : FirmText.fixed(v, 1);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        zAxis.setAutoRanging(false);
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add(InspectorStyles.CARTOGRAPHY_CHART);
        hubLine.getStyleClass().add(InspectorStyles.HUB_LINE);
        getPlotChildren().add(hubLine);
        for (int i = 0; i < NON_HUB_BORDERS.length + HUB_BORDERS.length; i++) {
            Line l = new Line();
            l.getStyleClass().add(InspectorStyles.BOUNDARY);
            (i < NON_HUB_BORDERS.length ? nonHubLines : hubLines).add(l);
            getPlotChildren().add(l);
        }
        for (CartographyRole r : CartographyRole.values()) {
            Text t = new Text(r.name());
            t.getStyleClass().add(InspectorStyles.REGION_LABEL);
            regionLabels.add(t);
            getPlotChildren().add(t);
        }
        for (Node n : boundaryNodes()) {
            n.setMouseTransparent(true);
        }
        selectedRing.getStyleClass().add(InspectorStyles.SELECTED_MARKER);
        selectedRing.setMouseTransparent(true);
        selectedRing.setVisible(false);
        getPlotChildren().add(selectedRing);
        for (CartographyRole r : CartographyRole.values()) {
            getData().add(new Series<>());
        }
    }

    private List<Node> boundaryNodes() {
        List<Node> nodes = new ArrayList<>(nonHubLines);
        nodes.addAll(hubLines);
        nodes.addAll(regionLabels);
        nodes.add(hubLine);
        return nodes;
    }

    NumberAxis pAxis() {
        return pAxis;
    }

    NumberAxis zAxis() {
        return zAxis;
    }

    /** The series of one role. */
    Series<Number, Number> series(CartographyRole role) {
        return getData().get(role.ordinal());
    }

    /** Rings a point (null for none). */
    void setSelected(Data<Number, Number> point) {
        selected = point;
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double bottom = zAxis.getDisplayPosition(zAxis.getLowerBound());
        double top = zAxis.getDisplayPosition(zAxis.getUpperBound());
        double hub = zAxis.getDisplayPosition(CartographyRole.HUB_Z);
        set(hubLine, pAxis.getDisplayPosition(0), hub, pAxis.getDisplayPosition(1), hub);
        double[] nonHub = bands(NON_HUB_BORDERS);
        double[] hubs = bands(HUB_BORDERS);
        for (int i = 0; i < NON_HUB_BORDERS.length; i++) {
            double x = pAxis.getDisplayPosition(NON_HUB_BORDERS[i]);
            set(nonHubLines.get(i), x, bottom, x, hub);
        }
        for (int i = 0; i < HUB_BORDERS.length; i++) {
            double x = pAxis.getDisplayPosition(HUB_BORDERS[i]);
            set(hubLines.get(i), x, hub, x, top);
        }
        for (CartographyRole r : CartographyRole.values()) {
            double[] b = r.isHub() ? hubs : nonHub;
            int band = r.isHub() ? r.ordinal() - CartographyRole.R5.ordinal() : r.ordinal();
            Text t = regionLabels.get(r.ordinal());
            double centre = pAxis.getDisplayPosition((b[band] + b[band + 1]) / 2);
            t.setX(centre - t.getLayoutBounds().getWidth() / 2);
            t.setY((r.isHub() ? top : hub) + LABEL_OFFSET_PX);
        }
        if (selected != null && selected.getNode() != null && selected.getNode().isVisible()) {
            selectedRing.setCenterX(pAxis.getDisplayPosition(selected.getXValue()));
            selectedRing.setCenterY(zAxis.getDisplayPosition(selected.getYValue()));
            selectedRing.setVisible(true);
            selectedRing.toFront();
        } else {
            selectedRing.setVisible(false);
        }
    }

    /** 0, the borders, 1: the P bands. */
    private static double[] bands(double[] borders) {
        double[] b = new double[borders.length + 2];
        System.arraycopy(borders, 0, b, 1, borders.length);
        b[b.length - 1] = 1;
        return b;
    }

    private static void set(Line l, double x0, double y0, double x1, double y1) {
        l.setStartX(x0);
        l.setStartY(y0);
        l.setEndX(x1);
        l.setEndY(y1);
    }
}
