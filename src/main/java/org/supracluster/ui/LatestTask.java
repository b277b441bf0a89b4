package org.supracluster.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Background work of which only the newest run counts (figures of the current view, the layout
 * of the current view): starting a run cancels the one before, and only the current run's
 * values, progress and state reach the properties, so a late result of a superseded run never
 * overwrites a newer one. Used on the JavaFX thread.
 *
 * @param <T> what a run publishes (with {@code Task.updateValue}, possibly several times)
 */
public final class LatestTask<T> {

    private static final System.Logger LOG = System.getLogger(LatestTask.class.getName());

    private final Executor executor;
    private final String what;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private Task<T> current;

    /**
     * @param executor runs the tasks
     * @param what names the work in the log when a run fails
     */
    public LatestTask(Executor executor, String what) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.what = Objects.requireNonNull(what, "what");
    }

    /** Cancels the run under way and starts {@code task}; its values go to {@code onValue}. */
    public void start(Task<T> task, Consumer<T> onValue) {
        cancel();
        current = task;
        task.valueProperty().addListener((o, was, now) -> {
            if (task == current && now != null) {
                onValue.accept(now);
            }
        });
        task.stateProperty().addListener((o, was, now) -> {
            if (task == current) {
                running.set(now == Worker.State.SCHEDULED || now == Worker.State.RUNNING);
                if (now == Worker.State.FAILED) {
                    LOG.log(System.Logger.Level.ERROR, what + " failed", task.getException());
                }
            }
        });
        task.progressProperty().addListener((o, was, now) -> {
            if (task == current) {
                progress.set(now.doubleValue());
            }
        });
        running.set(true);
        progress.set(-1);
        executor.execute(task);
    }

    /** Cancels the run under way, if any; what it published stays. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
            current = null;
        }
        running.set(false);
        progress.set(-1);
    }

    /** The run under way or last started, or null. */
    public Task<T> current() {
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
