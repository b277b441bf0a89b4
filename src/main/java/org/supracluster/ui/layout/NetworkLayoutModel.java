package org.supracluster.ui.layout;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.ui.LatestTask;
import org.supracluster.ui.UiTasks;

/**
 * Which layout the map shows, and the network layout's positions. Choosing {@link Mode#NETWORK}
 * lays out the firms and links shown at that moment in the background, on the injected
 * {@link UiTasks}; its positions are published every so often while it runs (so the user sees it move),
 * then frozen. {@link #stop()} ends the run early and keeps the positions reached so far;
 * choosing {@link Mode#MAP} drops the layout (choosing Network again, or {@link #rerun()}, lays
 * the view out afresh). When the view changes later, firms new to it get places near their
 * neighbours ({@link LayoutPositions#extendedTo}) and nobody else moves.
 *
 * <p>The {@linkplain #optionsProperty() options} (LinLog, prevent overlap) are kept for the whole
 * session, whichever layout is shown; changing them lays the network out again when it is shown.
 * Prevent overlap needs to know what the firms take up on screen: the window gives a
 * {@linkplain #setFootprint footprint} source, read on the JavaFX thread when a run starts.
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
    private final ObjectProperty<LayoutOptions> options = new SimpleObjectProperty<>(LayoutOptions.DEFAULT);
    private Supplier<FirmFootprint> footprint = () -> null;
    private int maxIterations = ForceAtlas2.MAX_ITERATIONS_DEFAULT;
    private long maxMillis = ForceAtlas2.MAX_MILLIS_DEFAULT;

    /**
     * @param links the explorer's current links (what the map shows)
     * @param tasks runs the layout
     */
    public NetworkLayoutModel(ObservableValue<LinkGraph> links, UiTasks tasks) {
        this.links = Objects.requireNonNull(links, "links");
        this.runs = new LatestTask<>(Objects.requireNonNull(tasks, "tasks"));
        mode.addListener((o, was, now) -> {
            if (now == Mode.NETWORK) {
                rerun();
            } else {
                drop();
            }
        });
        options.addListener((o, was, now) -> {
            if (now == null) {
                options.set(was); // "no options" means nothing: keep the last
            } else if (mode.get() == Mode.NETWORK) {
                rerun();
            }
        });
        links.addListener((o, was, now) -> {
            LayoutPositions p = positions.get();
            if (p != null && now != null) {
                positions.set(p.extendedTo(now));
            }
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
        NetworkLayout layout = new NetworkLayout(graph, NetworkLayout.SEED_DEFAULT).limits(maxIterations, maxMillis)
                .options(options.get());
        FirmFootprint sizes = footprint.get();
        if (sizes != null && sizes.radiusPx().length == graph.firmCount()) {
            layout.footprint(sizes);
        }
        long snapshots = snapshotMillis(graph);
        // Asked to stop, the layout ends early and returns the positions reached, frozen.
        runs.start(work -> layout.run(work, work::publish, snapshots), now -> {
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
        if (runs.current() != null) {
            runs.current().stop();
        }
    }

    /** Ends the run under way and drops what it would still publish (the view is going away). */
    public void cancel() {
        runs.cancel();
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

    /**
     * Where the firms' sizes on screen come from for prevent overlap (called on the JavaFX thread at
     * the start of each run; it may return null when they are not known, and prevent overlap then
     * only parts firms on one point).
     */
    public void setFootprint(Supplier<FirmFootprint> source) {
        footprint = Objects.requireNonNull(source, "source");
    }

    /** LinLog and prevent overlap; {@link LayoutOptions#DEFAULT} at the start. */
    public ObjectProperty<LayoutOptions> optionsProperty() {
        return options;
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
}
