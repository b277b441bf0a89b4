package org.supracluster.ui.layout;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Progress;
import org.supracluster.ui.LatestTask;

/**
 * Which layout the map shows, and the network layout's positions. Choosing {@link Mode#NETWORK}
 * lays out the firms and links shown at that moment in a background task on the injected
 * executor; its positions are published every so often while it runs (so the user sees it move),
 * then frozen. {@link #stop()} ends the run early and keeps the positions reached so far;
 * choosing {@link Mode#MAP} drops the layout (choosing Network again, or {@link #rerun()}, lays
 * the view out afresh). When the view changes later, firms new to it get places near their
 * neighbours ({@link LayoutPositions#extendedTo}) and nobody else moves.
 *
 * <p>Owns JavaFX properties and no {@code Node}; use it on the JavaFX thread. Results arrive with
 * the next JavaFX pulse (the toolkit must run; no window is needed).
 */
public final class NetworkLayoutModel {

    /** The two layouts of the explorer's map. */
    public enum Mode { MAP, NETWORK }

    /** Fewest milliseconds between two positions shown while the layout runs. */
    static final long SNAPSHOT_MILLIS_MIN = 500;

    private final ObservableValue<LinkGraph> links;
    private final LatestTask<LayoutPositions> runs;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MAP);
    private final ReadOnlyObjectWrapper<LayoutPositions> positions = new ReadOnlyObjectWrapper<>();
    private int maxIterations = ForceAtlas2.MAX_ITERATIONS_DEFAULT;
    private long maxMillis = ForceAtlas2.MAX_MILLIS_DEFAULT;

    /**
     * @param links the explorer's current links (what the map shows)
     * @param executor runs the layout; {@link #backgroundExecutor()} in the program
     */
    public NetworkLayoutModel(ObservableValue<LinkGraph> links, Executor executor) {
        this.links = Objects.requireNonNull(links, "links");
        this.runs = new LatestTask<>(Objects.requireNonNull(executor, "executor"), "network layout");
        mode.addListener((o, was, now) -> {
            if (now == Mode.NETWORK) {
                rerun();
            } else {
                drop();
            }
        });
        links.addListener((o, was, now) -> {
            LayoutPositions p = positions.get();
            if (p != null && now != null) {
                positions.set(p.extendedTo(now));
            }
        });
    }

    /** One daemon thread for the layout. */
    public static ExecutorService backgroundExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "network-layout");
            t.setDaemon(true);
            return t;
        });
    }

    /** Lays out the current view afresh (in Map mode, switches to Network, which does it). */
    public void rerun() {
        if (mode.get() != Mode.NETWORK) {
            mode.set(Mode.NETWORK);
            return;
        }
        runs.cancel();
        LinkGraph graph = links.getValue();
        if (graph == null) {
            return;
        }
        runs.start(new LayoutTask(new NetworkLayout(graph, NetworkLayout.SEED_DEFAULT).limits(maxIterations, maxMillis),
                snapshotMillis(graph)), now -> {
                    if (mode.get() == Mode.NETWORK) {
                        LinkGraph shown = links.getValue();
                        positions.set(shown == null ? now : now.extendedTo(shown));
                    }
                });
    }

    /**
     * How often to show the positions while the layout runs: every half second for a few thousand
     * firms; less often for more, because drawing 20,000 firms takes the JavaFX thread a second or
     * more in the software renderer, and drawing every half second would leave the window no time
     * for the user.
     */
    static long snapshotMillis(LinkGraph graph) {
        return Math.max(SNAPSHOT_MILLIS_MIN, graph.view().shownFirmCount() / 4L);
    }

    /** Ends the run under way; the positions reached so far stay (frozen). */
    public void stop() {
        if (runs.current() instanceof LayoutTask current) {
            current.stopRequested.set(true);
        }
    }

    private void drop() {
        runs.cancel();
        positions.set(null);
    }

    /** Limits of each run (tests use small ones). */
    public void setLimits(int iterations, long millis) {
        if (iterations < 1 || millis < 1) {
            throw new IllegalArgumentException("limits must be positive: " + iterations + ", " + millis);
        }
        maxIterations = iterations;
        maxMillis = millis;
    }

    /** The layout the map shows. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Where the network layout puts the firms, or null in Map mode (and before its first positions). */
    public ReadOnlyObjectProperty<LayoutPositions> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** Whether the layout is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    /** How far the run is, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runs.progressProperty();
    }

    /** The background run: publishes snapshots as its value, then the frozen positions. */
    private static final class LayoutTask extends Task<LayoutPositions> {
        final AtomicBoolean stopRequested = new AtomicBoolean();
        private final NetworkLayout layout;
        private final long snapshotMillis;

        LayoutTask(NetworkLayout layout, long snapshotMillis) {
            this.layout = layout;
            this.snapshotMillis = snapshotMillis;
        }

        @Override
        protected LayoutPositions call() {
            return layout.run(new Progress() {
                @Override
                public void report(double fraction, String what) {
                    updateProgress(Math.max(0, Math.min(1, fraction)), 1);
                }

                @Override
                public boolean isCancelled() {
                    return LayoutTask.this.isCancelled() || stopRequested.get();
                }
            }, this::updateValue, snapshotMillis);
        }
    }
}
