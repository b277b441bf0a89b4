package org.supracluster.ui.supermap;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.DarkTheme;
import org.supracluster.ui.roles.ClusterPalette;

/**
 * The super-cluster map's legend, in the current language: circle area = firms, rings = links
 * inside a group, arc width = link weight, and the trade and co-patent styles.
 */
final class SuperMapLegend extends VBox {

    private final SuperMapViewModel model;
    private final I18n.Subscription language;
    private boolean large;
    private boolean dark;
    /** Whether the map now marks the own place of a circle moved aside. */
    private boolean homeMarks;

    SuperMapLegend(SuperMapViewModel model) {
        this.model = model;
        setSpacing(2);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        fill();
        language = I18n.addListener(locale -> fill());
        model.figuresProperty().addListener((o, was, now) -> fill());
        model.arcCountsProperty().addListener((o, was, now) -> fill());
    }

    /** Shows or hides the row explaining the dot at a moved circle's own place. */
    void showHomeMarks(boolean shown) {
        if (homeMarks != shown) {
            homeMarks = shown;
            fill();
        }
    }

    /** Presenter mode: text readable from the back of a room, and the dark theme. */
    void setPresentation(boolean large, boolean dark) {
        this.large = large;
        this.dark = dark;
        fill();
    }

    private void fill() {
        setStyle("-fx-font-size: " + (large ? 18 : 11) + "px; -fx-padding: 6 8 6 8; -fx-background-radius: 4;"
                + " -fx-border-radius: 4;" + (dark ? " -fx-background-color: rgba(30,34,40,0.92); -fx-border-color: " + DarkTheme.BORDER + ";"
                        : " -fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #d8d6cc;"));
        setSpacing(large ? 5 : 2);
        getChildren().clear();
        Label title = new Label(I18n.get("supermap.legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        getChildren().add(title);
        HBox sizes = new HBox(2, disc(3), disc(5), disc(8));
        sizes.setAlignment(Pos.CENTER);
        getChildren().add(row(sizes, I18n.get("supermap.legend.size")));
        Circle inner = disc(6);
        Circle ring = new Circle(10, null);
        ring.setStroke(Color.web(trade()));
        ring.setStrokeWidth(3);
        getChildren().add(row(new StackPane(ring, inner), I18n.get("supermap.legend.ring")));
        HBox widths = new HBox(4, line(1.5, false, 14), line(5, false, 14));
        widths.setAlignment(Pos.CENTER);
        getChildren().add(row(widths, I18n.get("supermap.legend.width")));
        Polygon head = new Polygon(0, -4, 8, 0, 0, 4);
        head.setFill(Color.web(trade()));
        HBox arrow = new HBox(0, line(2, false, 22), head);
        arrow.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row(arrow, I18n.get("legend.trade")));
        getChildren().add(row(line(2, true, 30), I18n.get("legend.copatent")));
        if (model.arcCountsProperty().get()) {
            Label sample = new Label("123");
            sample.setStyle("-fx-font-weight: bold; -fx-text-fill: " + trade() + ";");
            getChildren().add(row(sample, I18n.get("supermap.legend.counts")));
        }
        if (homeMarks) {
            Circle dot = new Circle(3.5, Color.web(ClusterPalette.cluster(1)));
            dot.setStroke(dark ? Color.web(DarkTheme.SEA) : Color.WHITE);
            Line dash = line(1.2, true, 16);
            dash.setStroke(Color.web(dark ? DarkTheme.MUTED_TEXT : "#555555"));
            dash.getStrokeDashArray().setAll(4.0, 3.0);
            HBox mark = new HBox(0, dot, dash);
            mark.setAlignment(Pos.CENTER);
            getChildren().add(row(mark, I18n.get("supermap.legend.home")));
        }
        var f = model.figuresProperty().get();
        if (f != null && f.grouping() == SuperMapViewModel.Grouping.PROVINCES) {
            getChildren().add(new Label(I18n.get("supermap.legend.provinceColour")));
        }
        Label click = new Label(I18n.get("supermap.legend.click"));
        click.setStyle("-fx-text-fill: " + (dark ? DarkTheme.MUTED_TEXT : "#555555") + ";");
        getChildren().add(click);
        if (dark) {
            for (Node n : lookupAll(".label")) {
                if (!((Label) n).getStyle().contains("-fx-text-fill")) { // the muted hint and the figure keep theirs
                    ((Label) n).setStyle(((Label) n).getStyle() + " -fx-text-fill: " + DarkTheme.TEXT + ";");
                }
            }
        }
        if (large) {
            // Symbols grow with the text; a Group's size counts the scale.
            for (Node n : getChildren()) {
                if (n instanceof HBox r && r.getChildren().get(0) instanceof StackPane cell) {
                    Node symbol = cell.getChildren().get(0);
                    symbol.setScaleX(1.5);
                    symbol.setScaleY(1.5);
                    cell.getChildren().setAll(new javafx.scene.Group(symbol));
                    cell.setMinWidth(62);
                    cell.setPrefWidth(62);
                }
            }
        }
    }

    /**
     * What {@code read} reads of the legend laid out as a static picture shows it: without the hint
     * to click a circle. The hint is back (at the next layout) when this returns.
     */
    <T> T withoutClickHint(Supplier<T> read) {
        Label click = null;
        for (Node n : getChildren()) {
            if (n instanceof Label l && l.getText().equals(I18n.get("supermap.legend.click"))) {
                click = l; // "Click a circle to see its firms": for the screen only
            }
        }
        if (click == null) {
            return read.get();
        }
        click.setVisible(false);
        click.setManaged(false);
        try {
            return read.get();
        } finally {
            click.setVisible(true);
            click.setManaged(true);
        }
    }

    private String trade() {
        return dark ? DarkTheme.TRADE : ClusterPalette.TRADE_COLOUR;
    }

    private static HBox row(Node symbol, String text) {
        StackPane cell = new StackPane(symbol);
        cell.setMinWidth(40);
        cell.setPrefWidth(40);
        HBox row = new HBox(6, cell, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Circle disc(double r) {
        Circle c = new Circle(r, Color.web(ClusterPalette.cluster(1)));
        c.setStroke(dark ? Color.web(DarkTheme.SEA) : Color.WHITE);
        return c;
    }

    private Line line(double width, boolean dashed, double length) {
        Line l = new Line(0, 0, length, 0);
        l.setStroke(Color.web(dashed ? (dark ? DarkTheme.COPATENT : ClusterPalette.COPATENT_COLOUR) : trade()));
        l.setStrokeWidth(width);
        if (dashed) {
            l.getStrokeDashArray().setAll(5.0, 3.0);
        }
        return l;
    }

    void dispose() {
        language.close();
    }
}
