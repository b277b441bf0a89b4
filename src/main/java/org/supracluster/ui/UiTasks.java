package org.supracluster.ui;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.supracluster.model.Progress;

/**
 * The one way the window runs work off the JavaFX thread, after JabRef's
 * {@code BackgroundTask.wrap(…).onSuccess(…).onFailure(…).executeWith(executor)}: a piece of
 * {@link Work} is given its handlers, optionally shown in the status bar ({@link BackgroundWork},
 * whose Cancel stops it), and started. The work hears of progress and Cancel through the
 * model's {@link Progress} (so analysis, export and import code need no JavaFX), and may
 * publish values before its end (the quick figures before betweenness, the layout as it moves).
 *
 * <p>Two executors are injected: one runs the work, one delivers its values, progress and end.
 * The program runs work on daemon threads and delivers on the JavaFX thread; tests pass
 * {@link #immediate} (like JabRef's {@code CurrentThreadTaskExecutor}), which runs the work and
 * its handlers at once on the calling thread, so a view model is tested without a window, a
 * toolkit or a real thread. Handlers always run on the delivering thread; call start and cancel
 * there too.
 *
 * <p>A run ends exactly once: succeeded (the work returned), cancelled (the work threw
 * {@link CancellationException}, such as {@link Progress.Cancelled}, or the run was {@linkplain
 * Run#cancel() cancelled}) or failed (anything else). A failure is logged with its stack trace
 * and told to the user through {@link Notices} as a plain sentence, never as a trace.
 */
public final class UiTasks {

