package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Only the newest run's results count. */
class LatestTaskTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Publishes {@code value} once {@code go} opens. */
    private static Task<String> run(String value, CountDownLatch go) {
        return new Task<>() {
            @Override
            protected String call() throws Exception {
                go.await(5, TimeUnit.SECONDS);
                return value;
            }
        };
    }

    @Test
    void aSupersededRunsLateResultIsDropped() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> seen = new ArrayList<>();
            CountDownLatch firstGo = new CountDownLatch(1);
            CountDownLatch secondGo = new CountDownLatch(1);
            LatestTask<String> runs = WaitForAsyncUtils.asyncFx(() -> new LatestTask<String>(pool, "test")).get();
            Task<String> first = run("old", firstGo);
            WaitForAsyncUtils.asyncFx(() -> runs.start(first, seen::add)).get();
            assertTrue(WaitForAsyncUtils.asyncFx(() -> runs.runningProperty().get()).get());
            Task<String> second = run("new", secondGo);
            WaitForAsyncUtils.asyncFx(() -> runs.start(second, seen::add)).get();
            secondGo.countDown();
            second.get(5, TimeUnit.SECONDS);
            firstGo.countDown(); // the first was cancelled; were it to finish late, it must not count
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("new"), WaitForAsyncUtils.asyncFx(() -> List.copyOf(seen)).get());
            assertFalse(WaitForAsyncUtils.asyncFx(() -> runs.runningProperty().get()).get());
            assertTrue(first.isCancelled());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelStopsTheRunAndResetsTheProgress() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch never = new CountDownLatch(1);
            LatestTask<String> runs = WaitForAsyncUtils.asyncFx(() -> new LatestTask<String>(pool, "test")).get();
            Task<String> t = run("x", never);
            WaitForAsyncUtils.asyncFx(() -> runs.start(t, v -> { })).get();
            WaitForAsyncUtils.asyncFx(runs::cancel).get();
            assertTrue(t.isCancelled());
            assertFalse(WaitForAsyncUtils.asyncFx(() -> runs.runningProperty().get()).get());
            assertEquals(-1, WaitForAsyncUtils.asyncFx(() -> runs.progressProperty().get()).get(), 0);
        } finally {
            pool.shutdownNow();
        }
    }
}
