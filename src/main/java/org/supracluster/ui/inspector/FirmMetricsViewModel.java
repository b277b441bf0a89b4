package org.supracluster.ui.inspector;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.supracluster.analysis.Betweenness;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Progress;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.LatestTask;

/**
 * The {@link FirmMetrics} of the explorer's current links, shared by the inspector, the "Firms"
 * tab and the role cartography. Every change of {@link ExplorerViewModel#linksProperty()} starts
 * a {@link Task} on the injected {@link Executor} (and cancels the one before): it publishes the
 * figures without betweenness first (milliseconds), then again with betweenness (seconds at
 * 100,000 firms). Results arrive on the JavaFX thread; a cancelled or superseded task's results
 * are dropped. Until the first result {@link #metricsProperty()} holds {@code null}.
 *
 * <p>Tests pass {@code Runnable::run}: the task then runs on the calling thread, and its results
 * arrive with the next JavaFX pulse (the toolkit must be running; no window is needed).
 */
public final class FirmMetricsViewModel {

    private final ExplorerViewModel model;
    private final ReadOnlyObjectWrapper<FirmMetrics> metrics = new ReadOnlyObjectWrapper<>();
    private final LatestTask<FirmMetrics> runs;

    /**
     * Starts computing the current links' figures at once.
     *
     * @param executor runs the background task; {@link #backgroundExecutor()} in the program
     */
    public FirmMetricsViewModel(ExplorerViewModel model, Executor executor) {
        this.model = Objects.requireNonNull(model, "model");
        this.runs = new LatestTask<>(Objects.requireNonNull(executor, "executor"), "firm metrics");
        model.linksProperty().addListener((o, was, now) -> recompute(now));
        recompute(model.linksProperty().get());
    }

    /** One daemon thread for the metrics tasks (betweenness spreads over its own pool). */
    public static ExecutorService backgroundExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "firm-metrics");
            t.setDaemon(true);
            return t;
        });
    }

    private void recompute(LinkGraph graph) {
        if (graph == null) {
            runs.cancel();
            return;
        }
        runs.start(new MetricsTask(graph, model.partition()), metrics::set);
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

    /** The background work: the quick figures, published, then betweenness. */
    private static final class MetricsTask extends Task<FirmMetrics> {
        /** Share of the progress bar for the figures before betweenness. */
        private static final double QUICK_SHARE = 0.1;
        private final LinkGraph graph;
        private final Partition partition;

        MetricsTask(LinkGraph graph, Partition partition) {
            this.graph = graph;
            this.partition = partition;
        }

        @Override
        protected FirmMetrics call() {
            FirmMetrics quick = FirmMetrics.withoutBetweenness(graph, partition, stage(0, QUICK_SHARE));
            updateValue(quick);
            return quick.withBetweenness(Betweenness.compute(graph, stage(QUICK_SHARE, 1 - QUICK_SHARE)));
        }

        /** Progress of one stage mapped onto [from, from + share] of the task's progress. */
        private Progress stage(double from, double share) {
            return new Progress() {
                @Override
                public void report(double fraction, String what) {
                    updateProgress(from + share * Math.max(0, Math.min(1, fraction)), 1);
                }

                @Override
                public boolean isCancelled() {
                    return MetricsTask.this.isCancelled();
                }
            };
        }
    }
}
