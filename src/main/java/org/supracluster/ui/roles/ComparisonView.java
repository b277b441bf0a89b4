package org.supracluster.ui.roles;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import org.supracluster.ui.I18n;

/**
 * The "Trade vs co-patent" tab: does the view's trade follow its co-patenting? Three sections of
 * figures from a {@link ComparisonViewModel}: the edge overlap, the correlation of cluster-pair
 * densities (with its QAP p-values over relabellings of the clusters) and the firm-level
 * correlation (do the same firms trade and co-patent?), each headed by its plain name and with a
 * tooltip saying what it measures; a note below says how to read the p-values. Built in code.
 */
public final class ComparisonView extends BorderPane {

    public static final String GRID_ID = "comparison-grid";
    public static final String AREA_ID = "comparison-area";
    public static final String STATUS_ID = "comparison-status";
    /** Id of the value label of line {@code i} (for tests). */
    public static final String VALUE_ID_PREFIX = "comparison-value-";

    private final ComparisonViewModel model;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label status = new Label();
    private final Label note = new Label();
    private final I18n.Subscription language;

    public ComparisonView(ComparisonViewModel model) {
        this.model = model;
        createView();
        model.resultProperty().addListener((o, was, now) -> draw());
        model.runningProperty().addListener((o, was, now) -> draw());
        language = I18n.addListener(locale -> draw());
        draw();
    }

    private void createView() {
        grid.setId(GRID_ID);
        grid.setHgap(16);
        grid.setVgap(3);
        grid.setPadding(new Insets(6, 10, 6, 10));
        scroll.setId(AREA_ID);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        status.setId(STATUS_ID);
        status.setPadding(new Insets(6, 10, 0, 10));
        setTop(status);
        note.setWrapText(true);
        note.setStyle("-fx-padding: 4 10 6 10; -fx-text-fill: #555555;");
        setBottom(note);
    }

    private void draw() {
        grid.getChildren().clear();
        List<ComparisonViewModel.Line> lines = model.lines();
        status.setText(lines.isEmpty() ? I18n.get(model.runningProperty().get() ? "comparison.computing"
                : "comparison.notYet") : "");
        status.setManaged(lines.isEmpty());
        String tip = null;
        for (int i = 0; i < lines.size(); i++) {
            ComparisonViewModel.Line line = lines.get(i);
            Label label = new Label(line.label());
            if (line.isHeading()) {
                tip = line.tip();
                label.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                label.setTooltip(new Tooltip(tip));
                grid.add(label, 0, i, 2, 1);
                continue;
            }
            label.setPadding(new Insets(0, 0, 0, 12));
            label.setTooltip(tip == null ? null : new Tooltip(tip));
            Label value = new Label(line.value());
            value.setId(VALUE_ID_PREFIX + i);
            value.setAlignment(Pos.CENTER_RIGHT);
            grid.add(label, 0, i);
            grid.add(value, 1, i);
        }
        note.setText(I18n.get("comparison.note"));
    }

    /** The text of value line {@code i}, or null (for tests). */
    public String valueText(int i) {
        Label l = (Label) grid.lookup("#" + VALUE_ID_PREFIX + i);
        return l == null ? null : l.getText();
    }

    /** The scrolling area holding the figures (where their context menu opens). */
    public ScrollPane area() {
        return scroll;
    }

    public ComparisonViewModel model() {
        return model;
    }

    /** Stops listening to the language. */
    public void dispose() {
        language.close();
    }
}
