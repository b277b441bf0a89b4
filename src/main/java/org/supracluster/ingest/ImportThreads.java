package org.supracluster.ingest;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The two threads one import works with beside its own: one parses the links files while the
 * firm files are read, one writes the firms while the links are checked (the two largest steps of
 * a big import, run side by side). Made when an import starts and {@linkplain #close() ended} when
 * it ends, so no thread outlives an import and two imports at once (two windows) share nothing.
 */
final class ImportThreads implements AutoCloseable {

    private final ExecutorService links = single("import-links");
    private final ExecutorService writer = single("import-write");

    /** Where links files are parsed, one after the other. */
    Executor links() {
        return links;
    }

    /** Where the firms are written. */
    Executor writer() {
        return writer;
    }

    /**
     * Ends both threads and waits for them: a links file not yet begun is dropped (the import
     * stopped early and will not read it), one being parsed is finished first.
     */
    @Override
    public void close() {
        links.shutdownNow();
        writer.shutdown();
        try {
            links.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            writer.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // The caller is being stopped: leave the threads to end on their own, keep the flag.
            Thread.currentThread().interrupt();
        }
    }

    /** Whether both threads have ended. */
    boolean ended() {
        return links.isTerminated() && writer.isTerminated();
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
