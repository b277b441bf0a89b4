package org.supracluster.ui.explorer;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.map.NetworkGraph;

/**
 * "Size by": the metric the firms' circles are sized by, chosen in the tool bar; the circles are
 * sized again when the choice or the view's metrics change.
 */
final class SizeByChoice {

    static final String SIZE_ID = "size-by";
    /** The metrics a firm's circle can be sized by, as message keys. */
    static final List<String> SIZE_METRICS =
            List.of("metric.degree", "metric.weightedDegree", "metric.betweenness", "metric.pageRank");

    private final ExplorerViewModel model;
    private final FirmMetricsViewModel metrics;
    private final NetworkGraph graph;
    private final ChoiceBox<String> choice = new ChoiceBox<>();
    private final Label label = new Label();
    private final I18n.Subscription language;

    SizeByChoice(ExplorerViewModel model, FirmMetricsViewModel metrics, NetworkGraph graph) {
        this.model = model;
        this.metrics = metrics;
        this.graph = graph;
        choice.setId(SIZE_ID);
        choice.getItems().setAll(SIZE_METRICS);
        choice.setValue(SIZE_METRICS.get(0));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : I18n.get(key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, was, now) -> resize());
        metrics.metricsProperty().addListener((o, was, now) -> resize());
        language = I18n.addListener(locale -> {
            label.setText(I18n.format("legend.size", ""));
            // The choice box shows its items through the converter: make it redraw them.
            String chosen = choice.getValue();
            choice.getItems().setAll(SIZE_METRICS);
            choice.setValue(chosen);
        });
        label.setText(I18n.format("legend.size", ""));
    }

    Label label() {
        return label;
    }

    ChoiceBox<String> choice() {
        return choice;
    }

    /** The map legend's "Circle size: …" for the metric chosen, or "" while none is. */
    String legend() {
        String key = choice.getValue();
        return key == null ? "" : I18n.format("legend.size", I18n.get(key).toLowerCase(I18n.locale()));
    }

    /** Sizes the firms' circles by the chosen metric, once the metrics of the view are known. */
    private void resize() {
        var m = metrics.metricsProperty().get();
        String key = choice.getValue();
        if (m == null || key == null) {
            return; // the choice is briefly empty while its items are redrawn for a new language
        }
        double[] values = new double[model.network().firmCount()];
        for (int f = 0; f < values.length; f++) {
            if (!m.isShown(f)) {
                continue;
            }
            values[f] = switch (key) {
                case "metric.weightedDegree" -> m.weightedDegree(f);
                case "metric.betweenness" -> m.hasBetweenness() ? m.betweenness(f) : m.degree(f);
                case "metric.pageRank" -> m.pageRank(f);
                default -> m.degree(f);
            };
        }
        graph.sizeBy(values);
    }

    void dispose() {
        language.close();
    }
}
