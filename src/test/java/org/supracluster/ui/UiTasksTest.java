package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Progress;

/**
 * How a run ends and what is told, without a window, a toolkit or a thread: the work and its
 * deliveries wait in queues that each test empties when it likes.
 */
class UiTasksTest {

    private final Queue<Runnable> work = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final BackgroundWork background = new BackgroundWork();
    private final RecordingNotices notices = new RecordingNotices();
    private final UiTasks tasks = new UiTasks(work::add, fx::add, background, notices);
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static void runAll(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.remove().run();
        }
    }

    private <T> UiTasks.Builder<T> listened(UiTasks.Work<T> w) {
        return tasks.task(w).onSuccess(v -> heard.add("success " + v)).onCancelled(() -> heard.add("cancelled"))
                .onValue(v -> heard.add("value " + v));
    }

    @Test
    void workRunsOnTheWorkExecutorAndItsEndIsDeliveredOnTheOther() {
        UiTasks.Run<String> run = listened(p -> "done").start();
        assertTrue(run.runningProperty().get());
        runAll(work);
        assertEquals(List.of(), heard, "not delivered yet");
        assertTrue(run.runningProperty().get());
        runAll(fx);
        assertEquals(List.of("success done"), heard);
        assertEquals(UiTasks.State.SUCCEEDED, run.state());
        assertFalse(run.runningProperty().get());
        assertEquals(List.of(), notices.told());
    }

    @Test
    void aFailureIsToldAsItsMessageNeverAsATrace() {
        UiTasks.Run<String> run = this.<String>listened(p -> {
            throw new UncheckedIOException(new IOException("The disk is full."));
        }).start();
        runAll(work);
        runAll(fx);
        assertEquals(UiTasks.State.FAILED, run.state());
        assertEquals(List.of(new RecordingNotices.Told(RecordingNotices.Kind.ERROR, "Something went wrong",
                "java.io.IOException: The disk is full.")), notices.told(),
                "UncheckedIOException's message is its cause's toString, as the JDK writes it");
        assertEquals(List.of(), heard);
    }

    @Test
    void aFailureWithAHeaderSaysWhatFailedAndWhy() {
        tasks.task(p -> {
            throw new IllegalStateException(null, new IOException("No such folder: /x"));
        }).onFailureSay("Could not export to /x/a.csv").start();
        runAll(work);
        runAll(fx);
        assertEquals(List.of(new RecordingNotices.Told(RecordingNotices.Kind.ERROR, "Could not export to /x/a.csv",
                "No such folder: /x")), notices.told());
    }

    @Test
    void workThatStopsBecauseItWasAskedEndsCancelled() {
        UiTasks.Run<String> run = listened(p -> {
            p.checkCancelled();
            return "not reached";
        }).start();
        run.stop();
        runAll(work);
        runAll(fx);
        assertEquals(List.of("cancelled"), heard);
        assertEquals(UiTasks.State.CANCELLED, run.state());
    }

    @Test
    void aCancellationExceptionEndsTheRunCancelledToo() {
        listened(p -> {
            throw new CancellationException();
        }).start();
        runAll(work);
        runAll(fx);
        assertEquals(List.of("cancelled"), heard);
        assertEquals(List.of(), notices.told());
    }

    @Test
    void stopLetsTheWorkTellItsOwnEnd() {
        // An import that was already committing when Cancel came has stored its data: that is told.
        UiTasks.Run<String> run = listened(p -> "stored").start();
        run.stop();
        runAll(work);
        runAll(fx);
        assertEquals(List.of("success stored"), heard);
    }

    @Test
    void cancelEndsTheRunAtOnceAndDropsWhatTheWorkStillDoes() {
        UiTasks.Run<String> run = tasks.<String>publishing(p -> {
            p.publish("late value");
            return "late result";
        }).onSuccess(v -> heard.add("success " + v)).onCancelled(() -> heard.add("cancelled"))
                .onValue(v -> heard.add("value " + v)).start();
        run.cancel();
        assertEquals(List.of("cancelled"), heard);
        assertFalse(run.runningProperty().get());
        runAll(work);
        runAll(fx);
        assertEquals(List.of("cancelled"), heard, "nothing after the cancel");
        run.cancel();
        assertEquals(List.of("cancelled"), heard, "a run ends once");
    }

    @Test
    void publishedValuesAndProgressArriveMergedBeforeTheEnd() {
        UiTasks.Run<Integer> run = tasks.<Integer>publishing(p -> {
            for (int i = 1; i <= 100; i++) {
                p.report(i / 200.0, "step");
                p.publish(i);
            }
            return 1000;
        }).onValue(v -> heard.add("value " + v)).onSuccess(v -> heard.add("success " + v)).start();
        List<Double> progress = new ArrayList<>();
        run.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        runAll(work);
        assertEquals(2, fx.size(), "one delivery for all the reports, one for the end");
        runAll(fx);
        assertEquals(List.of("value 100", "success 1000"), heard);
        assertEquals(List.of(0.5, -1.0), progress, "the newest fraction, then unknown once ended");
    }

    @Test
    void aPartReportsItsShareOfTheWhole() {
        UiTasks.Run<String> run = tasks.task(p -> {
            p.part(0.1, 0.9).report(0.5, "betweenness");
            return "x";
        }).start();
        List<Double> progress = new ArrayList<>();
        run.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        runAll(work);
        runAll(fx);
        assertEquals(0.55, progress.get(0), 1e-12);
    }

    @Test
    void messagesReachTheirHandler() {
        tasks.task(p -> {
            p.message("Preparing 4 firms");
            return "x";
        }).onMessage(heard::add).start();
        runAll(work);
        runAll(fx);
        assertEquals(List.of("Preparing 4 firms"), heard);
    }

    @Test
    void aRunShownInTheStatusBarIsCancelledFromThere() {
        UiTasks.Run<String> run = listened(p -> "x").shownAs("task.export").start();
        assertTrue(background.runningProperty().get());
        assertEquals("task.export", background.labelKeyProperty().get());
        background.cancel();
        assertEquals(UiTasks.State.CANCELLED, run.state());
        assertFalse(background.runningProperty().get());
        assertEquals(List.of("cancelled"), heard);
    }

    @Test
    void aRunWhoseCancelAsksTheWorkStaysInTheStatusBarUntilItsEnd() {
        UiTasks.Run<String> run = listened(p -> p.isCancelled() ? "stopped early" : "whole")
                .shownAs("work.layout").cancelAsksWork().start();
        background.cancel();
        assertTrue(background.runningProperty().get(), "the work has not ended yet");
        runAll(work);
        runAll(fx);
        assertEquals(List.of("success stopped early"), heard);
        assertEquals(UiTasks.State.SUCCEEDED, run.state());
        assertFalse(background.runningProperty().get());
    }

    @Test
    void immediateTasksEndBeforeStartReturns() {
        RecordingNotices told = new RecordingNotices();
        UiTasks.Run<Progress> run = UiTasks.immediate(told).task(p -> (Progress) p).start();
        assertEquals(UiTasks.State.SUCCEEDED, run.state());
    }

    @Test
    void theReasonIsTheFirstMessageAlongTheCausesOrTheClassName() {
        assertEquals("No database at x.db.", Notices.reason(new RuntimeException(null,
                new IllegalStateException("No database at x.db."))));
        assertEquals("NullPointerException", Notices.reason(new NullPointerException()));
    }
}