    private static final System.Logger LOG = System.getLogger(UiTasks.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The program's threads: made as work needs them, kept a minute when idle, never holding the program open. */
    private static final ExecutorService DAEMONS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ui-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Work to do in the background, returning a {@code T}. Long loops check
     * {@link Progress#isCancelled()} (or call {@link Progress#checkCancelled()}) through the
     * context; an exception is a failure, told to the user by its message.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(Context context) throws Exception;
    }

    /** Work that publishes values before its end (the quick figures before betweenness, the layout as it moves). */
    @FunctionalInterface
    public interface PublishingWork<T> {
        T run(Publisher<T> context) throws Exception;
    }

    /**
     * What running work sees: the model's {@link Progress} (a fraction done, and whether Cancel
     * was pressed) and a message for whoever shows the work. Thread-safe; updates are merged, so
     * reporting often costs the JavaFX thread nothing.
     */
    public interface Context extends Progress {
        /** Says what the work is doing now ({@link Builder#onMessage}); only the newest is kept. */
        void message(String text);
    }

    /** A {@link Context} that also publishes values before the end. */
    public interface Publisher<T> extends Context {
        /** Publishes a value before the end ({@link Builder#onValue}); only the newest is kept. */
        void publish(T value);
    }

    /** How a run stands. */
    public enum State { RUNNING, SUCCEEDED, CANCELLED, FAILED }

    private final Executor workers;
    private final Executor deliver;
    private final BackgroundWork background;
    private final Notices notices;

    /**
     * @param work runs the work ({@link #daemonThreads()} in the program)
     * @param deliver runs the handlers ({@link #fxThread()} in the program)
     * @param background where runs {@linkplain Builder#shownAs shown} in the status bar are registered
     * @param notices where failures (and the handlers' messages) are told
     */
    public UiTasks(Executor work, Executor deliver, BackgroundWork background, Notices notices) {
        this.workers = Objects.requireNonNull(work, "work");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.background = Objects.requireNonNull(background, "background");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Work, handlers and all on the calling thread, at once: for tests (no toolkit needed). */
    public static UiTasks immediate(Notices notices) {
        return new UiTasks(Runnable::run, Runnable::run, new BackgroundWork(), notices);
    }

    /** The program's: daemon threads, shared by every window and view. */
    public static Executor daemonThreads() {
        return DAEMONS;
    }

    /** Runs on the JavaFX thread: at once when called there, else with the next pulse. */
    public static Executor fxThread() {
        return r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        };
    }

    /** Where failures are told (and the callers' own messages, so that all go one way). */
    public Notices notices() {
        return notices;
    }

    /** Begins describing a run of {@code work}; {@link Builder#start()} starts it. */
    public <T> Builder<T> task(Work<T> work) {
        Objects.requireNonNull(work, "work");
        return new Builder<>(work::run);
    }

    /** Begins describing a run of work that publishes values before its end. */
    public <T> Builder<T> publishing(PublishingWork<T> work) {
        return new Builder<>(Objects.requireNonNull(work, "work"));
    }

    /** A run's handlers and how it is shown, before it starts. */
    public final class Builder<T> {
        private final PublishingWork<T> work;
        private String labelKey;
        private boolean cancelAsksWork;
        private Consumer<T> onValue = v -> { };
        private Consumer<String> onMessage = m -> { };
        private Consumer<T> onSuccess = v -> { };
        private Runnable onCancelled = () -> { };
        private Consumer<Throwable> onFailure;

        private Builder(PublishingWork<T> work) {
            this.work = work;
        }

        /**
         * Shows the run in the status bar under this message key ("task.import") while it runs;
         * the status bar's Cancel {@linkplain Run#cancel() cancels} it.
         */
        public Builder<T> shownAs(String key) {
            this.labelKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * The status bar's Cancel only {@linkplain Run#stop() asks the work to stop}, and the
         * run ends as the work ends: for work whose end must be told as it is (an import that was
         * already committing has stored its data; a layout stopped early keeps its positions).
         */
        public Builder<T> cancelAsksWork() {
            this.cancelAsksWork = true;
            return this;
        }

        /** Hears the values the work {@linkplain Publisher#publish publishes} before its end. */
        public Builder<T> onValue(Consumer<T> handler) {
            this.onValue = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Hears the work's {@linkplain Context#message messages}. */
        public Builder<T> onMessage(Consumer<String> handler) {
            this.onMessage = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Hears what the work returned. */
        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Hears that the run was cancelled (nothing else is told then). */
        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Hears a failure (logged either way) instead of the default error "Something went wrong" with its reason. */
        public Builder<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** A failure is told in an error dialog with this header and the failure's message. */
        public Builder<T> onFailureSay(String header) {
            Objects.requireNonNull(header, "header");
            return onFailure(t -> notices.error(header, Notices.reason(t)));
        }

        /** Starts the run; call on the delivering (JavaFX) thread. */
        public Run<T> start() {
            Run<T> run = new Run<>(this);
            if (labelKey != null) {
                background.track(labelKey, run.runningProperty(), run.progressProperty(),
                        cancelAsksWork ? run::stop : run::cancel);
            }
            workers.execute(run::perform);
            return run;
        }
    }

    /** One run of some work, returning a {@code T}; its properties and handlers live on the delivering thread. */
    public final class Run<T> {
        private final Builder<T> how;
        private final AtomicBoolean stopRequested = new AtomicBoolean();
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        /** The newest progress, value and message not yet delivered; null when none waits. */
        private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
        private final AtomicReference<T> pendingValue = new AtomicReference<>();
        private final AtomicReference<String> pendingMessage = new AtomicReference<>();
        /** Whether a delivery of what is pending is on its way. */
        private final AtomicBoolean flushPending = new AtomicBoolean();
        private final Publisher<T> context = new Reports();
        private State state = State.RUNNING;

        private Run(Builder<T> how) {
            this.how = how;
        }

        /** On the work executor: the work, then its end handed to the delivering thread. */
        private void perform() {
            T value = null;
            Throwable failure = null;
            boolean cancelled = false;
            try {
                value = how.work.run(context);
            } catch (CancellationException e) { // Progress.Cancelled among them
                cancelled = true;
            } catch (Throwable t) { // an Error too: the user hears of it, the log keeps its trace
                failure = t;
            }
            T v = value;
            Throwable f = failure;
            boolean c = cancelled;
            deliver.execute(() -> end(v, f, c));
        }

        private void end(T value, Throwable failure, boolean cancelled) {
            if (state != State.RUNNING) {
                return; // cancelled already: what the work did after is dropped
            }
            flush();
            if (cancelled) {
                finish(State.CANCELLED);
                how.onCancelled.run();
            } else if (failure != null) {
                finish(State.FAILED);
                LOG.log(System.Logger.Level.ERROR, "background work failed: " + how.labelKey, failure);
                if (how.onFailure != null) {
                    how.onFailure.accept(failure);
                } else {
                    notices.error(I18n.get("dialog.error.title"), Notices.reason(failure));
                }
            } else {
                finish(State.SUCCEEDED);
                how.onSuccess.accept(value);
            }
        }

        private void finish(State end) {
            state = end;
            running.set(false);
            progress.set(-1);
        }

        /**
         * Cancels the run: the work is asked to stop, the run ends as cancelled now, and what the
         * work returns or publishes afterwards is dropped. Does nothing once the run has ended.
         */
        public void cancel() {
            stopRequested.set(true);
            if (state == State.RUNNING) {
                finish(State.CANCELLED);
                how.onCancelled.run();
            }
        }

        /** Asks the work to stop; the run ends as the work ends (it may still succeed). */
        public void stop() {
            stopRequested.set(true);
        }

        public State state() {
            return state;
        }

        /** Whether the run is under way. */
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        /** How far the work is, 0 to 1, or -1 while unknown (for a ProgressBar). */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        /** What the work sees; called on its thread. */
        private final class Reports implements Publisher<T> {
            @Override
            public boolean isCancelled() {
                return stopRequested.get();
            }

            @Override
            public void report(double fraction, String what) {
                pendingProgress.set(Double.isNaN(fraction) || fraction < 0 ? -1 : Math.min(1, fraction));
                deliverSoon();
            }

            @Override
            public void publish(T value) {
                if (value != null) {
                    pendingValue.set(value);
                    deliverSoon();
                }
            }

            @Override
            public void message(String text) {
                if (text != null) {
                    pendingMessage.set(text);
                    deliverSoon();
                }
            }

            /** One delivery on its way carries everything reported until it runs. */
            private void deliverSoon() {
                if (flushPending.compareAndSet(false, true)) {
                    deliver.execute(Run.this::flush);
                }
            }
        }

        /** On the delivering thread: whatever the work reported since the last time. */
        private void flush() {
            flushPending.set(false);
            Double p = pendingProgress.getAndSet(null);
            T v = pendingValue.getAndSet(null);
            String m = pendingMessage.getAndSet(null);
            if (state != State.RUNNING) {
                return;
            }
            if (p != null) {
                progress.set(p);
            }
            if (m != null) {
                how.onMessage.accept(m);
            }
            if (v != null) {
                how.onValue.accept(v);
            }
        }
    }
}
