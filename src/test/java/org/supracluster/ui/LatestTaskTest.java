package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * Only the newest run's results count. The work and its deliveries wait in queues the test
 * empties, so the order of events is the test's own (no thread, no toolkit).
 */
class LatestTaskTest {

    private final Queue<Runnable> work = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final UiTasks tasks = new UiTasks(work::add, fx::add, new BackgroundWork(), new RecordingNotices());

    private static void runAll(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.remove().run();
        }
    }

    @Test
    void aSupersededRunsLateResultIsDropped() {
        List<String> seen = new ArrayList<>();
        LatestTask<String> runs = new LatestTask<>(tasks);
        runs.start(p -> "old", seen::add);
        UiTasks.Run<String> first = runs.current();
        assertTrue(runs.runningProperty().get());
        runs.start(p -> "new", seen::add);
        Runnable firstWork = work.remove();
        runAll(work); // the second run ends
        runAll(fx);
        firstWork.run(); // the first was cancelled; were it to finish late, it must not count
        runAll(fx);
        assertEquals(List.of("new"), seen);
        assertFalse(runs.runningProperty().get());
        assertEquals(UiTasks.State.CANCELLED, first.state());
    }

    @Test
    void cancelStopsTheRunAndResetsTheProgress() {
        LatestTask<String> runs = new LatestTask<>(tasks);
        runs.start(p -> {
            p.report(0.5, "half");
            return "x";
        }, v -> { });
        UiTasks.Run<String> t = runs.current();
        work.remove().run(); // reports half way and ends; neither is delivered yet
        runs.cancel();
        runAll(fx);
        assertEquals(UiTasks.State.CANCELLED, t.state());
        assertFalse(runs.runningProperty().get());
        assertEquals(-1, runs.progressProperty().get(), 0);
    }
}
