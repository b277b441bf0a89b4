package org.supracluster.ui.map;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.I18n;

/**
 * The map's legend: the colour of each cluster (and of "other") and the two link styles, in the
 * current language. Its colours are those of {@code /css/map.css}.
 */
public final class MapLegend extends VBox {

    /** The map stylesheet's cluster colours, c0…c6, and grey for "other". */
    static final List<String> CLUSTER_COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442");
    static final String OTHER_COLOUR = "#999999";

    private final ClusterScheme scheme;

    private final I18n.Subscription language;

    public MapLegend(ClusterScheme scheme) {
        this.scheme = scheme;
        getStyleClass().add("map-legend");
        setSpacing(3);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-padding: 8 10 8 10;"
                + " -fx-background-radius: 4; -fx-border-color: #d8d6cc; -fx-border-radius: 4;");
        fill();
        language = I18n.addListener(locale -> fill());
    }

    private void fill() {
        getChildren().clear();
        Label title = new Label(I18n.get("legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        getChildren().add(title);
        for (int c = 0; c < scheme.clusterCount(); c++) {
            String colour = CLUSTER_COLOURS.get(c % CLUSTER_COLOURS.size());
            getChildren().add(row(dot(colour), scheme.clusters().get(c).displayName(I18n.locale())));
        }
        getChildren().add(row(dot(OTHER_COLOUR), I18n.get("legend.other")));
        getChildren().add(row(line("#00508C", false), I18n.get("legend.trade")));
        getChildren().add(row(line("#333333", true), I18n.get("legend.copatent")));
    }

    private static HBox row(javafx.scene.Node symbol, String text) {
        HBox row = new HBox(8, symbol, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Circle dot(String colour) {
        Circle c = new Circle(5, Color.web(colour));
        c.setStroke(Color.WHITE);
        return c;
    }

    private static Line line(String colour, boolean dashed) {
        Line l = new Line(0, 0, 22, 0);
        l.setStroke(Color.web(colour));
        l.setStrokeWidth(1.6);
        if (dashed) {
            l.getStrokeDashArray().setAll(4.0, 3.0);
        }
        return l;
    }

    /** Stops following the language (the legend is being thrown away). */
    public void dispose() {
        language.close();
    }
}
