package org.supracluster.ui.inspector;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.supracluster.analysis.Betweenness;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.LatestTask;
import org.supracluster.ui.UiTasks;

/**
 * The {@link FirmMetrics} of the explorer's current links, shared by the inspector, the "Firms"
 * tab and the role cartography. Every change of {@link ExplorerViewModel#linksProperty()} starts
 * a run on the injected {@link UiTasks} (and cancels the one before): it publishes the figures
 * without betweenness first (milliseconds), then again with betweenness (seconds at 100,000
 * firms). Results arrive on the JavaFX thread; a cancelled or superseded run's results are
 * dropped. Until the first result {@link #metricsProperty()} holds {@code null}.
 *
 * <p>Tests pass {@link UiTasks#immediate}: the figures are then computed on the calling thread
 * before the constructor (or the change of links) returns.
 */
public final class FirmMetricsViewModel {

    private final ExplorerViewModel model;
    private final ReadOnlyObjectWrapper<FirmMetrics> metrics = new ReadOnlyObjectWrapper<>();
    private final LatestTask<FirmMetrics> runs;

    /**
     * Starts computing the current links' figures at once.
     *
     * @param tasks runs the computation (betweenness spreads over its own pool)
     */
    public FirmMetricsViewModel(ExplorerViewModel model, UiTasks tasks) {
        this.model = Objects.requireNonNull(model, "model");
        this.runs = new LatestTask<>(Objects.requireNonNull(tasks, "tasks"));
        model.linksProperty().addListener((o, was, now) -> recompute(now));
        recompute(model.linksProperty().get());
    }

    private void recompute(LinkGraph graph) {
        if (graph == null) {
            runs.cancel();
            return;
        }
        Partition partition = model.partition();
        runs.start(work -> compute(graph, partition, work), metrics::set);
    }

    /** Share of the progress bar for the figures before betweenness. */
    private static final double QUICK_SHARE = 0.1;

    /** The background work: the quick figures, published, then betweenness. */
    private static FirmMetrics compute(LinkGraph graph, Partition partition, UiTasks.Publisher<FirmMetrics> work) {
        FirmMetrics quick = FirmMetrics.withoutBetweenness(graph, partition, work.part(0, QUICK_SHARE));
        work.publish(quick);
        return quick.withBetweenness(Betweenness.compute(graph, work.part(QUICK_SHARE, 1 - QUICK_SHARE)));
    }

    /** The figures of the current links (the previous links' until the new ones arrive), or null. */
    public ReadOnlyObjectProperty<FirmMetrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    /** Whether a computation is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    /** How far the current computation is, 0 to 1, or -1 while unknown (for a ProgressBar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return runs.progressProperty();
    }

    /** Stops the computation under way, if any; the last figures stay. */
    public void cancel() {
        runs.cancel();
    }

    public ExplorerViewModel explorer() {
        return model;
    }
}
