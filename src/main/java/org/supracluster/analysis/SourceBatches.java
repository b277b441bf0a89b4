package org.supracluster.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.supracluster.model.Progress;

/**
 * Runs {@link BrandesSweep} from many sources on a fixed pool of threads and sums the
 * dependencies, with a result that does not depend on the number of threads or their timing.
 *
 * <p>Sources are cut into batches of {@link #BATCH_SIZE} in the order given. A thread takes the
 * next batch, sums its sources' dependencies into a private accumulator, and hands it in; the
 * accumulators are added to the total strictly in batch order (so the floating-point sum is the
 * same on 1 thread or 8). To bound memory, a thread waits before starting a batch more than
 * a few batches ahead of the last one added (a few accumulators of n doubles per thread at most).
 * Progress is reported and cancellation checked once per batch.
 */
final class SourceBatches {

    /** Sources per batch: the unit of work, of progress and of cancellation. */
    static final int BATCH_SIZE = 64;

    private SourceBatches() {
    }

    /**
     * Σ_s ω_s δ_s(v) over the given sources (labels of {@code g}) and, when {@code squares}, the sum
     * of the squared terms.
     *
     * @return {sums, squares or null}, indexed by label
     * @throws Progress.Cancelled when the progress callback cancels
     */
    static double[][] run(BrandesGraph g, int[] sources, boolean squares, int threads, Progress progress,
            String what) {
        int batches = (sources.length + BATCH_SIZE - 1) / BATCH_SIZE;
        int workers = Math.max(1, Math.min(threads, batches));
        Merger merger = new Merger(g.size, batches, squares, 4 * workers, progress, what);
        AtomicInteger nextBatch = new AtomicInteger();
        Runnable work = () -> {
            try {
                BrandesSweep sweep = new BrandesSweep(g);
                for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                    merger.awaitTurn(b);
                    progress.checkCancelled();
                    double[][] acc = merger.accumulator();
                    int end = Math.min(sources.length, (b + 1) * BATCH_SIZE);
                    for (int i = b * BATCH_SIZE; i < end; i++) {
                        sweep.accumulate(sources[i], acc[0], acc[1]);
                    }
                    merger.complete(b, acc);
                }
            } catch (RuntimeException | Error e) {
                merger.stop(); // its batch will never be added: wake the threads waiting for it
                throw e;
            }
        };
        progress.report(0, what);
        if (workers == 1) {
            work.run();
        } else {
            runOnPool(work, workers, merger);
        }
        progress.report(1, what);
        return new double[][] {merger.total, merger.totalSquares};
    }

    private static void runOnPool(Runnable work, int workers, Merger merger) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "betweenness");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(work));
            }
            Throwable failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    merger.stop();
                    // A real failure wins over the Cancelled that stopping causes in the others.
                    if (failure == null || failure instanceof Progress.Cancelled) {
                        failure = e.getCause();
                    }
                } catch (InterruptedException e) {
                    merger.stop();
                    Thread.currentThread().interrupt();
                    throw new Progress.Cancelled();
                }
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            } else if (failure instanceof Error err) {
                throw err;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds batch accumulators to the total in batch order; recycles them. */
    private static final class Merger {
        final double[] total;
        final double[] totalSquares;
        private final int size;
        private final int batches;
        private final boolean squares;
        private final int window;
        private final Progress progress;
        private final String what;
        private final double[][][] pending;
        private final ArrayDeque<double[][]> free = new ArrayDeque<>();
        private int merged;
        private boolean stopped;

        Merger(int size, int batches, boolean squares, int window, Progress progress, String what) {
            this.size = size;
            this.batches = batches;
            this.squares = squares;
            this.window = window;
            this.progress = progress;
            this.what = what;
            total = new double[size];
            totalSquares = squares ? new double[size] : null;
            pending = new double[batches][][];
        }

        synchronized void awaitTurn(int batch) {
            while (!stopped && batch >= merged + window) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
            if (stopped) {
                throw new Progress.Cancelled();
            }
        }

        synchronized double[][] accumulator() {
            double[][] a = free.poll();
            return a != null ? a : new double[][] {new double[size], squares ? new double[size] : null};
        }

        synchronized void complete(int batch, double[][] acc) {
            pending[batch] = acc;
            while (merged < batches && pending[merged] != null) {
                double[][] a = pending[merged];
                pending[merged++] = null;
                addAndClear(total, a[0]);
                if (squares) {
                    addAndClear(totalSquares, a[1]);
                }
                free.push(a);
            }
            notifyAll();
            progress.report((double) merged / batches, what);
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private static void addAndClear(double[] into, double[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
            Arrays.fill(from, 0);
        }
    }
}
