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
    /** The link samples' colours in the light theme. */
    static final String TRADE_LINE = "#00508C";
    static final String COPATENT_LINE = "#333333";

    private final ClusterScheme scheme;

    private final I18n.Subscription language;
    private boolean large;
    private boolean dark;
    private String sizeMeaning = "";

    public MapLegend(ClusterScheme scheme) {
        this.scheme = scheme;
        getStyleClass().add("map-legend");
        setSpacing(3);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        fill();
        language = I18n.addListener(locale -> fill());
    }

    /** Presenter mode: a larger font (and symbols), and dark colours for the dark theme. */
    public void setPresentation(boolean large, boolean dark) {
        this.large = large;
        this.dark = dark;
        fill();
    }

    /** The line saying what a circle's size means; empty for none. */
    public String sizeMeaning() {
        return sizeMeaning;
    }

    /** A line saying what a circle's size means; empty for none. */
    public void setSizeMeaning(String text) {
        sizeMeaning = text == null ? "" : text;
        fill();
    }

    private void fill() {
        setStyle((dark ? "-fx-background-color: rgba(30,34,40,0.9); -fx-border-color: " + DarkTheme.BORDER + ";"
                        : "-fx-background-color: rgba(255,255,255,0.88); -fx-border-color: #d8d6cc;")
                + " -fx-padding: 8 10 8 10; -fx-background-radius: 4; -fx-border-radius: 4;"
                + (large ? " -fx-font-size: 20px;" : "")
                + (dark ? " -fx-text-fill: " + DarkTheme.TEXT + ";" : ""));
        setSpacing(large ? 6 : 3);
        getChildren().clear();
        Label title = new Label(I18n.get("legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        getChildren().add(title);
        for (int c = 0; c < scheme.clusterCount(); c++) {
            String colour = CLUSTER_COLOURS.get(c % CLUSTER_COLOURS.size());
            getChildren().add(row(dot(colour), scheme.clusters().get(c).displayName(I18n.locale())));
        }
        getChildren().add(row(dot(OTHER_COLOUR), I18n.get("legend.other")));
        // The light theme's dark blue and near-black vanish on the dark legend: the dark theme's link colours.
        getChildren().add(row(line(dark ? DarkTheme.TRADE : TRADE_LINE, false), I18n.get("legend.trade")));
        getChildren().add(row(line(dark ? DarkTheme.COPATENT : COPATENT_LINE, true), I18n.get("legend.copatent")));
        if (!sizeMeaning.isEmpty()) {
            HBox sizes = new HBox(3, dot(OTHER_COLOUR, 3), dot(OTHER_COLOUR, 5), dot(OTHER_COLOUR, 8));
            sizes.setAlignment(Pos.CENTER);
            getChildren().add(row(sizes, sizeMeaning));
        }
        if (large || dark) {
            String colour = dark ? DarkTheme.TEXT : "#000000";
            for (javafx.scene.Node n : lookupAll(".label")) {
                ((Label) n).setStyle(((Label) n).getStyle() + " -fx-text-fill: " + colour + ";");
            }
        }
        if (large) {
            // Symbols grow with the text.
            for (javafx.scene.Node n : getChildren()) {
                if (n instanceof HBox r && !r.getChildren().isEmpty()) {
                    javafx.scene.Node symbol = r.getChildren().get(0);
                    symbol.setScaleX(1.6);
                    symbol.setScaleY(1.6);
                    // A Group's size counts the scale; take the symbol out of the row before wrapping it.
                    r.getChildren().remove(0);
                    r.getChildren().add(0, new javafx.scene.Group(symbol));
                }
            }
        }
    }

    private static HBox row(javafx.scene.Node symbol, String text) {
        HBox row = new HBox(8, symbol, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Circle dot(String colour) {
        return dot(colour, 5);
    }

    private static Circle dot(String colour, double radius) {
        Circle c = new Circle(radius, Color.web(colour));
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
