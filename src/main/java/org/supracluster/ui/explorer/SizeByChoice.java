package org.supracluster.ui.explorer;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.map.NetworkGraph;

/**
 * "Size by": the metric the firms' circles are sized by, chosen in the tool bar; the circles are
 * sized again when the choice or the view's metrics change.
 */
final class SizeByChoice {

    static final String SIZE_ID = "size-by";

    private final FirmMetricsViewModel metrics;
    private final NetworkGraph graph;
    private final ChoiceBox<FirmMetric> choice = new ChoiceBox<>();
    private final Label label = new Label();
    private final I18n.Subscription language;

    SizeByChoice(FirmMetricsViewModel metrics, NetworkGraph graph) {
        this.metrics = metrics;
        this.graph = graph;
        choice.setId(SIZE_ID);
        choice.getItems().setAll(FirmMetric.sizing());
        choice.setValue(FirmMetric.sizing().get(0));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FirmMetric metric) {
                return metric == null ? "" : I18n.get(metric.messageKey());
            }

            @Override
            public FirmMetric fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, was, now) -> resize());
        metrics.metricsProperty().addListener((o, was, now) -> resize());
        language = I18n.addListener(locale -> {
            label.setText(I18n.format("legend.size", ""));
            // The choice box shows its items through the converter: make it redraw them.
            FirmMetric chosen = choice.getValue();
            choice.getItems().setAll(FirmMetric.sizing());
            choice.setValue(chosen);
        });
        label.setText(I18n.format("legend.size", ""));
    }

    Label label() {
        return label;
    }

    ChoiceBox<FirmMetric> choice() {
        return choice;
    }

    /** The map legend's "Circle size: …" for the metric chosen, or "" while none is. */
    String legend() {
        FirmMetric metric = choice.getValue();
        return metric == null ? ""
                : I18n.format("legend.size", I18n.get(metric.messageKey()).toLowerCase(I18n.locale()));
    }

    /**
     * Sizes the firms' circles by the chosen metric, once the metrics of the view are known
     * (betweenness sizes by degree until it is computed, see {@link FirmMetric#sizeValues}).
     */
    private void resize() {
        var m = metrics.metricsProperty().get();
        FirmMetric metric = choice.getValue();
        if (m == null || metric == null) {
            return; // the choice is briefly empty while its items are redrawn for a new language
        }
        graph.sizeBy(metric.sizeValues(m));
    }

    void dispose() {
        language.close();
    }
}
