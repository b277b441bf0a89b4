package org.supracluster.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The work under way in the background (firm metrics, layout, import, …), for the status bar's
 * one progress bar and Cancel button. Each piece of work is registered with a label and a way to
 * stop it; the bar shows the newest one still running, and Cancel stops that one. Used on the
 * JavaFX thread only.
 */
public final class BackgroundWork {

    /** One registered piece of work. */
    private static final class Job {
        final String labelKey;
        final Runnable cancel;
        double progress = -1;

        Job(String labelKey, Runnable cancel) {
            this.labelKey = labelKey;
            this.cancel = cancel;
        }
    }

    private final List<Job> jobs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

    /**
     * Tracks a piece of work while {@code runningNow} is true.
     *
     * @param labelKey message key naming the work ("work.layout", …)
     * @param runningNow whether it runs; when it turns false the work is forgotten
     * @param workProgress 0 to 1, or negative while unknown
     * @param cancel stops it
     */
    public void track(String labelKey, ReadOnlyBooleanProperty runningNow, ReadOnlyDoubleProperty workProgress,
            Runnable cancel) {
        Job job = new Job(labelKey, cancel);
        ChangeListener<Number> onProgress = (o, was, now) -> {
            job.progress = now.doubleValue();
            update();
        };
        workProgress.addListener(onProgress);
        ChangeListener<Boolean> onRunning = (o, was, now) -> {
            jobs.remove(job);
            if (now) {
                jobs.add(job);
            }
            update();
        };
        runningNow.addListener(onRunning);
        job.progress = workProgress.get();
        if (runningNow.get()) {
            jobs.add(job);
        }
        update();
    }

    private void update() {
        running.set(!jobs.isEmpty());
        if (jobs.isEmpty()) {
            label.set("");
            progress.set(-1);
        } else {
            Job last = jobs.get(jobs.size() - 1);
            label.set(last.labelKey);
            progress.set(last.progress);
        }
    }

    /** Stops the newest work still running. */
    public void cancel() {
        if (!jobs.isEmpty()) {
            jobs.get(jobs.size() - 1).cancel.run();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The shown work's progress, 0 to 1, or -1 while unknown (for a ProgressBar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The message key of the shown work, or "" when idle. */
    public ReadOnlyStringProperty labelKeyProperty() {
        return label.getReadOnlyProperty();
    }
}
