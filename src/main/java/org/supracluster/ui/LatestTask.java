package org.supracluster.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Background work of which only the newest run counts (figures of the current view, the layout
 * of the current view), a thin layer on {@link UiTasks}: starting a run {@linkplain
 * UiTasks.Run#cancel() cancels} the one before, so a late result of a superseded run never
 * overwrites a newer one, and the properties follow the current run. A failure is logged, not
 * shown: the figures of the view before stay. Used on the JavaFX thread.
 *
 * @param <T> what a run publishes (with {@link UiTasks.Publisher#publish}, possibly several times)
 */
public final class LatestTask<T> {

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private UiTasks.Run<T> current;

    /** @param tasks runs the work */
    public LatestTask(UiTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Cancels the run under way and starts {@code work}; the values it publishes and the one it
     * returns go to {@code onValue}.
     */
    public void start(UiTasks.PublishingWork<T> work, Consumer<T> onValue) {
        cancel();
        running.unbind();
        progress.unbind();
        // The failure is logged by UiTasks; the user keeps what the previous run gave.
        current = tasks.publishing(work).onValue(onValue).onSuccess(v -> {
            if (v != null) {
                onValue.accept(v);
            }
        }).onFailure(t -> { }).start();
        running.bind(current.runningProperty());
        progress.bind(current.progressProperty());
    }

    /** Cancels the run under way, if any; what it published stays, what it would still publish is dropped. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        running.unbind();
        progress.unbind();
        running.set(false);
        progress.set(-1);
    }

    /** The run under way or last started, or null after {@link #cancel()}. */
    public UiTasks.Run<T> current() {
        return current;
    }

    /** Whether a run is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The run's progress, 0 to 1, or -1 while unknown (for a ProgressBar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
